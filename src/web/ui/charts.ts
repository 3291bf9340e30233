/**
 * ECharts wrappers (loaded on demand: load-charts.ts `loadCharts`; drawn on a canvas, mount.ts) with the dashboard's conventions: a proportional time axis (1918 and 2022 are not
 * neighbours) with zoom (mouse wheel, drag, and a slider) that opens on the range where the data is dense,
 * a legend, tooltips, and no overlapping labels. Charts resize with the window.
 *
 *   trendChart(el, overview.trend, 'day');   // stacked cooperation/conflict bars + average Goldstein, last dense 90 days shown
 */
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { Interval, TrendPoint } from '../../api/contract.js';
import { COLORS, fmtNumber, MIN_EVENTS_FOR_AVERAGE } from './format.js';
import { mount } from './mount.js';

echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, DataZoomComponent]);

const DAY = 86_400_000;
/** A period ('2025-03', '2025-03-18') as the time of its first day. */
export const periodTime = (p: string) => Date.parse(p.length === 7 ? `${p}-01` : p);
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** How wide the opening view is, per interval: about 90 days of days, a year of weeks, three years of months. */
const OPENING_DAYS: Record<Interval, number> = { day: 90, week: 366, month: 3 * 366 };

/** Share of a window's events the opening view keeps when it narrows to where they are. */
const DENSE_SHARE = 0.9;

/**
 * The window of `spanDays` holding the most events (the latest such window on ties), narrowed to the shortest
 * range inside it that holds 90% of its events but no narrower than a sixth of the span, as [start, end]
 * times; the whole range when it is shorter. This is where the chart opens: the data, not a decade of empty
 * years, nor three years of months with everything in the last five.
 */
export function denseWindow(points: { t: number; n: number }[], spanDays: number): [number, number] | null {
  if (!points.length) return null;
  const span = spanDays * DAY;
  const first = points[0]!.t;
  const last = points[points.length - 1]!.t;
  let best = { n: -1, start: first, end: last };
  if (last - first > span) {
    let sum = 0;
    let lo = 0;
    for (let hi = 0; hi < points.length; hi++) {
      sum += points[hi]!.n;
      while (points[lo]!.t < points[hi]!.t - span) sum -= points[lo++]!.n;
      if (sum >= best.n) best = { n: sum, start: points[hi]!.t - span, end: points[hi]!.t };
    }
  }
  const inside = points.filter((p) => p.t >= best.start && p.t <= best.end);
  const total = inside.reduce((n, p) => n + p.n, 0);
  let core: [number, number] = [best.start, best.end];
  let sum = 0;
  let lo = 0;
  for (let hi = 0; hi < inside.length && total > 0; hi++) {
    sum += inside[hi]!.n;
    while (sum - inside[lo]!.n >= DENSE_SHARE * total) sum -= inside[lo++]!.n;
    if (sum >= DENSE_SHARE * total && inside[hi]!.t - inside[lo]!.t <= core[1] - core[0]) core = [inside[lo]!.t, inside[hi]!.t];
  }
  const width = Math.min(best.end - best.start, Math.max(core[1] - core[0], span / 6));
  const start = Math.max(best.start, core[1] - width);
  return [start, start + width];
}

function zoom(window: [number, number] | null, interval: Interval) {
  const pad = interval === 'day' ? DAY : interval === 'week' ? 4 * DAY : 16 * DAY;
  const range = window ? { startValue: window[0] - pad, endValue: window[1] + pad } : {};
  return [
    { type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter', ...range },
    { type: 'slider', xAxisIndex: 0, filterMode: 'weakFilter', height: 22, bottom: 10, labelFormatter: (v: number) => isoDay(v), ...range },
  ];
}

const timeAxis = () => ({
  type: 'time', axisLabel: { hideOverlap: true, fontSize: 11 }, splitLine: { show: false },
});


export function trendChart(el: HTMLElement, points: TrendPoint[], interval: Interval): echarts.ECharts {
  const t = points.map((p) => periodTime(p.period));
  const avg = (p: TrendPoint) => Number((p.goldstein / p.count).toFixed(1));
  const solid = points.map((p, i) => [t[i], p.count >= MIN_EVENTS_FOR_AVERAGE ? avg(p) : null]);
  const sparse = points.map((p, i) => [t[i], p.count && p.count < MIN_EVENTS_FOR_AVERAGE ? avg(p) : null]).filter((x) => x[1] !== null);
  const window = denseWindow(points.map((p, i) => ({ t: t[i]!, n: p.count })), OPENING_DAYS[interval]);
  return mount(el, {
    legend: { top: 0, data: ['Cooperation events', 'Conflict events', 'Average Goldstein', `Average of fewer than ${MIN_EVENTS_FOR_AVERAGE} events`] },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 56, right: 64, top: 44, bottom: 64 },
    xAxis: timeAxis(),
    yAxis: [
      { type: 'value', name: 'Events', nameLocation: 'middle', nameGap: 40, minInterval: 1 },
      { type: 'value', name: 'Avg. Goldstein (−10 … +10)', nameLocation: 'middle', nameGap: 36, min: -10, max: 10, interval: 5, splitLine: { show: false } },
    ],
    dataZoom: zoom(window, interval),
    series: [
      { name: 'Cooperation events', type: 'bar', stack: 'events', data: points.map((p, i) => [t[i], p.cooperation]), itemStyle: { color: COLORS.cooperation }, barMaxWidth: 28, barMinWidth: 2 },
      { name: 'Conflict events', type: 'bar', stack: 'events', data: points.map((p, i) => [t[i], p.conflict]), itemStyle: { color: COLORS.conflict }, barMaxWidth: 28, barMinWidth: 2 },
      { name: 'Average Goldstein', type: 'line', yAxisIndex: 1, connectNulls: false, data: solid, itemStyle: { color: COLORS.goldstein }, symbolSize: 5 },
      { name: `Average of fewer than ${MIN_EVENTS_FOR_AVERAGE} events`, type: 'scatter', yAxisIndex: 1, data: sparse, symbol: 'emptyCircle', symbolSize: 6, itemStyle: { color: '#9aa5b1' } },
    ],
  });
}

