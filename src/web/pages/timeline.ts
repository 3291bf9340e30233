/**
 * Timeline: the events of the ledger, newest first, filtered by actor, recipient, type, CAMEO root, dates,
 * how exact the date is (day, month only, year only), source and text; each event opens its article view. Pages load with the API's cursor ("Load more").
 */
import type { EventItem, Page } from '../../api/contract.js';
import { getJson } from '../api.js';
import { go, type Route } from '../route.js';
import { CAMEO_ROOTS, PLOVER_TYPES } from '../ui/codes.js';
import { emptyState, h, loading } from '../ui/dom.js';
import { eventRow, errorPanel } from '../ui/widgets.js';

const FILTERS = ['actor', 'recipient', 'type', 'cameoRoot', 'from', 'to', 'precision', 'source', 'q'] as const;

export async function renderTimeline(view: HTMLElement, route: Route): Promise<void> {
  const filters: Record<string, string> = {};
  for (const f of FILTERS) { const v = route.query.get(f); if (v) filters[f] = v; }
  view.append(h('h1', null, 'Timeline'), filterForm(filters));
  const list = h('ol', { class: 'events timeline', id: 'timeline-list' });
  const status = h('div', { class: 'list-status' }, loading('events'));
  view.append(list, status);
  await loadPage(list, status, filters, null);
}

async function loadPage(list: HTMLElement, status: HTMLElement, filters: Record<string, string>, cursor: string | null): Promise<void> {
  let page: Page<EventItem>;
  try {
    page = await getJson<Page<EventItem>>('/api/events', { ...filters, cursor, limit: 50 });
  } catch (err) {
    status.replaceChildren(errorPanel(err));
    return;
  }
  list.append(...page.items.map(eventRow));
  status.replaceChildren();
  if (!list.childElementCount) {
    status.append(Object.keys(filters).length
      ? emptyState('No events match these filters', 'Loosen a filter (for example widen the date range or clear the text search) and apply again.')
      : emptyState('No events in the ledger yet', 'Add articles, then reload.', 'npx parley demo   # or: parley ingest articles/'));
  } else if (page.nextCursor) {
    const next = page.nextCursor;
    status.append(h('button', { type: 'button', class: 'more', onclick: () => { status.replaceChildren(loading('more events')); void loadPage(list, status, filters, next); } }, 'Load more events'));
  } else {
    status.append(h('p', { class: 'muted end' }, `End of the timeline — ${list.childElementCount} event${list.childElementCount === 1 ? '' : 's'}.`));
  }
}

function filterForm(current: Record<string, string>): HTMLElement {
  const input = (name: string, label: string, attrs: Record<string, string> = {}) =>
    h('label', null, label, h('input', { name, value: current[name] ?? '', ...attrs }));
  const select = (name: string, label: string, options: [string, string][]) =>
    h('label', null, label, h('select', { name }, h('option', { value: '' }, 'any'), options.map(([v, text]) => h('option', { value: v, selected: current[name] === v }, text))));
  const form = h('form', { class: 'filters', 'aria-label': 'Event filters' },
    input('actor', 'Actor', { placeholder: 'e.g. USA', size: '8' }),
    input('recipient', 'Recipient', { placeholder: 'e.g. RUS', size: '8' }),
    select('type', 'PLOVER type', PLOVER_TYPES.map((t) => [t, t])),
    select('cameoRoot', 'CAMEO root', Object.entries(CAMEO_ROOTS).map(([c, n]) => [c, `${c} ${n}`])),
    input('from', 'From', { type: 'date' }),
    input('to', 'To', { type: 'date' }),
    select('precision', 'Date known to', [['day', 'the day'], ['month', 'the month only'], ['year', 'the year only']]),
    input('source', 'Source', { placeholder: 'file or site', size: '12' }),
    input('q', 'Text', { type: 'search', placeholder: 'words in the sentence' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Apply'), h('a', { href: '#/timeline', class: 'button-link' }, 'Clear')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    go('timeline', Object.fromEntries(FILTERS.map((f) => [f, String(data.get(f) ?? '').trim() || undefined])));
  });
  return form;
}
