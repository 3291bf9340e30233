/**
 * Migration 2026-12-06 18:00 — where an event happened (EventLocation in src/core/types.ts), for the map:
 *
 * - events.location: the EventLocation as JSON (name, admin1, country, precision …), NULL when unknown;
 * - events.lat / events.lon: its coordinates, NULL when the place has none (a country-only location);
 * - a partial index over the located rows only (day, uid), so the map's newest-first read of located events
 *   never walks the unlocated ones (every row stored before this migration).
 *
 * Down drops the index and the columns.
 */
import { sql, type Kysely } from 'kysely';

const INDEX = 'events_located_idx';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('events').addColumn('location', 'text').execute();
  await db.schema.alterTable('events').addColumn('lat', 'double precision').execute();
  await db.schema.alterTable('events').addColumn('lon', 'double precision').execute();
  await db.schema.createIndex(INDEX).on('events').columns(['day', 'uid']).where(sql.ref('lat'), 'is not', null).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex(INDEX).ifExists().execute();
  for (const col of ['lon', 'lat', 'location']) await db.schema.alterTable('events').dropColumn(col).execute();
}
