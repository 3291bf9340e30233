/**
 * API latency on a large ledger: builds (once, cached in the temp folder) a synthetic SQLite ledger of 1 million
 * events (src/bench/synthetic-ledger.ts), serves it on loopback, and prints p50/p95 over real HTTP for the main
 * queries the dashboard and API clients make; the calls the dashboard's pages make as they make them are marked
 * "(page)". The budget is p95 < 150 ms for a page's calls (issue 14; DESIGN.md §7 asks 100 ms of the API);
 * nothing fails on it.
 *
 *   npm run bench -- api                       # 1,000,000 events
 *   PARLEY_BENCH_EVENTS=200000 npm run bench -- api
 *   PARLEY_BENCH_PG=postgres://…/parley_bench npm run bench -- api   # the same on PostgreSQL (an empty database is filled once;
 *                                                                    # vacuumed and analysed before each run, as autovacuum would)
 *   PARLEY_BENCH_QUERIES='map|timeline' npm run bench -- api         # only the queries whose name matches
 */
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../api/server.js';
import { sql } from 'kysely';
import { openStore, type Store } from '../store/index.js';
import type { Benchmark } from './run.js';
import { fillSyntheticLedger } from './synthetic-ledger.js';

const EVENTS = Number(process.env.PARLEY_BENCH_EVENTS ?? 1_000_000);
const PG = process.env.PARLEY_BENCH_PG;
/** Only the queries whose name matches (a regular expression), to re-measure a few. */
const ONLY = process.env.PARLEY_BENCH_QUERIES ? new RegExp(process.env.PARLEY_BENCH_QUERIES, 'i') : null;
const RUNS = 40;
/** The dashboard asks for events up to today (a 2050 target does not lead a page). */
const TODAY = new Date().toISOString().slice(0, 10);
const BUDGET_MS = 150;
const ACTORS = ['USA', 'RUS', 'UKR', 'CHN', 'GBR', 'FRA', 'TUR', 'IRN', 'ISR', 'POL', 'NATO', 'EUR', 'SYR', 'QAT', 'MEX'];

async function ledgerPath(): Promise<string> {
  const path = PG ?? join(tmpdir(), `parley-bench-${EVENTS}-v3.db`);
  if (PG) {
    const store = await openStore(PG);
    const n = (await store.counts()).events;
    if (n === EVENTS) await settle(store);
    await store.close();
    if (n === EVENTS) return PG;
    if (n) throw new Error(`PARLEY_BENCH_PG holds ${n} events, not ${EVENTS}: give an empty database (it is filled once, then reused)`);
  } else if (existsSync(path)) {
    const store = await openStore(path);
    const n = (await store.counts()).events;
    await store.close();
    if (n === EVENTS) return path;
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  }
  const started = performance.now();
  const store = await openStore(path);
  await fillSyntheticLedger(store, EVENTS, (done) => { if (process.stderr.isTTY) process.stderr.write(`\r  generating ${done.toLocaleString('en')} events`); });
  if (PG) await settle(store);
  await store.close();
  console.log(`generated ${EVENTS.toLocaleString('en')} synthetic events in ${((performance.now() - started) / 1000).toFixed(0)} s -> ${store.label}`);
  return path;
}

/**
 * PostgreSQL: VACUUM (ANALYZE) the ledger before measuring, as autovacuum does on a running server after bulk
 * writes (and quickly again on a settled ledger): planner statistics, and the visibility map without which
 * the covering indexes' "index only" scans visit the table for every row. A statistics reset (a server
 * restart after a crash) leaves autovacuum blind to a bulk-filled ledger, so the bench does not rely on it.
 */
