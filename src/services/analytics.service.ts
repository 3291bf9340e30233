/**
 * The analytics use cases' arithmetic over the analytics repository's rows: dyad time series (missing periods
 * filled with zeros, so a quiet month reads as zero rather than vanishing; an actor's main counterparts) and the
 * actor network for a window (nodes are actors with the events they take part in, edges the directed
 * actor -> recipient totals split by cooperation and conflict; self-loops, e.g. a government and its military,
 * are dropped from the drawing).
 *
 *   fillPeriods([{ period: '2025-01', … }, { period: '2025-03', … }], 'month').map((p) => p.period)
 *   // ['2025-01', '2025-02', '2025-03']
 *   buildNetwork([{ actor: 'RUS', recipient: 'UKR', count: 5, cooperation: 1, conflict: 4, goldstein: -30 }])
 *   // { nodes: [{ id: 'RUS', count: 5 }, { id: 'UKR', count: 5 }], edges: [{ source: 'RUS', target: 'UKR', … }] }
 */
import { addDays } from '../core/dates.js';
import type { Interval, PairRow, PeriodRow } from '../store/analytics.repository.js';

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
