/**
 * Starts the API + dashboard on a port (0 picks a free one) and hands back its address and a close function
 * that also closes the ledger.
 *
 *   const server = await startServer({ db: './parley.db', port: 8080, host: '127.0.0.1' });
 *   console.log(server.url);   // http://127.0.0.1:8080
 *   await server.close();
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { openStore, type Store } from '../store/index.js';
import { prepareTokens } from '../services/tokens.service.js';
import { createApiPool, createApp, type AppOptions } from './app.js';
import { DEFAULT_RATE_LIMITS, openRateLimiters } from './limits.js';

export interface ServerOptions extends Omit<AppOptions, 'store'> {
  /** Ledger address (file path or postgres:// URL); ignored when `store` is given. */
  db?: string;
  store?: Store;
  port?: number;
  host?: string;
}

export interface RunningServer { url: string; port: number; store: Store; close(): Promise<void> }

export async function startServer(opts: ServerOptions = {}): Promise<RunningServer> {
  const store = opts.store ?? (await openStore(opts.db));
  await prepareTokens(store);
  const limits = await openRateLimiters(store, opts.rateLimits ?? DEFAULT_RATE_LIMITS);
  // Check and ingest analyse on these threads, started (and their pipelines loaded) before the first request.
  const pool = opts.pool ?? createApiPool();
  pool.warm();
  const app = createApp({ ...opts, store, pool, rateLimiters: limits.limiters });
  const host = opts.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: opts.port ?? 8080, hostname: host }, () => resolve(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    store,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await limits.close();
      if (!opts.pool) await pool.close();
      if (!opts.store) await store.close();
    },
  };
}
