/**
 * Aggregate queries for the API and dashboard, on both dialects, read from the event rollups
 * (rollups.repository.ts) rather than the events: events per period split by cooperation (quad 1-2) and
 * conflict (quad 3-4) with Goldstein sums — for the whole ledger, an actor pair (dyad) or an actor and each
 * counterpart — plus actor-pair edges for a window, the ledger's row counts and the events a commitment board
 * needs. A date window is answered from whole months in event_rollup_pair_months plus the partial months at its
 * edges from event_rollup_pair_days. Undated events (day '0000-00-00') are left out of every series.
 *
 * Date precision: an event dated only to a month counts in monthly series (and in a window's whole months) but
 * never on the 1st of a daily or weekly series; one dated only to a year counts in yearly totals (a window's
 * whole years) only. For the ledger's trend, `coarseCounts` lists those left out, to show apart.
 *
 *   await periodCounts(db, 'sqlite', { interval: 'month', a: 'USA', b: 'RUS' })
 *   // [{ period: '2025-03', count: 4, cooperation: 3, conflict: 1, goldstein: 6.4 }]
 */
import { sql, type Kysely } from 'kysely';
import { addDays } from '../core/dates.js';
import type { StoreKind } from './connect.js';
import { mondayOf, readTotals } from './rollups.repository.js';
import type { Database } from './schema.js';

export type Interval = 'day' | 'week' | 'month';

export interface PeriodRow { period: string; count: number; cooperation: number; conflict: number; goldstein: number }
export interface PairRow { actor: string; recipient: string; count: number; cooperation: number; conflict: number; goldstein: number }

export interface PeriodQuery {
  interval: Interval;
  from?: string;
  to?: string;
  /** With `b`: the dyad a<->b (both directions unless `directed`). Alone: every event a takes part in. */
  a?: string;
  b?: string;
  directed?: boolean;
}

const UNDATED = '0000-00-00';
const UNDATED_MONTH = '0000-00';

/** The period a day falls in: the day itself, the Monday of its week, or its month (YYYY-MM). */
export function periodOf(day: string, interval: Interval): string {
  if (interval === 'day') return day;
  if (interval === 'month') return day.slice(0, 7);
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

const round = (x: number) => Math.round(x * 100) / 100;

/** A rollup row read back: its day or month, the other party (for actor views) and its sums. */
type SumRow = { day: string; other?: string; n: unknown; coop: unknown; conf: unknown; g: unknown };

const sums = [sql<number>`sum(count)`.as('n'), sql<number>`sum(cooperation)`.as('coop'), sql<number>`sum(conflict)`.as('conf'), sql<number>`sum(goldstein)`.as('g')] as const;

/** Adds rows into per-period rows (keyed by `key(row)` + period). */
function rollUp(rows: SumRow[], interval: Interval, key: (r: SumRow) => string = () => ''): Map<string, PeriodRow & { key: string }> {
  const out = new Map<string, PeriodRow & { key: string }>();
  for (const r of rows) {
    const period = periodOf(r.day, interval);
    const k = `${key(r)}\u0000${period}`;
    const m = out.get(k) ?? { key: key(r), period, count: 0, cooperation: 0, conflict: 0, goldstein: 0 };
    m.count += Number(r.n); m.cooperation += Number(r.coop); m.conflict += Number(r.conf); m.goldstein = round(m.goldstein + Number(r.g ?? 0));
    out.set(k, m);
  }
  return out;
}

const byPeriod = (a: { period: string }, b: { period: string }) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0);

/** One piece of a window: a range of whole years, whole months, or days (bounds inclusive; missing = open). */
export interface WindowPart { grain: 'year' | 'month' | 'day'; from: string | null; to: string | null }

const nextMonth = (m: string) => addDays(`${m}-28`, 7).slice(0, 7);
const previousMonth = (m: string) => addDays(`${m}-01`, -1).slice(0, 7);
const shiftYear = (y: string, by: number) => String(Number(y) + by).padStart(4, '0');

/**
 * Splits a date window into whole months (answered from the monthly rollup) and the days before the first
 * and after the last whole month (answered from the daily rollup); with `years`, whole years inside the
 * months come from the yearly rollup.
 *
 *   splitWindow('2024-03-15', '2024-12-31')
 *   // [{ grain: 'month', from: '2024-04', to: '2024-12' }, { grain: 'day', from: '2024-03-15', to: '2024-03-31' }]
 */
