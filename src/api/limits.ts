/**
 * Request limits: requests per minute per client address and route class (read, check, write), counted by
 * rate-limiter-flexible where every API server of the ledger sees the counts (PostgreSQL) or in memory (SQLite),
 * and a body-size cap. Exceeding either answers with the API's error shape (PARLEY_E_RATE_LIMITED with
 * Retry-After, or PARLEY_E_INPUT_TOO_LARGE).
 *
 *   const { limiters } = await openRateLimiters(store, { read: 600, check: 30, write: 30 });
 *   app.use('/api/*', rateLimit(limiters, { read: 600, check: 30, write: 30 }));
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit as honoBodyLimit } from 'hono/body-limit';
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ParleyError } from '../core/errors.js';
import type { Store } from '../store/index.js';
import { openRateLimiter } from '../store/rate-limits.js';

export type RouteClass = 'read' | 'check' | 'write';
export type RateLimits = Record<RouteClass, number>;

export const DEFAULT_RATE_LIMITS: RateLimits = { read: 1200, check: 60, write: 60 };
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

interface Bucket { tokens: number; at: number }

export function classify(method: string, path: string): RouteClass {
  if (method === 'GET' || method === 'HEAD') return 'read';
  return path.startsWith('/api/check') ? 'check' : 'write';
}

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** One limiter per route class, counting per client address (see store/rate-limits.ts for where counts live). */
export type RateLimiters = Record<RouteClass, RateLimiterAbstract>;

/** Limiters over the ledger's shared counters (PostgreSQL) or this process's memory (SQLite). */
export async function openRateLimiters(store: Pick<Store, 'kind' | 'url'>, limits: RateLimits): Promise<{ limiters: RateLimiters; close(): Promise<void> }> {
  const handles: Awaited<ReturnType<typeof openRateLimiter>>[] = [];
  for (const cls of ['read', 'check', 'write'] as const) handles.push(await openRateLimiter(store, { keyPrefix: `parley:${cls}`, points: limits[cls], durationSec: 60 }));
  const [read, check, write] = handles.map((h) => h.limiter) as [RateLimiterAbstract, RateLimiterAbstract, RateLimiterAbstract];
  return { limiters: { read, check, write }, close: async () => { await Promise.all(handles.map((h) => h.close())); } };
}

/** In-memory limiters, for an app built without a server (tests, `app.request`). */
export function memoryRateLimiters(limits: RateLimits): RateLimiters {
  const make = (cls: RouteClass) => new RateLimiterMemory({ keyPrefix: `parley:${cls}`, points: limits[cls], duration: 60 });
  return { read: make('read'), check: make('check'), write: make('write') };
}

export function rateLimit(limiters: RateLimiters, limits: RateLimits): MiddlewareHandler {
  return async (c, next) => {
    const cls = classify(c.req.method, c.req.path);
    try {
      await limiters[cls].consume(`${cls} ${clientAddress(c)}`);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      c.header('Retry-After', String(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))));
      throw new ParleyError('RATE_LIMITED', `more than ${limits[cls]} ${cls} requests a minute from this address`);
    }
    await next();
  };
}

export function bodyLimit(maxBytes: number): MiddlewareHandler {
  return honoBodyLimit({
    maxSize: maxBytes,
    onError: () => { throw new ParleyError('INPUT_TOO_LARGE', `the request body is larger than ${Math.round(maxBytes / 1024)} KiB`, 'send one article per request, under the size limit'); },
  });
}
