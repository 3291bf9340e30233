/**
 * Endpoints for finding things: how many events a timeline filter matches (per day), the map of located events
 * for the same filters, and actors by name or code.
 *
 *   GET /api/events/counts?actor=RUS&type=ASSAULT      // { total, capped, days: [{ day, count }], undated }
 *   GET /api/map?actor=RUS&from=2022-03-01             // { places: [{ name, lat, lon, count, latest }], read, capped }
 *   GET /api/actors?q=russia&limit=10                  // [{ code: 'RUS', name: 'Russia', kind: 'country', events }]
 */
import { Hono } from 'hono';
import type { Store } from '../../store/index.js';
import type { AggregateCache } from '../../services/cache.js';
import { arr, bool, date, int, nullable, num, obj, str } from '../openapi.js';
import { endpoint } from '../route.js';
import { actorSearchQuery, eventCountsQuery, mapQuery } from '../schemas.js';
import { searchActors } from '../../services/actors.service.js';
import { eventCounts } from '../../services/events.service.js';
import { eventMap } from '../../services/map.service.js';

const counts = endpoint({
  summary: 'How many events a timeline filter matches, per day (over the newest 20,000 matches)', query: eventCountsQuery,
  response: obj({ total: int('matching events (at most 20,000 counted)'), capped: bool, days: arr(obj({ day: date('day'), count: int('events') })), undated: int('matching events without a date') }),
});
const map = endpoint({
  summary: 'Places of the newest located events matching the timeline filters, with counts and the latest event of each', query: mapQuery,
  response: obj({
    places: arr(obj({
      lat: num, lon: num, name: str('place'), country: nullable(str('ISO alpha-3')), precision: str('town, admin1 or country'), count: int('events'), cooperation: int('events'), conflict: int('events'),
      latest: obj({ documentId: nullable(str('document')), eventId: str('event id in it'), day: date('day') }),
    })),
    read: int('located events read'), capped: bool,
  }),
});
const actors = endpoint({
  summary: 'Actors by name or code: countries and organisations (knowledge base), codes and names in the ledger', query: actorSearchQuery,
  response: obj({ items: arr(obj({ code: str('actor code'), name: str('name'), kind: str('country, organisation or actor'), events: int('events in the ledger'), matched: str('the name that matched') })) }),
});

export function exploreRoutes(store: Store, cache: AggregateCache): Hono {
  const r = new Hono();
  r.get('/events/counts', counts, async (c) => c.json(await eventCounts(store, counts.query(c))));
  r.get('/map', map, async (c) => {
    const { q, ...filter } = map.query(c);
    return c.json(await eventMap(store, { ...filter, text: q }));
  });
  r.get('/actors', actors, async (c) => {
    const { q, limit } = actors.query(c);
    return c.json({ items: await searchActors(store, cache, q, limit) });
  });
  return r;
}
