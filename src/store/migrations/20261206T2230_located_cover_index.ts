/**
 * Migration 2026-12-06 22:30 — the located events' day index becomes covering: (day, location_lat,
 * location_lon, quad, published, uid) over rows whose location_lat is set, replacing (day, uid). The map's edge
 * days (the part-months at a window's ends, summed per cell) and its newest-first read of located events then
 * never visit the table.
 *
 * Down puts the narrow index back.
 */
import { sql, type Kysely } from 'kysely';

const located = sql.ref('location_lat');

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('events_located_cover_idx').on('events').columns(['day', 'location_lat', 'location_lon', 'quad', 'published', 'uid']).where(located, 'is not', null).execute();
  await db.schema.dropIndex('events_located_day_idx').ifExists().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('events_located_day_idx').on('events').columns(['day', 'uid']).where(located, 'is not', null).execute();
  await db.schema.dropIndex('events_located_cover_idx').ifExists().execute();
}
