/**
 * Migration 2026-12-06 18:00 — where an event happened (EventLocation in src/core/types.ts), for the map:
 *
 * - events.location: the EventLocation as JSON (name, admin1, country, precision …), NULL when unknown;
 * - events.lat / events.lon: its coordinates, NULL when the place has none (a country-only location);
 * - partial indexes over the located rows only — (day, uid), (actor_code, day), (recipient_code, day) — so the
 *   map's newest-first read of located events, alone or for an actor, never walks the unlocated ones (every
 *   row stored before this migration).
 *
 * Down drops the indexes and the columns.
 */
import { sql, type Kysely } from 'kysely';

const INDEXES: Record<string, string[]> = {
  events_located_idx: ['day', 'uid'],
  events_located_actor_idx: ['actor_code', 'day'],
  events_located_recipient_idx: ['recipient_code', 'day'],
};

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('events').addColumn('location', 'text').execute();
  await db.schema.alterTable('events').addColumn('lat', 'double precision').execute();
  await db.schema.alterTable('events').addColumn('lon', 'double precision').execute();
  for (const [name, columns] of Object.entries(INDEXES)) await db.schema.createIndex(name).on('events').columns(columns).where(sql.ref('lat'), 'is not', null).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of Object.keys(INDEXES)) await db.schema.dropIndex(name).ifExists().execute();
  for (const col of ['lon', 'lat', 'location']) await db.schema.alterTable('events').dropColumn(col).execute();
}
