/**
 * A local HTTP server for fetch and feed tests: serves the fixtures in testdata/feeds (with
 * "http://127.0.0.1/" rewritten to the server's own address) plus a few special routes.
 *
 *   const server = await startFixtureServer(); await fetchBounded(server.url('/rss.xml'), { allowHosts: ['127.0.0.1'] }); await server.close();
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { packagePath } from '../../core/paths.js';

export interface FixtureServer {
  url(path: string): string;
  /** How often each path was requested. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { xml: 'application/rss+xml', json: 'application/feed+json', html: 'text/html; charset=utf-8' };

export async function startFixtureServer(routes: Record<string, (req: IncomingMessage, res: ServerResponse, hit: number) => void> = {}): Promise<FixtureServer> {
  const hits = new Map<string, number>();
  let base = '';
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const hit = (hits.get(path) ?? 0) + 1;
    hits.set(path, hit);
    const custom = routes[path];
    if (custom) return custom(req, res, hit);
    const name = path.replace(/^\/(pages\/)?/, '');
    if (!/^[a-z-]+\.(xml|json|html)$/.test(name)) {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      const body = readFileSync(packagePath('src', 'ingest', 'testdata', 'feeds', name), 'utf8').replaceAll('http://127.0.0.1/', `${base}/`);
      res.writeHead(200, { 'content-type': TYPES[name.split('.').pop()!]! }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path) => base + path,
    hits,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
