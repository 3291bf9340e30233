/**
 * Event clusters in the ledger: after events of some (actor, recipient, type) keys change, `refreshClusters`
 * re-clusters every event of those keys (src/analysis/clusters.ts) and rewrites their cluster rows and the
 * events' cluster_id, inside the caller's transaction. On PostgreSQL each key is locked for the transaction
 * (advisory lock), so concurrent workers serialise per key and end with the same clusters as one process.
 *
 *   await refreshClusters(trx, 'postgres', [{ actor: 'RUS', recipient: 'UKR', type: 'ASSAULT' }]);
 */
import { sql, type Kysely } from 'kysely';
import { clusterEvents, clusterKey, type ClusterableEvent, type EventCluster } from '../analysis/clusters.js';
import type { StoreKind } from './connect.js';
import { keysetPage } from './keyset.js';
import type { ClusterFilter, Page, PageRequest, StoredCluster } from './records.js';
import type { Database, EventClustersTable } from './schema.js';

export interface ClusterKey { actor: string; recipient: string; type: string }

export function clusterKeysOf(rows: ReadonlyArray<{ actor_code: string | null; recipient_code: string | null; type: string }>): ClusterKey[] {
  const keys = new Map<string, ClusterKey>();
  for (const r of rows) {
    const k = { actor: r.actor_code ?? '', recipient: r.recipient_code ?? '', type: r.type };
    if (k.actor || k.recipient) keys.set(clusterKey(k), k);
  }
  return [...keys.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, k]) => k);
}

/** Takes the per-key locks (PostgreSQL), in sorted order so two transactions never deadlock. */
export async function lockClusterKeys(trx: Kysely<Database>, kind: StoreKind, keys: ClusterKey[]): Promise<void> {
  if (kind !== 'postgres') return;
  for (const k of keys) await sql`select pg_advisory_xact_lock(hashtext(${clusterKey(k)}))`.execute(trx);
}

export async function refreshClusters(trx: Kysely<Database>, keys: ClusterKey[]): Promise<void> {
  for (const key of keys) {
    let q = trx.selectFrom('events').select(['uid', 'day', 'document_id', 'source_name', 'published']).where('type', '=', key.type);
    q = key.actor ? q.where('actor_code', '=', key.actor) : q.where('actor_code', 'is', null);
    q = key.recipient ? q.where('recipient_code', '=', key.recipient) : q.where('recipient_code', 'is', null);
    const rows = await q.execute();
    const events: ClusterableEvent[] = rows.map((r) => ({
      uid: r.uid, actor: key.actor, recipient: key.recipient, type: key.type, day: r.day,
      documentId: r.document_id, source: r.source_name, published: r.published,
    }));
    const clusters = clusterEvents(events);
    await trx.deleteFrom('event_clusters').where('actor_code', '=', key.actor).where('recipient_code', '=', key.recipient).where('type', '=', key.type).execute();
    for (let i = 0; i < clusters.length; i += 200) {
      await trx.insertInto('event_clusters').values(clusters.slice(i, i + 200).map(clusterRow)).execute();
    }
    for (const c of clusters) {
      for (let i = 0; i < c.events.length; i += 500) {
        await trx.updateTable('events').set({ cluster_id: c.id }).where('uid', 'in', c.events.slice(i, i + 500)).execute();
      }
    }
  }
}

function clusterRow(c: EventCluster): EventClustersTable {
  return {
    id: c.id, actor_code: c.actor, recipient_code: c.recipient, type: c.type, first_day: c.firstDay, last_day: c.lastDay,
    first_event_uid: c.firstEventUid, first_document_id: c.firstDocumentId, first_source: c.firstSource,
    sources_count: c.sourcesCount, reports_count: c.reportsCount, documents_count: c.documentsCount,
  };
}

export async function listClusters(db: Kysely<Database>, filter: ClusterFilter, page?: PageRequest): Promise<Page<StoredCluster>> {
  let q = db.selectFrom('event_clusters').selectAll();
  if (filter.actor) q = q.where('actor_code', '=', filter.actor);
  if (filter.recipient) q = q.where('recipient_code', '=', filter.recipient);
  if (filter.type) q = q.where('type', '=', filter.type);
  if (filter.from) q = q.where('last_day', '>=', filter.from);
  if (filter.to) q = q.where('first_day', '<=', filter.to);
  if (filter.minSources) q = q.where('sources_count', '>=', filter.minSources);
  return keysetPage(q, 'first_day', 'id', page, toStoredCluster);
}

export async function getCluster(db: Kysely<Database>, id: string): Promise<StoredCluster | null> {
  const row = await db.selectFrom('event_clusters').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toStoredCluster(row) : null;
}

export function toStoredCluster(r: EventClustersTable): StoredCluster {
  return {
    id: r.id, actor: r.actor_code, recipient: r.recipient_code, type: r.type, firstDay: r.first_day, lastDay: r.last_day,
    firstEventUid: r.first_event_uid, firstDocumentId: r.first_document_id, firstSource: r.first_source,
    sourcesCount: Number(r.sources_count), reportsCount: Number(r.reports_count), documentsCount: Number(r.documents_count),
  };
}