/** Matching events per day (the timeline's histogram), opening on the dense 90 days; `onZoom` gets the visible days. */
export function countsChart(el: HTMLElement, days: { day: string; count: number }[], onZoom?: (from: string, to: string) => void): echarts.ECharts {
  const pts = days.map((d) => ({ t: Date.parse(d.day), n: d.count }));
  const chart = mount(el, {
    tooltip: { trigger: 'axis', formatter: (p: { value: [number, number] }[]) => `${isoDay(p[0]!.value[0])}: ${fmtNumber(p[0]!.value[1])} events` },
    grid: { left: 48, right: 24, top: 12, bottom: 56 },
    xAxis: timeAxis(),
    yAxis: { type: 'value', minInterval: 1, name: 'Events', nameLocation: 'middle', nameGap: 34 },
    dataZoom: zoom(denseWindow(pts, 90), 'day'),
    series: [{ name: 'Events', type: 'bar', data: pts.map((p) => [p.t, p.n]), itemStyle: { color: COLORS.goldstein }, barMaxWidth: 14, barMinWidth: 1 }],
  });
  if (onZoom) {
    chart.on('datazoom', () => {
      const opt = chart.getOption() as { dataZoom?: { startValue?: number; endValue?: number }[] };
      const z = opt.dataZoom?.[0];
      if (z?.startValue !== undefined && z.endValue !== undefined) onZoom(isoDay(z.startValue), isoDay(z.endValue));
    });
  }
  return chart;
}

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#17becf'];

/** Goldstein sum per period with each counterpart: above zero leans cooperative, below zero hostile. */
export function relationsChart(el: HTMLElement, series: { counterpart: string; label?: string; points: TrendPoint[] }[], interval: Interval): void {
  const all = new Map<number, number>();
  for (const s of series) for (const p of s.points) all.set(periodTime(p.period), (all.get(periodTime(p.period)) ?? 0) + p.count);
  const window = denseWindow([...all.entries()].sort((a, b) => a[0] - b[0]).map(([t, n]) => ({ t, n })), OPENING_DAYS[interval]);
  mount(el, {
    color: PALETTE,
    legend: { top: 0, type: 'scroll' },
    tooltip: { trigger: 'axis' },
    grid: { left: 80, right: 24, top: 40, bottom: 64 },
    xAxis: timeAxis(),
    yAxis: { type: 'value', name: 'Goldstein sum (− conflict / + cooperation)', nameLocation: 'middle', nameGap: 58 },
    dataZoom: zoom(window, interval),
    series: series.map((s) => ({
      name: s.label ?? s.counterpart, type: 'line', connectNulls: false, symbolSize: 6,
      // Periods without events between the two are gaps, not zeros.
      data: s.points.map((p) => [periodTime(p.period), p.count ? Number(p.goldstein.toFixed(1)) : null]),
    })),
  });
}

export function typesChart(el: HTMLElement, types: { type: string; count: number }[]): void {
  const rows = [...types].reverse();
  mount(el, {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: ['Events'] },
    grid: { left: 110, right: 30, top: 32, bottom: 44 },
    xAxis: { type: 'value', name: 'Events', nameLocation: 'middle', nameGap: 28, minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((t) => t.type), name: 'PLOVER type', nameLocation: 'end', axisLabel: { fontSize: 11 } },
    series: [{ name: 'Events', type: 'bar', data: rows.map((t) => t.count), itemStyle: { color: COLORS.goldstein }, barMaxWidth: 22 }],
  });
}
