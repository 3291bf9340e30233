/**
 * Date precision through the ledger (SQLite always, PostgreSQL when PARLEY_TEST_PG is set): stored and read
 * back, filtered on, and counted in monthly series but never as a spike on the 1st of a daily one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { coarseCounts, pairTotals, periodCounts } from './analytics.repository.js';
import { openStore } from './index.js';
import { analysedDoc, PG_SKIP_MESSAGE, postgresTestLedger, sqliteTestLedger, type TestLedger } from './testing.js';

/** Two exact strikes in February 2025, two talks "in February", one sanction "in 2025", one undated-by-text event. */
function docs() {
  const a = analysedDoc('Moscow shelled Kharkiv on Tuesday. Moscow shelled Sumy the next day. Kyiv and Moscow held talks in February.', {
    published: '2025-02-20',
    events: [
      { actor: 'RUS', recipient: 'UKR', type: 'ASSAULT', cameo: '190', date: '2025-02-18', evidence: 'Moscow shelled Kharkiv on Tuesday.' },
      { actor: 'RUS', recipient: 'UKR', type: 'ASSAULT', cameo: '190', date: '2025-02-19', evidence: 'Moscow shelled Sumy the next day.' },
      { actor: 'UKR', recipient: 'RUS', type: 'CONSULT', cameo: '040', date: '2025-02-01', precision: 'month', evidence: 'Kyiv and Moscow held talks in February.' },
    ],
  });
  const b = analysedDoc('Envoys from Kyiv met Moscow in February. Washington sanctioned Moscow in 2025. Moscow protested.', {
    published: '2025-03-02',
    events: [
      { actor: 'UKR', recipient: 'RUS', type: 'CONSULT', cameo: '040', date: '2025-02-01', precision: 'month', evidence: 'Envoys from Kyiv met Moscow in February.' },
      { actor: 'USA', recipient: 'RUS', type: 'SANCTION', cameo: '163', date: '2025-01-01', precision: 'year', evidence: 'Washington sanctioned Moscow in 2025.' },
      { actor: 'RUS', recipient: 'USA', type: 'ACCUSE', cameo: '111', date: null, evidence: 'Moscow protested.' },
    ],
  });
  for (const e of [...a.layers.events!, ...b.layers.events!]) if (e.type === 'CONSULT') Object.assign(e, { quad: 1, goldstein: 1 });
  return [a, b];
}

async function suite(ledger: TestLedger): Promise<void> {
  const store = await openStore(ledger.url);
  try {
    await store.saveDocuments(docs());
    const all = (await store.listEvents({}, { limit: 50 })).items;
    assert.deepEqual(all.map((e) => `${e.day}:${e.datePrecision}`).sort(),
      ['2025-01-01:year', '2025-02-01:month', '2025-02-01:month', '2025-02-18:day', '2025-02-19:day', '2025-03-02:day'], 'precision read back; an event dated by its report is an exact day');
    const months = (await store.listEvents({ precision: 'month' }, { limit: 50 })).items;
    assert.deepEqual(months.map((e) => e.evidenceText).sort(), ['Envoys from Kyiv met Moscow in February.', 'Kyiv and Moscow held talks in February.']);
    assert.deepEqual((await store.listEvents({ precision: 'year' }, { limit: 50 })).items.map((e) => e.type), ['SANCTION']);
    const days = (await store.listEvents({ precision: 'day' }, { limit: 2 }));
    const next = await store.listEvents({ precision: 'day' }, { limit: 2, cursor: days.nextCursor });
    assert.deepEqual([...days.items, ...next.items].map((e) => e.day), ['2025-03-02', '2025-02-19', '2025-02-18'], 'day precision pages newest first');
    assert.equal((await store.listEvents({ precision: 'month', from: '2025-02-02' }, { limit: 50 })).items.length, 0, 'filters combine');
    assert.equal((await store.getEvent(months[0]!.uid))?.datePrecision, 'month');

    // The ledger's daily trend: no spike on the 1st; the month's talks and the year's sanction are listed apart.
    const daily = await periodCounts(store.db, store.kind, { interval: 'day', from: '2025-01-01', to: '2025-02-28' });
    assert.deepEqual(daily.map((p) => [p.period, p.count]), [['2025-02-18', 1], ['2025-02-19', 1]]);
    assert.deepEqual((await coarseCounts(store.db, { interval: 'day', from: '2025-01-01', to: '2025-02-28' })).map((c) => [c.period, c.precision, c.count, c.cooperation]),
      [['2025', 'year', 1, 0], ['2025-02', 'month', 2, 2]]);
    const weekly = await periodCounts(store.db, store.kind, { interval: 'week' });
    assert.deepEqual(weekly.map((p) => [p.period, p.count]), [['2025-02-17', 2], ['2025-02-24', 1]], 'weeks hold exact days only');
    const monthly = await periodCounts(store.db, store.kind, { interval: 'month' });
    assert.deepEqual(monthly.map((p) => [p.period, p.count, p.cooperation]), [['2025-02', 4, 2], ['2025-03', 1, 0]], 'a month counts its month-precision events; the year one is in no month');
    assert.deepEqual((await coarseCounts(store.db, { interval: 'month' })).map((c) => [c.period, c.precision, c.count]), [['2025', 'year', 1]]);

    // A dyad: the same rule on the pair rollups.
    const dyadDays = await periodCounts(store.db, store.kind, { interval: 'day', a: 'UKR', b: 'RUS' });
    assert.deepEqual(dyadDays.map((p) => [p.period, p.count]), [['2025-02-18', 1], ['2025-02-19', 1]]);
    const dyadMonths = await periodCounts(store.db, store.kind, { interval: 'month', a: 'UKR', b: 'RUS' });
    assert.deepEqual(dyadMonths.map((p) => [p.period, p.count]), [['2025-02', 4]]);
    assert.deepEqual((await periodCounts(store.db, store.kind, { interval: 'month', a: 'UKR', b: 'RUS', from: '2025-02-10', to: '2025-03-31' })).map((p) => [p.period, p.count]),
      [['2025-02', 2]], 'a window that cuts February cannot hold events dated only to February');

    // Networks: a coarse event counts when the window holds its whole month or year.
    const pairs = async (from?: string, to?: string) => (await pairTotals(store.db, { from, to })).map((p) => `${p.actor}>${p.recipient}:${p.count}`).sort();
    assert.deepEqual(await pairs('2025-02-01', '2025-02-28'), ['RUS>UKR:2', 'UKR>RUS:2']);
    assert.deepEqual(await pairs('2025-02-15', '2025-02-28'), ['RUS>UKR:2']);
    assert.deepEqual(await pairs('2025-01-01', '2025-12-31'), ['RUS>UKR:2', 'RUS>USA:1', 'UKR>RUS:2', 'USA>RUS:1']);
    assert.deepEqual(await pairs(), ['RUS>UKR:2', 'RUS>USA:1', 'UKR>RUS:2', 'USA>RUS:1']);

    // Deleting brings every rollup back; counts go with the events.
    await store.deleteDocuments([docs()[1]!.id]);
    assert.deepEqual((await coarseCounts(store.db, { interval: 'day' })).map((c) => [c.period, c.precision, c.count]), [['2025-02', 'month', 1]]);
  } finally {
    await store.close();
    await ledger.drop();
  }
}

describe('event date precision in the ledger', () => {
  it('on SQLite', () => suite(sqliteTestLedger()));
  it('on PostgreSQL', { skip: process.env.PARLEY_TEST_PG ? false : PG_SKIP_MESSAGE }, async () => suite((await postgresTestLedger())!));
});
