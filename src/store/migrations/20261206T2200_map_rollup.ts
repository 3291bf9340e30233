/**
 * Migration 2026-12-06 22:00 — the map's rollup, event_rollup_map (see map-rollup.ts): located events per
 * dimension ('' for all, actor, recipient, type, cameo root, location country), whole year or month, past or
 * dated after their report, and 1° cell; filled from the located events already stored. The map of a whole
 * ledger then reads cells, not events. On SQLite the table is WITHOUT ROWID (the key holds the row).
 *
 * Down drops it.
 */
import { SqliteAdapter, sql, type Kysely } from 'kysely';
import { backfillMapRollups } from '../map-rollup.js';

export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  await sql.raw(`create table event_rollup_map (
    dim text not null, value text not null, grain text not null, period text not null, past integer not null,
    cell_lat integer not null, cell_lon integer not null,
    count integer not null, cooperation integer not null, conflict integer not null,
    lat_sum double precision not null, lon_sum double precision not null, latest_day text not null, latest_uid text not null,
    constraint event_rollup_map_pk primary key (dim, value, grain, period, past, cell_lat, cell_lon))${sqlite ? ' without rowid' : ''}`).execute(db);
  await backfillMapRollups(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('event_rollup_map').ifExists().execute();
}
