/**
 * Map: where the events happened, filtered like the timeline: a one-line summary and the table of the places
 * with most events are drawn as soon as the data arrives, then the map itself (map-draw.ts: the world basemap
 * and the chart library, loaded while the data is on its way) with a bubble per place or cluster, each opening
 * its latest event.
 */
import type { MapPlace, MapView } from '../../api/contract.js';
import type { Route } from '../route.js';
import { getJson } from '../api.js';
import { emptyState, h } from '../ui/dom.js';
import { eventFilters, exportLinks, filterForm } from '../ui/event-filters.js';
import { fmtNumber, plural } from '../ui/format.js';
import { afterPaint } from '../ui/first-data.js';
import { fill } from '../ui/panel.js';
import { articleHref, section } from '../ui/widgets.js';

/** Located events the map reads, newest first, when a filter is one the map rollup cannot answer. */
export const MAP_READ = 2000;

export async function renderMap(view: HTMLElement, route: Route): Promise<void> {
  const f = eventFilters(route);
  const load = getJson<MapView>('/api/map', { ...f.query, limit: MAP_READ });
  // The map is the page's main content: its code (basemap, chart library) loads while the data is on its way.
  const drawing = import('./map-draw.js');
  drawing.catch(() => undefined);
  const mapBody = h('div', { class: 'panel-body' });
  const listBody = h('div', { class: 'panel-body' });
  view.append(h('h1', null, 'Map'), filterForm('map', f.shown),
    section('Where the events happened', h('p', { class: 'muted' }, 'Each bubble is a place or a cluster of nearby places, sized by events, red when most are conflict. Scroll to zoom, drag to pan; click a cluster to zoom in, a place to open its latest event.'), mapBody),
    exportLinks(f.query), section('Places', listBody));
  await Promise.all([
    fill(mapBody, 'the map', async () => {
      const m = await load;
      if (!m.places.length) return emptyState('No located events', Object.keys(f.shown).length ? 'No event matching these filters has a place with coordinates; loosen a filter.' : 'The ledger\'s events carry no coordinates yet: places come from the event coding (the location of each event).');
      const box = h('div', { class: 'map', id: 'event-map', role: 'img', 'aria-label': `Map of ${plural(m.places.length, 'place')} with events` });
      mapBody.replaceChildren(h('p', { class: 'muted', id: 'map-summary' }, `${plural(m.read, 'located event')} at ${plural(m.places.length, 'place')}${m.capped ? ` — the newest ${fmtNumber(MAP_READ)} located events matching the filters; narrow the dates to see earlier ones` : ''}.`), box);
      // The summary and the places table are painted first; the basemap and its bubbles follow.
      await afterPaint();
      (await drawing).drawMap(box, m.places);
    }),
    fill(listBody, 'the places', async () => {
      const m = await load;
      if (!m.places.length) return h('p', { class: 'muted' }, 'No places.');
      return placeTable(m.places.slice(0, 25), m.places.length);
    }),
  ]);
}

function placeTable(places: MapPlace[], total: number): HTMLElement[] {
  return [h('table', { class: 'table', id: 'place-table' },
    h('thead', null, h('tr', null, h('th', null, 'Place'), h('th', null, 'Country'), h('th', { class: 'num' }, 'Events'), h('th', { class: 'num' }, 'Coop.'), h('th', { class: 'num' }, 'Conflict'), h('th', null, 'Latest'))),
    h('tbody', null, places.map((p) => h('tr', null,
      h('td', null, p.name), h('td', null, p.country ? h('a', { href: `#/actor/${encodeURIComponent(p.country)}` }, p.country) : '—'),
      h('td', { class: 'num' }, fmtNumber(p.count)), h('td', { class: 'num coop-text' }, fmtNumber(p.cooperation)), h('td', { class: 'num conflict-text' }, fmtNumber(p.conflict)),
      h('td', null, p.latest.documentId ? h('a', { href: articleHref(p.latest.documentId, p.latest.eventId) }, p.latest.day) : p.latest.day))))),
  total > places.length ? h('p', { class: 'muted' }, `The ${places.length} places with most events of ${fmtNumber(total)}.`) : h('p', { class: 'muted' }, plural(total, 'place'))];
}
