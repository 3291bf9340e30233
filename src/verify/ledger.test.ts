import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseCluster, clusterByDate, matchingReports, type EventReport } from './ledger.js';

function report(id: string, date: string, doc: string, over: Partial<EventReport> = {}): EventReport {
  return { eventId: id, documentId: doc, source: null, published: date, date, type: 'CONSULT', mode: 'phone', codes: ['USA', 'RUS'], names: [], quote: '', ...over };
}

test('reports a day apart are one event; sources are distinct outlets, else documents', () => {
  const clusters = clusterByDate([
    report('a', '2025-03-18', 'd1'), report('b', '2025-03-18', 'd2'), report('c', '2025-03-19', 'd3'), report('c2', '2025-03-18', 'd3'),
    report('d', '2025-05-19', 'd4', { source: 'Wire' }), report('e', '2025-05-19', 'd5', { source: 'Wire' }),
  ]);
  assert.equal(clusters.length, 2);
  assert.equal(clusters[0]!.date, '2025-03-18');
  assert.equal(clusters[0]!.sources, 3);
  assert.equal(clusters[1]!.sources, 1, 'two documents from one outlet are one source');
});

test('the checked document never counts as its own source', () => {
  const clusters = clusterByDate([report('a', '2023-06-01', 'self'), report('b', '2025-03-18', 'd1')], 'self');
  assert.deepEqual(clusters.map((c) => c.date), ['2025-03-18']);
});

test('the chosen cluster needs two sources, and must be unique or share the commitment', () => {
  const one = clusterByDate([report('a', '2025-03-18', 'd1')]);
  assert.equal(chooseCluster(one, () => true).cluster, null);
  const only = clusterByDate([report('a', '2025-03-18', 'd1'), report('b', '2025-03-18', 'd2')]);
  assert.equal(chooseCluster(only, () => false).linked, false, 'the only cluster, but nothing ties the article to it');
  assert.equal(chooseCluster(only, () => true).linked, true);
  const two = clusterByDate([report('a', '2025-03-18', 'd1'), report('b', '2025-03-18', 'd2'), report('c', '2025-02-12', 'd3'), report('d', '2025-02-12', 'd4')]);
  const none = chooseCluster(two, () => false);
  assert.equal(none.cluster, null);
  assert.match(none.why, /cannot tell/);
  assert.equal(chooseCluster(two, (c) => c.documents.includes('d2')).cluster?.date, '2025-03-18');
});

test('a phone call is not matched with a meeting, and named people must overlap', () => {
  const rows = [report('a', '2025-03-18', 'd1'), report('b', '2025-02-18', 'd2', { mode: 'meet' }), report('c', '2025-03-18', 'd3', { names: ['Marco Rubio', 'Sergey Lavrov'] })];
  assert.deepEqual(matchingReports(rows, 'phone', ['Donald Trump', 'Vladimir Putin']).map((r) => r.eventId), ['a']);
});
