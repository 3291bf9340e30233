/**
 * Events with coordinates, for the map: the newest located events matching an event filter (the timeline's
 * filters), read from the partial index of located rows, with just what a map point needs.
 *
 *   await locatedEvents(db, { actor: 'RUS', from: '2022-03-01' }, 5000)
 *   // { rows: [{ lat: 49.99, lon: 36.23, location: { name: 'Kharkiv', … }, day: '2022-03-02', quad: 4, … }], capped: false }
 */
import type { Kysely } from 'kysely';
import type { EventLocation } from '../core/types.js';
import { whereEvents } from './events.repository.js';
import type { EventFilter } from './records.js';
import type { Database } from './schema.js';

export interface LocatedEvent {
  lat: number;
  lon: number;
  location: EventLocation;
  day: string;
  uid: string;
  documentId: string | null;
  eventId: string;
  quad: number;
}

export async function locatedEvents(db: Kysely<Database>, filter: EventFilter, limit: number): Promise<{ rows: LocatedEvent[]; capped: boolean }> {
  const rows = await whereEvents(db.selectFrom('events').select(['lat', 'lon', 'location', 'day', 'uid', 'document_id', 'event_id', 'quad']), filter)
    .where('lat', 'is not', null).where('lon', 'is not', null)
    .orderBy('day', 'desc').orderBy('uid', 'desc').limit(limit + 1).execute();
  return {
    capped: rows.length > limit,
    rows: rows.slice(0, limit).map((r) => ({
      lat: Number(r.lat), lon: Number(r.lon), location: JSON.parse(r.location ?? '{}') as EventLocation, day: r.day, uid: r.uid,
      documentId: r.document_id, eventId: r.event_id, quad: Number(r.quad),
    })),
  };
}