export function splitWindow(from?: string, to?: string, years = false): WindowPart[] {
  const firstMonth = !from ? null : from.endsWith('-01') ? from.slice(0, 7) : nextMonth(from.slice(0, 7));
  const lastMonth = !to ? null : addDays(to, 1).slice(0, 7) !== to.slice(0, 7) ? to.slice(0, 7) : previousMonth(to.slice(0, 7));
  if (firstMonth && lastMonth && firstMonth > lastMonth) return [{ grain: 'day', from: from ?? null, to: to ?? null }];
  const parts: WindowPart[] = years ? splitMonths(firstMonth, lastMonth) : [{ grain: 'month', from: firstMonth, to: lastMonth }];
  if (from && firstMonth && from < `${firstMonth}-01`) parts.push({ grain: 'day', from, to: addDays(`${firstMonth}-01`, -1) });
  if (to && lastMonth && to >= `${nextMonth(lastMonth)}-01`) parts.push({ grain: 'day', from: `${nextMonth(lastMonth)}-01`, to });
  return parts;
}

/** A range of whole months as whole years plus the months before and after them. */
function splitMonths(first: string | null, last: string | null): WindowPart[] {
  const firstYear = !first ? null : first.endsWith('-01') ? first.slice(0, 4) : shiftYear(first.slice(0, 4), 1);
  const lastYear = !last ? null : last.endsWith('-12') ? last.slice(0, 4) : shiftYear(last.slice(0, 4), -1);
  if (firstYear && lastYear && firstYear > lastYear) return [{ grain: 'month', from: first, to: last }];
  const parts: WindowPart[] = [{ grain: 'year', from: firstYear, to: lastYear }];
  if (first && firstYear && first < `${firstYear}-01`) parts.push({ grain: 'month', from: first, to: `${shiftYear(firstYear, -1)}-12` });
  if (last && lastYear && last > `${lastYear}-12`) parts.push({ grain: 'month', from: `${shiftYear(lastYear, 1)}-01`, to: last });
  return parts;
}

const GRAINS = {
  year: { table: 'event_rollup_pair_years', col: 'year', undated: '0000' },
  month: { table: 'event_rollup_pair_months', col: 'month', undated: UNDATED_MONTH },
  day: { table: 'event_rollup_pair_days', col: 'day', undated: UNDATED },
} as const;

/** A select over one pair rollup for a window part, dated rows only. */
function pairSelect(db: Kysely<Database>, part: WindowPart) {
  const { table, col, undated } = GRAINS[part.grain];
  let qb = (db as unknown as Kysely<any>).selectFrom(table);
  // One lower bound only, so the planner ranges the index from it.
  qb = part.from ? qb.where(col, '>=', part.from) : qb.where(col, '>', undated);
  if (part.to) qb = qb.where(col, '<=', part.to);
  return { qb, col };
}

/** The Monday of a day's week, in SQL (weeks are grouped by the database, fewer rows come back). */
const mondayOfSql = (kind: StoreKind) => kind === 'postgres'
  ? sql<string>`to_char(date_trunc('week', day::date), 'YYYY-MM-DD')`
  : sql<string>`date(day, 'weekday 0', '-6 days')`;

/**
 * A window as whole weeks (Monday to Sunday, from the weekly pairs) and the days before the first and after the
 * last whole week (from the daily pairs, grouped by their Monday).
 *
 *   splitWeeks('2024-03-13', '2024-04-02')
 *   // [{ grain: 'week', from: '2024-03-18', to: '2024-03-25' }, { grain: 'day', from: '2024-03-13', to: '2024-03-17' }, { grain: 'day', from: '2024-04-01', to: '2024-04-02' }]
 */
export function splitWeeks(from?: string, to?: string): { grain: 'week' | 'day'; from: string | null; to: string | null }[] {
  const first = !from ? null : mondayOf(from) === from ? from : addDays(mondayOf(from), 7);
  const last = !to ? null : addDays(mondayOf(to), 6) === to ? mondayOf(to) : addDays(mondayOf(to), -7);
  if (first && last && first > last) return [{ grain: 'day', from: from ?? null, to: to ?? null }];
  const parts: { grain: 'week' | 'day'; from: string | null; to: string | null }[] = [{ grain: 'week', from: first, to: last }];
  if (from && first && from < first) parts.push({ grain: 'day', from, to: addDays(first, -1) });
  if (to && last && to > addDays(last, 6)) parts.push({ grain: 'day', from: addDays(last, 7), to });
  return parts;
}

