/**
 * Events with coordinates, for the map: the newest located events matching an event filter (the timeline's
 * filters), read through the partial indexes of located rows (migration 20261206T2000) with just what grouping them needs; then the
 * location and ids of the few events that name the places.
 *
 *   await locatedEvents(db, { actor: 'RUS', from: '2022-03-01' }, 2000)
 *   // { rows: [{ lat: 49.99, lon: 36.23, day: '2022-03-02', uid: 'sha256:…#e3', quad: 4 }, …], capped: false }
 *   await eventPlaces(db, ['sha256:…#e3'])   // Map { 'sha256:…#e3' => { location: { name: 'Kharkiv', … }, documentId, eventId } }
 */
import type { Kysely } from 'kysely';
import type { EventLocation } from '../core/types.js';
import { whereEvents } from './events.repository.js';
import type { EventFilter } from './records.js';
import { locationOf } from './rows.js';
import type { Database } from './schema.js';

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

/** The location and ids of the given events (the few a map names), by uid. */
export async function eventPlaces(db: Kysely<Database>, uids: readonly string[]): Promise<Map<string, { location: EventLocation; documentId: string | null; eventId: string }>> {
  const out = new Map<string, { location: EventLocation; documentId: string | null; eventId: string }>();
  for (let i = 0; i < uids.length; i += 500) {
    const rows = await db.selectFrom('events').selectAll().where('uid', 'in', uids.slice(i, i + 500)).execute();
    for (const r of rows) { const location = locationOf(r); if (location) out.set(r.uid, { location, documentId: r.document_id, eventId: r.event_id }); }
  }
  return out;
}
