/**
 * Date precision in every event export: JSONL carries datePrecision, CSV a date_precision column, PLOVER a
 * date_precision field; GDELT keeps its 58 columns with the month's first day as SQLDATE.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parseGdeltLine } from '../../ingest/gdelt.js';
import { openStore, type Store } from '../../store/index.js';
import { analysedDoc, sqliteTestLedger, type TestLedger } from '../../store/testing.js';
import { exportLedger, type ExportRequest } from './index.js';

let ledger: TestLedger;
let store: Store;

before(async () => {
  ledger = sqliteTestLedger();
  store = await openStore(ledger.url);
  await store.saveDocuments([analysedDoc('Ankara hosted talks between Kyiv and Moscow in February. Moscow shelled Odesa on Tuesday.', {
    published: '2025-03-20', source: { kind: 'url', uri: 'https://d.example.org/talks', name: 'Wire D' },
    events: [
      { actor: 'TUR', recipient: 'UKR', type: 'CONSULT', cameo: '043', date: '2025-02-01', precision: 'month', evidence: 'Ankara hosted talks between Kyiv and Moscow in February.' },
      { actor: 'RUS', recipient: 'UKR', type: 'ASSAULT', cameo: '195', date: '2025-03-18', evidence: 'Moscow shelled Odesa on Tuesday.' },
    ],
  })]);
});
after(async () => {
  await store.close();
  await ledger.drop();
});

async function run(req: ExportRequest): Promise<string> {
  let out = '';
  await exportLedger(store, { ...req, filter: { ...req.filter } }, (s) => { out += s; });
  return out;
}

test('jsonl events carry datePrecision; the precision filter narrows the export', async () => {
  const rows = (await run({ format: 'jsonl' })).trim().split('\n').map((l) => JSON.parse(l) as { type: string; day: string; datePrecision: string });
  assert.deepEqual(rows.map((r) => [r.type, r.day, r.datePrecision]).sort(), [['ASSAULT', '2025-03-18', 'day'], ['CONSULT', '2025-02-01', 'month']]);
  const months = (await run({ format: 'jsonl', filter: { precision: 'month' } })).trim().split('\n');
  assert.equal(months.length, 1);
  assert.match(months[0]!, /"type":"CONSULT"/);
});

test('csv has a date_precision column, last (the earlier columns keep their places)', async () => {
  const lines = (await run({ format: 'csv' })).trim().split('\r\n');
  const header = lines[0]!.split(',');
  assert.deepEqual([...header.slice(0, 3), header.at(-1)], ['uid', 'day', 'date', 'date_precision']);
  const at = header.indexOf('date_precision');
  const byType = Object.fromEntries(lines.slice(1).map((l) => [l.split(',')[header.indexOf('type')], l.split(',')[at]]));
  assert.deepEqual(byType, { CONSULT: 'month', ASSAULT: 'day' });
});

test('plover records say date_precision next to date', async () => {
  const rows = (await run({ format: 'plover' })).trim().split('\n').map((l) => JSON.parse(l) as { event: string[]; date: string; date_precision: string });
  assert.deepEqual(rows.map((r) => [r.event[0], r.date, r.date_precision]).sort(), [['ASSAULT', '2025-03-18', 'day'], ['CONSULT', '2025-02-01', 'month']]);
});

test('gdelt rows keep 58 columns; a month-precision event has its month\'s first day as SQLDATE', async () => {
  const lines = (await run({ format: 'gdelt' })).trim().split('\n');
  for (const line of lines) assert.equal(line.split('\t').length, 58);
  const consult = lines.map((l) => l.split('\t')).find((c) => c[26] === '043')!;
  assert.deepEqual(consult.slice(1, 4), ['20250201', '202502', '2025']);
  const parsed = parseGdeltLine(lines.find((l) => l.split('\t')[26] === '043')!, 1);
  assert.ok(parsed?.ok && parsed.event.day === '2025-02-01', 'Parley\'s own GDELT reader takes the row back');
});
