/**
 * Commitment endpoints: the board (each column's first cards with the column sizes) and one list a page at a
 * time, both filtered by status column, party, kind and window, over the board computed once per as-of date.
 *
 *   GET /api/commitments/board?asOf=2022-04-01&party=RUS&kind=ceasefire&limit=12
 *   GET /api/commitments?status=in-force&cursor=oc&limit=12
 */
import { Hono } from 'hono';
import type { Store } from '../../store/index.js';
import type { AggregateCache } from '../../services/cache.js';
import { arr, date, int, nullable, obj, ref } from '../openapi.js';
import { endpoint } from '../route.js';
import { boardQuery, commitmentsQuery } from '../schemas.js';
import { boardPage, commitmentList } from '../../services/board-page.service.js';

const board = endpoint({
  summary: 'Commitments grouped: in force, expiring soon, expired, violated, other; each column\'s first cards, its size and the cursor of its next page',
  query: boardQuery, response: ref('CommitmentBoard'),
});
const list = endpoint({
  summary: 'Commitments merged across articles with their status as of a date, the most pressing first, a page at a time', query: commitmentsQuery,
  response: obj({ asOf: date('status date'), items: arr(ref('Commitment')), nextCursor: nullable({ type: 'string' }), total: int('commitments matching the filters') }),
});

export function commitmentRoutes(store: Store, cache: AggregateCache): Hono {
  const r = new Hono();
  r.get('/commitments/board', board, async (c) => c.json(await boardPage(store, cache, board.query(c))));
  r.get('/commitments', list, async (c) => c.json(await commitmentList(store, cache, list.query(c))));
  return r;
}
