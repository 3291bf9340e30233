/**
 * Event clusters in the ledger: an event's cluster id follows from (actor, recipient, type, day) and is written
 * with the event; after events are added, `refreshClusters` recomputes those clusters' rows (sources, reports,
 * first report) inside the caller's transaction. On PostgreSQL each cluster is locked for the transaction
 * (advisory lock), so concurrent workers serialise per cluster and end with the same rows as one process.
 *
 *   await refreshClusters(trx, [{ actor: 'RUS', recipient: 'UKR', type: 'ASSAULT', day: '2022-03-01' }]);
 */
import { sql, type Kysely } from 'kysely';
import { clusterEvents, clusterIdOf, clusterKey, type ClusterableEvent, type EventCluster } from '../analysis/clusters.js';
import type { StoreKind } from './connect.js';
import { keysetPage } from './keyset.js';
import type { ClusterFilter, Page, PageRequest, StoredCluster } from './records.js';
import type { Database, EventClustersTable } from './schema.js';

/** One cluster's address: (actor, recipient, type, day). */
export interface ClusterKey { actor: string; recipient: string; type: string; day: string }

export function clusterKeysOf(rows: ReadonlyArray<{ actor_code: string | null; recipient_code: string | null; type: string; day: string }>): ClusterKey[] {
  const keys = new Map<string, ClusterKey>();
  for (const r of rows) {
    const k = { actor: r.actor_code ?? '', recipient: r.recipient_code ?? '', type: r.type, day: r.day };
    const id = clusterIdOf(k);
    if (id) keys.set(`${clusterKey(k)}|${k.day}`, k);
  }
  return [...keys.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, k]) => k);
}

/** Takes the per-cluster locks (PostgreSQL), in sorted order so two transactions never deadlock. */
export async function lockClusterKeys(trx: Kysely<Database>, kind: StoreKind, keys: ClusterKey[]): Promise<void> {
  if (kind !== 'postgres' || !keys.length) return;
  const names = keys.map((k) => `${clusterKey(k)}|${k.day}`);
  await sql`select pg_advisory_xact_lock(hashtext(k)) from unnest(${names}::text[]) with ordinality as t(k, n) order by n`.execute(trx);
}

/** Recomputes the cluster rows for these keys from their events (whose cluster_id is set when they are written). */
export async function refreshClusters(trx: Kysely<Database>, keys: ClusterKey[]): Promise<void> {
  const byId = new Map(keys.map((k) => [clusterIdOf(k)!, k]));
  const ids = [...byId.keys()];
  for (let i = 0; i < ids.length; i += 200) {
    const part = ids.slice(i, i + 200);
    const rows = await trx.selectFrom('events').select(['uid', 'day', 'document_id', 'source_name', 'published', 'cluster_id']).where('cluster_id', 'in', part).execute();
    const events: ClusterableEvent[] = rows.map((r) => {
      const key = byId.get(r.cluster_id!)!;
      return { uid: r.uid, actor: key.actor, recipient: key.recipient, type: key.type, day: r.day, documentId: r.document_id, source: r.source_name, published: r.published };
    });
    const clusters = clusterEvents(events).map(clusterRow);
    const found = new Set(clusters.map((c) => c.id));
    const gone = part.filter((id) => !found.has(id));
    if (gone.length) await trx.deleteFrom('event_clusters').where('id', 'in', gone).execute();
    if (clusters.length) {
      await trx.insertInto('event_clusters').values(clusters).onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({
        first_day: eb.ref('excluded.first_day'), last_day: eb.ref('excluded.last_day'), first_event_uid: eb.ref('excluded.first_event_uid'),
        first_document_id: eb.ref('excluded.first_document_id'), first_source: eb.ref('excluded.first_source'),
        sources_count: eb.ref('excluded.sources_count'), reports_count: eb.ref('excluded.reports_count'), documents_count: eb.ref('excluded.documents_count'),
      }))).execute();
    }
  }
}

/** Refreshes these clusters in transactions of up to 200 clusters each, locked as `saveDocuments` locks them. */
export async function refreshClusterKeys(db: Kysely<Database>, kind: StoreKind, keys: readonly ClusterKey[]): Promise<void> {
  const sorted = clusterKeysOf(keys.map((k) => ({ actor_code: k.actor, recipient_code: k.recipient, type: k.type, day: k.day })));
  for (let i = 0; i < sorted.length; i += 200) {
    const part = sorted.slice(i, i + 200);
    await db.transaction().execute(async (trx) => {
      await lockClusterKeys(trx, kind, part);
      await refreshClusters(trx, part);
    });
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
