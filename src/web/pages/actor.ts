/**
 * Actor page, titled by name and code ("Russia (RUS)"): the names the articles use for it, its relations with
 * each counterpart over time (Goldstein sum per period, on a zoomable time axis), its counterparts table and
 * its most frequent event types. The text and the table are drawn before the charts.
 */
import type { ActorProfile, Interval } from '../../api/contract.js';
import { getJson } from '../api.js';
import type { Route } from '../route.js';
import { afterPaint, dataShown } from '../ui/first-data.js';
import { loadCharts } from '../ui/load-charts.js';
import { emptyState, h } from '../ui/dom.js';
import { fmtGoldstein, fmtNumber, namedCode, UNIDENTIFIED } from '../ui/format.js';
import { fill } from '../ui/panel.js';
import { section } from '../ui/widgets.js';

export async function renderActor(view: HTMLElement, route: Route): Promise<void> {
  const code = route.params[0];
  if (!code) {
    view.append(h('h1', null, 'Actor'), emptyState('No actor chosen', 'Find one with the search box above, or open one from the timeline, the network or an article.'));
    return;
  }
  const interval = (route.query.get('interval') as Interval | null) ?? 'month';
  const title = h('h1', null, code.toUpperCase());
  const body = h('div', { class: 'panel-body' });
  view.append(title, body);
  await fill(body, 'the actor', async () => {
    const p = await getJson<ActorProfile>(`/api/actors/${encodeURIComponent(code)}`, { interval });
    title.textContent = p.name || p.code === UNIDENTIFIED ? namedCode(p.code, p.name) : `Actor ${p.code}`;
    document.title = `${title.textContent} — Parley`;
    body.replaceChildren(
      p.names.length ? h('p', { class: 'muted actor-names' }, 'Named in the articles as: ', p.names.join(', ')) : '',
      h('p', { class: 'muted' }, `${fmtNumber(p.eventCount)} events as actor or recipient. `, h('a', { href: `#/timeline?actor=${encodeURIComponent(p.code)}` }, 'Events it initiated'), ' · ',
        h('a', { href: `#/timeline?recipient=${encodeURIComponent(p.code)}` }, 'Events aimed at it'), ' · ', h('a', { href: `#/map?actor=${encodeURIComponent(p.code)}` }, 'On the map')));
    if (!p.eventCount) {
      body.append(emptyState('No events for this actor', `The ledger has no events with ${p.code} as actor or recipient. Check the code (ISO 3166 alpha-3 such as USA, RUS, UKR) or add articles.`));
      return;
    }
    const picker = h('div', { class: 'seg', role: 'group', 'aria-label': 'Period' }, (['day', 'week', 'month'] as Interval[]).map((i) =>
      h('a', { href: `#/actor/${encodeURIComponent(p.code)}?interval=${i}`, class: i === interval ? 'active' : null }, i)));
    const relBox = h('div', { class: 'chart', id: 'relations-chart', role: 'img', 'aria-label': `Relations of ${p.code} with each counterpart over time` });
    body.append(section(`Relations with each counterpart`, h('p', { class: 'muted' }, 'Sum of Goldstein scores of the events between the two, per ', interval, ': above zero leans cooperative, below zero hostile; periods without events are gaps. Scroll or drag the slider to zoom.'), picker,
      p.series.length ? relBox : emptyState('No dated events with a counterpart', 'Events need a date and a recipient to appear here.')));
    const names = new Map(p.counterparts.map((c) => [c.code, namedCode(c.code, c.name)]));
    const grid = h('div', { class: 'two-col' });
    const typesBox = h('div', { class: 'chart short', id: 'types-chart', role: 'img', 'aria-label': 'Top event types' });
    grid.append(section('Top event types', p.topTypes.length ? typesBox : emptyState('No event types', 'No events.')), section('Counterparts', counterpartTable(p)));
    body.append(grid);
    // The title, names and counterparts are painted first; the charts follow.
    dataShown();
    await afterPaint();
    const { relationsChart, typesChart } = await loadCharts();
    if (p.series.length) relationsChart(relBox, p.series.map((s) => ({ ...s, label: names.get(s.counterpart) ?? s.counterpart })), interval);
    if (p.topTypes.length) typesChart(typesBox, p.topTypes);
  });
}

function counterpartTable(p: ActorProfile): HTMLElement {
  if (!p.counterparts.length) return emptyState('No counterparts', 'None of its events name a recipient.');
  return h('table', { class: 'table' },
    h('thead', null, h('tr', null, h('th', null, 'Counterpart'), h('th', { class: 'num' }, 'Events'), h('th', { class: 'num' }, 'Coop.'), h('th', { class: 'num' }, 'Conflict'), h('th', { class: 'num' }, 'Goldstein'), h('th', null, ''))),
    h('tbody', null, p.counterparts.map((c) => h('tr', null,
      h('td', null, h('a', { href: `#/actor/${encodeURIComponent(c.code)}` }, namedCode(c.code, c.name))),
      h('td', { class: 'num' }, fmtNumber(c.count)), h('td', { class: 'num coop-text' }, fmtNumber(c.cooperation)), h('td', { class: 'num conflict-text' }, fmtNumber(c.conflict)),
      h('td', { class: 'num' }, fmtGoldstein(c.goldstein)),
      h('td', null, h('a', { href: `#/timeline?actor=${encodeURIComponent(p.code)}&recipient=${encodeURIComponent(c.code)}` }, 'events'))))));
}
