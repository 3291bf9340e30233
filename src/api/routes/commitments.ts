/**
 * Commitment endpoints: the board (each column's first cards with the column sizes) and one list a page at a
 * time, both filtered by status column, party, kind and window, over the board computed once per as-of date.
 *
 *   GET /api/commitments/board?asOf=2022-04-01&party=RUS&kind=ceasefire&limit=12
 *   GET /api/commitments?status=in-force&cursor=oc&limit=12
 */
import { Hono } from 'hono';
import type { Store } from '../../store/index.js';
import type { AggregateCache } from '../cache.js';
import { boardQuery, commitmentsQuery, validate } from '../schemas.js';
import { boardPage, commitmentList } from '../views/board-page.js';

export function commitmentRoutes(store: Store, cache: AggregateCache): Hono {
  const r = new Hono();
  r.get('/commitments/board', async (c) => c.json(await boardPage(store, cache, validate(boardQuery, c.req.query(), 'query'))));
  r.get('/commitments', async (c) => c.json(await commitmentList(store, cache, validate(commitmentsQuery, c.req.query(), 'query'))));
  return r;
}
