/**
 * Aggregate endpoints: overview, dyad time series, actor profile and actor network.
 *
 *   GET /api/dyads?a=USA&b=RUS&interval=week
 *   GET /api/network?from=2025-03-01&to=2025-03-31
 */
import { Hono } from 'hono';
import type { Store } from '../../store/index.js';
import type { AggregateCache } from '../../services/cache.js';
import { ref } from '../openapi.js';
import { endpoint } from '../route.js';
import { actorPath, actorQuery, dyadQuery, networkQuery, overviewQuery } from '../schemas.js';
import { actorProfile, dyad, network, overview } from '../../services/analytics.service.js';

const overviewEp = endpoint({ summary: 'Counts, latest events and the cooperation-vs-conflict trend', query: overviewQuery, response: ref('Overview') });
const dyads = endpoint({ summary: 'Events per period between two actors (counts and Goldstein sums)', query: dyadQuery, response: ref('Dyad') });
const actor = endpoint({ summary: 'An actor: counterparts, relations over time, top event types', params: actorPath, query: actorQuery, response: ref('Actor') });
const networkEp = endpoint({ summary: 'Actor network for a date window', query: networkQuery, response: ref('Network') });

export function analyticsRoutes(store: Store, cache: AggregateCache): Hono {
  const r = new Hono();
  const key = (name: string, q: object) => `${name}:${JSON.stringify(q)}`;
  r.get('/overview', overviewEp, async (c) => {
    const q = overviewEp.query(c);
    return c.json(await cache.get(key('overview', q), () => overview(store, q)));
  });
  r.get('/dyads', dyads, async (c) => {
    const q = dyads.query(c);
    return c.json(await cache.get(key('dyad', q), () => dyad(store, q)));
  });
  r.get('/actors/:code', actor, async (c) => {
    const { code } = actor.params(c);
    const { interval } = actor.query(c);
    return c.json(await cache.get(key('actor', { code, interval }), () => actorProfile(store, code, interval)));
  });
  r.get('/network', networkEp, async (c) => {
    const q = networkEp.query(c);
    return c.json(await cache.get(key('network', q), () => network(store, q)));
  });
  return r;
}
