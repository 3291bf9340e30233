/**
 * The aggregate views: overview (counts, latest events, cooperation-vs-conflict trend), dyad series,
 * actor profile and actor network, from the analytics repository and src/analysis.
 *
 * Trends count an event only in a period its date can place: a month-precision event in months, never on a day.
 *
 *   await overview(store, { interval: 'month' })   // { counts, today, future, latestEvents, interval, trend, outsideTrend }
 */
import { buildNetwork, counterpartSeries, fillPeriods } from '../../services/analytics.service.js';
import { toIsoDate } from '../../core/dates.js';
import { actorAggregates, actorNames, coarseCounts, eventsAfter, ledgerCounts, pairTotals, periodCounts, type Interval } from '../../store/analytics.repository.js';
import type { Store } from '../../store/index.js';
import type { ActorProfile, DyadSeries, NetworkGraph, Overview } from '../contract.js';
import { actorName } from './actors.js';
import { withTitles } from './events.js';

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
