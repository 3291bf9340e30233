/**
 * Scale-out on a real PostgreSQL (PARLEY_TEST_PG; skipped with a message when unset): the synthetic corpus
 * enqueued by `parley ingest` and processed by two `parley worker` processes ends with the same document,
 * event, cluster, commitment and claim counts as an in-process ingest into SQLite.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { packagePath } from '../core/paths.js';
import { syntheticNewsRecords } from '../ingest/testdata/corpus.js';
import { openStore } from '../store/index.js';
import { PG_SKIP_MESSAGE, postgresTestLedger, sqliteTestLedger } from '../store/testing.js';
import { ingestSources } from './ingest.service.js';

const bin = packagePath('bin', 'parley.js');

function runWorker(url: string): Promise<number | null> {
  const child = spawn(process.execPath, [bin, 'worker', '--db', url, '--drain', '--threads', '1', '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

test('two workers on PostgreSQL end with the same counts as SQLite', async (t) => {
  const pg = await postgresTestLedger();
  if (!pg) return t.skip(PG_SKIP_MESSAGE);
  const dir = mkdtempSync(join(tmpdir(), 'parley-workers-'));
  const sqlite = sqliteTestLedger();
  try {
    const corpus = join(dir, 'corpus.jsonl');
    writeFileSync(corpus, syntheticNewsRecords(48).map((r) => JSON.stringify(r)).join('\n') + '\n');

    const local = await openStore(sqlite.url);
    await ingestSources(local, [corpus], { allowHosts: [], threads: 1 });
    const expected = await local.counts();
    await local.close();
    assert.ok(expected.events > 0 && expected.clusters > 0);

    const enqueue = spawnSync(process.execPath, [bin, 'ingest', corpus, '--db', pg.url, '--batch', '6'], { encoding: 'utf8' });
    assert.equal(enqueue.status, 0, enqueue.stderr);
    assert.match(enqueue.stdout, /queued 48 documents in 8 jobs/);
    assert.deepEqual(await Promise.all([runWorker(pg.url), runWorker(pg.url)]), [0, 0]);

    const remote = await openStore(pg.url);
    const got = await remote.counts();
    await remote.close();
    for (const key of ['documents', 'events', 'clusters', 'commitments', 'claims'] as const) assert.equal(got[key], expected[key], key);
  } finally {
    await pg.drop();
    await sqlite.drop();
    rmSync(dir, { recursive: true, force: true });
  }
});
