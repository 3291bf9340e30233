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
import type { AggregateCache } from '../cache.js';
import { actorSearchQuery, eventCountsQuery, mapQuery, validate } from '../schemas.js';
import { searchActors } from '../views/actors.js';
import { eventCounts } from '../views/events.js';
import { eventMap } from '../views/map.js';

export function exploreRoutes(store: Store, cache: AggregateCache): Hono {
  const r = new Hono();
  r.get('/events/counts', async (c) => c.json(await eventCounts(store, validate(eventCountsQuery, c.req.query(), 'query'))));
  r.get('/map', async (c) => {
    const { q, ...filter } = validate(mapQuery, c.req.query(), 'query');
    return c.json(await eventMap(store, { ...filter, text: q }));
  });
  r.get('/actors', async (c) => {
    const { q, limit } = validate(actorSearchQuery, c.req.query(), 'query');
    return c.json({ items: await searchActors(store, cache, q, limit) });
  });
  return r;
}
