/**
 * Event clusters: same actor, recipient, type and day across documents; distinct sources and the first report.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterEvents, clusterIdOf, type ClusterableEvent } from './clusters.js';

const ev = (uid: string, over: Partial<ClusterableEvent> = {}): ClusterableEvent => ({
  uid, actor: 'RUS', recipient: 'UKR', type: 'ASSAULT', day: '2022-03-01', documentId: `doc-${uid}`, source: 'Wire A', published: '2022-03-01', ...over,
});

test('reports of one happening form one cluster with distinct sources and the first report', () => {
  const clusters = clusterEvents([
    ev('b', { source: 'Wire B', published: '2022-03-02' }),
    ev('a', { published: '2022-03-01' }),
    ev('a2', { documentId: 'doc-a', published: '2022-03-01' }),
    ev('c', { source: 'Wire A', published: '2022-03-03' }),
  ]);
  assert.equal(clusters.length, 1);
  const [c] = clusters;
  assert.equal(c!.reportsCount, 4);
  assert.equal(c!.sourcesCount, 2);
  assert.equal(c!.documentsCount, 3);
  assert.equal(c!.firstEventUid, 'a');
  assert.equal(c!.firstSource, 'Wire A');
});

test('another day, type, direction, or an undated or actorless event is not the same cluster', () => {
  const clusters = clusterEvents([
    ev('a'), ev('b', { day: '2022-03-02' }), ev('c', { type: 'THREATEN' }), ev('d', { actor: 'UKR', recipient: 'RUS' }),
    ev('e', { day: '0000-00-00' }), ev('f', { actor: '', recipient: '' }),
  ]);
  assert.equal(clusters.length, 4);
  assert.equal(clusterIdOf(ev('e', { day: '0000-00-00' })), null);
  assert.equal(clusterIdOf(ev('x')), clusterIdOf(ev('y', { source: 'Other' })));
});