/** Rows per period of a pair rollup for the window (months: whole months + edge days; weeks: whole weeks + edge days; days). */
async function pairSums(db: Kysely<Database>, kind: StoreKind, q: { interval: Interval; from?: string; to?: string }, where: (qb: any) => any, other?: 'actor_code' | 'recipient_code'): Promise<SumRow[]> {
  const parts = q.interval === 'month' ? splitWindow(q.from, q.to) : q.interval === 'week' ? splitWeeks(q.from, q.to) : [{ grain: 'day' as const, from: q.from ?? null, to: q.to ?? null }];
  // The parts are independent: on PostgreSQL they run at once on the pool's connections.
  const perPart = await Promise.all(parts.map((part) => {
    const { qb, col } = part.grain === 'week' ? weekSelect(db, part) : pairSelect(db, part as WindowPart);
    const bucket = q.interval === 'week' && part.grain === 'day' ? mondayOfSql(kind) : sql.ref(col);
    const cols = [bucket.as('day'), ...(other ? [sql.ref(other).as('other')] : []), ...sums];
    return where(qb).select(cols).groupBy(other ? [bucket, sql.ref(other)] : [bucket]).execute() as Promise<SumRow[]>;
  }));
  return perPart.flat();
}

/** A select over the weekly pairs for a range of whole weeks (bounds are Mondays). */
function weekSelect(db: Kysely<Database>, part: { from: string | null; to: string | null }) {
  let qb = (db as unknown as Kysely<any>).selectFrom('event_rollup_pair_weeks');
  if (part.from) qb = qb.where('week', '>=', part.from);
  if (part.to) qb = qb.where('week', '<=', part.to);
  return { qb, col: 'week' };
}

/**
 * Events per period (ascending) for the ledger, an actor, or a dyad. The ledger's series comes from the daily
 * totals; an actor's or a dyad's from the pair rollups, rolled up into weeks or months here.
 */
export async function periodCounts(db: Kysely<Database>, kind: StoreKind, q: PeriodQuery): Promise<PeriodRow[]> {
  let rows: SumRow[];
  const both = async (...wheres: ((qb: any) => any)[]) => (await Promise.all(wheres.map((w) => pairSums(db, kind, q, w)))).flat();
  if (q.a && q.b) {
    const forward = (qb: any) => qb.where('actor_code', '=', q.a!).where('recipient_code', '=', q.b!);
    rows = !q.directed && q.a !== q.b ? await both(forward, (qb) => qb.where('actor_code', '=', q.b!).where('recipient_code', '=', q.a!)) : await both(forward);
  } else if (q.a) {
    rows = await both((qb) => qb.where('actor_code', '=', q.a!), (qb) => qb.where('recipient_code', '=', q.a!).where('actor_code', '!=', q.a!));
  } else {
    let qb = db.selectFrom('event_rollup_days').select(['day', sql<number>`sum(count)`.as('n'), sql<number>`sum(cooperation)`.as('coop'), sql<number>`sum(conflict)`.as('conf'), sql<number>`sum(goldstein)`.as('g')]);
    qb = q.from ? qb.where('day', '>=', q.from) : qb.where('day', '>', UNDATED);
    if (q.to) qb = qb.where('day', '<=', q.to);
    rows = await qb.where('date_precision', 'in', precisionsIn(q.interval)).groupBy('day').execute();
  }
  return [...rollUp(rows, q.interval).values()].map(({ key: _k, ...p }) => p).sort(byPeriod);
}

/** The date precisions a series of this interval can place: a day or week needs the day, a month the month. */
export const precisionsIn = (interval: Interval): ('day' | 'month')[] => (interval === 'month' ? ['day', 'month'] : ['day']);

/** Events of the ledger dated only to a month or a year, per month or year: what a trend of `interval` leaves out. */
export interface CoarseRow { period: string; precision: 'month' | 'year'; count: number; cooperation: number; conflict: number; goldstein: number }

/**
 * The ledger's events a trend of `interval` cannot place (month precision for days and weeks, year precision
 * always), per month ('2025-02') or year ('2025'), whose first day lies in the window; ascending.
 */
