/**
 * The aggregate queries and API tokens on every dialect: SQLite always, PostgreSQL when PARLEY_TEST_PG is set.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { actorAggregates, pairTotals, periodCounts, periodOf, splitWeeks, splitWindow } from './analytics.repository.js';
import { openStore } from './index.js';
import { analysedDoc, PG_SKIP_MESSAGE, postgresTestLedger, sqliteTestLedger, type TestLedger } from './testing.js';

function ledgerDocs() {
  const a = analysedDoc('Washington offered talks to Moscow. Moscow struck back at Washington. Moscow shelled Kyiv.', {
    published: '2025-03-21',
    events: [
      { actor: 'USA', recipient: 'RUS', type: 'CONSULT', cameo: '036', date: '2025-03-18', evidence: 'Washington offered talks to Moscow.' },
      { actor: 'RUS', recipient: 'USA', type: 'ASSAULT', cameo: '190', date: '2025-03-20', evidence: 'Moscow struck back at Washington.' },
      { actor: 'RUS', recipient: 'UKR', type: 'ASSAULT', cameo: '194', date: '2025-03-19', evidence: 'Moscow shelled Kyiv.' },
    ],
  });
  const [consult, strike, shelling] = a.layers.events!;
  Object.assign(consult!, { quad: 1, goldstein: 1 });
  Object.assign(strike!, { quad: 4, goldstein: -9 });
  Object.assign(shelling!, { quad: 4, goldstein: -10 });
  const b = analysedDoc('Washington condemned Moscow. Someone met someone.', {
    published: '2025-04-03',
    events: [
      { actor: 'USA', recipient: 'RUS', type: 'ACCUSE', cameo: '111', date: '2025-04-02', evidence: 'Washington condemned Moscow.' },
      { actor: 'USA', recipient: 'RUS', type: 'CONSULT', cameo: '040', date: null, evidence: 'Someone met someone.' },
    ],
  });
  Object.assign(b.layers.events![0]!, { quad: 3, goldstein: -2 });
  Object.assign(b.layers.events![1]!, { quad: 1, goldstein: 1 });
  b.publishedProvenance = 'none';
  b.published = null;
  return [a, b];
}

async function suite(ledger: TestLedger): Promise<void> {
  const store = await openStore(ledger.url);
  try {
    await store.saveDocuments(ledgerDocs());

    const months = await periodCounts(store.db, store.kind, { interval: 'month', a: 'USA', b: 'RUS' });
    assert.deepEqual(months, [
      { period: '2025-03', count: 2, cooperation: 1, conflict: 1, goldstein: -8 },
      { period: '2025-04', count: 1, cooperation: 0, conflict: 1, goldstein: -2 },
    ], 'both directions, undated event left out');
    const directed = await periodCounts(store.db, store.kind, { interval: 'month', a: 'USA', b: 'RUS', directed: true });
    assert.deepEqual(directed.map((p) => [p.period, p.count]), [['2025-03', 1], ['2025-04', 1]]);
    const weeks = await periodCounts(store.db, store.kind, { interval: 'week' });
    assert.deepEqual(weeks.map((p) => [p.period, p.count]), [['2025-03-17', 3], ['2025-03-31', 1]], 'weeks start on Monday');
    const days = await periodCounts(store.db, store.kind, { interval: 'day', from: '2025-03-19', to: '2025-03-20' });
    assert.deepEqual(days.map((p) => p.period), ['2025-03-19', '2025-03-20']);

    const pairs = await pairTotals(store.db, { from: '2025-03-01', to: '2025-03-31' });
    assert.deepEqual(pairs.map((p) => `${p.actor}>${p.recipient}:${p.count}`).sort(), ['RUS>UKR:1', 'RUS>USA:1', 'USA>RUS:1']);

    const rus = await actorAggregates(store.db, store.kind, 'RUS', 'month');
    assert.equal(rus.eventCount, 5, 'four events with USA (one undated) and one with UKR');
    assert.deepEqual(rus.counterparts.map((c) => [c.code, c.count]), [['USA', 3], ['UKR', 1]]);
    assert.deepEqual(rus.topTypes[0], { type: 'ASSAULT', count: 2 });

  } finally {
    await store.close();
    await ledger.drop();
  }
}

/** Events over three years (one every 9 days, rotating pairs) to test windows that cut years, months and days. */
function spreadDocs() {
  const codes = ['USA', 'RUS', 'UKR', 'CHN'];
  const specs = Array.from({ length: 120 }, (_, i) => {
    const day = new Date(Date.UTC(2023, 0, 3) + i * 9 * 86_400_000).toISOString().slice(0, 10);
    return { actor: codes[i % 4]!, recipient: codes[(i * 3 + 1) % 4]!, type: i % 3 ? 'ASSAULT' : 'CONSULT', cameo: i % 3 ? '190' : '040', date: day, evidence: `Item ${i} happened.` };
  });
  const docs = [0, 1, 2].map((k) => analysedDoc(`Chronicle ${k}. ${specs.filter((_, i) => i % 3 === k).map((e) => e.evidence).join(' ')}`, { published: '2026-01-01', events: specs.filter((_, i) => i % 3 === k) }));
  for (const d of docs) for (const e of d.layers.events!) if (e.type === 'CONSULT') Object.assign(e, { quad: 1, goldstein: 1.5 });
  return docs;
}

