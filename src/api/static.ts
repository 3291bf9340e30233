/**
 * Serves the built dashboard (web-dist/) with long caching for hashed assets; unknown paths outside /api get
 * index.html (the dashboard routes with #/…). When the dashboard was not built, a page says how to build it.
 *
 *   app.get('*', dashboard(packagePath('web-dist')))
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Handler } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.woff2': 'font/woff2',
};

const NOT_BUILT = '<!doctype html><meta charset="utf-8"><title>Parley</title><h1>The dashboard is not built</h1>' +
  '<p>Run <code>npm run build</code> in the Parley folder, then restart <code>parley serve</code>. The API answers at <a href="/openapi.json">/openapi.json</a>.</p>';

export function dashboard(root: string): Handler {
  const base = normalize(root + sep);
  return (c) => {
    let rel = '';
    try { rel = decodeURIComponent(new URL(c.req.url).pathname).replace(/^\/+/, ''); } catch { rel = ''; }
    let file = normalize(join(root, rel || 'index.html'));
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) file = join(root, 'index.html');
    if (!existsSync(file)) return c.html(NOT_BUILT, 503);
    const hashed = file.includes(`${sep}assets${sep}`);
    return c.body(readFileSync(file), 200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  };
}
