/**
 * GDELT import: 57/58-column 1.0 rows and 61-column 2.0 rows parse into events with their provenance;
 * malformed rows are reported by line number and the rest imports. The real sample files in ../shared/data/gdelt
 * import too (skipped when ../shared is absent).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ingestSources } from '../services/ingest.service.js';
import { openStore } from '../store/index.js';
import { sqliteTestLedger } from '../store/testing.js';
import { sharedDataPath, SHARED_MISSING } from '../testing/shared-data.js';
import { looksLikeGdelt, parseGdeltLine } from './gdelt.js';

/** A GDELT row written by hand: 1.0 has 7-column geo blocks, 2.0 adds ADM2 (8 columns). */
function row(version: '1.0' | '2.0', id: string, fields: { date?: string; a1?: string; a2?: string; code?: string; url?: string | null }): string {
  const c: string[] = [id, fields.date ?? '20250318', '202503', '2025', '2025.2110'];
  const a1 = fields.a1 ?? 'USAGOV';
  const a2 = fields.a2 ?? 'RUSGOV';
  c.push(a1, a1.startsWith('USA') ? 'UNITED STATES' : a1.slice(0, 3), a1.slice(0, 3), '', '', '', '', a1.slice(3), '', '');
  c.push(a2, 'RUSSIA', a2.slice(0, 3), '', '', '', '', a2.slice(3), '', '');
  const code = fields.code ?? '043';
  c.push('1', code, code.slice(0, 3), code.slice(0, 2), '1', '2.8', '10', '3', '10', '-1.5');
  const geo = version === '1.0' ? ['1', 'Russia', 'RS', 'RS', '60', '100', 'RS'] : ['1', 'Russia', 'RS', 'RS', '', '60', '100', 'RS'];
  c.push(...geo, ...geo, ...geo, version === '1.0' ? '20250319' : '20250319101500');
  if (fields.url !== null) c.push(fields.url ?? 'https://www.example.com/call');
  return c.join('\t');
}

test('row layouts: 57 and 58 columns are GDELT 1.0, 61 is 2.0', () => {
  const r57 = row('1.0', '11', { url: null });
  const r58 = row('1.0', '12', {});
  const r61 = row('2.0', '13', {});
  assert.deepEqual([r57, r58, r61].map((r) => r.split('\t').length), [57, 58, 61]);
  assert.ok(looksLikeGdelt(r57) && looksLikeGdelt(r61));
  assert.equal(looksLikeGdelt('id,text'), false);
  const a = parseGdeltLine(r57, 1);
  const b = parseGdeltLine(r58, 2);
  const c = parseGdeltLine(r61, 3);
  assert.ok(a?.ok && b?.ok && c?.ok);
  assert.equal(a.event.url, null);
  assert.equal(b.event.sourceName, 'example.com');
  assert.equal(a.event.day, '2025-03-18');
  assert.equal(a.event.type, 'CONSULT');
  assert.deepEqual(a.event.actor, [{ code: 'USA', sector: 'GOV', name: 'UNITED STATES' }]);
  assert.equal(c.event.extra.gdelt, '2.0');
  assert.equal(c.event.extra.ActionGeo_FullName, 'Russia');
  assert.equal(a.event.extra.NumSources, 3);
});

test('malformed rows are reported with their line number', () => {
  const short = parseGdeltLine('1\t2\t3', 7);
  assert.ok(short && !short.ok);
  assert.match(short.error.message, /^line 7: 3 columns/);
  const badDate = parseGdeltLine(row('1.0', '14', { date: '20251340' }), 9);
  assert.ok(badDate && !badDate.ok && /SQLDATE/.test(badDate.error.message));
  const badCode = parseGdeltLine(row('1.0', '15', { code: 'X1' }), 10);
  assert.ok(badCode && !badCode.ok && /EventCode/.test(badCode.error.message));
  assert.equal(parseGdeltLine('', 11), null);
});

test('a GDELT file imports into the ledger once; bad rows are recorded and the rest goes on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-gdelt-'));
  const ledger = sqliteTestLedger();
  try {
    const file = join(dir, 'events.tsv');
    writeFileSync(file, [row('1.0', '21', { url: null }), 'broken\trow', row('1.0', '22', {}), row('2.0', '23', { a1: 'UKRMIL', a2: 'RUSMIL', code: '190' })].join('\n') + '\n');
    const store = await openStore(ledger.url);
    const s = await ingestSources(store, [file], { allowHosts: [], threads: 1 });
    assert.equal(s.gdeltEvents, 3);
    assert.equal(s.failed, 1);
    assert.deepEqual(s.failuresByCode, { PARLEY_E_INPUT_BAD_GDELT: 1 });
    assert.equal((await store.runs.failures(s.runId))[0]?.item, 'line 2');
    const again = await ingestSources(store, [file], { allowHosts: [], threads: 1 });
    assert.equal(again.gdeltEvents, 0);
    assert.equal(again.gdeltDuplicates, 3);
    const assaults = await store.listEvents({ origin: 'gdelt', type: 'ASSAULT' });
    assert.equal(assaults.items[0]?.actor[0]?.code, 'UKR');
    assert.equal((await store.listClusters({ actor: 'USA', recipient: 'RUS' })).items[0]?.reportsCount, 2);
    await store.close();
  } finally {
    await ledger.drop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the GDELT sample exports in ../shared/data/gdelt import (57 and 58 columns)', async (t) => {
  const sample = sharedDataPath('gdelt', 'gdelt1_events_sample_20160728.tsv');
  if (!sample) return t.skip(SHARED_MISSING);
  const ledger = sqliteTestLedger();
  try {
    const store = await openStore(ledger.url);
    const s = await ingestSources(store, [sample], { allowHosts: [], threads: 1 });
    assert.equal(s.failed, 0);
    assert.equal(s.gdeltEvents + s.gdeltDuplicates, 710);
    const noUrl = await store.db.selectFrom('events').select((eb) => eb.fn.countAll().as('n')).where('url', 'is', null).executeTakeFirstOrThrow();
    assert.ok(Number(noUrl.n) > 0, 'rows without SOURCEURL (57 columns) are imported');
    await store.close();
  } finally {
    await ledger.drop();
  }
});

test('a GDELT export with a byte-order mark, CR-only line ends and a NUL in one row imports the other rows', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-gdelt-'));
  const ledger = sqliteTestLedger();
  try {
    const file = join(dir, 'bom.export.CSV');
    writeFileSync(file, '\uFEFF' + [row('1.0', '31', {}), row('1.0', '32', {}).replace('\t', '\t\u0000'), row('1.0', '33', {})].join('\r') + '\r');
    const store = await openStore(ledger.url);
    const s = await ingestSources(store, [file], { allowHosts: [], threads: 1 });
    assert.equal(s.gdeltEvents, 2);
    assert.deepEqual(s.failuresByCode, { PARLEY_E_INPUT_NOT_TEXT: 1 });
    assert.equal(s.failures[0]?.line, 2);
    await store.close();
  } finally {
    await ledger.drop();
    rmSync(dir, { recursive: true, force: true });
  }
});
