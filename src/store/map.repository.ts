/**
 * Events with coordinates, for the map. For a window alone or with one of actor, recipient, type, CAMEO root or
 * location country: the 1° cells of the map rollup (whole years and months, see map-rollup.ts) plus the located
 * events of the window's edge days (`mapCells`). For any other filter: the newest located events matching it
 * (the timeline's filters), read through the partial indexes of located rows (migration 20261206T2000) with
 * just what grouping them needs. Then the location and ids of the few events that name the places.
 *
 *   await mapCells(db, { dim: 'actor', value: 'RUS', to: '2026-12-06', pastOnly: true })
 *   // [{ cellLat: 50, cellLon: 30, count: 812, cooperation: 40, conflict: 772, latSum, lonSum, latestDay, latestUid }, …]
 *   await locatedEvents(db, { actor: 'RUS', from: '2022-03-01' }, 2000)
 *   // { rows: [{ lat: 49.99, lon: 36.23, day: '2022-03-02', uid: 'sha256:…#e3', quad: 4 }, …], capped: false }
 *   await eventPlaces(db, ['sha256:…#e3'])   // Map { 'sha256:…#e3' => { location: { name: 'Kharkiv', … }, documentId, eventId } }
 */
import { sql, type Kysely } from 'kysely';
import type { EventLocation } from '../core/types.js';
import { splitWindow } from './analytics.repository.js';
import { whereEvents } from './events.repository.js';
import type { MapDim } from './map-rollup.js';
import type { EventFilter } from './records.js';
import { locationOf } from './rows.js';
import type { Database, EventsTable } from './schema.js';

export interface LocatedEvent {
  lat: number;
  lon: number;
  day: string;
  uid: string;
  quad: number;
}

/** The newest `limit` located events matching the filter: coordinates, day, class and uid only (cheap to read in thousands). */
export async function locatedEvents(db: Kysely<Database>, filter: EventFilter, limit: number): Promise<{ rows: LocatedEvent[]; capped: boolean }> {
  const rows = await whereEvents(db.selectFrom('events').select(['location_lat as lat', 'location_lon as lon', 'day', 'uid', 'quad']), filter)
    .where('location_lat', 'is not', null).where('location_lon', 'is not', null)
    // Newest days first; ties within a day in index order (no sort of a big actor's whole day).
    .orderBy('day', 'desc').limit(limit + 1).execute();
  return {
    capped: rows.length > limit,
    rows: rows.slice(0, limit).map((r) => ({ lat: Number(r.lat), lon: Number(r.lon), day: r.day, uid: r.uid, quad: Number(r.quad) })),
  };
}

const PLACE_COLUMNS = ['uid', 'document_id', 'event_id', 'location_name', 'location_admin1', 'location_admin1_code', 'location_country', 'location_lat', 'location_lon', 'location_precision', 'location_geoname_id'] as const;

/** The location and ids of the given events (the few a map names), by uid. */
export async function eventPlaces(db: Kysely<Database>, uids: readonly string[]): Promise<Map<string, { location: EventLocation; documentId: string | null; eventId: string }>> {
  const out = new Map<string, { location: EventLocation; documentId: string | null; eventId: string }>();
  for (let i = 0; i < uids.length; i += 500) {
    const rows = await db.selectFrom('events').select(PLACE_COLUMNS).where('uid', 'in', uids.slice(i, i + 500)).execute();
    for (const r of rows) { const location = locationOf(r as EventsTable); if (location) out.set(r.uid, { location, documentId: r.document_id, eventId: r.event_id }); }
  }
  return out;
}

/** A cell of the map with its sums over a window. */
export interface MapCell { cellLat: number; cellLon: number; count: number; cooperation: number; conflict: number; latSum: number; lonSum: number; latestDay: string; latestUid: string }

export interface MapCellQuery { dim: MapDim; value: string; from?: string; to?: string; pastOnly?: boolean }

/** Column of the events table each dimension filters on. */
const DIM_COLUMN: Record<Exclude<MapDim, ''>, keyof Database['events']> = {
  actor: 'actor_code', recipient: 'recipient_code', type: 'type', cameo: 'cameo_root', country: 'location_country',
};

