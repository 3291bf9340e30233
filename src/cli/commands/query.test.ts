/**
 * `parley query` and `parley export` refuse what they cannot honour instead of answering nothing: unknown
 * types, CAMEO roots, statuses, kinds, verdicts, counts and dates are usage errors (exit 2) naming the allowed
 * values; a SQLite ledger that does not exist is DB_UNAVAILABLE (no empty ledger is created); an --out file in
 * a missing folder is OUTPUT_UNWRITABLE. A PostgreSQL ledger opens for reading (when PARLEY_TEST_PG is set).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { ParleyError } from '../../core/errors.js';
import { packagePath } from '../../core/paths.js';
import { openStore } from '../../store/index.js';
import { analysedDoc, PG_SKIP_MESSAGE, postgresTestLedger } from '../../store/testing.js';
import { command as exportCommand } from './export.js';
import { actorOption, command as queryCommand, eventFilterFrom } from './query.js';

let dir: string;
let db: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parley-query-'));
  db = join(dir, 'ledger.db');
  const store = await openStore(db);
  await store.saveDocument(analysedDoc('Delegations from both countries met in Geneva for a second round.', {
    published: '2024-02-01', events: [{ actor: 'FRA', recipient: 'DEU', type: 'CONSULT', cameo: '040', date: '2024-02-01', evidence: 'Delegations from both countries met in Geneva' }],
  }));
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a command in-process (for errors thrown before anything is printed). */
const run = (cmd: typeof queryCommand, argv: string[]) => cmd.run(argv);

/** Runs the real CLI; returns its exit status, stdout and stderr. */
function cli(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [packagePath('bin', 'parley.js'), ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function usage(pattern: RegExp) {
  return (err: unknown) => {
    assert.ok(err instanceof ParleyError, String(err));
    assert.equal(err.code, 'USAGE');
    assert.equal(err.exitStatus, 2);
    assert.match(err.message, pattern);
    return true;
  };
}

test('valid filters still answer', async () => {
  const r = cli('query', 'events', '--type', 'consult', '--cameo-root', '4', '--from', '2024-01-01', '--db', db);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /FRAGOV -> DEUGOV {2}CONSULT/);
  const none = cli('query', 'events', '--cameo-root', '19', '--db', db);
  assert.match(none.out, /no events match/);
  const bad = cli('query', 'events', '--type', 'BOGUS', '--db', db);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /^error PARLEY_E_USAGE: --type "BOGUS" is not one of /);
});

test('unknown vocabulary is a usage error naming the allowed values', async () => {
  await assert.rejects(run(queryCommand, ['events', '--type', 'BOGUS', '--db', db]), usage(/--type "BOGUS" is not one of (?=.*CONSULT)(?=.*ASSAULT)/));
  await assert.rejects(run(queryCommand, ['events', '--cameo-root', 'abc', '--db', db]), usage(/CAMEO root: give 01 to 20/));
  await assert.rejects(run(queryCommand, ['events', '--cameo-root', '99', '--db', db]), usage(/CAMEO root/));
  await assert.rejects(run(queryCommand, ['commitments', '--status', 'bogus', '--db', db]), usage(/--status "bogus" is not one of proposed, active/));
  await assert.rejects(run(queryCommand, ['commitments', '--kind', 'bogus', '--db', db]), usage(/--kind "bogus" is not one of pledge, ceasefire/));
  await assert.rejects(run(queryCommand, ['claims', '--kind', 'pledge', '--db', db]), usage(/--kind "pledge" is not one of role, event-date, commitment-date/));
  await assert.rejects(run(queryCommand, ['claims', '--verdict', 'bogus', '--db', db]), usage(/--verdict "bogus" is not one of supported, contradicted, unverified/));
  await assert.rejects(run(queryCommand, ['clusters', '--min-sources', 'x', '--db', db]), usage(/--min-sources must be a whole number/));
  await assert.rejects(run(queryCommand, ['events', '--limit', '0', '--db', db]), usage(/--limit/));
  await assert.rejects(run(queryCommand, ['events', '--from', '2024-02-30', '--db', db]), usage(/--from "2024-02-30" is not a calendar date/));
  await assert.rejects(run(queryCommand, ['events', '--to', 'yesterday', '--db', db]), usage(/--to/));
  await assert.rejects(run(queryCommand, ['events', '--status', 'active', '--db', db]), usage(/--status applies to commitments/));
  await assert.rejects(run(exportCommand, ['--format', 'csv', '--type', 'NOPE', '--db', db]), usage(/--type "NOPE"/));
});

test('reading a SQLite ledger that does not exist fails and creates nothing', async () => {
  const typo = join(dir, 'typo.db');
  for (const [cmd, argv] of [[queryCommand, ['events', '--db', typo]], [exportCommand, ['--format', 'jsonl', '--db', typo]]] as const) {
    await assert.rejects(run(cmd, [...argv]), (err: unknown) => err instanceof ParleyError && err.code === 'DB_UNAVAILABLE' && err.message === `no ledger at ${typo}` && /parley ingest/.test(err.hint));
  }
  assert.equal(existsSync(typo), false);
});

test('export --out into a missing folder is OUTPUT_UNWRITABLE; a good path is written', async () => {
  const bad = join(dir, 'nodir', 'x.csv');
  await assert.rejects(run(exportCommand, ['--format', 'csv', '--out', bad, '--db', db]), (err: unknown) =>
    err instanceof ParleyError && err.code === 'OUTPUT_UNWRITABLE' && err.exitStatus === 1 && /folder does not exist/.test(err.message) && /folder exists/.test(err.hint));
  const good = join(dir, 'events.csv');
  const wrote = cli('export', '--format', 'csv', '--out', good, '--db', db);
  assert.equal(wrote.code, 0, wrote.err);
  const missing = cli('export', '--format', 'csv', '--out', bad, '--db', db);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /^error PARLEY_E_OUTPUT_UNWRITABLE: cannot write .*nodir\/x\.csv: its folder does not exist \(ENOENT\) \(hint: /);
  assert.equal(readFileSync(good, 'utf8').trimEnd().split('\r\n').length, 2);
});

test('a PostgreSQL ledger opens for reading', async (t) => {
  const ledger = await postgresTestLedger();
  if (!ledger) return t.skip(PG_SKIP_MESSAGE);
  try {
    const r = cli('query', 'events', '--type', 'ASSAULT', '--db', ledger.url);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /no events match/);
    await assert.rejects(run(queryCommand, ['events', '--type', 'WHATEVER', '--db', ledger.url]), usage(/--type/));
  } finally {
    await ledger.drop();
  }
});

test('--actor takes a code with a sector as the reports print it: RUSGOV, RUS/GOV, NATO:MIL', () => {
  assert.deepEqual(actorOption('rus'), { code: 'RUS' });
  assert.deepEqual(actorOption('RUSGOV'), { code: 'RUS', sector: 'GOV' });
  assert.deepEqual(actorOption('RUS/GOV'), { code: 'RUS', sector: 'GOV' });
  assert.deepEqual(actorOption('nato:mil'), { code: 'NATO', sector: 'MIL' });
  assert.deepEqual(eventFilterFrom({ actor: 'UKRMIL', recipient: 'RUS' }), { actor: 'UKR', actorSector: 'MIL', recipient: 'RUS' });
  assert.throws(() => actorOption('RUS/XYZ'), (e: unknown) => e instanceof ParleyError && e.code === 'USAGE');
});
