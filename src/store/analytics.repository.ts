/**
 * Aggregate queries for the API and dashboard, on both dialects: events per period split by cooperation
 * (quad 1-2) and conflict (quad 3-4) with Goldstein sums — for the whole ledger, an actor pair (dyad) or an
 * actor and each counterpart — plus actor-pair edges for a window and the events a commitment board needs.
 * Undated events (day '0000-00-00') are left out of every series.
 *
 *   await periodCounts(db, 'sqlite', { interval: 'month', a: 'USA', b: 'RUS' })
 *   // [{ period: '2025-03', count: 4, cooperation: 3, conflict: 1, goldstein: 6.4 }]
 */
import { sql, type Kysely } from 'kysely';
import type { StoreKind } from './connect.js';
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

/** Covering indexes for the aggregates (created once, if missing; harmless on a ledger that has them). */
export async function ensureAnalyticsIndexes(db: Kysely<Database>): Promise<void> {
  const indexes: Record<string, string[]> = {
    events_agg_day_idx: ['day', 'quad', 'goldstein'],
    events_agg_pair_idx: ['day', 'actor_code', 'recipient_code', 'quad', 'goldstein'],
    events_agg_dyad_idx: ['actor_code', 'recipient_code', 'day', 'quad', 'goldstein'],
    events_agg_actor_idx: ['actor_code', 'day', 'recipient_code', 'quad', 'goldstein', 'type'],
    events_agg_recipient_idx: ['recipient_code', 'day', 'actor_code', 'quad', 'goldstein', 'type'],
  };
  for (const [name, cols] of Object.entries(indexes)) {
    await db.schema.createIndex(name).ifNotExists().on('events').columns(cols).execute();
  }
}

