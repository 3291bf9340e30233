/**
 * The aggregate queries and API tokens on every dialect: SQLite always, PostgreSQL when PARLEY_TEST_PG is set.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actorAggregates, pairTotals, periodCounts } from './analytics.repository.js';
import { openStore } from './index.js';
import { analysedDoc, PG_SKIP_MESSAGE, postgresTestLedger, sqliteTestLedger, type TestLedger } from './testing.js';
import { createToken, listTokens, revokeToken, verifyToken } from './tokens.repository.js';

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

    const { id, token } = await createToken(store.db, 'test');
    assert.deepEqual(await verifyToken(store.db, token), { id, name: 'test' });
    assert.equal(await verifyToken(store.db, token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A')), null, 'a changed token is refused');
    const listed = await listTokens(store.db);
    assert.equal(listed.length, 1);
    assert.ok(!JSON.stringify(listed).includes(token.slice(12)), 'the token itself is not stored or listed');
    assert.equal(await revokeToken(store.db, id), true);
    assert.equal(await verifyToken(store.db, token), null, 'a revoked token is refused');
  } finally {
    await store.close();
    await ledger.drop();
  }
}

describe('analytics and tokens repositories', () => {
  it('answer on SQLite', async () => suite(sqliteTestLedger()));
  it('answer on PostgreSQL', { skip: process.env.PARLEY_TEST_PG ? false : PG_SKIP_MESSAGE }, async () => suite((await postgresTestLedger())!));
});
