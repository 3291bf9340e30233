/**
 * Crash safety end to end: `parley ingest` on a synthetic JSONL is killed with SIGKILL partway, run again, and
 * must end with exactly the counts of an uninterrupted run (no half-written document, nothing lost or doubled).
 * Then a third run adds nothing. A killed run does not stay `running`: the next open of the ledger marks it
 * `interrupted`, and `parley ingest --runs` shows it so.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Sqlite from 'better-sqlite3';
import { packagePath } from '../core/paths.js';
import { syntheticNewsRecords } from '../ingest/testdata/corpus.js';
import { openStore } from '../store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-kill-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const corpus = join(dir, 'corpus.jsonl');
writeFileSync(corpus, syntheticNewsRecords(160).map((r) => JSON.stringify(r)).join('\n') + '\n');
const bin = packagePath('bin', 'parley.js');
const args = (db: string) => [bin, 'ingest', corpus, '--db', db, '--batch', '4', '--threads', '1', '--json'];

function ingest(db: string) {
  const r = spawnSync(process.execPath, args(db), { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as { added: number; ledger: Record<string, number> };
}

function documentsIn(db: string): number {
  try {
    const con = new Sqlite(db, { readonly: true, fileMustExist: true });
    try {
      return (con.prepare('select count(*) as n from documents').get() as { n: number }).n;
    } finally {
      con.close();
    }
  } catch {
    return 0;
  }
}

async function ledgerCounts(db: string) {
  const store = await openStore(db);
  try {
    const c = await store.counts();
    const orphans = await store.db.selectFrom('events').select((eb) => eb.fn.countAll().as('n'))
      .where('document_id', 'not in', (eb) => eb.selectFrom('documents').select('id')).executeTakeFirstOrThrow();
    return { ...c, failures: 0, orphanEvents: Number(orphans.n) };
  } finally {
    await store.close();
  }
}

test('a run killed with SIGKILL and started again ends with the counts of an uninterrupted run', async () => {
  const clean = join(dir, 'clean.db');
  const first = ingest(clean);
  assert.ok(first.added > 140);
  const expected = await ledgerCounts(clean);
  assert.ok(expected.events > 0, 'the corpus yields events');

  const crashed = join(dir, 'crashed.db');
  const child = spawn(process.execPath, args(crashed), { stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  let seen = 0;
  while (child.exitCode === null && child.signalCode === null) {
    seen = documentsIn(crashed);
    if (seen >= 12) {
      child.kill('SIGKILL');
      break;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  const signal = await exited;
  if (signal === 'SIGKILL') {
    const partial = await ledgerCounts(crashed);
    assert.ok(partial.documents < expected.documents, 'the kill came before the end');
    assert.equal(partial.orphanEvents, 0);
  }
  ingest(crashed);
  assert.deepEqual(await ledgerCounts(crashed), expected);
  const again = ingest(crashed);
  assert.equal(again.added, 0);
  assert.deepEqual(await ledgerCounts(crashed), expected);
});

function runStatuses(db: string): string[] {
  const con = new Sqlite(db, { readonly: true, fileMustExist: true });
  try {
    return (con.prepare('select status from ingest_runs order by started_at').all() as { status: string }[]).map((r) => r.status);
  } finally {
    con.close();
  }
}

test('a SIGKILLed run is marked interrupted on the next open, and `parley ingest --runs` shows it', async () => {
  const db = join(dir, 'interrupted.db');
  const child = spawn(process.execPath, args(db), { stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  while (child.exitCode === null && child.signalCode === null) {
    if (documentsIn(db) >= 4) {
      child.kill('SIGKILL');
      break;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  assert.equal(await exited, 'SIGKILL', 'the kill came before the end');
  assert.deepEqual(runStatuses(db), ['running'], 'the killed process could not close its run');
  const listed = spawnSync(process.execPath, [bin, 'ingest', '--runs', '--db', db, '--json'], { encoding: 'utf8' });
  assert.equal(listed.status, 0, listed.stderr);
  const { runs } = JSON.parse(listed.stdout) as { runs: { status: string; added: number; finishedAt: string | null }[] };
  assert.equal(runs.length, 1);
  assert.equal(runs[0]!.status, 'interrupted');
  assert.ok(runs[0]!.finishedAt);
  assert.deepEqual(runStatuses(db), ['interrupted']);
  const text = spawnSync(process.execPath, [bin, 'ingest', '--runs', '--db', db], { encoding: 'utf8' });
  assert.match(text.stdout, /interrupted/);
  const small = join(dir, 'small.jsonl');
  writeFileSync(small, syntheticNewsRecords(2).map((r) => JSON.stringify(r)).join('\n') + '\n');
  const next = spawnSync(process.execPath, [bin, 'ingest', small, '--db', db, '--threads', '1', '--json'], { encoding: 'utf8' });
  assert.equal(next.status, 0, next.stderr);
  assert.deepEqual(runStatuses(db), ['interrupted', 'done'], 'the next run finishes normally');
});
