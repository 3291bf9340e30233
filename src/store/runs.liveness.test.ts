/**
 * Run liveness on a real SQLite ledger: a `running` run of a process gone from this machine, or with a heartbeat
 * over two minutes old, is marked interrupted on the next open; a live run (this process, a fresh heartbeat, a
 * queued run) is left alone; the heartbeat moves. The SIGKILL of a real `parley ingest` is in
 * services/ingest.kill.test.ts.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openStore } from './index.js';
import { deadReason, markInterruptedRuns, startHeartbeat, THIS_HOST } from './runs.liveness.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-liveness-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const t0 = '2026-12-06T20:00:00.000Z';
const at = (s: number) => new Date(Date.parse(t0) + s * 1000);

test('deadReason: a gone process on this host, or no heartbeat for two minutes; otherwise alive', () => {
  const run = { host: THIS_HOST, pid: 999_999, heartbeat_at: t0, started_at: t0 };
  assert.match(deadReason(run, { now: at(5), alive: () => false }) ?? '', /process 999999 is gone/);
  assert.equal(deadReason(run, { now: at(5), alive: () => true }), null);
  assert.equal(deadReason({ ...run, host: 'elsewhere/1234' }, { now: at(119), alive: () => false }), null, 'another machine: its pid says nothing here');
  assert.match(deadReason({ ...run, host: 'elsewhere/1234' }, { now: at(121) }) ?? '', /no heartbeat since/);
  assert.equal(deadReason({ ...run, pid: process.pid }, { now: at(5), alive: () => false }), null, 'this process is alive');
  assert.match(deadReason({ host: null, pid: null, heartbeat_at: null, started_at: t0 }, { now: at(121) }) ?? '', /no heartbeat/, 'a row from before the migration');
});

test('opening the ledger marks dead running runs interrupted and leaves live and queued runs', async () => {
  const db = join(dir, 'runs.db');
  const store = await openStore(db);
  const live = await store.runs.start(['live.jsonl']);
  const dead = await store.runs.start(['dead.jsonl']);
  const queued = await store.runs.start(['queued.jsonl']);
  await store.runs.finish(queued, { added: 1, duplicates: 0, nearDuplicates: 0, failed: 0, events: 0 }, 'queued');
  await store.db.updateTable('ingest_runs').set({ pid: 999_999, added: 7 }).where('id', '=', dead).execute();
  assert.equal(await markInterruptedRuns(store.db, { alive: (pid) => pid !== 999_999 }), 1);
  assert.equal((await store.runs.get(dead))?.status, 'interrupted');
  assert.equal(Number((await store.runs.get(dead))?.added), 7, 'the totals it had are kept');
  assert.ok((await store.runs.get(dead))?.finished_at);
  assert.equal((await store.runs.get(live))?.status, 'running');
  assert.equal((await store.runs.get(queued))?.status, 'queued');
  assert.equal(await markInterruptedRuns(store.db, { now: at(0) }), 0, 'already marked');
  await store.close();
});

test('the heartbeat moves while a run lasts and stops with it', async () => {
  const store = await openStore(join(dir, 'beat.db'));
  const id = await store.runs.start(['x.jsonl']);
  await store.db.updateTable('ingest_runs').set({ heartbeat_at: t0 }).where('id', '=', id).execute();
  const stop = startHeartbeat(store.db, id, 20);
  await new Promise((r) => setTimeout(r, 120));
  stop();
  const beat = (await store.runs.get(id))?.heartbeat_at ?? t0;
  assert.ok(beat > t0, `heartbeat ${beat}`);
  await store.close();
});
