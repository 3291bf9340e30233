/**
 * Rate limits across API servers: two servers on one PostgreSQL ledger share one count per client, so together
 * they allow what one allows; two servers on SQLite count apart (one SQLite ledger has one server). Real HTTP
 * on loopback, real PostgreSQL (skipped with a message without PARLEY_TEST_PG).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openStore } from '../store/index.js';
import { PG_SKIP_MESSAGE, postgresTestLedger, sqliteTestLedger, type TestLedger } from '../store/testing.js';
import { openRateLimiter } from '../store/rate-limits.js';
import { startServer } from './server.js';

async function statuses(ledger: TestLedger): Promise<number[]> {
  const store = await openStore(ledger.url);
  const limits = { read: 4, check: 1, write: 1 };
  const a = await startServer({ store, port: 0, rateLimits: limits });
  const b = await startServer({ store, port: 0, rateLimits: limits });
  try {
    const out: number[] = [];
    for (const s of [a, b, a, b, a, b]) out.push((await fetch(`${s.url}/api/health`)).status);
    return out;
  } finally {
    await a.close();
    await b.close();
    await store.close();
  }
}

test('two servers on one PostgreSQL ledger share the limit of a client', async (t) => {
  const ledger = await postgresTestLedger();
  if (!ledger) return t.skip(PG_SKIP_MESSAGE);
  try {
    assert.deepEqual(await statuses(ledger), [200, 200, 200, 200, 429, 429]);
  } finally {
    await ledger.drop();
  }
});

test('two servers on SQLite count apart', async () => {
  const ledger = sqliteTestLedger();
  try {
    assert.deepEqual(await statuses(ledger), [200, 200, 200, 200, 200, 200]);
  } finally {
    await ledger.drop();
  }
});

test('limiters opened at once on a new PostgreSQL ledger all open (the table is created once, the race is lost quietly)', async (t) => {
  const ledger = await postgresTestLedger();
  if (!ledger) return t.skip(PG_SKIP_MESSAGE);
  try {
    const store = { kind: 'postgres' as const, url: ledger.url };
    const handles = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => openRateLimiter(store, { keyPrefix: `race${i}`, points: 1, durationSec: 60 })));
    await handles[0]!.limiter.consume('a');
    await assert.rejects(handles[0]!.limiter.consume('a'), 'the second request is over the limit of 1');
    await Promise.all(handles.map((h) => h.close()));
  } finally {
    await ledger.drop();
  }
});
