/**
 * Crash safety end to end: `parley ingest` on a synthetic JSONL is killed with SIGKILL partway, run again, and
 * must end with exactly the counts of an uninterrupted run (no half-written document, nothing lost or doubled).
 * Then a third run adds nothing.
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
