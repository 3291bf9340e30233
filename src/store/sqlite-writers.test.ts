/**
 * Two processes writing one SQLite ledger at once (two `parley ingest` runs on the same file): both finish,
 * nothing is lost. Deferred transactions used to fail with "database is locked" when one process wrote
 * between the other's read and write; the store now begins its transactions IMMEDIATE. Processes opening a new
 * ledger at once used to race through the first migration ("table documents already exists"); migrations now
 * run under the write lock.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { openStore } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-writers-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Node running `args` in a child process: its exit code and what it wrote to stderr. */
function child(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    proc.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    proc.on('close', (code) => resolve({ code, stderr }));
  });
}

/** `parley ingest FILE --db DB` in a child process. */
function ingest(db: string, file: string): Promise<{ code: number | null; stderr: string }> {
  return child([fileURLToPath(new URL('../../bin/parley.js', import.meta.url)), 'ingest', file, '--db', db]);
}

/** A news JSONL file of `count` short articles of our own. */
function articles(name: string, count: number): string {
  const file = join(dir, `${name}.jsonl`);
  const lines = Array.from({ length: count }, (_, i) => JSON.stringify({
    id: `${name}-${i}`, published: '2025-03-17',
    text: `Envoys of ${name} met delegation ${i} in Geneva on Monday. They agreed to meet again within ${i + 2} days and urged both sides to halt attacks on energy sites.`,
  }));
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

test('two `parley ingest` runs into one new SQLite ledger both finish and every document is stored', async () => {
  const db = join(dir, 'ledger.db');
  const results = await Promise.all([ingest(db, articles('Armenia', 100)), ingest(db, articles('Azerbaijan', 100))]);
  for (const r of results) assert.equal(r.code, 0, r.stderr);
  const store = await openStore(db);
  try {
    assert.equal((await store.counts()).documents, 200);
  } finally {
    await store.close();
  }
});

test('three processes opening one new SQLite ledger at once all migrate it without a clash', async () => {
  const store = fileURLToPath(new URL('./index.js', import.meta.url));
  for (let round = 0; round < 3; round++) {
    const db = join(dir, `fresh-${round}.db`);
    const code = `const { openStore } = await import(${JSON.stringify(store)}); const s = await openStore(${JSON.stringify(db)}); await s.close();`;
    const runs = await Promise.all([0, 1, 2].map(() => child(['--input-type=module', '-e', code])));
    for (const r of runs) assert.equal(r.code, 0, r.stderr);
    const opened = await openStore(db);
    try {
      assert.equal((await opened.counts()).documents, 0);
    } finally {
      await opened.close();
    }
  }
});
