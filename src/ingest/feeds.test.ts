/**
 * Feeds end to end from a local HTTP server (127.0.0.1 on the allow-list): RSS 2.0, Atom and JSON Feed
 * items become documents (a summary-only item's page is fetched, with the feed's date); a broken feed is
 * reported and recorded with back-off, not fatal; a feed answering 503 once is retried and read.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ingestSources } from '../services/ingest.service.js';
import { openStore, type Store } from '../store/index.js';
import { sqliteTestLedger, type TestLedger } from '../store/testing.js';
import { startFixtureServer, type FixtureServer } from './testdata/server.js';

let server: FixtureServer;
let ledger: TestLedger;
let store: Store;
const opts = { allowHosts: ['127.0.0.1'], threads: 1, retryDelayMs: 10 };

before(async () => {
  server = await startFixtureServer({
    '/flaky.json': (_q, res, hit) => {
      if (hit === 1) res.writeHead(503).end('busy');
      else res.writeHead(302, { location: '/pages/flaky.json' }).end();
    },
  });
  ledger = sqliteTestLedger();
  store = await openStore(ledger.url);
});
after(async () => {
  await store.close();
  await ledger.drop();
  await server.close();
});

test('RSS, Atom and JSON feeds are ingested; a broken feed is reported, not fatal', async () => {
  const feeds = ['/rss.xml', '/atom.xml', '/broken.xml', '/flaky.json'].map((p) => server.url(p));
  const s = await ingestSources(store, feeds, opts);
  assert.equal(s.added, 5);
  assert.deepEqual(s.failuresByCode, { PARLEY_E_INPUT_BAD_FEED: 1 });
  assert.equal(server.hits.get('/flaky.json'), 2, 'the 503 was retried');

  const docs = (await store.listDocuments({}, { limit: 10 })).items;
  const port = docs.find((d) => d.title === 'Port reopens after strike')!;
  assert.equal(port.published, '2025-03-19');
  assert.equal(port.publishedProvenance, 'feed');
  assert.equal(server.hits.get('/pages/port.html'), 1, 'the summary-only item fetched its page');
  assert.match((await store.getDocument(port.id))!.text, /dock workers ended with a pay agreement/);
  const atom = docs.find((d) => d.title === 'Border crossing closed after shelling')!;
  assert.equal(atom.source.name, 'Northern Wire');
  assert.equal(atom.publishedConfidence, 0.8);

  const broken = await store.runs.source(server.url('/broken.xml'));
  assert.equal(Number(broken?.error_count), 1);
  assert.equal(broken?.last_error_code, 'PARLEY_E_INPUT_BAD_FEED');
  assert.ok(broken?.next_attempt_at);
  assert.equal(Number((await store.runs.source(server.url('/flaky.json')))?.error_count), 0);
});

test('again: nothing is added and the broken feed waits for its back-off unless forced', async () => {
  const feeds = ['/rss.xml', '/atom.xml', '/broken.xml'].map((p) => server.url(p));
  const s = await ingestSources(store, feeds, opts);
  assert.equal(s.added, 0);
  assert.equal(s.duplicates, 4);
  assert.deepEqual(s.backingOff.map((b) => b.uri), [server.url('/broken.xml')]);
  assert.equal(server.hits.get('/broken.xml'), 1);
  const forced = await ingestSources(store, [server.url('/broken.xml')], { ...opts, force: true });
  assert.equal(forced.failed, 1);
  assert.equal(Number((await store.runs.source(server.url('/broken.xml')))?.error_count), 2);
});

test('without the allow-list the local server is refused', async () => {
  const s = await ingestSources(store, [server.url('/atom.xml')], { ...opts, allowHosts: [] });
  assert.deepEqual(s.failuresByCode, { PARLEY_E_FETCH_FORBIDDEN_ADDRESS: 1 });
});
