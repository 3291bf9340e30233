/**
 * Migration 2026-11-25 10:00 — event rollups (see rollups.repository.ts): events per day, per actor pair and
 * day, per actor pair and month, per actor code, type and month, and the ledger's row counts; created and
 * BACKFILLED from the events already stored, so an upgraded ledger answers from them at once. The covering
 * event indexes of 20261125T0900 served the aggregates these tables replace: they are dropped (faster ingest).
 */
import { sql, type CreateTableBuilder, type Kysely } from 'kysely';
import { ANALYTICS_INDEXES } from './20261125T0900_tokens_and_analytics_indexes.js';

const sums = (t: CreateTableBuilder<string, string>): CreateTableBuilder<string, string> => t
  .addColumn('count', 'integer', (c) => c.notNull())
  .addColumn('cooperation', 'integer', (c) => c.notNull())
  .addColumn('conflict', 'integer', (c) => c.notNull())
  .addColumn('goldstein', 'double precision', (c) => c.notNull());

export async function up(db: Kysely<any>): Promise<void> {
  await sums(db.schema.createTable('event_rollup_days').addColumn('day', 'text', (c) => c.primaryKey())).execute();
  await sums(db.schema.createTable('event_rollup_pair_days')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('actor_code', 'text', (c) => c.notNull())
    .addColumn('recipient_code', 'text', (c) => c.notNull()))
    .addPrimaryKeyConstraint('event_rollup_pair_days_pk', ['actor_code', 'recipient_code', 'day'])
    .execute();
  await sums(db.schema.createTable('event_rollup_pair_months')
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('actor_code', 'text', (c) => c.notNull())
    .addColumn('recipient_code', 'text', (c) => c.notNull()))
    .addPrimaryKeyConstraint('event_rollup_pair_months_pk', ['actor_code', 'recipient_code', 'month'])
    .execute();
  await db.schema.createTable('event_rollup_actor_types')
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_rollup_actor_types_pk', ['code', 'type', 'month'])
    .execute();
  await db.schema.createTable('ledger_totals')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'bigint', (c) => c.notNull())
    .execute();

  await backfill(db);

  await db.schema.createIndex('event_rollup_pair_days_day_idx').on('event_rollup_pair_days').columns(['day']).execute();
  await db.schema.createIndex('event_rollup_pair_days_recipient_idx').on('event_rollup_pair_days').columns(['recipient_code', 'day']).execute();
  await db.schema.createIndex('event_rollup_pair_months_month_idx').on('event_rollup_pair_months').columns(['month']).execute();
  await db.schema.createIndex('event_rollup_pair_months_recipient_idx').on('event_rollup_pair_months').columns(['recipient_code', 'month']).execute();
  for (const name of Object.keys(ANALYTICS_INDEXES)) await db.schema.dropIndex(name).ifExists().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name, cols] of Object.entries(ANALYTICS_INDEXES)) await db.schema.createIndex(name).ifNotExists().on('events').columns(cols).execute();
  for (const t of ['ledger_totals', 'event_rollup_actor_types', 'event_rollup_pair_months', 'event_rollup_pair_days', 'event_rollup_days']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}

const coop = 'sum(case when quad <= 2 then 1 else 0 end)';
const conf = 'sum(case when quad >= 3 then 1 else 0 end)';

/** The rollups as of this migration, from the rows stored (also what rebuildRollups runs again). */
export async function backfill(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);
  await run(`insert into event_rollup_days (day, count, cooperation, conflict, goldstein)
    select day, count(*), ${coop}, ${conf}, sum(goldstein) from events group by day`);
  await run(`insert into event_rollup_pair_days (day, actor_code, recipient_code, count, cooperation, conflict, goldstein)
    select day, coalesce(actor_code, ''), coalesce(recipient_code, ''), count(*), ${coop}, ${conf}, sum(goldstein)
    from events group by day, coalesce(actor_code, ''), coalesce(recipient_code, '')`);
  await run(`insert into event_rollup_pair_months (month, actor_code, recipient_code, count, cooperation, conflict, goldstein)
    select substr(day, 1, 7), actor_code, recipient_code, sum(count), sum(cooperation), sum(conflict), sum(goldstein)
    from event_rollup_pair_days group by substr(day, 1, 7), actor_code, recipient_code`);
  await run(`insert into event_rollup_actor_types (month, code, type, count)
    select substr(day, 1, 7), code, type, count(*) from (
      select day, actor_code as code, type from events where actor_code is not null and actor_code <> ''
      union all
      select day, recipient_code as code, type from events
      where recipient_code is not null and recipient_code <> '' and (actor_code is null or actor_code <> recipient_code)
    ) t group by substr(day, 1, 7), code, type`);
  await run(`insert into ledger_totals (name, value)
    select 'claims', count(*) from claims union all select 'commitments', count(*) from commitments
    union all select 'documents', count(*) from documents union all select 'events', count(*) from events`);
}
