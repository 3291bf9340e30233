/**
 * The chart module (ECharts with the dashboard's conventions), fetched on first use: pages load it once their
 * data is on screen (compiling and starting ECharts would otherwise hold back the first paint of a list or a
 * table), and pages without charts never load it.
 *
 *   await afterPaint();                      // first-data.ts: the page's text and tables are painted
 *   (await loadCharts()).trendChart(box, points, 'day');
 */
export const loadCharts = () => import('./charts.js');
