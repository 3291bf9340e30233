/**
 * Event rollups: per-day, -month and -year sums the analytics read instead of scanning events, kept exact by
 * the writers IN THE SAME TRANSACTION as the events they count. Every event adds to (or, when deleted,
 * subtracts from) six tables — see schema.ts: event_rollup_days, event_rollup_pair_days, _pair_weeks, _pair_months,
 * _pair_years and event_rollup_actor_types — and ledger_totals keeps the row counts the overview shows; located
 * events also go to the map's rollup (event_rollup_map, map-rollup.ts).
 *
 * Writes are upserts that add deltas (`count = count + excluded.count`), so concurrent PostgreSQL workers
 * never lose an update; keys are written in sorted order, table by table, so two transactions never deadlock.
 * `rebuildRollups` recomputes everything from the events (a repair tool).
 *
 * Date precision: an event dated only to a month ("in February": day 2025-02-01, date_precision 'month') or a
 * year must not make a spike on the 1st of a daily series. So event_rollup_days keys on (day, precision) and
 * daily readers take the 'day' rows; the pair tables count only what their grain can place — pair days and weeks the
 * day-precision events, pair months day and month precision, pair years every event. The actor-type table
 * (read as all-time totals) counts every event.
 *
 *   const added = await trx.insertInto('events').values(rows).returning(ROLLUP_COLUMNS).execute();
 *   await applyEventRollups(trx, added, +1);
 *   await addTotals(trx, { events: added.length });
 */
import { sql, type Kysely } from 'kysely';
import { applyMapRollups, backfillMapRollups, MAP_ROLLUP_COLUMNS } from './map-rollup.js';
import { backfillRollups } from './migrations/20261125T1300_date_precision.js';
import { backfillPairWeeks } from './migrations/20261206T2300_pair_weeks.js';
import type { Database, EventsTable } from './schema.js';

/** The event columns the rollups need (what inserts and deletes should return), the map's included. */
export const ROLLUP_COLUMNS = [...new Set(['day', 'date_precision', 'actor_code', 'recipient_code', 'type', 'quad', 'goldstein', ...MAP_ROLLUP_COLUMNS] as const)];
export type RollupEvent = Pick<EventsTable, (typeof ROLLUP_COLUMNS)[number]>;

export type TotalName = 'documents' | 'events' | 'commitments' | 'claims';

const UNDATED = '0000-00-00';

/** The Monday of a day's week (YYYY-MM-DD), the key of the weekly pairs. */
export function mondayOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** Cooperation is quad class 1-2 (verbal and material), conflict 3-4. */
export const isCooperation = (quad: number) => Number(quad) <= 2;

type Sums = { count: number; cooperation: number; conflict: number; goldstein: number };
type Row = Record<string, string | number>;

interface RollupTable { table: keyof Database; keys: string[]; sums: string[] }

const DAYS: RollupTable = { table: 'event_rollup_days', keys: ['day', 'date_precision'], sums: ['count', 'cooperation', 'conflict', 'goldstein'] };
const PAIR_DAYS: RollupTable = { table: 'event_rollup_pair_days', keys: ['actor_code', 'recipient_code', 'day'], sums: DAYS.sums };
const PAIR_WEEKS: RollupTable = { table: 'event_rollup_pair_weeks', keys: ['actor_code', 'recipient_code', 'week'], sums: DAYS.sums };
const PAIR_MONTHS: RollupTable = { table: 'event_rollup_pair_months', keys: ['actor_code', 'recipient_code', 'month'], sums: DAYS.sums };
const PAIR_YEARS: RollupTable = { table: 'event_rollup_pair_years', keys: ['actor_code', 'recipient_code', 'year'], sums: DAYS.sums };
const ACTOR_TYPES: RollupTable = { table: 'event_rollup_actor_types', keys: ['code', 'type', 'month'], sums: ['count'] };
const TOTALS: RollupTable = { table: 'ledger_totals', keys: ['name'], sums: ['value'] };

/** Every rollup table, in the order writers touch them. */
export const ROLLUP_TABLES = [DAYS, PAIR_DAYS, PAIR_WEEKS, PAIR_MONTHS, PAIR_YEARS, ACTOR_TYPES] as const;

/** The codes an event counts for in the actor tables: its actor and, when different, its recipient. */
export function codesOf(e: Pick<RollupEvent, 'actor_code' | 'recipient_code'>): string[] {
  const out: string[] = [];
  if (e.actor_code) out.push(e.actor_code);
  if (e.recipient_code && e.recipient_code !== e.actor_code) out.push(e.recipient_code);
  return out;
}

