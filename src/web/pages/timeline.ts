/**
 * Timeline: the events of the ledger, newest first (up to today unless asked for later dates), filtered by
 * actor, recipient, type, CAMEO root, dates, how exact the date is, source and text; how many match, per
 * day, on a zoomable chart (zooming offers the visible days as the new date filter); pages of 50 with the
 * API's cursor ("Load more"); each event opens its article view; the filter exports in every format.
 */
import type { EventCounts, EventItem, Page } from '../../api/contract.js';
import { getJson, Superseded } from '../api.js';
import { go, type Route } from '../route.js';
import { afterPaint, dataShown } from '../ui/first-data.js';
import { loadCharts } from '../ui/load-charts.js';
import { emptyState, h, loading } from '../ui/dom.js';
import { eventFilters, exportLinks, filterForm } from '../ui/event-filters.js';
import { fmtNumber, plural } from '../ui/format.js';
import { fill } from '../ui/panel.js';
import { eventRow, errorPanel, section } from '../ui/widgets.js';

const PAGE = 50;

export async function renderTimeline(view: HTMLElement, route: Route): Promise<void> {
  const f = eventFilters(route);
  const countsBody = h('div', { class: 'panel-body' });
  const list = h('ol', { class: 'events timeline', id: 'timeline-list' });
  const status = h('div', { class: 'list-status' });
  const summary = h('p', { class: 'list-summary', id: 'timeline-summary' }, 'Counting…');
  view.append(h('h1', null, 'Timeline'), filterForm('timeline', f.shown, { future: f.hidesFuture ? undefined : route.query.get('future') ?? undefined }),
    section('Events per day', countsBody), summary,
    f.hidesFuture ? h('p', { class: 'muted' }, `Events dated after today (${f.query.to}) or after the article that reports them — forecasts, plans and targets — are not listed. `, h('a', { href: `#/timeline?${new URLSearchParams({ ...f.shown, future: '1' })}` }, 'Include them')) : '',
    exportLinks(f.query), list, status);
  await Promise.all([
    fill(countsBody, 'the counts', async () => {
      const c = await getJson<EventCounts>('/api/events/counts', f.query);
      summary.replaceChildren(countLine(c));
      if (!c.days.length) return emptyState('Nothing to chart', c.total ? 'The matching events are undated.' : 'No event matches these filters.');
      const box = h('div', { class: 'chart short', id: 'counts-chart', role: 'img', 'aria-label': 'Matching events per day' });
      const apply = h('p', { class: 'muted zoom-apply' }, 'Zoom the chart (wheel, drag or slider) to choose days.');
      countsBody.replaceChildren(box, apply);
      // The count and the list are painted first; the chart follows.
      await afterPaint();
      const { countsChart } = await loadCharts();
      countsChart(box, c.days, (from, to) => {
        apply.replaceChildren(`Showing ${from} to ${to}. `, h('a', { href: '#', onclick: (ev: Event) => { ev.preventDefault(); go('timeline', { ...f.shown, from, to }); } }, 'List only these days'));
      });
    }),
    loadPage(list, status, f.query, null, Object.keys(f.shown).length > 0),
  ]);
}

function countLine(c: EventCounts): string {
  if (c.capped) return `More than ${fmtNumber(c.total)} events match; the chart counts the newest ${fmtNumber(c.total)}.`;
  return `${plural(c.total, 'event')} match${c.total === 1 ? 'es' : ''}${c.undated ? ` (${fmtNumber(c.undated)} undated)` : ''}.`;
}

async function loadPage(list: HTMLElement, status: HTMLElement, query: Record<string, string>, cursor: string | null, filtered: boolean): Promise<void> {
  status.replaceChildren(loading(cursor ? 'more events' : 'events'));
  let page: Page<EventItem>;
  try {
    page = await getJson<Page<EventItem>>('/api/events', { ...query, cursor, limit: PAGE });
  } catch (err) {
    if (err instanceof Superseded) return;
    status.replaceChildren(errorPanel(err));
    return;
  }
  list.append(...page.items.map(eventRow));
  dataShown();
  status.replaceChildren();
  const shown = list.childElementCount;
  if (!shown) {
    status.append(filtered
      ? emptyState('No events match these filters', 'Loosen a filter (for example widen the date range or clear the text search) and apply again.')
      : emptyState('No events in the ledger yet', 'Add articles, then reload.', 'npx parley demo   # or: parley ingest articles/'));
  } else if (page.nextCursor) {
    const next = page.nextCursor;
    status.append(h('p', { class: 'muted' }, `Showing the newest ${fmtNumber(shown)}.`),
      h('button', { type: 'button', class: 'more', onclick: () => void loadPage(list, status, query, next, filtered) }, `Load ${PAGE} more events`));
  } else {
    status.append(h('p', { class: 'muted end' }, `End of the timeline — ${plural(shown, 'event')}.`));
  }
}
