/**
 * The aggregate views: overview (counts, latest events, cooperation-vs-conflict trend), dyad series,
 * actor profile and actor network, from the analytics repository and src/analysis.
 *
 * Trends count an event only in a period its date can place: a month-precision event in months, never on a day.
 *
 *   await overview(store, { interval: 'month' })   // { counts, latestEvents, interval, trend, outsideTrend }
 */
import { buildNetwork, counterpartSeries, fillPeriods } from '../../services/analytics.service.js';
import { actorAggregates, actorNames, coarseCounts, ledgerCounts, pairTotals, periodCounts, type Interval } from '../../store/analytics.repository.js';
import type { Store } from '../../store/index.js';
import type { ActorProfile, DyadSeries, NetworkGraph, Overview } from '../contract.js';
import { withTitles } from './events.js';

export async function overview(store: Store, q: { interval: Interval; from?: string; to?: string }): Promise<Overview> {
  const [counts, latest, trend, outsideTrend] = await Promise.all([
    ledgerCounts(store.db),
    store.listEvents({}, { limit: 8 }),
    periodCounts(store.db, store.kind, q),
    coarseCounts(store.db, q),
  ]);
  return {
    counts,
    latestEvents: await withTitles(store, latest.items),
    interval: q.interval,
    trend: fillPeriods(trend, q.interval),
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
    code, names, eventCount: agg.eventCount, interval, counterparts: agg.counterparts.slice(0, 50),
    series: counterpartSeries(agg.series, agg.counterparts, interval), topTypes: agg.topTypes,
  };
}

export async function network(store: Store, q: { from?: string; to?: string; maxNodes: number }): Promise<NetworkGraph> {
  const pairs = await pairTotals(store.db, { from: q.from, to: q.to });
  return { from: q.from ?? null, to: q.to ?? null, ...buildNetwork(pairs, q.maxNodes) };
}
