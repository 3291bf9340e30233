/**
 * Migration 2026-11-25 11:30 — events per actor pair and YEAR (event_rollup_pair_years, backfilled from the
 * monthly pairs), so a network over several years or all time adds a few rows per pair instead of one per
 * month; and covering indexes for an actor's day/week series in both directions.
 *
 * On SQLite the rollup tables are rebuilt WITHOUT ROWID: the primary key then holds the row, so a search on
 * it reads one contiguous range (the planner, without statistics, otherwise picks the key's row-id index and
 * fetches every row). PostgreSQL gets covering indexes instead (its planner weighs them with statistics).
 */
import { SqliteAdapter, sql, type Kysely } from 'kysely';

const SUMS = ['count', 'cooperation', 'conflict', 'goldstein'];
const SUM_COLUMNS = 'count integer not null, cooperation integer not null, conflict integer not null, goldstein double precision not null';

interface TableSpec { columns: string; key: string[]; indexes: Record<string, string[]> }

/** The rollup tables after this migration: columns, primary key and secondary indexes. */
const TABLES: Record<string, TableSpec> = {
  event_rollup_pair_days: {
    columns: `day text not null, actor_code text not null, recipient_code text not null, ${SUM_COLUMNS}`,
    key: ['actor_code', 'recipient_code', 'day'],
    indexes: {
      event_rollup_pair_days_day_cover_idx: ['day', 'actor_code', 'recipient_code', ...SUMS],
      event_rollup_pair_days_recipient_cover_idx: ['recipient_code', 'actor_code', 'day', ...SUMS],
    },
  },
  event_rollup_pair_months: {
    columns: `month text not null, actor_code text not null, recipient_code text not null, ${SUM_COLUMNS}`,
    key: ['actor_code', 'recipient_code', 'month'],
    indexes: {
      event_rollup_pair_months_actor_cover_idx: ['actor_code', 'month', 'recipient_code', ...SUMS],
      event_rollup_pair_months_recipient_cover_idx: ['recipient_code', 'month', 'actor_code', ...SUMS],
      event_rollup_pair_months_month_cover_idx: ['month', 'actor_code', 'recipient_code', ...SUMS],
    },
  },
  event_rollup_pair_years: {
    columns: `year text not null, actor_code text not null, recipient_code text not null, ${SUM_COLUMNS}`,
    key: ['actor_code', 'recipient_code', 'year'],
    indexes: { event_rollup_pair_years_year_cover_idx: ['year', 'actor_code', 'recipient_code', ...SUMS] },
  },
  event_rollup_actor_types: {
    columns: 'month text not null, code text not null, type text not null, count integer not null',
    key: ['code', 'type', 'month'],
    indexes: {},
  },
};

const isSqlite = (db: Kysely<any>) => db.getExecutor().adapter instanceof SqliteAdapter;
const run = (db: Kysely<any>, text: string) => sql.raw(text).execute(db);

async function createTable(db: Kysely<any>, name: string, spec: TableSpec, sqlite: boolean): Promise<void> {
  await run(db, `create table ${name} (${spec.columns}, constraint ${name}_pk primary key (${spec.key.join(', ')}))${sqlite ? ' without rowid' : ''}`);
}

async function createIndexes(db: Kysely<any>, table: string, spec: TableSpec): Promise<void> {
  for (const [name, columns] of Object.entries(spec.indexes)) await db.schema.createIndex(name).ifNotExists().on(table).columns(columns).execute();
}

/** The yearly pairs from the monthly ones (also what rebuildRollups runs again). */
export async function backfillPairYears(db: Kysely<any>): Promise<void> {
  await run(db, `insert into event_rollup_pair_years (year, actor_code, recipient_code, count, cooperation, conflict, goldstein)
    select substr(month, 1, 4), actor_code, recipient_code, sum(count), sum(cooperation), sum(conflict), sum(goldstein)
    from event_rollup_pair_months group by substr(month, 1, 4), actor_code, recipient_code`);
}

export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = isSqlite(db);
  for (const [name, spec] of Object.entries(TABLES)) {
    if (name === 'event_rollup_pair_years') {
      await createTable(db, name, spec, sqlite);
      await backfillPairYears(db);
    } else if (sqlite) {
      // Rebuild as WITHOUT ROWID (dropping the old table drops its indexes; they are made again below).
      const columns = spec.columns.split(',').map((c) => c.trim().split(' ')[0]).join(', ');
      await run(db, `alter table ${name} rename to ${name}_old`);
      await createTable(db, name, spec, true);
      await run(db, `insert into ${name} (${columns}) select ${columns} from ${name}_old`);
      await run(db, `drop table ${name}_old`);
    }
    await createIndexes(db, name, spec);
  }
  if (!sqlite) await db.schema.createIndex('event_rollup_pair_days_actor_cover_idx').ifNotExists().on('event_rollup_pair_days').columns(['actor_code', 'recipient_code', 'day', ...SUMS]).execute();
  await db.schema.dropIndex('event_rollup_pair_days_recipient_idx').ifExists().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('event_rollup_pair_days_recipient_idx').ifNotExists().on('event_rollup_pair_days').columns(['recipient_code', 'day']).execute();
  for (const name of ['event_rollup_pair_days_recipient_cover_idx', 'event_rollup_pair_days_actor_cover_idx']) await db.schema.dropIndex(name).ifExists().execute();
  await db.schema.dropTable('event_rollup_pair_years').ifExists().execute();
}
