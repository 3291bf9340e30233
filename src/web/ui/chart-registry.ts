/**
 * The charts drawn on the current page, without ECharts itself (load-charts.ts loads it with the first page that charts):
 * the router disposes them when the page is left, and they follow the window's size.
 *
 *   track(chart);        // charts.ts, on every chart it starts
 *   disposeCharts();     // the router, on every navigation
 */
interface Live { dispose(): void; resize(): void }

const live = new Set<Live>();
window.addEventListener('resize', () => live.forEach((c) => c.resize()));

export function track(chart: Live): void {
  live.add(chart);
}

/** Disposes the charts of the previous page (called by the router). */
export function disposeCharts(): void {
  live.forEach((c) => c.dispose());
  live.clear();
}

