/**
 * Dyad series fill quiet periods with zeros; the network keeps the heaviest actors and drops self-loops.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildNetwork, counterpartSeries, fillPeriods, MAX_FILLED_PERIODS, nextPeriod } from './analytics.service.js';

const row = (period: string, count: number) => ({ period, count, cooperation: 0, conflict: count, goldstein: -count });

test('missing months and weeks are filled with zero rows, across a year end', () => {
  assert.deepEqual(fillPeriods([row('2024-11', 2), row('2025-02', 1)], 'month').map((p) => [p.period, p.count]),
    [['2024-11', 2], ['2024-12', 0], ['2025-01', 0], ['2025-02', 1]]);
  assert.equal(nextPeriod('2024-12-30', 'week'), '2025-01-06');
  assert.equal(nextPeriod('2024-02-28', 'day'), '2024-02-29');
});

test('a span longer than the cap keeps only the periods that have events', () => {
  const rows = [row('2000-01-01', 1), row('2010-01-01', 1)];
  assert.ok(MAX_FILLED_PERIODS < 3653);
  assert.deepEqual(fillPeriods(rows, 'day'), rows);
});

test('counterpart series follow the counterparts order and the limit', () => {
  const series = [{ ...row('2025-01', 3), counterpart: 'UKR' }, { ...row('2025-03', 1), counterpart: 'UKR' }, { ...row('2025-01', 1), counterpart: 'USA' }];
  const out = counterpartSeries(series, [{ code: 'UKR' }, { code: 'USA' }], 'month', 1);
  assert.deepEqual(out.map((s) => [s.counterpart, s.points.map((p) => p.count)]), [['UKR', [3, 0, 1]]]);
});

test('the network drops self-loops and keeps the heaviest nodes with their edges only', () => {
  const pair = (actor: string, recipient: string, count: number) => ({ actor, recipient, count, cooperation: 0, conflict: count, goldstein: 0 });
  const net = buildNetwork([pair('RUS', 'UKR', 5), pair('RUS', 'RUS', 9), pair('FRA', 'DEU', 1)], 2);
  assert.deepEqual(net.nodes, [{ id: 'RUS', count: 5 }, { id: 'UKR', count: 5 }]);
  assert.deepEqual(net.edges.map((e) => `${e.source}->${e.target}`), ['RUS->UKR']);
});
