/**
 * Benchmark of the `commitments` and `claims` components alone (the layers before them computed beforehand) on
 * the first 1,000 articles of ../shared/data/news/ukraine_war_2022_dev.jsonl, and of `verifyDocument` against an
 * in-memory ledger of the fixture reports. Also prints how many claims got each verdict: on real 2022 news a
 * "contradicted" is rare and each one is worth reading.
 *
 *   npm run bench -- claims
 */
import { createDocument } from '../core/document.js';
import type { Document } from '../core/types.js';
import { packagePath } from '../core/paths.js';
import { readArticleFile } from '../ingest/read-input.js';
import { defaultPipeline } from '../pipeline/index.js';
import { claims } from '../pipeline/claims/index.js';
import { commitments } from '../pipeline/commitments/index.js';
import { analyzeDocument } from '../services/analyze.service.js';
import { verifyDocument } from '../verify/document.js';
import { memoryLedger } from '../verify/memory-ledger.js';
import { readNewsArticles } from './analyze.bench.js';
import type { Benchmark } from './run.js';

export const bench: Benchmark = {
  name: 'claims and commitments: components alone, and verification against a ledger',
  async run() {
    const articles = await readNewsArticles(1000);
    if (!articles.length) return void console.log('skipped: ../shared/data/news is absent');
    const upstream = defaultPipeline().components.filter((c) => c.name !== 'commitments' && c.name !== 'claims');
    const docs: Document[] = articles.map((a) => {
      const doc = createDocument({ text: a.text, title: a.title, published: a.published, source: { kind: 'jsonl', uri: 'bench' } });
      for (const c of upstream) c.run(doc);
      return doc;
    });
    const sentences = docs.reduce((n, d) => n + (d.layers.sentences?.length ?? 0), 0);
    for (const component of [commitments, claims]) {
      const t0 = performance.now();
      for (const d of docs) component.run(d);
      const s = (performance.now() - t0) / 1000;
      console.log(`${component.name.padEnd(12)} ${Math.round(sentences / s).toLocaleString('en')} sentences/s (${docs.length} articles, ${sentences} sentences, ${s.toFixed(2)} s)`);
    }
    const verdicts = new Map<string, number>();
    for (const d of docs) for (const c of d.layers.claims ?? []) verdicts.set(`${c.kind} ${c.verdict}`, (verdicts.get(`${c.kind} ${c.verdict}`) ?? 0) + 1);
    console.log(`claims: ${[...verdicts].map(([k, v]) => `${k} ${v}`).join(', ')}`);
    const kinds = new Map<string, number>();
    for (const d of docs) for (const c of d.layers.commitments ?? []) kinds.set(c.phase ?? c.kind, (kinds.get(c.phase ?? c.kind) ?? 0) + 1);
    console.log(`commitments: ${[...kinds].map(([k, v]) => `${k} ${v}`).join(', ')}`);

    const fixtures = ['call-wire.md', 'call-daily.md', 'call-weekly.md', 'accusation.md', 'denial.md'].map((f) => analyzeDocument(readArticleFile(packagePath('src', 'verify', 'testdata', f))));
    const ledger = memoryLedger(fixtures);
    const sample = docs.slice(0, 200);
    const t1 = performance.now();
    for (const d of sample) await verifyDocument(d, ledger);
    console.log(`verifyDocument: ${((performance.now() - t1) / sample.length).toFixed(2)} ms per article (in-memory ledger, ${sample.length} articles)`);
  },
};
