/**
 * Overview: how big the ledger is, the cooperation-vs-conflict trend on a time axis (opening on the dense
 * range, zoomable), one line saying what the chart leaves out, and the latest events up to today (a 2050
 * climate target does not lead the page). The counts and the list are drawn before the chart.
 */
import type { Interval, Overview } from '../../api/contract.js';
import { getJson } from '../api.js';
import type { Route } from '../route.js';
import { afterPaint } from '../ui/first-data.js';
import { loadCharts } from '../ui/load-charts.js';
import { emptyState, h } from '../ui/dom.js';
import { fmtEventDate, fmtNumber, MIN_EVENTS_FOR_AVERAGE, plural } from '../ui/format.js';
import { fill } from '../ui/panel.js';
import { eventRow, section } from '../ui/widgets.js';

export async function renderOverview(view: HTMLElement, route: Route): Promise<void> {
  const interval = (route.query.get('interval') as Interval | null) ?? 'day';
  view.append(h('h1', null, 'Overview'));
  const stats = h('div', { class: 'stats', 'aria-busy': 'true' }, ['Documents', 'Events', 'Commitments', 'Claims checked'].map((l) => stat(l, null, '#/')));
  const picker = h('div', { class: 'seg', role: 'group', 'aria-label': 'Period' }, (['day', 'week', 'month'] as Interval[]).map((i) =>
    h('a', { href: `#/?interval=${i}`, class: i === interval ? 'active' : null }, i)));
  const trendBody = h('div', { class: 'panel-body' });
  const latestBody = h('div', { class: 'panel-body' });
  view.append(stats,
    section('Cooperation vs conflict', h('p', { class: 'muted' }, `Events per ${interval}, split by CAMEO quad class (1–2 cooperation, 3–4 conflict), with their average Goldstein score (a hollow dot when fewer than ${MIN_EVENTS_FOR_AVERAGE} events). Scroll or drag the slider to zoom.`), picker, trendBody),
    section('Latest events', latestBody));
  const load = getJson<Overview>('/api/overview', { interval });
  await Promise.all([
    fill(trendBody, 'the trend', async () => {
      const d = await load;
      stats.replaceChildren(stat('Documents', d.counts.documents, '#/timeline'), stat('Events', d.counts.events, '#/timeline'),
        stat('Commitments', d.counts.commitments, '#/commitments'), stat('Claims checked', d.counts.claims, '#/timeline'));
      stats.removeAttribute('aria-busy');
      if (!d.counts.documents) return emptyState('The ledger is empty', 'Add the bundled example articles, or your own, then reload this page.', 'npx parley demo   # or: parley ingest articles/');
      if (!d.trend.length) return emptyState('No dated events yet', 'Events appear here once their articles carry a date.');
      const box = h('div', { class: 'chart', id: 'trend-chart', role: 'img', 'aria-label': `Cooperation and conflict events per ${interval}` });
      trendBody.replaceChildren(box, leftOut(d));
      // The counts and the latest events are painted first; the chart follows.
      await afterPaint();
      const { trendChart } = await loadCharts();
      trendChart(box, d.trend, interval);
    }),
    fill(latestBody, 'the latest events', async () => {
      const d = await load;
      if (!d.latestEvents.length) return emptyState('No events coded yet', 'The articles in the ledger produced no events.');
      return [h('ul', { class: 'events' }, d.latestEvents.map(eventRow)), h('p', null, h('a', { href: '#/timeline' }, 'All events in the timeline →'))];
    }),
  ]);
}

const ADJECTIVE: Record<Interval, string> = { day: 'daily', week: 'weekly', month: 'monthly' };

/**
 * One line: what this chart does not draw — events dated only to a month or a year (no false spike on the 1st)
 * and events dated after today (plans, targets) — with the details folded away.
 */
function leftOut(d: Overview): HTMLElement {
  const month = d.outsideTrend.filter((c) => c.precision === 'month').reduce((n, c) => n + c.count, 0);
  const year = d.outsideTrend.filter((c) => c.precision === 'year').reduce((n, c) => n + c.count, 0);
  const parts = [month ? `${plural(month, 'event')} dated only to a month` : '', year ? `${plural(year, 'event')} dated only to a year` : '',
    d.future ? `${plural(d.future, 'event')} dated after today (${d.today})` : ''].filter(Boolean);
  if (!parts.length) return h('p', { class: 'muted outside-trend', id: 'outside-trend' }, `Every dated event up to ${d.today} is drawn.`);
  const detail = d.outsideTrend.map((c) => `${fmtEventDate(c.precision === 'year' ? `${c.period}-01-01` : `${c.period}-01`, c.precision)}: ${fmtNumber(c.count)}`).join(' · ');
  return h('details', { class: 'muted outside-trend', id: 'outside-trend' },
    h('summary', null, `Not in this ${ADJECTIVE[d.interval]} chart: ${parts.join(', ')}.`, d.interval !== 'month' && month ? ' The monthly view counts those dated to a month.' : ''),
    detail ? h('p', null, 'Coarse dates: ', detail) : null,
    d.future ? h('p', null, h('a', { href: `#/timeline?from=${d.today}&future=1` }, 'List the events dated after today')) : null);
}

function stat(label: string, n: number | null, href: string): HTMLElement {
  return h('a', { class: 'stat', href }, h('span', { class: 'n' }, n === null ? '…' : fmtNumber(n)), h('span', { class: 'label' }, label));
}
