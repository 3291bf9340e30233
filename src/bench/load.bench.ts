/**
 * A bounded load test on loopback: a server on a fresh SQLite ledger (a synthetic corpus ingested first), then
 * for PARLEY_LOAD_SECONDS (default 15) 8 concurrent readers over the main read endpoints and 2 concurrent API
 * ingests of new articles. Prints requests, errors and p50/p95/p99 latency per kind. Rate limits are lifted for
 * the run (they are what a public server keeps).
 *
 *   npm run bench -- load
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../api/server.js';
import { syntheticNewsRecords } from '../ingest/testdata/corpus.js';
import { ingestSources } from '../services/ingest.service.js';
import { openStore } from '../store/index.js';
import { createToken } from '../services/tokens.service.js';
import type { Benchmark } from './run.js';

const READS = ['/api/health', '/api/events?limit=50', '/api/clusters?limit=50', '/api/documents?limit=20', '/api/overview', '/api/claims?limit=50'];

const pct = (xs: number[], p: number) => xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]! : 0;

export const bench: Benchmark = {
  name: 'load on loopback (concurrent reads and API ingests)',
  async run() {
    const seconds = Number(process.env.PARLEY_LOAD_SECONDS ?? 15);
    const dir = mkdtempSync(join(tmpdir(), 'parley-load-'));
    const db = join(dir, 'ledger.db');
    try {
      const records = syntheticNewsRecords(400);
      writeFileSync(join(dir, 'corpus.jsonl'), records.slice(0, 200).map((r) => JSON.stringify(r)).join('\n') + '\n');
      const store = await openStore(db);
      await ingestSources(store, [join(dir, 'corpus.jsonl')], { allowHosts: [] });
      const { token } = await createToken(store, 'load');
      await store.close();
      const server = await startServer({ db, port: 0, rateLimits: { read: 1e9, check: 1e9, write: 1e9 } });
      const stats = new Map<string, { ms: number[]; errors: number; codes: Set<string> }>();
      const record = async (kind: string, ms: number, res: Response | null) => {
        const s = stats.get(kind) ?? { ms: [], errors: 0, codes: new Set<string>() };
        s.ms.push(ms);
        if (!res || res.status !== 200) {
          s.errors++;
          s.codes.add(res ? ((await res.json().catch(() => null)) as { error?: { code: string } } | null)?.error?.code ?? String(res.status) : 'no answer');
        } else await res.arrayBuffer();
        stats.set(kind, s);
      };
      const until = Date.now() + seconds * 1000;
      let next = 200;
      const reader = async (k: number) => {
        for (let i = k; Date.now() < until; i++) {
          const path = READS[i % READS.length]!;
          const t = performance.now();
          const res = await fetch(server.url + path).catch(() => null);
          await record('read', performance.now() - t, res);
        }
      };
      const ingester = async () => {
        while (Date.now() < until && next < records.length) {
          const r = records[next++]!;
          const t = performance.now();
          const res = await fetch(`${server.url}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ text: r.text, title: r.title, date: r.published }) }).catch(() => null);
          await record('ingest', performance.now() - t, res);
        }
      };
      const t0 = performance.now();
      await Promise.all([...Array.from({ length: 8 }, (_, k) => reader(k)), ingester(), ingester()]);
      const wall = (performance.now() - t0) / 1000;
      await server.close();
      for (const [kind, s] of stats) {
        process.stdout.write(`${kind.padEnd(7)} ${s.ms.length} requests (${(s.ms.length / wall).toFixed(0)}/s), ${s.errors} errors${s.codes.size ? ` (${[...s.codes].join(', ')})` : ''}, p50 ${pct(s.ms, 50).toFixed(0)} ms, p95 ${pct(s.ms, 95).toFixed(0)} ms, p99 ${pct(s.ms, 99).toFixed(0)} ms\n`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
