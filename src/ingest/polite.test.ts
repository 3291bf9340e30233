/**
 * Polite fetching against a local server: a feed whose summary-only items point at one page fetches it once,
 * and no more than its cap of pages; Retry-After is waited for; the host gate spaces and caps requests;
 * `--allow-host HOST:PORT` allows that port only, so a redirect to another port (or to 2130706433) is refused.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ParleyError } from '../core/errors.js';
import { fetchBounded } from './fetch.js';
import { createHostGate } from './polite.js';
import { fetchWithRetries, readFeedText } from './sources/web.js';
import { startFixtureServer, type FixtureServer } from './testdata/server.js';

let server: FixtureServer;
let other: FixtureServer;
const SUMMARY = 'Dock workers ended their strike.';
const rss = (links: string[]) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${links.map((l, i) => `<item><title>Item ${i}</title><link>${l}</link><description>${SUMMARY} (${i})</description><pubDate>Wed, 19 Mar 2025 06:45:00 GMT</pubDate></item>`).join('')}</channel></rss>`;

before(async () => {
  other = await startFixtureServer();
  server = await startFixtureServer({
    '/busy': (_q, res, hit) => {
      if (hit === 1) res.writeHead(429, { 'retry-after': '1' }).end('slow down');
      else res.writeHead(302, { location: '/port.html' }).end();
    },
    '/to-other-port': (_q, res) => res.writeHead(302, { location: other.url('/port.html') }).end(),
    '/to-decimal': (_q, res) => res.writeHead(302, { location: other.url('/port.html').replace('127.0.0.1', '2130706433') }).end(),
  });
});
after(async () => {
  await server.close();
  await other.close();
});

test('a feed fetches each page once and at most its cap of pages; items past the cap keep their summary', async () => {
  const links = [...Array(30).fill(server.url('/port.html#a')), ...Array.from({ length: 10 }, (_, i) => server.url(`/pages/port.html?${i}`))];
  const items = [];
  for await (const item of readFeedText(rss(links), 'wire.xml', { allowHosts: ['127.0.0.1'], maxPageFetches: 4, gate: createHostGate({ delayMs: 0 }) })) items.push(item);
  const docs = items.filter((i) => i.kind === 'document');
  assert.equal(docs.length, 40);
  assert.equal(server.hits.get('/port.html'), 1, 'one fetch for 30 items that share a URL');
  assert.equal(server.hits.get('/pages/port.html'), 3, 'the cap of 4 page fetches holds');
  const summaries = docs.filter((d) => d.kind === 'document' && d.doc.text.startsWith(SUMMARY));
  assert.equal(summaries.length, 7);
});

test('Retry-After is honoured before the retry', async () => {
  const t = Date.now();
  const res = await fetchWithRetries(server.url('/busy'), { allowHosts: ['127.0.0.1'], retryDelayMs: 10, gate: createHostGate({ delayMs: 0 }) });
  assert.equal(res.status, 200);
  assert.ok(Date.now() - t >= 950, `waited ${Date.now() - t} ms`);
});

test('the host gate spaces request starts and caps requests in flight', async () => {
  const gate = createHostGate({ delayMs: 40, concurrency: 2 });
  const starts: number[] = [];
  let inFlight = 0;
  let most = 0;
  const task = async () => {
    starts.push(Date.now());
    most = Math.max(most, ++inFlight);
    await new Promise((r) => setTimeout(r, 100));
    inFlight--;
  };
  const t = Date.now();
  await Promise.all([1, 2, 3, 4].map(() => gate.run('example.org', task)));
  assert.equal(most, 2);
  for (let i = 1; i < starts.length; i++) assert.ok(starts[i]! - starts[i - 1]! >= 30, `gap ${starts[i]! - starts[i - 1]!}`);
  assert.ok(Date.now() - t >= 200);
});

test('an allow-list entry with a port allows that port only', async () => {
  const port = new URL(server.url('/')).port;
  const allowHosts = [`127.0.0.1:${port}`];
  assert.equal((await fetchBounded(server.url('/port.html'), { allowHosts })).status, 200);
  for (const path of ['/to-other-port', '/to-decimal']) {
    await assert.rejects(fetchBounded(server.url(path), { allowHosts }), (e: ParleyError) => e.code === 'FETCH_FORBIDDEN_ADDRESS', path);
  }
  assert.equal((await fetchBounded(server.url('/to-other-port'), { allowHosts: ['127.0.0.1'] })).status, 200, 'a bare host allows every port');
});
