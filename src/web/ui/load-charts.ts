/**
 * The chart module (ECharts with the dashboard's conventions), fetched on first use: pages start loading it
 * together with their data, so neither waits for the other, and pages without charts never load it.
 *
 *   const charts = loadCharts();            // with the page's request
 *   (await charts).trendChart(box, points, 'day');
 */
export const loadCharts = () => import('./charts.js');
