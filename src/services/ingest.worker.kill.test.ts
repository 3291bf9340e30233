/**
 * Workers recover fast on a real PostgreSQL (PARLEY_TEST_PG; skipped with a message when unset): a `parley
 * worker` is SIGKILLed while it holds a job; a second worker takes that job once it expires (no heartbeat any
 * more) and the ledger ends with the counts of a clean SQLite run. The job expiry is 6 s here
 * (PARLEY_JOB_EXPIRE_SECONDS) to keep the suite short; the default is 20 s, so the bound checked is a minute.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import pg from 'pg';
import { packagePath } from '../core/paths.js';
import { QUEUE_NAME } from '../store/queue.js';
import { syntheticNewsRecords } from '../ingest/testdata/corpus.js';
import { openStore } from '../store/index.js';
import { PG_SKIP_MESSAGE, postgresTestLedger, sqliteTestLedger } from '../store/testing.js';
import { ingestSources } from './ingest.service.js';

const bin = packagePath('bin', 'parley.js');
const env = { ...process.env, PARLEY_JOB_EXPIRE_SECONDS: process.env.PARLEY_JOB_EXPIRE_SECONDS ?? '6' };

test('a SIGKILLed worker\'s job is taken by another worker within a minute; counts equal a clean run', async (t) => {
  const ledger = await postgresTestLedger();
  if (!ledger) return t.skip(PG_SKIP_MESSAGE);
  const dir = mkdtempSync(join(tmpdir(), 'parley-worker-kill-'));
  const sqlite = sqliteTestLedger();
  const db = new pg.Client({ connectionString: ledger.url });
  try {
    const corpus = join(dir, 'corpus.jsonl');
    writeFileSync(corpus, syntheticNewsRecords(36).map((r) => JSON.stringify(r)).join('\n') + '\n');
    const local = await openStore(sqlite.url);
    await ingestSources(local, [corpus], { allowHosts: [], threads: 1 });
    const expected = await local.counts();
    await local.close();

    const enqueue = spawnSync(process.execPath, [bin, 'ingest', corpus, '--db', ledger.url, '--batch', '6'], { encoding: 'utf8', env });
    assert.equal(enqueue.status, 0, enqueue.stderr);
    await db.connect();
    const victim = spawn(process.execPath, [bin, 'worker', '--db', ledger.url, '--threads', '1', '--quiet'], { stdio: 'ignore', env });
    let held: string | undefined;
    for (let i = 0; i < 600 && !held; i++) {
      await new Promise((r) => setTimeout(r, 50));
      held = (await db.query(`SELECT id FROM pgboss.job WHERE name = $1 AND state = 'active' LIMIT 1`, [QUEUE_NAME])).rows[0]?.id;
    }
    assert.ok(held, 'the first worker took a job');
    victim.kill('SIGKILL');
    await new Promise((r) => victim.once('exit', r));
    const killedAt = (await db.query('SELECT now() AS t')).rows[0].t as Date;

    const rescuer = spawn(process.execPath, [bin, 'worker', '--db', ledger.url, '--drain', '--threads', '1', '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    assert.equal(await new Promise((r) => rescuer.once('exit', r)), 0);
    const job = (await db.query(`SELECT state, completed_on, retry_count FROM pgboss.job WHERE id = $1`, [held])).rows[0] as { state: string; completed_on: Date; retry_count: number };
    assert.equal(job.state, 'completed');
    assert.equal(job.retry_count, 1, 'taken again after it expired');
    const recovery = (job.completed_on.getTime() - killedAt.getTime()) / 1000;
    process.stdout.write(`# the killed worker's job completed ${recovery.toFixed(1)} s after the kill (expiry ${env.PARLEY_JOB_EXPIRE_SECONDS} s)\n`);
    assert.ok(recovery < 60, `recovered after ${recovery.toFixed(1)} s`);

    const remote = await openStore(ledger.url);
    const got = await remote.counts();
    await remote.close();
    for (const key of ['documents', 'events', 'clusters', 'commitments', 'claims'] as const) assert.equal(got[key], expected[key], key);
  } finally {
    await db.end().catch(() => undefined);
    await ledger.drop();
    await sqlite.drop();
    rmSync(dir, { recursive: true, force: true });
  }
});