/** Sums the events into one delta row per key of each table (`sign` -1 for deleted events). */
export function rollupDeltas(events: readonly RollupEvent[], sign: 1 | -1): Map<RollupTable, Row[]> {
  const maps = new Map<RollupTable, Map<string, Row>>(ROLLUP_TABLES.map((t) => [t, new Map()]));
  const add = (t: RollupTable, key: Row, e: RollupEvent) => {
    const id = t.keys.map((k) => key[k]).join('\u0000');
    const m = maps.get(t)!;
    const row = m.get(id) ?? { ...key, ...Object.fromEntries(t.sums.map((s) => [s, 0])) };
    const sums = row as Row & Sums;
    sums.count += sign;
    if ('goldstein' in row) {
      if (isCooperation(e.quad)) sums.cooperation += sign; else sums.conflict += sign;
      sums.goldstein += sign * Number(e.goldstein);
    }
    m.set(id, row);
  };
  for (const e of events) {
    const month = e.day.slice(0, 7);
    const pair = { actor_code: e.actor_code ?? '', recipient_code: e.recipient_code ?? '' };
    const precision = e.date_precision ?? 'day';
    add(DAYS, { day: e.day, date_precision: precision }, e);
    if (precision === 'day') add(PAIR_DAYS, { ...pair, day: e.day }, e);
    if (precision === 'day' && e.day > UNDATED) add(PAIR_WEEKS, { ...pair, week: mondayOf(e.day) }, e);
    if (precision !== 'year') add(PAIR_MONTHS, { ...pair, month }, e);
    add(PAIR_YEARS, { ...pair, year: e.day.slice(0, 4) }, e);
    for (const code of codesOf(e)) add(ACTOR_TYPES, { code, type: e.type, month }, e);
  }
  return new Map([...maps].map(([t, m]) => [t, [...m.values()]]));
}

const compareKeys = (keys: string[]) => (a: Row, b: Row) => {
  for (const k of keys) {
    const x = String(a[k]), y = String(b[k]);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
};

/** Adds delta rows to a table (insert, or add to the existing row), in key order; rows left at zero are removed. */
async function addRows(trx: Kysely<Database>, t: RollupTable, rows: Row[]): Promise<void> {
  if (!rows.length) return;
  rows.sort(compareKeys(t.keys));
  const q = trx as unknown as Kysely<any>;
  const set = Object.fromEntries(t.sums.map((s) => [s, sql`${sql.ref(`${t.table}.${s}`)} + ${sql.ref(`excluded.${s}`)}`]));
  const chunk = Math.floor(900 / (t.keys.length + t.sums.length));
  for (let i = 0; i < rows.length; i += chunk) {
    await q.insertInto(t.table).values(rows.slice(i, i + chunk)).onConflict((oc) => oc.columns(t.keys as never).doUpdateSet(set)).execute();
  }
  if (!rows.some((r) => Number(r[t.sums[0]!]) < 0)) return;
  const shrunk = rows.filter((r) => Number(r[t.sums[0]!]) < 0);
  for (let i = 0; i < shrunk.length; i += 100) {
    await q.deleteFrom(t.table).where(t.sums[0]!, '<=', 0)
      .where((eb) => eb.or(shrunk.slice(i, i + 100).map((r) => eb.and(t.keys.map((k) => eb(k, '=', r[k]!))))))
      .execute();
  }
}

/** Adds (sign +1) or subtracts (sign -1) these events in every rollup table, inside the caller's transaction. */
export async function applyEventRollups(trx: Kysely<Database>, events: readonly RollupEvent[], sign: 1 | -1): Promise<void> {
  if (!events.length) return;
  for (const [table, rows] of rollupDeltas(events, sign)) await addRows(trx, table, rows);
  await applyMapRollups(trx, events, sign);
}

/** Adds to the ledger's row counts (negative numbers for deletes). */
export async function addTotals(trx: Kysely<Database>, deltas: Partial<Record<TotalName, number>>): Promise<void> {
  await addRows(trx, TOTALS, Object.entries(deltas).filter(([, v]) => v).map(([name, value]) => ({ name, value: value! })));
}

/** The ledger's row counts from ledger_totals (0 for a name never written). */
export async function readTotals(db: Kysely<Database>): Promise<Record<TotalName, number>> {
  const out: Record<TotalName, number> = { documents: 0, events: 0, commitments: 0, claims: 0 };
  for (const r of await db.selectFrom('ledger_totals').select(['name', 'value']).execute()) {
    if (r.name in out) out[r.name as TotalName] = Number(r.value);
  }
  return out;
}

/**
 * Recomputes every rollup table and the totals from the ledger's rows (a repair tool): the latest
 * migration's backfill, run on emptied tables. Runs in the caller's transaction when given one.
 */
export async function rebuildRollups(db: Kysely<any>): Promise<void> {
  for (const t of [...ROLLUP_TABLES, TOTALS]) await db.deleteFrom(t.table).execute();
  await db.deleteFrom('event_rollup_map').execute();
  await backfillRollups(db);
  await backfillPairWeeks(db);
  await backfillMapRollups(db);
}
