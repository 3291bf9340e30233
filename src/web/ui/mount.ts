/**
 * Starts an ECharts chart with the dashboard's conventions (font, no animation, disposed with its page): the
 * one piece of ECharts both the charts (charts.ts) and the map (pages/map.ts) need, so each of them brings
 * only its own chart types and components on top of the core and the canvas renderer.
 *
 *   echarts.use([BarChart, GridComponent]);           // in the module that draws bars
 *   const chart = mount(el, { xAxis: …, series: … });
 */
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { track } from './chart-registry.js';

echarts.use([CanvasRenderer]);

/**
 * Starts a chart in `el`, drawn on a canvas (quicker to draw than SVG nodes, and one renderer for every chart).
 * The canvas holds no text, so `el` names its series in `data-series` (for tests and tools).
 */
export function mount(el: HTMLElement, option: echarts.EChartsCoreOption): echarts.ECharts {
  const chart = echarts.init(el, undefined, { renderer: 'canvas' });
  chart.setOption({ textStyle: { fontFamily: 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif' }, animation: false, ...option });
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  el.dataset.series = JSON.stringify(series.map((s) => (s as { name?: unknown }).name ?? null));
  track(chart);
  return chart;
}
