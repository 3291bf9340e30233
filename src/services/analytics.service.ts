/**
 * The analytics use cases: overview (counts, latest events, cooperation-vs-conflict trend), dyad series, actor
 * profile and actor network, from the analytics repository's rows. Dyad time series have missing periods filled
 * with zeros (a quiet month reads as zero rather than vanishing); the network's nodes are actors with the events
 * they take part in, its edges the directed actor -> recipient totals split by cooperation and conflict
 * (self-loops, e.g. a government and its military, are dropped from the drawing). Trends count an event only in a
 * period its date can place: a month-precision event in months, never on a day.
 *
 *   await overview(store, { interval: 'month' })   // { counts, today, future, latestEvents, interval, trend, outsideTrend }
 *   fillPeriods([{ period: '2025-01', … }, { period: '2025-03', … }], 'month').map((p) => p.period)
 *   // ['2025-01', '2025-02', '2025-03']
 *   buildNetwork([{ actor: 'RUS', recipient: 'UKR', count: 5, cooperation: 1, conflict: 4, goldstein: -30 }])
 *   // { nodes: [{ id: 'RUS', count: 5 }, { id: 'UKR', count: 5 }], edges: [{ source: 'RUS', target: 'UKR', … }] }
 */
import { addDays, toIsoDate } from '../core/dates.js';
import { actorAggregates, actorNames, coarseCounts, eventsAfter, ledgerCounts, pairTotals, periodCounts, type Interval, type PairRow, type PeriodRow } from '../store/analytics.repository.js';
import type { Store } from '../store/index.js';
import { actorName } from './actors.service.js';
import type { ActorProfile, DyadSeries, NetworkGraph, Overview } from './contract.js';
import { withTitles } from './events.service.js';

/** At most this many periods are filled in; longer spans keep only the periods that have events. */
export const MAX_FILLED_PERIODS = 400;

export function nextPeriod(period: string, interval: Interval): string {
  if (interval === 'day') return addDays(period, 1);
  if (interval === 'week') return addDays(period, 7);
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export function fillPeriods(rows: readonly PeriodRow[], interval: Interval): PeriodRow[] {
  if (rows.length < 2) return [...rows];
  const by = new Map(rows.map((r) => [r.period, r]));
  const out: PeriodRow[] = [];
  const last = rows[rows.length - 1]!.period;
  for (let p = rows[0]!.period; p <= last; p = nextPeriod(p, interval)) {
    out.push(by.get(p) ?? { period: p, count: 0, cooperation: 0, conflict: 0, goldstein: 0 });
    if (out.length > MAX_FILLED_PERIODS) return [...rows];
  }
  return out;
}

/** The `limit` counterparts with most events, each with its series filled between its first and last period. */
export function counterpartSeries(
  series: readonly (PeriodRow & { counterpart: string })[],
  counterparts: readonly { code: string }[],
  interval: Interval,
  limit = 6,
): { counterpart: string; points: PeriodRow[] }[] {
  const chosen = counterparts.slice(0, limit).map((c) => c.code);
  return chosen.map((code) => ({
    counterpart: code,
    points: fillPeriods(series.filter((s) => s.counterpart === code).map(({ counterpart: _c, ...p }) => p), interval),
  }));
}

export interface Network {
  nodes: { id: string; count: number }[];
  edges: { source: string; target: string; count: number; cooperation: number; conflict: number; goldstein: number }[];
}

export function buildNetwork(pairs: readonly PairRow[], maxNodes = 60): Network {
  const edges = pairs.filter((p) => p.actor !== p.recipient);
  const weight = new Map<string, number>();
  for (const e of edges) {
    weight.set(e.actor, (weight.get(e.actor) ?? 0) + e.count);
    weight.set(e.recipient, (weight.get(e.recipient) ?? 0) + e.count);
  }
  const kept = new Set([...weight.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, maxNodes).map(([id]) => id));
  return {
    nodes: [...kept].sort().map((id) => ({ id, count: weight.get(id)! })),
    edges: edges.filter((e) => kept.has(e.actor) && kept.has(e.recipient))
      .map((e) => ({ source: e.actor, target: e.recipient, count: e.count, cooperation: e.cooperation, conflict: e.conflict, goldstein: e.goldstein })),
  };
}

export async function overview(store: Store, q: { interval: Interval; from?: string; to?: string }, today = toIsoDate(new Date())): Promise<Overview> {
  // Nothing dated after today leads the page or stretches the trend: a 2050 target is counted in `future` instead.
  const window = { ...q, to: q.to && q.to < today ? q.to : today };
  const [counts, latest, trend, outsideTrend, future] = await Promise.all([
    ledgerCounts(store.db),
    store.listEvents({ to: today, pastOnly: true }, { limit: 8 }),
    periodCounts(store.db, store.kind, window),
    coarseCounts(store.db, window),
    eventsAfter(store.db, today),
  ]);
  return {
    counts,
    today,
    future,
    // An event dated after the article that reports it is a forecast or a plan ("could continue to the end of next year"), not news.
    latestEvents: await withTitles(store, latest.items),
    interval: q.interval,
    // Only periods with events: the dashboard draws them on a proportional time axis, where gaps show as gaps.
    trend,
    outsideTrend,
  };
}

export async function dyad(store: Store, q: { a: string; b: string; interval: Interval; from?: string; to?: string; directed: boolean }): Promise<DyadSeries> {
  const rows = await periodCounts(store.db, store.kind, q);
  return { a: q.a, b: q.b, interval: q.interval, points: fillPeriods(rows, q.interval) };
}

export async function actorProfile(store: Store, code: string, interval: Interval): Promise<ActorProfile> {
  const [agg, names] = await Promise.all([actorAggregates(store.db, store.kind, code, interval), actorNames(store.db, code)]);
  return {
    code, name: actorName(code), names, eventCount: agg.eventCount, interval, counterparts: agg.counterparts.slice(0, 50).map((c) => { const name = actorName(c.code); return name ? { ...c, name } : c; }),
    series: counterpartSeries(agg.series, agg.counterparts, interval), topTypes: agg.topTypes,
  };
}

/** The network of the window: its strongest `limit` relations (most events) among the `maxNodes` most active actors, nodes named. */
export async function network(store: Store, q: { from?: string; to?: string; maxNodes: number; limit: number }): Promise<NetworkGraph> {
  const pairs = await pairTotals(store.db, { from: q.from, to: q.to });
  const full = buildNetwork(pairs, q.maxNodes);
  const edges = [...full.edges].sort((a, b) => b.count - a.count || a.source.localeCompare(b.source) || a.target.localeCompare(b.target)).slice(0, q.limit);
  const used = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes = full.nodes.filter((n) => used.has(n.id)).map((n) => { const name = actorName(n.id); return name ? { ...n, name } : n; });
  return { from: q.from ?? null, to: q.to ?? null, nodes, edges, totalEdges: full.edges.length };
}