async function settle(store: Store): Promise<void> {
  const started = performance.now();
  await sql`vacuum (analyze)`.execute(store.db);
  console.log(`vacuum (analyze) ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const bench: Benchmark = {
  name: `api: p50/p95 of the main API queries over HTTP on ${EVENTS.toLocaleString('en')} synthetic events (${PG ? 'PostgreSQL' : 'SQLite'})`,
  async run() {
    const path = await ledgerPath();
    // Aggregates are measured uncached (the query's own cost); the cached server shows repeat views.
    const server = await startServer({ db: path, port: 0, rateLimits: { read: 1e9, check: 1e9, write: 1e9 }, cacheAggregates: false });
    const cached = await startServer({ db: path, port: 0, rateLimits: { read: 1e9, check: 1e9, write: 1e9 } });
    const pick = <T>(xs: T[], i: number) => xs[i % xs.length]!;
    const month = (i: number) => `202${1 + (i % 5)}-${String(1 + ((i * 7) % 12)).padStart(2, '0')}`;
    const cursors: string[] = [];
    const firstPage = await (await fetch(`${server.url}/api/events?limit=50`)).json() as { nextCursor: string };
    let c: string | null = firstPage.nextCursor;
    for (let i = 0; i < 20 && c; i++) { cursors.push(c); c = ((await (await fetch(`${server.url}/api/events?limit=50&cursor=${encodeURIComponent(c)}`)).json()) as { nextCursor: string | null }).nextCursor; }
    const all: [string, (i: number) => string][] = [
      ['events: latest page', () => '/api/events?limit=50'],
      ['events: next pages (cursor)', (i) => `/api/events?limit=50&cursor=${encodeURIComponent(pick(cursors, i))}`],
      ['events: by actor', (i) => `/api/events?actor=${pick(ACTORS, i)}&limit=50`],
      ['events: actor + recipient + month', (i) => `/api/events?actor=${pick(ACTORS, i)}&recipient=${pick(ACTORS, i + 3)}&from=${month(i)}-01&to=${month(i)}-28`],
      ['events: type + month', (i) => `/api/events?type=${pick(['ASSAULT', 'CONSULT', 'SANCTION', 'AID'], i)}&from=${month(i)}-01&to=${month(i)}-28`],
      ['events: CAMEO root', (i) => `/api/events?cameoRoot=${pick(['19', '04', '16', '07'], i)}`],
      ['events: text + actor', (i) => `/api/events?actor=${pick(ACTORS, i)}&q=talks`],
      ['dyad: monthly series, all time', (i) => `/api/dyads?a=${pick(ACTORS, i)}&b=${pick(ACTORS, i + 1)}&interval=month`],
      ['dyad: weekly series, one year', (i) => `/api/dyads?a=${pick(ACTORS, i)}&b=${pick(ACTORS, i + 2)}&interval=week&from=202${1 + (i % 4)}-01-01&to=202${1 + (i % 4)}-12-31`],
      ['actor profile (monthly, page)', (i) => `/api/actors/${pick(ACTORS, i)}?interval=month`],
      ['actor profile (weekly, page)', (i) => `/api/actors/${pick(ACTORS, i)}?interval=week`],
      ['actor profile (daily, page)', (i) => `/api/actors/${pick(ACTORS, i)}?interval=day`],
      ['network: 30-day window', (i) => `/api/network?from=${month(i)}-01&to=${month(i)}-30`.replace('-02-30', '-02-28')],
      ['network: one year', (i) => `/api/network?from=202${1 + (i % 5)}-01-01&to=202${1 + (i % 5)}-12-31`],
      ['network: all time (page default)', () => '/api/network'],
      ['network: 14 months, mid-month edges', (i) => `/api/network?from=202${1 + (i % 3)}-0${1 + (i % 9)}-15&to=202${2 + (i % 3)}-0${2 + (i % 8)}-10`],
      ['overview: one year by month', (i) => `/api/overview?interval=month&from=202${1 + (i % 5)}-01-01&to=202${1 + (i % 5)}-12-31`],
      ['overview: all time by month', () => '/api/overview?interval=month'],
      ['events: counts per day (timeline)', () => '/api/events/counts?to=2025-12-31'],
      ['events: counts, actor', (i) => `/api/events/counts?actor=${pick(ACTORS, i)}`],
      ['events: counts, type + year', (i) => `/api/events/counts?type=${pick(['ASSAULT', 'CONSULT', 'SANCTION', 'AID'], i)}&from=202${1 + (i % 5)}-01-01&to=202${1 + (i % 5)}-12-31`],
      ['map: every located event (page)', () => `/api/map?limit=2000&pastOnly=true&to=${TODAY}`],
      ['map: actor (page)', (i) => `/api/map?actor=${pick(ACTORS, i)}&limit=2000&pastOnly=true&to=${TODAY}`],
      ['map: type + month (page)', (i) => `/api/map?type=${pick(['ASSAULT', 'CONSULT', 'SANCTION', 'AID'], i)}&from=${month(i)}-01&to=${month(i)}-28`],
      ['map: 14 months, mid-month edges (page)', (i) => `/api/map?from=202${1 + (i % 3)}-0${1 + (i % 9)}-15&to=202${2 + (i % 3)}-0${2 + (i % 8)}-10`],
      ['map: actor + type, newest 2,000 (page)', (i) => `/api/map?actor=${pick(ACTORS, i)}&type=${pick(['ASSAULT', 'CONSULT', 'SANCTION', 'AID'], i)}&limit=2000&pastOnly=true&to=${TODAY}`],
      ['timeline: events page (page)', () => `/api/events?to=${TODAY}&pastOnly=true&limit=50`],
      ['timeline: counts (page)', () => `/api/events/counts?to=${TODAY}&pastOnly=true`],
      ['timeline: actor + type (page)', (i) => `/api/events?actor=${pick(ACTORS, i)}&type=${pick(['ASSAULT', 'CONSULT', 'SANCTION', 'AID'], i)}&to=${TODAY}&pastOnly=true&limit=50`],
      ['timeline: counts, actor + type (page)', (i) => `/api/events/counts?actor=${pick(ACTORS, i)}&type=${pick(['ASSAULT', 'CONSULT', 'SANCTION', 'AID'], i)}&to=${TODAY}&pastOnly=true`],
      ['actors: search by name (page)', (i) => `/api/actors?q=${pick(['russ', 'ukr', 'nato', 'china', 'united', 'iran'], i)}&limit=8`],
      ['network: strongest 40 (page)', () => '/api/network?limit=40'],
      ['commitments board (page)', (i) => `/api/commitments/board?asOf=202${1 + (i % 5)}-06-01&limit=12`],
      ['commitments: column page (page)', (i) => `/api/commitments?asOf=202${1 + (i % 5)}-06-01&status=in-force&limit=12`],
      ['overview: by day (page)', () => '/api/overview?interval=day'],
      ['document by id (page)', (i) => `/api/documents/${encodeURIComponent(`sha256:synthetic${String((i * 977) % Math.ceil(EVENTS / 50)).padStart(10, '0')}`)}`],
    ];
    const queries = all.filter(([name]) => !ONLY || ONLY.test(name));
    type Stats = { p50: number; p95: number; max: number };
    /** Times RUNS requests (distinct parameters where the query has them) after `warm` untimed ones. */
    const measure = async (base: string, url: (i: number) => string, warm: number): Promise<Stats> => {
      for (let i = 0; i < warm; i++) await (await fetch(base + url(RUNS + i))).arrayBuffer();
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        const res = await fetch(base + url(i));
        await res.arrayBuffer();
        times.push(performance.now() - t0);
        if (res.status !== 200) throw new Error(`${url(i)} answered ${res.status}`);
      }
      times.sort((a, b) => a - b);
      return { p50: pct(times, 50), p95: pct(times, 95), max: times[times.length - 1]! };
    };
    /** The very first request of each query on a freshly opened server (no cache of any kind in the process). */
    const firstRequests = new Map<string, number>();
    const fresh = await startServer({ db: path, port: 0, rateLimits: { read: 1e9, check: 1e9, write: 1e9 }, cacheAggregates: false });
    try {
      for (const [name, url] of queries) {
        const t0 = performance.now();
        await (await fetch(fresh.url + url(7))).arrayBuffer();
        firstRequests.set(name, performance.now() - t0);
      }
    } finally {
      await fresh.close();
    }
    const f = (x: number) => x.toFixed(1).padStart(8);
    console.log('cold = aggregate cache off, every request computed from the ledger (distinct parameters, no warm-up with the same URL);');
    console.log('first = first request of the query on a freshly started server; warm = cached server, repeat views.');
    console.log(`${'query'.padEnd(36)} ${'first'.padStart(8)} ${'cold p50'.padStart(8)} ${'cold p95'.padStart(8)} ${'cold max'.padStart(8)} ${'warm p50'.padStart(8)} ${'warm p95'.padStart(8)} ${'KB'.padStart(6)}  cold p95 < ${BUDGET_MS} ms`);
    try {
      for (const [name, url] of queries) {
        const cold = await measure(server.url, url, 0);
        const warm = await measure(cached.url, url, RUNS);
        const kb = (await (await fetch(server.url + url(0))).arrayBuffer()).byteLength / 1024;
        console.log(`${name.padEnd(36)} ${f(firstRequests.get(name)!)} ${f(cold.p50)} ${f(cold.p95)} ${f(cold.max)} ${f(warm.p50)} ${f(warm.p95)} ${kb.toFixed(0).padStart(6)}  ${cold.p95 < BUDGET_MS ? 'yes' : 'NO'}`);
      }
    } finally {
      await server.close();
      await cached.close();
    }
    console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  },
};
