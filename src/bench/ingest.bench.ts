/**
 * Ingest throughput into SQLite and PostgreSQL (PARLEY_TEST_PG; skipped with a message when unset):
 *   end to end  read JSONL -> analyse on all cores -> save, in articles/s
 *   store only  saving already-analysed documents (transactions of 32), in articles/s and events/s
 * Corpus: the first PARLEY_BENCH_ARTICLES (default 600) articles of ../shared/data/news, else a synthetic corpus.
 *
 *   npm run bench -- ingest
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Document } from '../core/types.js';
import { createAnalysisPool, defaultThreads } from '../ingest/pool/analysis-pool.js';
import { readNewsJsonl } from '../ingest/sources/news-jsonl.js';
import { syntheticNewsRecords } from '../ingest/testdata/corpus.js';
import { ingestSources } from '../services/ingest.service.js';
import { openStore } from '../store/index.js';
import { PG_SKIP_MESSAGE, postgresTestLedger, sqliteTestLedger, type TestLedger } from '../store/testing.js';
import { sharedDataPath } from '../testing/shared-data.js';
import type { Benchmark } from './run.js';

async function corpus(dir: string, n: number): Promise<{ path: string; label: string }> {
  const shared = sharedDataPath('news', 'ukraine_war_2022_dev.jsonl');
  const path = join(dir, 'corpus.jsonl');
  const lines: string[] = [];
  if (shared) {
    for await (const item of readNewsJsonl(shared)) {
      if (item.kind !== 'document') continue;
      const d = item.doc;
      lines.push(JSON.stringify({ id: d.id, source: d.source.name, url: d.source.uri, published: d.published, title: d.title, text: d.text }));
      if (lines.length >= n) break;
    }
  } else lines.push(...syntheticNewsRecords(n).map((r) => JSON.stringify(r)));
  writeFileSync(path, lines.join('\n') + '\n');
  return { path, label: shared ? `${lines.length} articles of ../shared/data/news/ukraine_war_2022_dev.jsonl` : `${lines.length} synthetic articles (../shared absent)` };
}

async function measure(name: string, ledger: TestLedger, corpusPath: string, analysed: Document[]): Promise<void> {
  try {
    const store = await openStore(ledger.url);
    const t0 = performance.now();
    const s = await ingestSources(store, [corpusPath], { allowHosts: [] });
    const secs = (performance.now() - t0) / 1000;
    process.stdout.write(`${name.padEnd(10)} end to end : ${(s.added / secs).toFixed(1)} articles/s (${s.added} added, ${s.events} events, ${secs.toFixed(1)} s; ${defaultThreads()} thread(s); peak RSS of this process so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB)\n`);
    const t1 = performance.now();
    const again = await ingestSources(store, [corpusPath], { allowHosts: [] });
    const secsAgain = (performance.now() - t1) / 1000;
    process.stdout.write(`${name.padEnd(10)} re-ingest  : ${(again.duplicates / secsAgain).toFixed(0)} articles/s skipped as duplicates (${again.added} added)\n`);
    await store.close();
  } finally {
    await ledger.drop();
  }
}

async function measureStoreOnly(name: string, ledger: TestLedger, analysed: Document[]): Promise<void> {
  try {
    const store = await openStore(ledger.url);
    const t0 = performance.now();
    let events = 0;
    for (let i = 0; i < analysed.length; i += 32) {
      for (const r of await store.saveDocuments(analysed.slice(i, i + 32))) events += r.events;
    }
    const secs = (performance.now() - t0) / 1000;
    process.stdout.write(`${name.padEnd(10)} store only : ${(analysed.length / secs).toFixed(1)} articles/s, ${(events / secs).toFixed(0)} events/s\n`);
    await store.close();
  } finally {
    await ledger.drop();
  }
}

export const bench: Benchmark = {
  name: 'ingest into the ledger (SQLite, PostgreSQL)',
  async run() {
    const n = Number(process.env.PARLEY_BENCH_ARTICLES) || 600;
    const dir = mkdtempSync(join(tmpdir(), 'parley-bench-ingest-'));
    try {
      const { path, label } = await corpus(dir, n);
      process.stdout.write(`corpus: ${label}\n`);
      const docs: Document[] = [];
      for await (const item of readNewsJsonl(path)) if (item.kind === 'document') docs.push(item.doc);
      const pool = createAnalysisPool();
      const analysed = await pool.analyse(docs);
      await pool.close();
      await measure('sqlite', sqliteTestLedger(), path, analysed);
      await measureStoreOnly('sqlite', sqliteTestLedger(), analysed);
      const pg = await postgresTestLedger();
      if (!pg) {
        process.stdout.write(`postgres   skipped: ${PG_SKIP_MESSAGE}\n`);
        return;
      }
      await measure('postgres', pg, path, analysed);
      const pg2 = await postgresTestLedger();
      if (pg2) await measureStoreOnly('postgres', pg2, analysed);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
