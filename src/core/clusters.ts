/**
 * Event clusters: reports of the same happening across documents. Events with the same actor, recipient and
 * type on the same day form a cluster (its id is derived from that key, so every process, worker or dialect
 * assigns the same cluster without coordination); the cluster knows how many distinct sources reported it and
 * which report came first. GDELT counts reports, Parley counts both.
 *
 *   clusterEvents([{ uid: 'a#e1', actor: 'RUS', recipient: 'UKR', type: 'ASSAULT', day: '2022-03-01', source: 'BBC', … }, …])
 *   // -> [{ id: 'c:…', events: ['a#e1', …], sourcesCount: 3, firstSource: 'BBC', … }]
 */
import { createHash } from 'node:crypto';

/** A cluster as the ledger keeps it: its key, first report and counts. */
export interface StoredCluster {
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
}

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

/** A cluster as computed here: the stored cluster plus the uids of its events. */
export interface EventCluster extends StoredCluster {
  events: string[];
}

export function clusterKey(e: Pick<ClusterableEvent, 'actor' | 'recipient' | 'type'>): string {
  return `${e.actor}|${e.recipient}|${e.type}`;
}

/** Events that can join a cluster: a known date and at least one coded party. */
export function isClusterable(e: Pick<ClusterableEvent, 'actor' | 'recipient' | 'day'>): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(e.day) && e.day !== '0000-00-00' && Boolean(e.actor || e.recipient);
}

/** The cluster an event belongs to, or null when it cannot be clustered. */
export function clusterIdOf(e: Pick<ClusterableEvent, 'actor' | 'recipient' | 'type' | 'day'>): string | null {
  if (!isClusterable(e)) return null;
  return 'c:' + createHash('sha256').update(`${clusterKey(e)}|${e.day}`).digest('hex').slice(0, 24);
}

export function clusterEvents(events: readonly ClusterableEvent[]): EventCluster[] {
  const groups = new Map<string, ClusterableEvent[]>();
  for (const e of events) {
    const id = clusterIdOf(e);
    if (!id) continue;
    const list = groups.get(id) ?? [];
    list.push(e);
    groups.set(id, list);
  }
  return [...groups.entries()].map(([id, group]) => summarise(id, group));
}

function summarise(id: string, group: ClusterableEvent[]): EventCluster {
  const sorted = [...group].sort((a, b) => cmp(a.published ?? a.day, b.published ?? b.day) || cmp(a.uid, b.uid));
  const first = sorted[0]!;
  return {
    id,
    actor: first.actor,
    recipient: first.recipient,
    type: first.type,
    firstDay: first.day,
    lastDay: first.day,
    firstEventUid: first.uid,
    firstDocumentId: first.documentId,
    firstSource: first.source,
    sourcesCount: new Set(group.map((e) => e.source ?? e.documentId ?? e.uid)).size,
    reportsCount: group.length,
    documentsCount: new Set(group.map((e) => e.documentId ?? e.uid)).size,
    events: sorted.map((e) => e.uid),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
