/**
 * Aggregate endpoints: overview, dyad time series, actor profile and actor network.
 *
 *   GET /api/dyads?a=USA&b=RUS&interval=week
 *   GET /api/network?from=2025-03-01&to=2025-03-31
 */
import { Hono } from 'hono';
import type { Store } from '../../store/index.js';
import type { AggregateCache } from '../cache.js';
import { actorCode, actorQuery, dyadQuery, networkQuery, overviewQuery, validate } from '../schemas.js';
import { actorProfile, dyad, network, overview } from '../views/analytics.js';

export function analyticsRoutes(store: Store, cache: AggregateCache): Hono {
  const r = new Hono();
  const key = (name: string, q: object) => `${name}:${JSON.stringify(q)}`;
  r.get('/overview', async (c) => {
    const q = validate(overviewQuery, c.req.query(), 'query');
    return c.json(await cache.get(key('overview', q), () => overview(store, q)));
  });
  r.get('/dyads', async (c) => {
    const q = validate(dyadQuery, c.req.query(), 'query');
    return c.json(await cache.get(key('dyad', q), () => dyad(store, q)));
  });
  r.get('/actors/:code', async (c) => {
    const code = validate(actorCode, c.req.param('code'), 'path');
    const { interval } = validate(actorQuery, c.req.query(), 'query');
    return c.json(await cache.get(key('actor', { code, interval }), () => actorProfile(store, code, interval)));
  });
  r.get('/network', async (c) => {
    const q = validate(networkQuery, c.req.query(), 'query');
    return c.json(await cache.get(key('network', q), () => network(store, q)));
  });
  return r;
}