/** The period a day falls in: the day itself, the Monday of its week, or its month (YYYY-MM). */
export function periodOf(day: string, interval: Interval): string {
  if (interval === 'day') return day;
  if (interval === 'month') return day.slice(0, 7);
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

const cooperation = sql<number>`sum(case when quad <= 2 then 1 else 0 end)`;
const conflict = sql<number>`sum(case when quad >= 3 then 1 else 0 end)`;

const round = (x: number) => Math.round(x * 100) / 100;

type DayRow = { day: string; n: unknown; coop: unknown; conf: unknown; g: unknown };

/** Adds per-day rows into per-period rows (keyed by `key(row)` + period). */
function rollUp<R extends DayRow>(rows: R[], interval: Interval, key: (r: R) => string = () => ''): Map<string, PeriodRow & { key: string }> {
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

/**
 * Events per period (ascending) for the ledger, an actor, or a dyad. SQL groups by day, in index order (no
 * sort), and the days are rolled up into weeks or months here, the same on both dialects.
 */
export async function periodCounts(db: Kysely<Database>, _kind: StoreKind, q: PeriodQuery): Promise<PeriodRow[]> {
  const run = async (where: (qb: any) => any): Promise<DayRow[]> => {
    let qb = db.selectFrom('events')
      .select(['day', sql<number>`count(*)`.as('n'), cooperation.as('coop'), conflict.as('conf'), sql<number>`sum(goldstein)`.as('g')]);
    // One lower bound only, so the planner ranges the index from it.
    qb = q.from ? qb.where('day', '>=', q.from) : qb.where('day', '>', UNDATED);
    if (q.to) qb = qb.where('day', '<=', q.to);
    qb = where(qb);
    return (await qb.groupBy('day').execute()) as DayRow[];
  };
  let rows: DayRow[];
  if (q.a && q.b) {
    rows = await run((qb) => qb.where('actor_code', '=', q.a!).where('recipient_code', '=', q.b!));
    if (!q.directed && q.a !== q.b) rows = rows.concat(await run((qb) => qb.where('actor_code', '=', q.b!).where('recipient_code', '=', q.a!)));
  } else if (q.a) {
    rows = (await run((qb) => qb.where('actor_code', '=', q.a!)))
      .concat(await run((qb) => qb.where('recipient_code', '=', q.a!).where((eb: any) => eb.or([eb('actor_code', 'is', null), eb('actor_code', '!=', q.a!)]))));
  } else {
    rows = await run((qb) => qb);
  }
  return [...rollUp(rows, q.interval).values()].map(({ key: _k, ...p }) => p).sort(byPeriod);
}

/** Directed actor -> recipient totals for a window (both codes known), most events first. */
export async function pairTotals(db: Kysely<Database>, w: { from?: string; to?: string; limit?: number }): Promise<PairRow[]> {
  let qb = db.selectFrom('events')
    .select(['actor_code', 'recipient_code', sql<number>`count(*)`.as('n'), cooperation.as('coop'), conflict.as('conf'), sql<number>`sum(goldstein)`.as('g')])
    .where('actor_code', 'is not', null).where('recipient_code', 'is not', null);
  qb = w.from ? qb.where('day', '>=', w.from) : qb.where('day', '>', UNDATED);
  if (w.to) qb = qb.where('day', '<=', w.to);
  const rows = await qb.groupBy(['actor_code', 'recipient_code']).orderBy(sql`count(*)`, 'desc').limit(w.limit ?? 400).execute();
  return rows.map((r) => ({ actor: String(r.actor_code), recipient: String(r.recipient_code), count: Number(r.n), cooperation: Number(r.coop), conflict: Number(r.conf), goldstein: round(Number(r.g ?? 0)) }));
}

export interface ActorAggregates {
  /** Counterpart totals (both directions), most events first. */
  counterparts: { code: string; count: number; cooperation: number; conflict: number; goldstein: number }[];
  /** Per counterpart and period. */
  series: { counterpart: string; period: string; count: number; cooperation: number; conflict: number; goldstein: number }[];
  topTypes: { type: string; count: number }[];
  eventCount: number;
}

/** Everything the actor page shows, from the actor and recipient covering indexes (grouped in index order). */
export async function actorAggregates(db: Kysely<Database>, _kind: StoreKind, code: string, interval: Interval): Promise<ActorAggregates> {
  const sides = [
    { self: 'actor_code', other: 'recipient_code' },
    { self: 'recipient_code', other: 'actor_code' },
  ] as const;
  const rows: (DayRow & { other: string })[] = [];
  const types = new Map<string, number>();
  let eventCount = 0;
  for (const [i, s] of sides.entries()) {
    let base = db.selectFrom('events').where(s.self, '=', code);
    if (i === 1) base = base.where((eb) => eb.or([eb('actor_code', 'is', null), eb('actor_code', '!=', code)]));
    // Months are grouped in SQL (25x fewer rows back); days and weeks by day, rolled up in code.
    const bucket = interval === 'month' ? sql<string>`substr(day, 1, 7)` : sql<string>`day`;
    const dayRows = await base
      .select([bucket.as('day'), sql<string>`${sql.ref(s.other)}`.as('other'), sql<number>`count(*)`.as('n'), cooperation.as('coop'), conflict.as('conf'), sql<number>`sum(goldstein)`.as('g')])
      .where('day', '>', UNDATED).where(s.other, 'is not', null)
      .groupBy([bucket, sql.ref(s.other)]).execute();
    rows.push(...(dayRows as (DayRow & { other: string })[]));
    const t = await base.select(['type', sql<number>`count(*)`.as('n')]).groupBy('type').execute();
    for (const r of t) { types.set(r.type, (types.get(r.type) ?? 0) + Number(r.n)); eventCount += Number(r.n); }
  }
  const series = [...rollUp(rows, interval, (r) => String(r.other)).values()].map(({ key, ...p }) => ({ counterpart: key, ...p })).sort(byPeriod);
  const totals = new Map<string, ActorAggregates['counterparts'][number]>();
  for (const s of series) {
    const m = totals.get(s.counterpart) ?? { code: s.counterpart, count: 0, cooperation: 0, conflict: 0, goldstein: 0 };
    m.count += s.count; m.cooperation += s.cooperation; m.conflict += s.conflict; m.goldstein = round(m.goldstein + s.goldstein);
    totals.set(s.counterpart, m);
  }
  return {
    counterparts: [...totals.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    series,
    topTypes: [...types.entries()].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)).slice(0, 10),
    eventCount,
  };
}

/** Latest dated event day in the ledger, or null when it has none. */
export async function latestDay(db: Kysely<Database>): Promise<string | null> {
  const r = await db.selectFrom('events').select('day').where('day', '>', UNDATED).orderBy('day', 'desc').limit(1).executeTakeFirst();
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

/** Row counts of the main tables (all origins), each a plain count on the table's narrowest index. */
export async function ledgerCounts(db: Kysely<Database>): Promise<{ documents: number; events: number; commitments: number; claims: number }> {
  const count = async (t: 'documents' | 'events' | 'commitments' | 'claims') => Number((await db.selectFrom(t).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
  return { documents: await count('documents'), events: await count('events'), commitments: await count('commitments'), claims: await count('claims') };
}

/**
 * A cheap token that changes whenever rows are added to the ledger (SQLite: the highest rowids), for caching
 * aggregates; null on PostgreSQL, where callers fall back to a short time-to-live.
 */
export async function ledgerVersion(db: Kysely<Database>, kind: StoreKind): Promise<string | null> {
  if (kind !== 'sqlite') return null;
  const r = await sql<{ e: number | null; d: number | null; c: number | null }>`select (select max(rowid) from events) as e, (select max(rowid) from documents) as d, (select max(rowid) from commitments) as c`.execute(db);
  const row = r.rows[0];
  return row ? `${row.e ?? 0}:${row.d ?? 0}:${row.c ?? 0}` : null;
}
