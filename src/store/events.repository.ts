/**
 * Events in the ledger: list with filters (actor, recipient, type, CAMEO root, dates, source, text …) a keyset
 * page at a time, newest first, on indexes of (column, day) (`precision` month|year on a partial index of the coarse rows, `country` of the
 * location on a partial index of the located rows); and GDELT rows imported as events with their own
 * provenance (origin "gdelt"), clustered with the coded ones.
 *
 *   await listEvents(db, { actor: 'RUS', type: 'ASSAULT', from: '2022-03-01' }, { limit: 100 });
 */
import type { Kysely, SelectQueryBuilder } from 'kysely';
import { clusterKeysOf, lockClusterKeys, refreshClusters, type ClusterKey } from './clusters.repository.js';
import type { StoreKind } from './connect.js';
import { insertChunked } from './documents.repository.js';
import { keysetPage } from './keyset.js';
import { addTotals, applyEventRollups, ROLLUP_COLUMNS, type RollupEvent } from './rollups.repository.js';
import type { EventFilter, ExternalEvent, Page, PageRequest, StoredEvent } from './records.js';
import { externalEventRow, toStoredEvent } from './rows.js';
import type { Database } from './schema.js';
import { contains } from './contains.js';

export async function listEvents(db: Kysely<Database>, filter: EventFilter, page?: PageRequest): Promise<Page<StoredEvent>> {
  return keysetPage(whereEvents(db.selectFrom('events').selectAll(), filter), 'day', 'uid', page, toStoredEvent);
}

/** The WHERE clauses of an event filter, on any select from `events` (lists, counts, the map). */
export function whereEvents<Q extends SelectQueryBuilder<Database, 'events', any>>(query: Q, filter: EventFilter): Q {
  let q = query as SelectQueryBuilder<Database, 'events', any>;
  if (filter.actor) q = q.where('actor_code', '=', filter.actor);
  if (filter.actorSector) q = q.where('actor_sector', '=', filter.actorSector);
  if (filter.recipient) q = q.where('recipient_code', '=', filter.recipient);
  if (filter.recipientSector) q = q.where('recipient_sector', '=', filter.recipientSector);
  if (filter.type) q = q.where('type', '=', filter.type);
  if (filter.cameoRoot) q = q.where('cameo_root', '=', filter.cameoRoot.padStart(2, '0'));
  if (filter.from) q = q.where('day', '>=', filter.from);
  if (filter.to) q = q.where('day', '<=', filter.to);
  if (filter.source) q = q.where('source_name', '=', filter.source);
  if (filter.documentId) q = q.where('document_id', '=', filter.documentId);
  if (filter.clusterId) q = q.where('cluster_id', '=', filter.clusterId);
  if (filter.origin) q = q.where('origin', '=', filter.origin);
  // Coarse dates are stored as 'month'/'year' (a partial index holds just those rows); an exact day is NULL.
  if (filter.precision === 'day') q = q.where('date_precision', 'is', null);
  else if (filter.precision) q = q.where('date_precision', '=', filter.precision);
  if (filter.country) q = q.where('location_country', '=', filter.country);
  if (filter.text) q = q.where(contains('evidence_text', filter.text));
  if (filter.pastOnly) q = q.where((eb) => eb.or([eb('published', 'is', null), eb('day', '<=', eb.ref('published'))]));
  return q as Q;
}

/**
 * Matching events per day, counted over the newest `cap` matches at most (one index range read, never the
 * whole ledger): `capped` says the ledger holds more; `days` ascending. Undated events are left out of `days`.
 *
 *   await eventDayCounts(db, { actor: 'RUS' }, 20_000)   // { total: 812, capped: false, days: [{ day: '2022-02-24', count: 31 }, …] }
 */
export async function eventDayCounts(db: Kysely<Database>, filter: EventFilter, cap: number): Promise<{ total: number; capped: boolean; days: { day: string; count: number }[] }> {
  const newest = whereEvents(db.selectFrom('events').select('day'), filter).orderBy('day', 'desc').limit(cap + 1);
  const rows = await db.selectFrom(newest.as('m')).select(['m.day', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('m.day').execute();
  let total = 0;
  const days = rows.map((r) => { total += Number(r.n); return { day: String(r.day), count: Number(r.n) }; }).sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const capped = total > cap;
  if (capped) { const first = days[0]!; first.count -= 1; total -= 1; if (!first.count) days.shift(); }
  return { total, capped, days: days.filter((d) => d.day !== '0000-00-00') };
}

export async function getEvent(db: Kysely<Database>, uid: string): Promise<StoredEvent | null> {
  const row = await db.selectFrom('events').selectAll().where('uid', '=', uid).executeTakeFirst();
  return row ? toStoredEvent(row) : null;
}

/**
 * Imports events from outside the pipeline (GDELT) in one transaction; rows already present are skipped.
 * With `refreshClusters: false` the touched clusters are handed back instead of recomputed, for the caller to
 * refresh once after its last chunk (`refreshClusterKeys`): a file of many chunks that share clusters then reads
 * each cluster's events once, not once per chunk, and the import stays linear in its rows.
 */
export async function importEvents(db: Kysely<Database>, kind: StoreKind, events: readonly ExternalEvent[], opts: { refreshClusters?: boolean } = {}): Promise<ImportResult> {
  if (!events.length) return { added: 0, duplicates: 0 };
  const rows = events.map(externalEventRow);
  const keys = clusterKeysOf(rows);
  const refresh = opts.refreshClusters ?? true;
  return db.transaction().execute(async (trx) => {
    if (refresh) await lockClusterKeys(trx, kind, keys);
    const added = await insertChunked(trx, 'events', rows, (q) => q.onConflict((oc: any) => oc.column('uid').doNothing()).returning(ROLLUP_COLUMNS));
    if (refresh) await refreshClusters(trx, keys);
    await applyEventRollups(trx, added as RollupEvent[], 1);
    await addTotals(trx, { events: added.length });
    return { added: added.length, duplicates: events.length - added.length, ...(refresh ? {} : { clusterKeys: keys }) };
  });
}

export interface ImportResult { added: number; duplicates: number; /** The clusters left to refresh (only with `refreshClusters: false`). */ clusterKeys?: ClusterKey[] }
