/**
 * Migration 2026-12-06 18:00 — where an event happened (the `location` of the Analysis JSON, GDELT's ActionGeo,
 * PLOVER's event_loc), as columns of events so the map and the country filter read them without parsing JSON:
 *
 * - location_name, location_admin1 (the region's name), location_admin1_code (GeoNames/FIPS-style "BI.13"),
 *   location_country (ISO3), location_lat, location_lon, location_precision ('town', 'admin1', 'country'),
 *   location_geoname_id. All NULL for an event no text places, and for every row stored before.
 * - a partial index (location_country, day, uid) over the located rows serves `?country=` newest first.
 *
 * Down drops the index and the columns (locations recorded since are lost; the documents' layers keep them).
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

const INDEX = 'events_location_country_day_idx';
const COLUMNS: Array<[string, 'text' | 'double precision' | 'integer']> = [
  ['location_name', 'text'], ['location_admin1', 'text'], ['location_admin1_code', 'text'], ['location_country', 'text'],
  ['location_lat', 'double precision'], ['location_lon', 'double precision'], ['location_precision', 'text'], ['location_geoname_id', 'integer'],
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, type] of COLUMNS) await db.schema.alterTable('events').addColumn(name, type).execute();
  await db.schema.createIndex(INDEX).on('events').columns(['location_country', 'day', 'uid']).where(sql.ref('location_country'), 'is not', null).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex(INDEX).ifExists().execute();
  for (const [name] of [...COLUMNS].reverse()) await db.schema.alterTable('events').dropColumn(name).execute();
}
