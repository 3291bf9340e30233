/**
 * Actor page: an actor's relations with each counterpart over time (Goldstein sum per period), its
 * counterparts table and its most frequent event types.
 */
import type { ActorProfile, Interval } from '../../api/contract.js';
import { getJson } from '../api.js';
import type { Route } from '../route.js';
import { relationsChart, typesChart } from '../ui/charts.js';
import { emptyState, h } from '../ui/dom.js';
import { fmtGoldstein, fmtNumber } from '../ui/format.js';
import { section } from '../ui/widgets.js';

export async function renderActor(view: HTMLElement, route: Route): Promise<void> {
  const code = route.params[0];
  if (!code) {
    view.append(h('h1', null, 'Actor'), emptyState('No actor chosen', 'Open an actor from the timeline, the network or an article.'));
    return;
  }
  const interval = (route.query.get('interval') as Interval | null) ?? 'month';
  const p = await getJson<ActorProfile>(`/api/actors/${encodeURIComponent(code)}`, { interval });
  view.append(h('h1', null, `Actor ${p.code}`),
    p.names.length ? h('p', { class: 'muted actor-names' }, 'Named in the articles as: ', p.names.join(', ')) : '',
    h('p', { class: 'muted' }, `${fmtNumber(p.eventCount)} events as actor or recipient. `, h('a', { href: `#/timeline?actor=${encodeURIComponent(p.code)}` }, 'Events it initiated'), ' · ',
      h('a', { href: `#/timeline?recipient=${encodeURIComponent(p.code)}` }, 'Events aimed at it')));
  if (!p.eventCount) {
    view.append(emptyState('No events for this actor', `The ledger has no events with ${p.code} as actor or recipient. Check the code (ISO 3166 alpha-3 such as USA, RUS, UKR) or add articles.`));
    return;
  }
  const picker = h('div', { class: 'seg', role: 'group', 'aria-label': 'Period' }, (['day', 'week', 'month'] as Interval[]).map((i) =>
    h('a', { href: `#/actor/${encodeURIComponent(p.code)}?interval=${i}`, class: i === interval ? 'active' : null }, i)));
  const relBox = h('div', { class: 'chart', id: 'relations-chart', role: 'img', 'aria-label': `Relations of ${p.code} with each counterpart over time` });
  view.append(section(`Relations with each counterpart`, h('p', { class: 'muted' }, 'Sum of Goldstein scores of the events between the two, per ', interval, ': above zero leans cooperative, below zero hostile.'), picker,
    p.series.length ? relBox : emptyState('No dated events with a counterpart', 'Events need a date and a recipient to appear here.')));
  if (p.series.length) relationsChart(relBox, p.series, interval);
  const grid = h('div', { class: 'two-col' });
  const typesBox = h('div', { class: 'chart short', id: 'types-chart', role: 'img', 'aria-label': 'Top event types' });
  grid.append(section('Top event types', p.topTypes.length ? typesBox : emptyState('No event types', 'No events.')), section('Counterparts', counterpartTable(p)));
  view.append(grid);
  if (p.topTypes.length) typesChart(typesBox, p.topTypes);
}

function counterpartTable(p: ActorProfile): HTMLElement {
  if (!p.counterparts.length) return emptyState('No counterparts', 'None of its events name a recipient.');
  return h('table', { class: 'table' },
    h('thead', null, h('tr', null, h('th', null, 'Counterpart'), h('th', { class: 'num' }, 'Events'), h('th', { class: 'num' }, 'Coop.'), h('th', { class: 'num' }, 'Conflict'), h('th', { class: 'num' }, 'Goldstein'), h('th', null, ''))),
    h('tbody', null, p.counterparts.map((c) => h('tr', null,
      h('td', null, h('a', { href: `#/actor/${encodeURIComponent(c.code)}` }, c.code)),
      h('td', { class: 'num' }, fmtNumber(c.count)), h('td', { class: 'num coop-text' }, fmtNumber(c.cooperation)), h('td', { class: 'num conflict-text' }, fmtNumber(c.conflict)),
      h('td', { class: 'num' }, fmtGoldstein(c.goldstein)),
      h('td', null, h('a', { href: `#/timeline?actor=${encodeURIComponent(p.code)}&recipient=${encodeURIComponent(c.code)}` }, 'events'))))));
}