export async function coarseCounts(db: Kysely<Database>, q: { interval: Interval; from?: string; to?: string }): Promise<CoarseRow[]> {
  const placed = precisionsIn(q.interval);
  let qb = db.selectFrom('event_rollup_days').select(['day', 'date_precision', 'count', 'cooperation', 'conflict', 'goldstein'])
    .where('date_precision', 'not in', placed);
  qb = q.from ? qb.where('day', '>=', q.from) : qb.where('day', '>', UNDATED);
  if (q.to) qb = qb.where('day', '<=', q.to);
  const rows = await qb.orderBy('day').orderBy('date_precision').execute();
  return rows.map((r) => {
    const precision = r.date_precision === 'year' ? 'year' : 'month';
    return { period: r.day.slice(0, precision === 'year' ? 4 : 7), precision, count: Number(r.count), cooperation: Number(r.cooperation), conflict: Number(r.conflict), goldstein: round(Number(r.goldstein)) };
  });
}

/** Directed actor -> recipient totals for a window (both codes known), most events first: one query over the window's parts. */
export async function pairTotals(db: Kysely<Database>, w: { from?: string; to?: string; limit?: number }): Promise<PairRow[]> {
  const parts = splitWindow(w.from, w.to, true).map((part) => pairSelect(db, part).qb
    .select(['actor_code', 'recipient_code', 'count', 'cooperation', 'conflict', 'goldstein']).where('actor_code', '!=', '').where('recipient_code', '!=', ''));
  const union = parts.slice(1).reduce((u, p) => u.unionAll(p), parts[0]!);
  const rows = await (db as unknown as Kysely<any>).selectFrom(union.as('w')).select(['actor_code', 'recipient_code', ...sums])
    .groupBy(['actor_code', 'recipient_code']).orderBy(sql`sum(count)`, 'desc').orderBy('actor_code').orderBy('recipient_code').limit(w.limit ?? 400).execute();
  return rows.map((r) => ({ actor: String(r.actor_code), recipient: String(r.recipient_code), count: Number(r.n), cooperation: Number(r.coop), conflict: Number(r.conf), goldstein: round(Number(r.g ?? 0)) }));
}

export interface ActorAggregates {
  /** Counterpart totals (both directions), most events first. */
  counterparts: { code: string; count: number; cooperation: number; conflict: number; goldstein: number }[];
  /** Per period, for the main counterparts (the first `seriesFor` of `counterparts`). */
  series: { counterpart: string; period: string; count: number; cooperation: number; conflict: number; goldstein: number }[];
  topTypes: { type: string; count: number }[];
  eventCount: number;
}

/** How far back an actor's daily series reaches (from the ledger's latest day). */
export const DAILY_SERIES_DAYS = 400;

/**
 * Everything the actor page shows: counterpart totals (both directions) and, for the `seriesFor` main
 * counterparts, their series over time (daily series: the last DAILY_SERIES_DAYS days), from the pair
 * rollups; event types from the actor-type rollup.
 */
export async function actorAggregates(db: Kysely<Database>, kind: StoreKind, code: string, interval: Interval, seriesFor = 6): Promise<ActorAggregates> {
  const sides = [
    (qb: any) => qb.where('actor_code', '=', code).where('recipient_code', '!=', ''),
    (qb: any) => qb.where('recipient_code', '=', code).where('actor_code', '!=', code).where('actor_code', '!=', ''),
  ];
  const others = ['recipient_code', 'actor_code'] as const;
  const all = { grain: 'year' as const, from: null, to: null };
  // Totals, types and the latest day at once, then the main counterparts' series (both directions) at once.
  const [totalsBySide, typeRows, last] = await Promise.all([
    Promise.all(sides.map((where, i) => where(pairSelect(db, all).qb).select([sql.ref(others[i]!).as('other'), ...sums]).groupBy(others[i]!).execute())),
    db.selectFrom('event_rollup_actor_types').select(['type', sql<number>`sum(count)`.as('n')]).where('code', '=', code).groupBy('type').execute(),
    interval === 'day' ? latestDay(db) : null,
  ]);
  const totals = new Map<string, ActorAggregates['counterparts'][number]>();
  for (const r of totalsBySide.flat() as SumRow[]) {
    const m = totals.get(String(r.other)) ?? { code: String(r.other), count: 0, cooperation: 0, conflict: 0, goldstein: 0 };
    m.count += Number(r.n); m.cooperation += Number(r.coop); m.conflict += Number(r.conf); m.goldstein = round(m.goldstein + Number(r.g ?? 0));
    totals.set(m.code, m);
  }
  const counterparts = [...totals.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  const main = counterparts.slice(0, seriesFor).map((c) => c.code);
  // Daily series cover the ledger's last DAILY_SERIES_DAYS days (five years of days chart nothing readable).
  const window = { interval, ...(last ? { from: addDays(last, 1 - DAILY_SERIES_DAYS) } : {}) };
  const rows = !main.length ? [] : (await Promise.all(sides.map((where, i) => pairSums(db, kind, window, (qb) => where(qb).where(others[i]!, 'in', main), others[i])))).flat();
  const series = [...rollUp(rows, interval, (r) => String(r.other)).values()].map(({ key, ...p }) => ({ counterpart: key, ...p })).sort(byPeriod);
  const types = typeRows.map((r) => ({ type: r.type, count: Number(r.n) })).filter((t) => t.count > 0);
  return {
    counterparts,
    series,
    topTypes: [...types].sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)).slice(0, 10),
    eventCount: types.reduce((n, t) => n + t.count, 0),
  };
}

