/**
 * Overview: how big the ledger is, the cooperation-vs-conflict trend, and the latest events.
 */
import type { Interval, Overview } from '../../api/contract.js';
import { getJson } from '../api.js';
import type { Route } from '../route.js';
import { trendChart } from '../ui/charts.js';
import { emptyState, h } from '../ui/dom.js';
import { fmtEventDate, fmtNumber, plural } from '../ui/format.js';
import { eventRow, section } from '../ui/widgets.js';

export async function renderOverview(view: HTMLElement, route: Route): Promise<void> {
  const interval = (route.query.get('interval') as Interval | null) ?? 'month';
  const data = await getJson<Overview>('/api/overview', { interval });
  view.append(h('h1', null, 'Overview'));
  const c = data.counts;
  view.append(h('div', { class: 'stats' },
    stat('Documents', c.documents, '#/timeline'), stat('Events', c.events, '#/timeline'),
    stat('Commitments', c.commitments, '#/commitments'), stat('Claims checked', c.claims, '#/timeline')));
  if (!c.documents) {
    view.append(emptyState('The ledger is empty', 'Add the bundled example articles, or your own, then reload this page.', 'npx parley demo   # or: parley ingest articles/'));
    return;
  }
  const picker = h('div', { class: 'seg', role: 'group', 'aria-label': 'Period' }, (['day', 'week', 'month'] as Interval[]).map((i) =>
    h('a', { href: `#/?interval=${i}`, class: i === interval ? 'active' : null }, i)));
  const chartBox = h('div', { class: 'chart', id: 'trend-chart', role: 'img', 'aria-label': 'Cooperation and conflict events per period' });
  view.append(section('Cooperation vs conflict', h('p', { class: 'muted' }, 'Events per ', interval, ', split by CAMEO quad class (1–2 cooperation, 3–4 conflict), with their average Goldstein score. '), picker,
    data.trend.length ? chartBox : emptyState('No dated events yet', 'Events appear here once their articles carry a date.')));
  if (data.trend.length) trendChart(chartBox, data.trend, interval);
  if (data.outsideTrend?.length) chartBox.after(outsideTrendNote(data));
  view.append(section('Latest events', data.latestEvents.length
    ? h('ul', { class: 'events' }, data.latestEvents.map(eventRow))
    : emptyState('No events coded yet', 'The articles in the ledger produced no events.'),
  h('p', null, h('a', { href: '#/timeline' }, 'All events in the timeline →'))));
}

const ADJECTIVE: Record<Interval, string> = { day: 'daily', week: 'weekly', month: 'monthly' };

/** Events dated only to a month or a year are not drawn on a day (no false spike on the 1st): say how many. */
function outsideTrendNote(data: Overview): HTMLElement {
  const parts = data.outsideTrend.map((c) => `${plural(c.count, 'event')} dated only to ${fmtEventDate(c.precision === 'year' ? `${c.period}-01-01` : `${c.period}-01`, c.precision)}`);
  return h('p', { class: 'muted outside-trend', id: 'outside-trend' }, `Not in this ${ADJECTIVE[data.interval]} chart: ${parts.join('; ')}.`,
    data.interval !== 'month' && data.outsideTrend.some((c) => c.precision === 'month') ? ' The monthly view counts those dated to a month.' : null);
}

function stat(label: string, n: number, href: string): HTMLElement {
  return h('a', { class: 'stat', href }, h('span', { class: 'n' }, fmtNumber(n)), h('span', { class: 'label' }, label));
}
