/**
 * Test support: a SQLite ledger of the first 1,000 articles of the real development news
 * (../shared/data/news/ukraine_war_2022_dev.jsonl), analysed with the real pipeline, with locations for the
 * map (test-places.ts), saved through the store. Built once per process and shared.
 * Null (tests skip with `REAL_NEWS_MISSING`) when ../shared is absent.
 *
 *   const ledger = await realNewsLedger();   // { store, path } or null
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packagePath } from '../core/paths.js';
import type { Document } from '../core/types.js';
import { createAnalysisPool } from '../ingest/pool/analysis-pool.js';
import { readSources } from '../ingest/sources/index.js';
import { openStore, type Store } from '../store/index.js';
import { withLocations } from './test-places.js';

export const REAL_NEWS = packagePath('..', 'shared', 'data', 'news', 'ukraine_war_2022_dev.jsonl');
export const REAL_NEWS_MISSING = `${REAL_NEWS} is absent: the tests on the real news ledger are skipped`;
export const REAL_ARTICLES = 1000;

let shared: Promise<{ store: Store; path: string; seconds: number }> | null = null;

export function realNewsLedger(): Promise<{ store: Store; path: string; seconds: number }> | null {
  if (!existsSync(REAL_NEWS)) return null;
  shared ??= build();
  return shared;
}

async function build(): Promise<{ store: Store; path: string; seconds: number }> {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'parley-real-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const slice = join(dir, 'slice.jsonl');
  const lines = readFileSync(REAL_NEWS, 'utf8').split('\n').filter(Boolean).slice(0, REAL_ARTICLES);
  writeFileSync(slice, lines.join('\n') + '\n');
  const path = join(dir, 'ledger.db');
  const store = await openStore(path);
  const pool = createAnalysisPool(2);
  try {
    let batch: Document[] = [];
    const flush = async () => {
      const analysed = await pool.analyse(batch);
      batch = [];
      await store.saveDocuments(analysed.map(withLocations));
    };
    for await (const item of readSources([slice], { allowHosts: [] })) {
      if (item.kind !== 'document') continue;
      batch.push(item.doc);
      if (batch.length >= 50) await flush();
    }
    if (batch.length) await flush();
  } finally {
    await pool.close();
  }
  return { store, path, seconds: (performance.now() - started) / 1000 };
}
