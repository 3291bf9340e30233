/**
 * Ingest failures say where they happened: the file, the line (JSONL, GDELT) and the error, in the summary's
 * `failures` list and on stderr in the CLI format (the first 20, then "… and N more"). Run on SQLite and,
 * when PARLEY_TEST_PG is set, PostgreSQL (in-process ingest).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { ParleyError } from '../core/errors.js';
import { printFailures, PRINTED_FAILURES } from '../cli/commands/ingest.js';
import { openStore } from '../store/index.js';
import { PG_SKIP_MESSAGE, postgresTestLedger, sqliteTestLedger, type TestLedger } from '../store/testing.js';
import { emptyTotals, failureDetail, formatFailure, ingestSources } from './ingest.service.js';

function fixtures(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-failures-'));
  writeFileSync(join(dir, 'wire.jsonl'), [
    JSON.stringify({ id: 'w1', source: 'Test Wire', published: '2024-05-02', text: 'The two foreign ministers met in Vienna on Thursday to discuss the grain corridor.' }),
    '{"id": "w2", "text": ',
    JSON.stringify({ id: 'w3', title: 'No body' }),
  ].join('\n') + '\n');
  // Line 1 is a good GDELT 1.0 row (57 columns), line 2 has too few columns, line 3 a word where the date goes.
  const row = (id: string, date: string) => {
    const c = Array.from({ length: 57 }, () => '');
    Object.assign(c, { 0: id, 1: date, 5: 'FRAGOV', 7: 'FRA', 15: 'DEUGOV', 17: 'DEU', 26: '043', 29: '1', 30: '2.8', 56: '20240502' });
    return c.join('\t');
  };
  writeFileSync(join(dir, 'events.tsv'), [row('7', '20240502'), 'only\tthree\tcolumns', row('8', 'yesterday')].join('\n') + '\n');
  return dir;
}

async function checkLedger(t: { skip(m: string): void }, make: () => Promise<TestLedger | null>) {
  const ledger = await make();
  if (!ledger) return t.skip(PG_SKIP_MESSAGE);
  const dir = fixtures();
  const store = await openStore(ledger.url);
  try {
    const s = await ingestSources(store, [dir], { allowHosts: [], threads: 1 });
    assert.equal(s.added, 1);
    assert.equal(s.gdeltEvents, 1);
    assert.equal(s.failed, 4);
    const where = s.failures.map((f) => `${f.source.slice(dir.length + 1)}:${f.line}:${f.code}`);
    assert.deepEqual(where, [
      'events.tsv:2:PARLEY_E_INPUT_BAD_GDELT', 'events.tsv:3:PARLEY_E_INPUT_BAD_GDELT',
      'wire.jsonl:2:PARLEY_E_INPUT_BAD_JSON', 'wire.jsonl:3:PARLEY_E_INPUT_BAD_RECORD',
    ]);
    const gdeltLine3 = s.failures[1]!;
    assert.match(gdeltLine3.message, /^SQLDATE "yesterday"/);
    assert.match(formatFailure(gdeltLine3), new RegExp(`^error PARLEY_E_INPUT_BAD_GDELT: ${dir}/events\\.tsv:line 3: SQLDATE "yesterday" is not a date \\(YYYYMMDD\\) \\(hint: GDELT`));
    assert.match(s.failures[3]!.message, /^text /);
    // The ledger keeps them too, by line.
    assert.deepEqual((await store.runs.failures(s.runId)).map((f) => f.item).sort(), ['line 2', 'line 2', 'line 3', 'line 3']);
  } finally {
    await store.close();
    await ledger.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('failures list file, line and code (SQLite)', (t) => checkLedger(t, async () => sqliteTestLedger()));
test('failures list file, line and code (PostgreSQL)', (t) => checkLedger(t, postgresTestLedger));

test('a failure without a line keeps its place as an item, and the message loses the repeated path', () => {
  const f = failureDetail(new ParleyError('INPUT_BAD_RECORD', 'feed.json record 2: text Required'), 'feed.json', 'record 2');
  assert.deepEqual({ line: f.line, item: f.item, message: f.message }, { line: null, item: 'record 2', message: 'text Required' });
  assert.equal(formatFailure(f), `error PARLEY_E_INPUT_BAD_RECORD: feed.json (record 2): text Required (hint: ${f.hint})`);
  const missing = failureDetail(new ParleyError('INPUT_NOT_FOUND', 'gone.txt does not exist'), 'gone.txt');
  assert.equal(formatFailure(missing).split(' (hint')[0], 'error PARLEY_E_INPUT_NOT_FOUND: gone.txt: does not exist');
});

test('the CLI prints the first failures and counts the rest', () => {
  const totals = emptyTotals();
  const n = PRINTED_FAILURES + 5;
  for (let i = 1; i <= n; i++) {
    totals.failed++;
    totals.failures.push(failureDetail(new ParleyError('INPUT_BAD_JSON', `x.jsonl line ${i}: Unexpected token`), 'x.jsonl', `line ${i}`));
  }
  const out = new PassThrough();
  let text = '';
  out.on('data', (c) => (text += c));
  printFailures(totals, out);
  const lines = text.trimEnd().split('\n');
  assert.equal(lines.length, PRINTED_FAILURES + 1);
  assert.equal(lines[0], 'error PARLEY_E_INPUT_BAD_JSON: x.jsonl:line 1: Unexpected token (hint: each line must be one JSON object; see the README for the fields)');
  assert.match(lines.at(-1)!, /^… and 5 more failure\(s\)/);
});