/** Latest dated event day in the ledger, or null when it has none. */
export async function latestDay(db: Kysely<Database>): Promise<string | null> {
  const r = await db.selectFrom('event_rollup_days').select('day').where('day', '>', UNDATED).orderBy('day', 'desc').limit(1).executeTakeFirst();
  return r?.day ?? null;
}

/** Events acted by any of `codes` from `from` on (what violation checks need), capped at `limit`. */
export async function eventsByActors(db: Kysely<Database>, codes: string[], from: string | null, limit = 20_000) {
  if (!codes.length) return [];
  let qb = db.selectFrom('events').selectAll().where('actor_code', 'in', codes).where('origin', '=', 'parley');
  if (from) qb = qb.where('day', '>=', from);
  return qb.orderBy('day', 'asc').limit(limit).execute();
}

/** Titles of the given documents (for lists of events and commitments). */
export async function documentTitles(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, string>();
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db.selectFrom('documents').select(['id', 'title']).where('id', 'in', unique.slice(i, i + 500)).execute();
    for (const r of rows) out.set(r.id, r.title);
  }
  return out;
}

/** Names the ledger knows for an actor code (from the documents that mention it), most mentioned first. */
export async function actorNames(db: Kysely<Database>, code: string, limit = 5): Promise<string[]> {
  const rows = await db.selectFrom('document_actors').select(['name', sql<number>`sum(mentions)`.as('n')])
    .where('code', '=', code).where('name', '!=', '').groupBy('name').orderBy(sql`sum(mentions)`, 'desc').limit(limit).execute();
  return rows.map((r) => r.name);
}

/** Row counts of the main tables (all origins), kept in ledger_totals by every write: O(1). */
export async function ledgerCounts(db: Kysely<Database>): Promise<{ documents: number; events: number; commitments: number; claims: number }> {
  const t = await readTotals(db);
  return { documents: t.documents, events: t.events, commitments: t.commitments, claims: t.claims };
}

/**
 * A cheap token that changes whenever the ledger changes (SQLite: the row totals and the highest rowids, so a
 * delete or a replacement changes it too), for caching aggregates; null on PostgreSQL, where callers fall back
 * to a short time-to-live.
 */
export async function ledgerVersion(db: Kysely<Database>, kind: StoreKind): Promise<string | null> {
  if (kind !== 'sqlite') return null;
  const r = await sql<{ e: number | null; d: number | null; c: number | null; t: string | null }>`select (select max(rowid) from events) as e, (select max(rowid) from documents) as d, (select max(rowid) from commitments) as c, (select group_concat(name || '=' || value, ':') from (select name, value from ledger_totals order by name)) as t`.execute(db);
  const row = r.rows[0];
  return row ? `${row.e ?? 0}:${row.d ?? 0}:${row.c ?? 0}:${row.t ?? ''}` : null;
}

/** Events dated after `day` (plans and targets: "by 2050"), from the daily totals. */
export async function eventsAfter(db: Kysely<Database>, day: string): Promise<number> {
  const r = await db.selectFrom('event_rollup_days').select(sql<number>`coalesce(sum(count), 0)`.as('n')).where('day', '>', day).executeTakeFirst();
  return Number(r?.n ?? 0);
}
