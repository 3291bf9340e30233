/**
 * Request limits: a token bucket per client address and route class (read, check, write), and a body-size
 * cap. Exceeding either answers with the API's error shape (PARLEY_E_RATE_LIMITED with Retry-After, or
 * PARLEY_E_INPUT_TOO_LARGE).
 *
 *   app.use('/api/*', rateLimit({ read: 600, check: 30, write: 30 }));   // requests per minute
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit as honoBodyLimit } from 'hono/body-limit';
import { ParleyError } from '../core/errors.js';

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

export function rateLimit(limits: RateLimits, now: () => number = Date.now): MiddlewareHandler {
  const buckets = new Map<string, Bucket>();
  return async (c, next) => {
    const cls = classify(c.req.method, c.req.path);
    const perMinute = limits[cls];
    const key = `${cls} ${clientAddress(c)}`;
    const t = now();
    const b = buckets.get(key) ?? { tokens: perMinute, at: t };
    b.tokens = Math.min(perMinute, b.tokens + ((t - b.at) / 60_000) * perMinute);
    b.at = t;
    buckets.set(key, b);
    if (buckets.size > 10_000) for (const [k, v] of buckets) if (t - v.at > 120_000) buckets.delete(k);
    if (b.tokens < 1) {
      c.header('Retry-After', String(Math.ceil(((1 - b.tokens) * 60) / perMinute)));
      throw new ParleyError('RATE_LIMITED', `more than ${perMinute} ${cls} requests a minute from this address`);
    }
    b.tokens -= 1;
    await next();
  };
}

export function bodyLimit(maxBytes: number): MiddlewareHandler {
  return honoBodyLimit({
    maxSize: maxBytes,
    onError: () => { throw new ParleyError('INPUT_TOO_LARGE', `the request body is larger than ${Math.round(maxBytes / 1024)} KiB`, 'send one article per request, under the size limit'); },
  });
}