async function windows(ledger: TestLedger): Promise<void> {
  const store = await openStore(ledger.url);
  try {
    await store.saveDocuments(spreadDocs());
    const cases: [string?, string?][] = [[], ['2023-02-15', '2025-03-10'], ['2024-01-01', '2024-12-31'], ['2023-12-31', '2024-01-01'], ['2024-03-01', '2024-03-31'],
      ['2023-05-01'], [undefined, '2024-06-15'], ['2024-02-10', '2024-02-20'], ['2023-01-01', '2025-12-31']];
    for (const [from, to] of cases) {
      const direct = await sql<{ a: string; r: string; n: unknown; g: unknown }>`select actor_code as a, recipient_code as r, count(*) as n, sum(goldstein) as g from events
        where day >= ${from ?? '0000-00-01'} and day <= ${to ?? '9999-12-31'} group by actor_code, recipient_code`.execute(store.db);
      const want = direct.rows.map((r) => `${r.a}>${r.r}:${Number(r.n)}:${Math.round(Number(r.g) * 100) / 100}`).sort();
      const got = (await pairTotals(store.db, { from, to })).map((p) => `${p.actor}>${p.recipient}:${p.count}:${p.goldstein}`).sort();
      assert.deepEqual(got, want, `network ${from ?? '…'} to ${to ?? '…'} (parts ${JSON.stringify(splitWindow(from, to, true))})`);
      for (const interval of ['week', 'month'] as const) {
        const rows = await sql<{ day: string }>`select day from events where (actor_code = 'RUS' or recipient_code = 'RUS') and day >= ${from ?? '0000-00-01'} and day <= ${to ?? '9999-12-31'}`.execute(store.db);
        const counts = new Map<string, number>();
        for (const r of rows.rows) counts.set(periodOf(r.day, interval), (counts.get(periodOf(r.day, interval)) ?? 0) + 1);
        const series = await periodCounts(store.db, store.kind, { interval, a: 'RUS', from, to });
        assert.deepEqual(series.map((p) => [p.period, p.count]), [...counts.entries()].sort(), `RUS by ${interval}, ${from ?? '…'} to ${to ?? '…'}`);
      }
    }
    assert.deepEqual(splitWindow('2023-02-15', '2025-03-10', true), [
      { grain: 'year', from: '2024', to: '2024' }, { grain: 'month', from: '2023-03', to: '2023-12' }, { grain: 'month', from: '2025-01', to: '2025-02' },
      { grain: 'day', from: '2023-02-15', to: '2023-02-28' }, { grain: 'day', from: '2025-03-01', to: '2025-03-10' },
    ]);
    assert.deepEqual(splitWeeks('2024-03-13', '2024-04-02'), [
      { grain: 'week', from: '2024-03-18', to: '2024-03-25' }, { grain: 'day', from: '2024-03-13', to: '2024-03-17' }, { grain: 'day', from: '2024-04-01', to: '2024-04-02' },
    ]);
    assert.deepEqual(splitWeeks('2024-03-18', '2024-03-24'), [{ grain: 'week', from: '2024-03-18', to: '2024-03-18' }], 'a window of one whole week');
    assert.deepEqual(splitWeeks('2024-03-19', '2024-03-23'), [{ grain: 'day', from: '2024-03-19', to: '2024-03-23' }]);
    const weekly = await actorAggregates(store.db, store.kind, 'RUS', 'week');
    assert.ok(weekly.series.length > 0 && weekly.series.every((p) => new Date(`${p.period}T00:00:00Z`).getUTCDay() === 1), 'weekly periods are Mondays');
  } finally {
    await store.close();
    await ledger.drop();
  }
}

describe('analytics over windows equal GROUP BYs over the events', () => {
  it('on SQLite', () => windows(sqliteTestLedger()));
  it('on PostgreSQL', { skip: process.env.PARLEY_TEST_PG ? false : PG_SKIP_MESSAGE }, async () => windows((await postgresTestLedger())!));
});

describe('the analytics repository', () => {
  it('answer on SQLite', async () => suite(sqliteTestLedger()));
  it('answer on PostgreSQL', { skip: process.env.PARLEY_TEST_PG ? false : PG_SKIP_MESSAGE }, async () => suite((await postgresTestLedger())!));
});
