/**
 * Migration 2026-11-25 13:00 — how exact an event's date is (ACLED's time precision):
 *
 * - events.date_precision: 'month' or 'year' when the text dates the event only to a month or a year (its
 *   `day` is then the first day of it); NULL for an exact day — the default, and every row stored before.
 *   A partial index over the coarse rows only (a few percent of a ledger) serves `?precision=month|year`.
 * - event_rollup_days gains date_precision in its key ('day', 'month', 'year'), so a daily trend counts only
 *   events that happened on that day while a monthly one still counts the month-precision ones.
 *
 * The other rollups keep their shape; what changes is which events they count (see rollups.repository.ts):
 * pair days count day-precision events only, pair months day and month precision, pair years every event.
 * Rows stored before this migration are all day precision, so the existing rollups stay exact and nothing is
 * recounted. `backfillRollups` recomputes every rollup from the events the current way (rebuildRollups).
 * Down drops the column: precision recorded since is lost (the rollups are recounted as day precision).
 */
import { SqliteAdapter, sql, type Kysely } from 'kysely';

const isSqlite = (db: Kysely<any>) => db.getExecutor().adapter instanceof SqliteAdapter;
const run = (db: Kysely<any>, text: string) => sql.raw(text).execute(db);

const SUM_COLUMNS = 'count integer not null, cooperation integer not null, conflict integer not null, goldstein double precision not null';
/** An event's precision in SQL: NULL (and anything unknown) reads as 'day'. */
export const PRECISION_SQL = "coalesce(date_precision, 'day')";
const COARSE_INDEX = 'events_coarse_date_idx';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('events').addColumn('date_precision', 'text').execute();
  await db.schema.createIndex(COARSE_INDEX).on('events').columns(['date_precision', 'day', 'uid']).where(sql.ref('date_precision'), 'is not', null).execute();
  if (isSqlite(db)) {
    await run(db, 'alter table event_rollup_days rename to event_rollup_days_old');
    await run(db, `create table event_rollup_days (day text not null, date_precision text not null, ${SUM_COLUMNS},
      constraint event_rollup_days_pk primary key (day, date_precision)) without rowid`);
    await run(db, `insert into event_rollup_days (day, date_precision, count, cooperation, conflict, goldstein)
      select day, 'day', count, cooperation, conflict, goldstein from event_rollup_days_old`);
    await run(db, 'drop table event_rollup_days_old');
  } else {
    await run(db, "alter table event_rollup_days add column date_precision text not null default 'day'");
    await run(db, 'alter table event_rollup_days drop constraint event_rollup_days_pkey');
    await run(db, 'alter table event_rollup_days add constraint event_rollup_days_pk primary key (day, date_precision)');
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex(COARSE_INDEX).ifExists().execute();
  await db.schema.alterTable('events').dropColumn('date_precision').execute();
  await run(db, 'alter table event_rollup_days rename to event_rollup_days_old');
  await run(db, `create table event_rollup_days (day text primary key, ${SUM_COLUMNS})`);
  await run(db, `insert into event_rollup_days (day, count, cooperation, conflict, goldstein)
    select day, sum(count), sum(cooperation), sum(conflict), sum(goldstein) from event_rollup_days_old group by day`);
  await run(db, 'drop table event_rollup_days_old');
  // Every event is day precision again: recount the pair tables that left the coarse ones out.
  for (const t of ['event_rollup_pair_days', 'event_rollup_pair_months', 'event_rollup_pair_years']) await run(db, `delete from ${t}`);
  await backfillPairs(db, 'day');
}

const SUMS = `count(*), sum(case when quad <= 2 then 1 else 0 end), sum(case when quad >= 3 then 1 else 0 end), sum(goldstein)`;
const PAIR = "coalesce(actor_code, ''), coalesce(recipient_code, '')";

/** The pair tables from the events: days count day precision, months day and month, years every event. */
async function backfillPairs(db: Kysely<any>, precision: string): Promise<void> {
  const grains = [
    { table: 'event_rollup_pair_days', col: 'day', key: 'day', counts: "('day')" },
    { table: 'event_rollup_pair_months', col: 'month', key: 'substr(day, 1, 7)', counts: "('day', 'month')" },
    { table: 'event_rollup_pair_years', col: 'year', key: 'substr(day, 1, 4)', counts: "('day', 'month', 'year')" },
  ];
  for (const g of grains) {
    await run(db, `insert into ${g.table} (${g.col}, actor_code, recipient_code, count, cooperation, conflict, goldstein)
      select ${g.key}, ${PAIR}, ${SUMS} from events where ${precision} in ${g.counts} group by ${g.key}, ${PAIR}`);
  }
}

/** Every rollup table and the totals, recomputed from the ledger's rows into EMPTY tables (what rebuildRollups runs). */
export async function backfillRollups(db: Kysely<any>): Promise<void> {
  await run(db, `insert into event_rollup_days (day, date_precision, count, cooperation, conflict, goldstein)
    select day, ${PRECISION_SQL}, ${SUMS} from events group by day, ${PRECISION_SQL}`);
  await backfillPairs(db, PRECISION_SQL);
  await run(db, `insert into event_rollup_actor_types (month, code, type, count)
    select substr(day, 1, 7), code, type, count(*) from (
      select day, actor_code as code, type from events where actor_code is not null and actor_code <> ''
      union all
      select day, recipient_code as code, type from events
      where recipient_code is not null and recipient_code <> '' and (actor_code is null or actor_code <> recipient_code)
    ) t group by substr(day, 1, 7), code, type`);
  await run(db, `insert into ledger_totals (name, value)
    select 'claims', count(*) from claims union all select 'commitments', count(*) from commitments
    union all select 'documents', count(*) from documents union all select 'events', count(*) from events`);
}
