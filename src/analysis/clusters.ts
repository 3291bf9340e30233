/**
 * Event clusters: reports of the same happening across documents. Events with the same actor, recipient and
 * type whose dates lie within `windowDays` of the previous one form a cluster; the cluster knows how many
 * distinct sources reported it and which report came first. GDELT counts reports, Parley counts both.
 *
 *   clusterEvents([{ uid: 'a#e1', actor: 'RUS', recipient: 'UKR', type: 'ASSAULT', day: '2022-03-01', source: 'BBC', … }, …])
 *   // -> [{ id: 'c:…', events: ['a#e1', …], sourcesCount: 3, firstEventUid: 'a#e1', … }]
 */
import { createHash } from 'node:crypto';
import { daysBetween } from '../core/dates.js';

export interface ClusterableEvent {
  uid: string;
  actor: string;
  recipient: string;
  type: string;
  /** ISO date of the event (or its report). */
  day: string;
  documentId: string | null;
  /** The outlet or host that published the report. */
  source: string | null;
  /** When the report was published (falls back to `day`). */
  published: string | null;
}

export interface EventCluster {
  id: string;
  actor: string;
  recipient: string;
  type: string;
  firstDay: string;
  lastDay: string;
  firstEventUid: string;
  firstDocumentId: string | null;
  firstSource: string | null;
  sourcesCount: number;
  reportsCount: number;
  documentsCount: number;
  events: string[];
}

export const CLUSTER_WINDOW_DAYS = 1;

export function clusterKey(e: Pick<ClusterableEvent, 'actor' | 'recipient' | 'type'>): string {
  return `${e.actor}|${e.recipient}|${e.type}`;
}

/** Events that can join a cluster: a known date and at least one coded party. */
export function isClusterable(e: Pick<ClusterableEvent, 'actor' | 'recipient' | 'day'>): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(e.day) && e.day !== '0000-00-00' && Boolean(e.actor || e.recipient);
}

export function clusterEvents(events: readonly ClusterableEvent[], windowDays = CLUSTER_WINDOW_DAYS): EventCluster[] {
  const byKey = new Map<string, ClusterableEvent[]>();
  for (const e of events) {
    if (!isClusterable(e)) continue;
    const key = clusterKey(e);
    const list = byKey.get(key) ?? [];
    list.push(e);
    byKey.set(key, list);
  }
  const clusters: EventCluster[] = [];
  for (const list of byKey.values()) {
    list.sort((a, b) => cmp(a.day, b.day) || cmp(a.uid, b.uid));
    let group: ClusterableEvent[] = [];
    for (const e of list) {
      if (group.length && daysBetween(group[group.length - 1]!.day, e.day) > windowDays) {
        clusters.push(summarise(group));
        group = [];
      }
      group.push(e);
    }
    if (group.length) clusters.push(summarise(group));
  }
  return clusters;
}

function summarise(group: ClusterableEvent[]): EventCluster {
  const head = group[0]!;
  const first = [...group].sort((a, b) => cmp(a.published ?? a.day, b.published ?? b.day) || cmp(a.uid, b.uid))[0]!;
  const key = clusterKey(head);
  return {
    id: 'c:' + createHash('sha256').update(`${key}|${head.day}`).digest('hex').slice(0, 24),
    actor: head.actor,
    recipient: head.recipient,
    type: head.type,
    firstDay: head.day,
    lastDay: group[group.length - 1]!.day,
    firstEventUid: first.uid,
    firstDocumentId: first.documentId,
    firstSource: first.source,
    sourcesCount: new Set(group.map((e) => e.source ?? e.documentId ?? e.uid)).size,
    reportsCount: group.length,
    documentsCount: new Set(group.map((e) => e.documentId ?? e.uid)).size,
    events: group.map((e) => e.uid),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
