/**
 * The map's rollup: located events per 1° cell, kept by the writers in the same transaction as the events
 * (like the other rollups), so the map of a whole ledger — or of one actor, recipient, PLOVER type, CAMEO root
 * or location country — reads a few thousand cell rows however many events there are.
 *
 * Table event_rollup_map, one row per (dim, value, grain, period, past, cell_lat, cell_lon):
 *   dim    '' (every event, value '') or 'actor' | 'recipient' | 'type' | 'cameo' | 'country' (value: the code)
 *   grain  'y' (period '2024') or 'm' (period '2024-03'): whole years and whole months of a window
 *   past   1 when the event is dated on or before the report that carries it (or the report is undated), else 0
 *   cell   floor of the latitude and longitude (1° cells, about 110 km)
 * with count, cooperation (quad 1-2), conflict (3-4), the sums of latitudes and longitudes (the cell is drawn
 * at its events' centre) and its latest event (latest_day, latest_uid: what the cell is named after and opens).
 * A deleted event is subtracted from the sums but does not move `latest` back (a cell may name an older event
 * than its newest remaining one; rows left at zero are removed).
 *
 *   await applyMapRollups(trx, insertedRows, +1);
 *   // read by map.repository.ts (mapCells)
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from './schema.js';

export const MAP_DIMS = ['', 'actor', 'recipient', 'type', 'cameo', 'country'] as const;
export type MapDim = (typeof MAP_DIMS)[number];

/** The event columns the map rollup needs (inserts and deletes return them). */
export const MAP_ROLLUP_COLUMNS = ['uid', 'day', 'published', 'quad', 'actor_code', 'recipient_code', 'type', 'cameo_root', 'location_country', 'location_lat', 'location_lon'] as const;
export interface MapRollupEvent {
  uid: string; day: string; published: string | null; quad: number; actor_code: string | null; recipient_code: string | null;
  type: string; cameo_root: string | null; location_country?: string | null; location_lat?: number | null; location_lon?: number | null;
}

export interface MapRollupRow {
  dim: string; value: string; grain: 'y' | 'm'; period: string; past: number; cell_lat: number; cell_lon: number;
  count: number; cooperation: number; conflict: number; lat_sum: number; lon_sum: number; latest_day: string; latest_uid: string;
}

export const MAP_KEYS = ['dim', 'value', 'grain', 'period', 'past', 'cell_lat', 'cell_lon'] as const;
const SUMS = ['count', 'cooperation', 'conflict', 'lat_sum', 'lon_sum'] as const;

/** An event counts as past unless it is dated after the report that carries it (forecasts, plans, targets). */
export const isPast = (day: string, published: string | null) => !published || day <= published;

const located = (e: MapRollupEvent): e is MapRollupEvent & { location_lat: number; location_lon: number } =>
  e.location_lat !== null && e.location_lat !== undefined && e.location_lon !== null && e.location_lon !== undefined;

/** The (dim, value) pairs an event counts under. */
function dimsOf(e: MapRollupEvent): [MapDim, string][] {
  const out: [MapDim, string][] = [['', '']];
  if (e.actor_code) out.push(['actor', e.actor_code]);
  if (e.recipient_code) out.push(['recipient', e.recipient_code]);
  if (e.type) out.push(['type', e.type]);
  if (e.cameo_root) out.push(['cameo', e.cameo_root]);
  if (e.location_country) out.push(['country', e.location_country]);
  return out;
}

/** One delta row per key for the located events among `events` (`sign` -1 for deleted events). */
export function mapRollupDeltas(events: readonly MapRollupEvent[], sign: 1 | -1): MapRollupRow[] {
  const rows = new Map<string, MapRollupRow>();
  for (const e of events) {
    if (!located(e)) continue;
    const lat = Number(e.location_lat), lon = Number(e.location_lon);
    const cell_lat = Math.floor(lat), cell_lon = Math.floor(lon);
    const past = isPast(e.day, e.published) ? 1 : 0;
    const coop = Number(e.quad) <= 2;
    for (const [dim, value] of dimsOf(e)) {
      for (const [grain, period] of [['y', e.day.slice(0, 4)], ['m', e.day.slice(0, 7)]] as const) {
        const id = [dim, value, grain, period, past, cell_lat, cell_lon].join('\u0000');
        let r = rows.get(id);
        if (!r) rows.set(id, (r = { dim, value, grain, period, past, cell_lat, cell_lon, count: 0, cooperation: 0, conflict: 0, lat_sum: 0, lon_sum: 0, latest_day: '', latest_uid: '' }));
        r.count += sign;
        if (coop) r.cooperation += sign; else r.conflict += sign;
        r.lat_sum += sign * lat;
        r.lon_sum += sign * lon;
        if (sign > 0 && (e.day > r.latest_day || (e.day === r.latest_day && e.uid > r.latest_uid))) { r.latest_day = e.day; r.latest_uid = e.uid; }
      }
    }
  }
  return [...rows.values()];
}

const compareRows = (a: MapRollupRow, b: MapRollupRow) => {
  for (const k of MAP_KEYS) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  return 0;
};

/** Adds (+1) or subtracts (-1) these events in the map rollup, inside the caller's transaction. */
export async function applyMapRollups(trx: Kysely<Database>, events: readonly MapRollupEvent[], sign: 1 | -1): Promise<void> {
  const rows = mapRollupDeltas(events, sign);
  if (!rows.length) return;
  // Key order, as the other rollups: two writers never wait on each other in a cycle.
  rows.sort(compareRows);
  const q = trx as unknown as Kysely<any>;
  const t = (c: string) => sql.ref(`event_rollup_map.${c}`);
  const x = (c: string) => sql.ref(`excluded.${c}`);
  const newer = sql`(${x('latest_day')} > ${t('latest_day')} or (${x('latest_day')} = ${t('latest_day')} and ${x('latest_uid')} > ${t('latest_uid')}))`;
  const set = {
    ...Object.fromEntries(SUMS.map((s) => [s, sql`${t(s)} + ${x(s)}`])),
    latest_day: sql`case when ${newer} then ${x('latest_day')} else ${t('latest_day')} end`,
    latest_uid: sql`case when ${newer} then ${x('latest_uid')} else ${t('latest_uid')} end`,
  };
  for (let i = 0; i < rows.length; i += 1000) {
    await q.insertInto('event_rollup_map').values(rows.slice(i, i + 1000)).onConflict((oc) => oc.columns([...MAP_KEYS]).doUpdateSet(set)).execute();
  }
  if (sign < 0) await q.deleteFrom('event_rollup_map').where('count', '<=', 0).execute();
}

/**
 * Fills the map rollup from the located events already stored (a migration's backfill and the repair tool),
 * a page of events at a time in uid order (one walk of the key, whatever the other indexes).
 */
export async function backfillMapRollups(db: Kysely<any>, page = 20_000): Promise<void> {
  let after: string | null = null;
  for (;;) {
    let qb = db.selectFrom('events').select([...MAP_ROLLUP_COLUMNS]).where('location_lat', 'is not', null);
    if (after !== null) qb = qb.where('uid', '>', after);
    const rows = await qb.orderBy('uid').limit(page).execute() as MapRollupEvent[];
    if (!rows.length) return;
    await applyMapRollups(db as Kysely<Database>, rows, 1);
    after = rows[rows.length - 1]!.uid;
    if (rows.length < page) return;
  }
}
