/**
 * ECharts wrappers with the dashboard's conventions: named axes, a legend, tooltips, and no overlapping
 * labels (rotated or thinned category labels). Charts resize with the window.
 *
 *   trendChart(el, overview.trend, 'month');   // stacked cooperation/conflict bars + Goldstein line
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { Interval, TrendPoint } from '../../api/contract.js';
import { COLORS } from './format.js';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const live = new Set<echarts.ECharts>();
window.addEventListener('resize', () => live.forEach((c) => c.resize()));

/** Disposes the charts of the previous page (called by the router). */
export function disposeCharts(): void {
  live.forEach((c) => c.dispose());
  live.clear();
}

function mount(el: HTMLElement, option: echarts.EChartsCoreOption): echarts.ECharts {
  const chart = echarts.init(el, undefined, { renderer: 'svg' });
  chart.setOption({ textStyle: { fontFamily: 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif' }, animation: false, ...option });
  live.add(chart);
  return chart;
}

const PERIOD_NAME: Record<Interval, string> = { day: 'Day', week: 'Week starting', month: 'Month' };

const categoryAxis = (periods: string[], interval: Interval) => ({
  type: 'category', data: periods, name: PERIOD_NAME[interval], nameLocation: 'middle', nameGap: 34,
  axisLabel: { hideOverlap: true, rotate: periods.length > 8 ? 30 : 0, fontSize: 11 },
});

export function trendChart(el: HTMLElement, points: TrendPoint[], interval: Interval): void {
  const periods = points.map((p) => p.period);
  mount(el, {
    legend: { top: 0, data: ['Cooperation events', 'Conflict events', 'Average Goldstein score'] },
    tooltip: { trigger: 'axis' },
    grid: { left: 64, right: 64, top: 40, bottom: periods.length > 8 ? 70 : 56 },
    xAxis: categoryAxis(periods, interval),
    yAxis: [
      { type: 'value', name: 'Events', nameLocation: 'middle', nameGap: 42, minInterval: 1 },
      { type: 'value', name: 'Average Goldstein (−10 conflict … +10 cooperation)', nameLocation: 'middle', nameGap: 40, min: -10, max: 10, interval: 5, splitLine: { show: false } },
    ],
    series: [
      { name: 'Cooperation events', type: 'bar', stack: 'events', data: points.map((p) => p.cooperation), itemStyle: { color: COLORS.cooperation }, barMaxWidth: 36 },
      { name: 'Conflict events', type: 'bar', stack: 'events', data: points.map((p) => p.conflict), itemStyle: { color: COLORS.conflict }, barMaxWidth: 36 },
      { name: 'Average Goldstein score', type: 'line', yAxisIndex: 1, connectNulls: false, data: points.map((p) => (p.count ? Number((p.goldstein / p.count).toFixed(1)) : null)), itemStyle: { color: COLORS.goldstein }, symbolSize: 7 },
    ],
  });
}

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#17becf'];

/** Goldstein sum per period with each counterpart: above zero leans cooperative, below zero hostile. */
export function relationsChart(el: HTMLElement, series: { counterpart: string; points: TrendPoint[] }[], interval: Interval): void {
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort();
  mount(el, {
    color: PALETTE,
    legend: { top: 0, type: 'scroll' },
    tooltip: { trigger: 'axis' },
    grid: { left: 64, right: 24, top: 40, bottom: periods.length > 8 ? 70 : 56 },
    xAxis: categoryAxis(periods, interval),
    yAxis: { type: 'value', name: 'Goldstein sum (− conflict / + cooperation)', nameLocation: 'middle', nameGap: 42 },
    series: series.map((s) => {
      const byPeriod = new Map(s.points.map((p) => [p.period, p]));
      return {
        name: s.counterpart, type: 'line', connectNulls: false, symbolSize: 8,
        data: periods.map((p) => { const v = byPeriod.get(p); return v ? Number(v.goldstein.toFixed(1)) : null; }),
      };
    }),
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
