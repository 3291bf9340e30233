/**
 * Migration 2026-12-06 23:00 — events per actor pair and WEEK (event_rollup_pair_weeks, keyed by the week's
 * Monday), filled from the daily pairs: an actor's or a dyad's weekly series over years then reads one row per
 * pair and week instead of seven. Like the daily pairs it counts day-precision events only. On SQLite the table
 * is WITHOUT ROWID; a covering index serves the recipient side of an actor's series.
 *
 * Down drops it.
 */
import { SqliteAdapter, sql, type Kysely } from 'kysely';

const SUMS = 'count, cooperation, conflict, goldstein';

/** The weekly pairs from the daily ones (also what rebuildRollups runs again). */
export async function backfillPairWeeks(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const monday = sqlite ? `date(day, 'weekday 0', '-6 days')` : `to_char(date_trunc('week', day::date), 'YYYY-MM-DD')`;
  await sql.raw(`insert into event_rollup_pair_weeks (week, actor_code, recipient_code, ${SUMS})
    select ${monday}, actor_code, recipient_code, sum(count), sum(cooperation), sum(conflict), sum(goldstein)
    from event_rollup_pair_days where day > '0000-00-00' group by ${monday}, actor_code, recipient_code`).execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  await sql.raw(`create table event_rollup_pair_weeks (week text not null, actor_code text not null, recipient_code text not null,
    count integer not null, cooperation integer not null, conflict integer not null, goldstein double precision not null,
    constraint event_rollup_pair_weeks_pk primary key (actor_code, recipient_code, week))${sqlite ? ' without rowid' : ''}`).execute(db);
  await db.schema.createIndex('event_rollup_pair_weeks_recipient_cover_idx').on('event_rollup_pair_weeks')
    .columns(['recipient_code', 'actor_code', 'week', 'count', 'cooperation', 'conflict', 'goldstein']).execute();
  await backfillPairWeeks(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('event_rollup_pair_weeks').ifExists().execute();
}
