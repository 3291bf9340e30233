/**
 * `parley demo [--db PATH]`: analyses the bundled example articles (examples/*.md), stores them in the ledger
 * (./parley.db by default), checks each article's claims against the knowledge base and that ledger, and prints
 * the readable report for each. Works on a fresh clone after `npm ci`; running it again changes nothing.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../../core/paths.js';
import { readArticleFile } from '../../ingest/read-input.js';
import { analyzeDocument } from '../../services/analyze.service.js';
import { openStore } from '../../store/index.js';
import { checkDocument } from '../../services/check.service.js';
import { dbOption, parseOptions, type Command } from '../command.js';
import { formatReport } from '../report.js';

export const command: Command = {
  usage: 'parley demo [--db PATH]',
  summary: 'Analyse the bundled example articles into the ledger (./parley.db by default) and print the report for each, with claims checked against the ledger.',
  async run(argv) {
    const { values } = parseOptions(argv, { db: { type: 'string' } });
    const dir = packagePath('examples');
    const files = readdirSync(dir).filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md').sort();
    const docs = files.map((f) => analyzeDocument(readArticleFile(join(dir, f))));
    const store = await openStore(dbOption(values.db));
    try {
      const saved = await store.saveDocuments(docs);
      for (const doc of docs) {
        const report = await checkDocument(doc, store);
        doc.layers.claims = report.claims;
        process.stdout.write(formatReport(doc) + '\n');
      }
      const added = saved.filter((r) => r.status !== 'duplicate').length;
      const counts = await store.counts();
      process.stdout.write(`${docs.length} example articles (${added} new in the ledger ${store.label}: ${counts.documents} documents, ${counts.events} events, ${counts.clusters} clusters, ${counts.commitments} commitments, ${counts.claims} claims)\n`);
      process.stdout.write('next: parley query events --db ' + store.label + ' · parley query commitments --as-of 2025-03-25 · parley serve\n');
    } finally {
      await store.close();
    }
    return 0;
  },
};
