/**
 * Rate-limit counters where every API server of a ledger sees them: on a PostgreSQL ledger in a table of that
 * database (rate-limiter-flexible's RateLimiterPostgres, table `parley_rate_limits`, expired rows cleared
 * hourly), so N servers behind a balancer allow a client N times nothing more; on a SQLite ledger in the
 * process's memory (one SQLite ledger has one API server). If PostgreSQL stops answering, the limits fall back
 * to memory rather than refusing every request.
 *
 *   const limiter = await openRateLimiter(store, { keyPrefix: 'read', points: 1200, durationSec: 60 });
 *   await limiter.consume('read 127.0.0.1')   // rejects with { msBeforeNext } once over the limit
 */
import pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Store } from './index.js';

export interface RateLimiterOptions { keyPrefix: string; points: number; durationSec: number }
export interface RateLimiterHandle { limiter: RateLimiterAbstract; close(): Promise<void> }

export const RATE_LIMIT_TABLE = 'parley_rate_limits';

export async function openRateLimiter(store: Pick<Store, 'kind' | 'url'>, opts: RateLimiterOptions): Promise<RateLimiterHandle> {
  const memory = new RateLimiterMemory({ keyPrefix: opts.keyPrefix, points: opts.points, duration: opts.durationSec });
  if (store.kind !== 'postgres') return { limiter: memory, close: async () => {} };
  const pool = new pg.Pool({ connectionString: store.url, max: 4 });
  // An idle connection the server closes (a restart, a dropped database) must not take the API down: the next
  // count fails over to the memory limiter, and the pool opens a new connection after that.
  pool.on('error', () => {});
  // With `tableCreated` the library calls back inside its constructor, before `limiter` is assigned: resolve on the
  // next tick, when it is.
  const open = (tableCreated: boolean) => new Promise<RateLimiterPostgres>((resolve, reject) => {
    let limiter: RateLimiterPostgres | undefined = undefined;
    limiter = new RateLimiterPostgres({
      storeClient: pool, storeType: 'pool', tableName: RATE_LIMIT_TABLE, keyPrefix: opts.keyPrefix, tableCreated,
      points: opts.points, duration: opts.durationSec, clearExpiredByTimeout: true, insuranceLimiter: memory,
    }, (err?: Error) => (err ? reject(err) : process.nextTick(() => resolve(limiter!))));
  });
  // Servers starting together race on CREATE TABLE IF NOT EXISTS (PostgreSQL answers 42P07, 42710 or 23505 to the loser):
  // the table is there then, so the loser uses it.
  const limiter = await open(false).catch((err: { code?: string }) => {
    if (err.code === '42P07' || err.code === '23505' || err.code === '42710') return open(true);
    throw err;
  });
  return { limiter, close: () => pool.end() };
}
