/**
 * The event filters the timeline and the map share (actor, recipient, type, CAMEO root, dates written
 * YYYY-MM-DD, date precision, source, words), read from and written to the route, and the export links for
 * the current filter. By default nothing dated after today or after the article that reports it is listed
 * (forecasts, plans and targets: "by 2050") unless the route says `future=1`.
 *
 *   const f = eventFilters(route);                 // { actor: 'RUS', to: '2026-12-06' } (today's date added)
 *   view.append(filterForm('timeline', f.shown), exportLinks(f.query));
 */
import { withQuery } from '../api.js';
import { go, type Route } from '../route.js';
import { CAMEO_ROOTS, PLOVER_TYPES } from './codes.js';
import { h } from './dom.js';
import { today } from './format.js';

export const FILTERS = ['actor', 'recipient', 'type', 'cameoRoot', 'from', 'to', 'precision', 'source', 'q'] as const;
const ISO = '\\d{4}-\\d{2}-\\d{2}';

export interface EventFilterState {
  /** What the user set (shown in the form). */
  shown: Record<string, string>;
  /** What the API is asked: `shown`, with `to` = today and `pastOnly` unless the user asked for later dates. */
  query: Record<string, string>;
  /** True when future-dated events (after today or after their report) are hidden by default. */
  hidesFuture: boolean;
}

export function eventFilters(route: Route): EventFilterState {
  const shown: Record<string, string> = {};
  for (const f of FILTERS) { const v = route.query.get(f); if (v) shown[f] = v; }
  const future = route.query.get('future') === '1';
  const hidesFuture = !future && !shown.to;
  const query = hidesFuture ? { ...shown, to: shown.from && shown.from > today() ? shown.from : today(), pastOnly: 'true' } : { ...shown };
  return { shown, query, hidesFuture };
}

export function filterForm(page: string, current: Record<string, string>, extra: Record<string, string | undefined> = {}): HTMLFormElement {
  const input = (name: string, label: string, attrs: Record<string, string> = {}) =>
    h('label', null, label, h('input', { name, value: current[name] ?? '', ...attrs }));
  const select = (name: string, label: string, options: [string, string][]) =>
    h('label', null, label, h('select', { name }, h('option', { value: '' }, 'any'), options.map(([v, text]) => h('option', { value: v, selected: current[name] === v }, text))));
  const form = h('form', { class: 'filters', 'aria-label': 'Event filters' },
    input('actor', 'Actor', { placeholder: 'e.g. RUS', size: '7', title: 'actor code; find codes with the search box above' }),
    input('recipient', 'Recipient', { placeholder: 'e.g. UKR', size: '7' }),
    select('type', 'PLOVER type', PLOVER_TYPES.map((t) => [t, t])),
    select('cameoRoot', 'CAMEO root', Object.entries(CAMEO_ROOTS).map(([c, n]) => [c, `${c} ${n}`])),
    input('from', 'From', { placeholder: 'YYYY-MM-DD', pattern: ISO, size: '10', inputmode: 'numeric' }),
    input('to', 'To', { placeholder: 'YYYY-MM-DD', pattern: ISO, size: '10', inputmode: 'numeric' }),
    select('precision', 'Date known to', [['day', 'the day'], ['month', 'the month only'], ['year', 'the year only']]),
    input('source', 'Source', { placeholder: 'file or site', size: '12' }),
    input('q', 'Text', { type: 'search', placeholder: 'words in the sentence' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Apply'), h('a', { href: `#/${page}`, class: 'button-link' }, 'Clear')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    go(page, { ...Object.fromEntries(FILTERS.map((f) => [f, String(data.get(f) ?? '').trim() || undefined])), ...extra });
  });
  return form;
}

/** Download links for the events of the current filter in every export format (ClaimReview: the checked claims). */
export function exportLinks(query: Record<string, string>): HTMLElement {
  const formats: [string, string][] = [['csv', 'CSV'], ['jsonl', 'JSONL'], ['gdelt', 'GDELT TSV'], ['plover', 'PLOVER']];
  return h('p', { class: 'export-links', id: 'export-links' }, 'Export these events: ',
    formats.map(([f, label], i) => [i ? ' · ' : '', h('a', { href: withQuery('/api/export', { format: f, ...query }), download: '', 'data-format': f }, label)]),
    ' · ', h('a', { href: withQuery('/api/export', { format: 'claimreview' }), download: '', 'data-format': 'claimreview', title: 'the checked claims (supported and contradicted) as schema.org ClaimReview' }, 'ClaimReview (checked claims)'));
}
