/**
 * Test support: a SQLite ledger of the first 1,000 articles of the real development news
 * (../shared/data/news/ukraine_war_2022_dev.jsonl), analysed with the real pipeline, with locations for the
 * map: an event whose sentence names a town of the test gazetteer (testdata/places.json) gets it as its
 * location, saved through the store like the event coding will. Built once per process and shared.
 * Null (tests skip with `REAL_NEWS_MISSING`) when ../shared is absent.
 *
 *   const ledger = await realNewsLedger();   // { store, path } or null
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packagePath } from '../core/paths.js';
import type { Document, EventLocation } from '../core/types.js';
import { createAnalysisPool } from '../ingest/pool/analysis-pool.js';
import { readSources } from '../ingest/sources/index.js';
import { openStore, type Store } from '../store/index.js';

export const REAL_NEWS = packagePath('..', 'shared', 'data', 'news', 'ukraine_war_2022_dev.jsonl');
export const REAL_NEWS_MISSING = `${REAL_NEWS} is absent: the tests on the real news ledger are skipped`;
export const REAL_ARTICLES = 1000;

type Place = [name: string, country: string, lat: number, lon: number];
const PLACES = (JSON.parse(readFileSync(packagePath('src', 'api', 'testdata', 'places.json'), 'utf8')) as { places: Place[] }).places;
const PLACE_RE = new RegExp(`\\b(${PLACES.map((p) => p[0].replace(/ /g, '\\s')).join('|')})\\b`);

/** The first gazetteer town the event's sentence names, as an EventLocation (town precision). */
export function locate(doc: Document, sentence: { start: number; end: number }): EventLocation | undefined {
  const m = PLACE_RE.exec(doc.text.slice(sentence.start, sentence.end));
  const p = m && PLACES.find((x) => x[0] === m[1]!.replace(/\s/g, ' '));
  return p ? { name: p[0], country: p[1], lat: p[2], lon: p[3], precision: 'town' } : undefined;
}

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
      for (const doc of analysed) {
        for (const e of doc.layers.events ?? []) {
          const location = locate(doc, e.evidence);
          if (location) e.location = location;
        }
      }
      await store.saveDocuments(analysed);
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