/**
 * The cells of a window for one dimension (or none): whole years and months from the rollup, the days at
 * the window's edges from the located events themselves (at most two part-months of them); each part summed
 * per cell by the database, so a few hundred rows come back per part.
 */
export async function mapCells(db: Kysely<Database>, q: MapCellQuery): Promise<MapCell[]> {
  const cells = new Map<string, MapCell>();
  const q2 = db as unknown as Kysely<any>;
  const parts = await Promise.all(splitWindow(q.from, q.to, true).map((part) => {
    if (part.grain === 'day') {
      const lat = sql<number>`floor(location_lat)`, lon = sql<number>`floor(location_lon)`;
      let qb = q2.selectFrom('events').where('location_lat', 'is not', null).where('location_lon', 'is not', null);
      if (part.from) qb = qb.where('day', '>=', part.from);
      if (part.to) qb = qb.where('day', '<=', part.to);
      if (q.dim) qb = qb.where(DIM_COLUMN[q.dim], '=', q.dim === 'cameo' ? q.value.padStart(2, '0') : q.value);
      if (q.pastOnly) qb = qb.where((eb: any) => eb.or([eb('published', 'is', null), eb('day', '<=', eb.ref('published'))]));
      return qb.select([lat.as('cell_lat'), lon.as('cell_lon'), sql<number>`count(*)`.as('count'), sql<number>`sum(case when quad <= 2 then 1 else 0 end)`.as('cooperation'),
        sql<number>`sum(case when quad <= 2 then 0 else 1 end)`.as('conflict'), sql<number>`sum(location_lat)`.as('lat_sum'), sql<number>`sum(location_lon)`.as('lon_sum'),
        sql<string>`max(day || ' ' || uid)`.as('latest')]).groupBy([lat, lon]).execute() as Promise<CellSums[]>;
    }
    let qb = q2.selectFrom('event_rollup_map').where('dim', '=', q.dim).where('value', '=', q.value).where('grain', '=', part.grain === 'year' ? 'y' : 'm');
    if (part.from) qb = qb.where('period', '>=', part.from);
    if (part.to) qb = qb.where('period', '<=', part.to);
    if (q.pastOnly) qb = qb.where('past', '=', 1);
    return qb.select(['cell_lat', 'cell_lon', sql<number>`sum(count)`.as('count'), sql<number>`sum(cooperation)`.as('cooperation'), sql<number>`sum(conflict)`.as('conflict'),
      sql<number>`sum(lat_sum)`.as('lat_sum'), sql<number>`sum(lon_sum)`.as('lon_sum'), sql<string>`max(latest_day || ' ' || latest_uid)`.as('latest')])
      .groupBy(['cell_lat', 'cell_lon']).execute() as Promise<CellSums[]>;
  }));
  for (const r of parts.flat()) {
    const cellLat = Number(r.cell_lat), cellLon = Number(r.cell_lon), id = `${cellLat},${cellLon}`;
    const cut = r.latest.indexOf(' ');
    const latestDay = r.latest.slice(0, cut), latestUid = r.latest.slice(cut + 1);
    const c = cells.get(id);
    if (!c) {
      cells.set(id, { cellLat, cellLon, count: Number(r.count), cooperation: Number(r.cooperation), conflict: Number(r.conflict), latSum: Number(r.lat_sum), lonSum: Number(r.lon_sum), latestDay, latestUid });
      continue;
    }
    c.count += Number(r.count); c.cooperation += Number(r.cooperation); c.conflict += Number(r.conflict); c.latSum += Number(r.lat_sum); c.lonSum += Number(r.lon_sum);
    if (r.latest > `${c.latestDay} ${c.latestUid}`) { c.latestDay = latestDay; c.latestUid = latestUid; }
  }
  return [...cells.values()];
}

interface CellSums { cell_lat: number; cell_lon: number; count: number; cooperation: number; conflict: number; lat_sum: number; lon_sum: number; latest: string }
