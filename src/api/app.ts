/**
 * The Hono application: read endpoints under /api, write endpoints behind a token, /openapi.json, and the
 * dashboard for every other path. Routes validate with zod and call the views (./views); every failure
 * leaves through one error handler in the `{ error: { code, message, hint } }` shape.
 *
 *   const app = createApp({ store });
 *   await app.request('/api/events?actor=RUS')   // 200 { items: [...], nextCursor }
 */
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { packagePath } from '../core/paths.js';
import { ParleyError } from '../core/errors.js';
import { createAnalysisPool, defaultThreads, type AnalysisPool } from '../ingest/pool/analysis-pool.js';
import type { Store } from '../store/index.js';
import { requireToken } from './auth.js';
import { errorResponse } from './errors.js';
import { AggregateCache } from '../services/cache.js';
import { bodyLimit, DEFAULT_MAX_BODY_BYTES, DEFAULT_RATE_LIMITS, memoryRateLimiters, rateLimit, type RateLimiters, type RateLimits } from './limits.js';
import { bool, obj, openApiDocument, str } from './openapi.js';
import { endpoint } from './route.js';
import { commitmentRoutes } from './routes/commitments.js';
import { exploreRoutes } from './routes/explore.js';
import { readRoutes } from './routes/read.js';
import { analyticsRoutes } from './routes/analytics.js';
import { writeRoutes } from './routes/write.js';
import { CHECK_WORKER } from './views/check.js';
import { dashboard } from './static.js';

export interface AppOptions {
  store: Store;
  /** Requests per minute per client address and route class. */
  rateLimits?: RateLimits;
  /** Where the counts of those limits live (startServer shares them through a PostgreSQL ledger); in memory when absent. */
  rateLimiters?: RateLimiters;
  maxBodyBytes?: number;
  /** Where the built dashboard is (default: web-dist/ in the package). */
  webRoot?: string;
  /** Hosts the URL/feed ingest may fetch even when private (tests' local servers). */
  allowHosts?: readonly string[];
  /** Reuse aggregate answers while the ledger is unchanged (default true). */
  cacheAggregates?: boolean;
  /** The worker threads that analyse check/ingest texts (default: a pool made on first use; the caller closes one it passes). */
  pool?: AnalysisPool;
  /** Time budget of one check/ingest analysis in ms (default 10,000). */
  analysisBudgetMs?: number;
}

export const DEFAULT_ANALYSIS_BUDGET_MS = 10_000;

/** The API's analysis threads: never the request thread, with the check module loaded as each thread starts. */
export function createApiPool(threads = defaultThreads()): AnalysisPool {
  return createAnalysisPool(threads, { offThread: true, preload: [CHECK_WORKER.href] });
}

const health = endpoint({ summary: 'Liveness and ledger kind', response: obj({ ok: bool, store: str('sqlite or postgres') }) });

export function createApp(opts: AppOptions): Hono {
  const app = new Hono();
  const cache = new AggregateCache(opts.store, { enabled: opts.cacheAggregates ?? true });
  app.onError((err, c) => {
    const { status, body } = errorResponse(err);
    if (status >= 500 && process.env.PARLEY_DEBUG) process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    // An oversized body is refused before it is read: close the connection rather than parse its rest.
    if (status === 413) c.header('Connection', 'close');
    return c.json(body, status as 400);
  });
  app.notFound((c) => {
    const { status, body } = errorResponse(new ParleyError('NOT_FOUND', `no endpoint ${c.req.method} ${c.req.path}`, 'see /openapi.json for the endpoints'));
    return c.json(body, status as 404);
  });
  app.use('*', secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"], objectSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'self'"],
    },
    crossOriginEmbedderPolicy: false,
  }));
  const limits = opts.rateLimits ?? DEFAULT_RATE_LIMITS;
  app.use('/api/*', rateLimit(opts.rateLimiters ?? memoryRateLimiters(limits), limits));
  app.use('/api/*', bodyLimit(opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES));

  let document: Record<string, unknown> | null = null;
  app.get('/openapi.json', (c) => c.json({ ...(document ??= openApiDocument(app.routes)), servers: [{ url: new URL(c.req.url).origin }] }));
  app.get('/api/health', health, (c) => c.json({ ok: true, store: opts.store.kind }));
  app.route('/api', exploreRoutes(opts.store, cache));
  app.route('/api', commitmentRoutes(opts.store, cache));
  app.route('/api', readRoutes(opts.store));
  app.route('/api', analyticsRoutes(opts.store, cache));
  let pool = opts.pool ?? null;
  const analysis = { pool: () => (pool ??= createApiPool()), budgetMs: opts.analysisBudgetMs ?? DEFAULT_ANALYSIS_BUDGET_MS };
  app.route('/api', writeRoutes(opts.store, requireToken(opts.store), opts.allowHosts ?? [], () => cache.clear(), analysis));
  app.all('/api/*', (c) => { throw new ParleyError('NOT_FOUND', `no endpoint ${c.req.method} ${c.req.path}`, 'see /openapi.json for the endpoints'); });
  app.get('*', dashboard(opts.webRoot ?? packagePath('web-dist')));
  return app;
}
