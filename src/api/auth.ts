/**
 * Write endpoints need `Authorization: Bearer <token>` with a token made by `parley token create`; the
 * ledger stores only its hash (src/services/tokens.service.ts).
 *
 *   app.post('/api/ingest', requireToken(store), handler)
 */
import type { MiddlewareHandler } from 'hono';
import { ParleyError } from '../core/errors.js';
import type { Store } from '../store/index.js';
import { verifyToken } from '../services/tokens.service.js';

export function requireToken(store: Store): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) throw new ParleyError('UNAUTHORIZED', 'this endpoint writes to the ledger and needs an API token');
    const who = await verifyToken(store, m[1]!);
    if (!who) throw new ParleyError('UNAUTHORIZED', 'the API token is unknown or revoked');
    c.set('tokenId' as never, who.id as never);
    await next();
  };
}
