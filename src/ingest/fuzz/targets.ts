/**
 * The parsers under fuzzing, each driven through the entry point `parley ingest` uses, with its seeds (the
 * project's own fixtures and synthetic records; no news text). A run hands back the texts it produced so the
 * harness can see an external entity that was read. Coded refusals (ParleyError) are correct answers.
 *
 *   for (const t of FUZZ_TARGETS) await t.run(Buffer.from(t.seeds()[0]!));
 */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { packagePath } from '../../core/paths.js';
import { readGdeltStream } from '../gdelt.js';
import { htmlToArticle } from '../html.js';
import type { IngestItem, SourceContext } from '../items.js';
import { createHostGate } from '../polite.js';
import { articleFromText, decodeText, MAX_ARTICLE_BYTES } from '../read-input.js';
import { simhash } from '../../core/simhash.js';
import { readNewsJsonl } from '../sources/news-jsonl.js';
import { readJsonText } from '../sources/index.js';
import { readFeedText } from '../sources/web.js';
import { syntheticNewsRecords } from '../testdata/corpus.js';
import { syntheticGdeltRows } from '../testdata/gdelt-rows.js';

export interface FuzzTarget {
  name: string;
  seeds(): string[];
  run(bytes: Buffer): Promise<string[]>;
  /** One record per line: every seed line left whole by the mutations must still give its record. */
  perLine?: boolean;
}

/** No network while fuzzing: summary-only feed items keep their summary. */
const CTX: SourceContext = { allowHosts: [], maxPageFetches: 0, gate: createHostGate({ delayMs: 0 }) };
const fixture = (name: string) => readFileSync(packagePath('src', 'ingest', 'testdata', 'feeds', name), 'utf8');

async function texts(items: AsyncIterable<IngestItem>): Promise<string[]> {
  const out: string[] = [];
  for await (const item of items) {
    if (item.kind === 'document') {
      simhash(item.doc.text);
      out.push(item.doc.text);
    }
  }
  return out;
}

export const FUZZ_TARGETS: FuzzTarget[] = [
  {
    name: 'jsonl',
    seeds: () => [syntheticNewsRecords(4).map((r) => JSON.stringify(r)).join('\n') + '\n'],
    run: (bytes) => texts(readNewsJsonl('fuzz.jsonl', undefined, Readable.from([bytes]))),
    perLine: true,
  },
  {
    name: 'feed-xml',
    seeds: () => [fixture('rss.xml'), fixture('atom.xml'), fixture('broken.xml')],
    run: (bytes) => texts(readFeedText(decodeText(bytes, 'fuzz.xml'), 'fuzz.xml', CTX)),
  },
  {
    name: 'json',
    seeds: () => [fixture('flaky.json'), JSON.stringify(syntheticNewsRecords(2))],
    run: (bytes) => texts(readJsonText(decodeText(bytes, 'fuzz.json'), 'fuzz.json', CTX)),
  },
  {
    name: 'html',
    seeds: () => [fixture('port.html')],
    run: async (bytes) => {
      if (bytes.length > MAX_ARTICLE_BYTES) return [];
      return [htmlToArticle(decodeText(bytes, 'fuzz.html'), 'https://example.org/2025/03/19/port').text];
    },
  },
  {
    name: 'article',
    seeds: () => ['Title: Talks resume\nDate: 2025-03-19\n\n' + syntheticNewsRecords(1)[0]!.text, '# Heading\n\n' + syntheticNewsRecords(2)[1]!.text],
    run: async (bytes) => {
      if (bytes.length > MAX_ARTICLE_BYTES) return [];
      const doc = articleFromText(decodeText(bytes, 'fuzz.md'), { kind: 'text', uri: 'fuzz.md' });
      simhash(doc.text);
      return [doc.text];
    },
  },
  {
    name: 'gdelt',
    seeds: () => [syntheticGdeltRows(6, 3).join('\n') + '\n'],
    run: async (bytes) => {
      const out: string[] = [];
      for await (const row of readGdeltStream(Readable.from([bytes]), 'fuzz.tsv')) if (row.ok) out.push(`${row.event.uid} ${row.event.evidenceText ?? ''}`);
      return out;
    },
    perLine: true,
  },
];
