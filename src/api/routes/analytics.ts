/**
 * Aggregate endpoints: overview, dyad time series, actor profile and actor network.
 *
 *   GET /api/dyads?a=USA&b=RUS&interval=week
 *   GET /api/network?from=2025-03-01&to=2025-03-31
 */
import { Hono } from 'hono';
import type { Store } from '../../store/index.js';
import { actorCode, actorQuery, dyadQuery, networkQuery, overviewQuery, validate } from '../schemas.js';
import { actorProfile, dyad, network, overview } from '../views/analytics.js';

export function analyticsRoutes(store: Store): Hono {
  const r = new Hono();
  r.get('/overview', async (c) => c.json(await overview(store, validate(overviewQuery, c.req.query(), 'query'))));
  r.get('/dyads', async (c) => c.json(await dyad(store, validate(dyadQuery, c.req.query(), 'query'))));
  r.get('/actors/:code', async (c) => {
    const code = validate(actorCode, c.req.param('code'), 'path');
    const { interval } = validate(actorQuery, c.req.query(), 'query');
    return c.json(await actorProfile(store, code, interval));
  });
  r.get('/network', async (c) => c.json(await network(store, validate(networkQuery, c.req.query(), 'query'))));
  return r;
}
