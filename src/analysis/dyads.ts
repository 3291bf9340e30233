/**
 * Dyad time series: turns per-period aggregate rows into continuous series (missing periods filled with
 * zeros, so a quiet month reads as zero rather than vanishing) and picks an actor's main counterparts.
 *
 *   fillPeriods([{ period: '2025-01', … }, { period: '2025-03', … }], 'month').map((p) => p.period)
 *   // ['2025-01', '2025-02', '2025-03']
 */
import { addDays } from '../core/dates.js';
import type { Interval, PeriodRow } from '../store/analytics.repository.js';

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
