/**
 * The dashboard at real volume: Chromium (1440×900) on a ledger of the first 1,000 articles of the real
 * development news (real-ledger.ts, built once per run, its events located for the map). Every page draws
 * with its data and without errors; the board answering late never draws over the network; the map opens an
 * article; an actor is found by name; lists page; no first page of an API answer is over 500 KB. Measured and
 * printed (not asserted, the machine is shared): the first paint of each page with its data (the first frame
 * with some of it, and the page complete with its charts), and p50/p95 and
 * size of every API call the pages make (test-artifacts/real-ledger-metrics.json).
 * Skips with a message when ../shared or Chromium is absent.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { packagePath } from '../core/paths.js';
import { browserSkip, launchBrowser, type Browser, type Paint } from './browser-harness.js';
import { boardPaging, mapOpensArticle, raceBoardThenNetwork, searchFindsActor, timelinePaging } from './browser-scenarios.js';
import type { ClaimItem, Page as ApiPage } from './contract.js';
import { REAL_ARTICLES, REAL_NEWS_MISSING, realNewsLedger } from './real-ledger.js';
import { startServer, type RunningServer } from './server.js';

const ledger = realNewsLedger();
const skip = browserSkip || (ledger ? false : REAL_NEWS_MISSING);
/** The real slice is mostly February-June 2022. */
const AS_OF = '2022-04-01';
const MAX_FIRST_PAGE_BYTES = 500 * 1024;

describe(`dashboard on ${REAL_ARTICLES} real news articles`, { skip, timeout: 1_200_000 }, () => {
  let server: RunningServer;
  let b: Browser;
  const paints: Record<string, Paint> = {};

  before(async () => {
    const l = (await ledger)!;
    console.log(`real-news ledger: ${REAL_ARTICLES} articles analysed and stored in ${l.seconds.toFixed(1)} s`, JSON.stringify(await l.store.counts()));
    server = await startServer({ store: l.store, port: 0, host: '127.0.0.1', rateLimits: { read: 1e9, check: 1e9, write: 1e9 } });
    b = await launchBrowser();
  });

  after(async () => {
    await b?.close();
    await server?.close();
    await (await ledger)?.store.close();
    if (Object.keys(paints).length) {
      console.log('first paint with data (ms): first frame with data / page complete, charts included');
      console.table(Object.entries(paints).map(([page, p]) => ({ page, data: p.dataMs, complete: p.paintMs })));
    }
  });

  it('every page draws with its data, without errors', async () => {
    const claims = async (q: string) => ((await (await fetch(`${server.url}/api/claims?${q}limit=1`)).json()) as ApiPage<ClaimItem>).items[0]?.documentId;
    const article = (await claims('verdict=contradicted&')) ?? (await claims(''));
    const pages: [string, string, string][] = [
      ['#/', 'overview', 'real-01-overview'], ['#/timeline', 'timeline', 'real-02-timeline'], ['#/map', 'map', 'real-03-map'],
      ['#/network', 'network', 'real-04-network'], [`#/commitments?asOf=${AS_OF}`, 'commitments', 'real-05-commitments'],
      ['#/actor/RUS', 'actor', 'real-06-actor'], ['#/timeline?actor=RUS&type=ASSAULT', 'timeline', 'real-07-timeline-filtered'],
      ['#/check', 'check', 'real-09-check'],
    ];
    if (article) pages.push([`#/article/${encodeURIComponent(article)}`, 'article', 'real-08-article']);
    const key = (hash: string) => hash.replace(/\?.*/, '').replace(/(article\/).*/, '$1…');
    for (const [hash, ready, shot] of pages) paints[`load ${key(hash)}`] = await b.open(server.url, hash, ready, shot);
    // Moving between pages inside the dashboard (the code is loaded): the page with its data.
    for (const [hash, ready] of pages) paints[`navigate ${key(hash)}`] = await b.navigate(hash, ready);
    // The overview: a time axis that opens on the dense months, not 1918-2026; the left-out events in one line.
    await b.open(server.url, '#/', 'overview');
    assert.ok(await b.page.locator('#trend-chart canvas').count() > 0, 'trend drawn');
    const leftOut = (await b.page.locator('#outside-trend summary').textContent()) ?? '';
    assert.ok(leftOut.length > 0 && leftOut.length < 250 && !leftOut.includes('\n'), `what the chart leaves out, in one line: ${leftOut}`);
    const latest = await b.page.locator('.events .event-row .when').allTextContents();
    const today = new Date().toISOString().slice(0, 10);
    for (const d of latest) assert.ok(d <= today, `latest events are not future-dated: ${d}`);
    if (article) {
      // The article view: paragraphs, and the claims panel within the first screen.
      await b.open(server.url, `#/article/${encodeURIComponent(article)}`, 'article');
      assert.ok(await b.page.locator('#article-text .para-break').count() > 0, 'the text is in paragraphs');
      const claimsBox = await b.page.locator('.records .claims-list').boundingBox();
      assert.ok(claimsBox && claimsBox.y < 900, `the claims list starts within the first screen (y=${claimsBox?.y})`);
    }
  });

  it('network: named actors, the strongest relations only, a legend for edges', async () => {
    await b.open(server.url, '#/network', 'network');
    assert.match(await b.page.locator('#network-summary').textContent() ?? '', /The \d+ strongest of \d+ relations/);
    const nodes = JSON.parse((await b.page.getAttribute('#network-graph', 'data-nodes'))!) as { id: string }[];
    const edges = JSON.parse((await b.page.getAttribute('#network-graph', 'data-edges'))!) as unknown[];
    assert.ok(edges.length <= 40 && nodes.length >= 2);
    assert.equal(await b.page.locator('.legend li').count(), 3);
  });

  it('a board that answers late never draws over the network page', async () => {
    await raceBoardThenNetwork(b, server.url, 'real-10', '2022-05-01');
  });

  it('map places the located events; a place opens its article', async () => {
    await mapOpensArticle(b, server.url, 'real-11');
  });

  it('finds an actor by name or by a person it is named as', async () => {
    await searchFindsActor(b, server.url, 'real-12', 'russia', 'Russia (RUS)');
    await searchFindsActor(b, server.url, 'real-13', 'zelensk', 'Ukraine (UKR)');
  });

  it('pages the timeline and the board columns', async () => {
    await timelinePaging(b, server.url);
    await boardPaging(b, server.url, 'real-14', AS_OF);
  });

  it('every API call of the pages answers a small first page; latencies and sizes printed', async () => {
    const today = new Date().toISOString().slice(0, 10);
    // The calls as the pages make them: the timeline and the map up to today, past only, unless filtered by dates.
    const calls: [string, string][] = [
      ['overview (day)', '/api/overview?interval=day'],
      ['overview (week)', '/api/overview?interval=week'],
      ['overview (month)', '/api/overview?interval=month'],
      ['timeline: first page', `/api/events?to=${today}&pastOnly=true&limit=50`],
      ['timeline: actor + type', `/api/events?actor=RUS&type=ASSAULT&to=${today}&pastOnly=true&limit=50`],
      ['timeline: counts', `/api/events/counts?to=${today}&pastOnly=true`],
      ['timeline: counts, actor + type', `/api/events/counts?actor=RUS&type=ASSAULT&to=${today}&pastOnly=true`],
      ['map', `/api/map?limit=2000&pastOnly=true&to=${today}`],
      ['map: actor', `/api/map?actor=RUS&limit=2000&pastOnly=true&to=${today}`],
      ['map: actor + type (newest located)', `/api/map?actor=RUS&type=ASSAULT&limit=2000&pastOnly=true&to=${today}`],
      ['network (40 strongest)', '/api/network?limit=40'],
      ['commitments board', `/api/commitments/board?asOf=${AS_OF}&limit=12`],
      ['commitments board: party', `/api/commitments/board?asOf=${AS_OF}&party=RUS&limit=12`],
      ['commitments: column page', `/api/commitments?asOf=${AS_OF}&status=in-force&limit=12&cursor=oc`],
      ['actor profile (month)', '/api/actors/RUS?interval=month'],
      ['actor profile (week)', '/api/actors/RUS?interval=week'],
      ['actor profile (day)', '/api/actors/RUS?interval=day'],
      ['actor search', '/api/actors?q=russ&limit=8'],
      ['article', ''],
    ];
    const docs = await (await fetch(`${server.url}/api/documents?limit=1`)).json() as ApiPage<{ id: string }>;
    calls[calls.length - 1]![1] = `/api/documents/${encodeURIComponent(docs.items[0]!.id)}`;
    // The board's one computation per as-of date, cold (a fresh date), then every filter and page reuses it.
    const t0 = performance.now();
    await (await fetch(`${server.url}/api/commitments/board?asOf=2022-03-15`)).arrayBuffer();
    const boardCold = performance.now() - t0;
    const rows: { call: string; p50: number; p95: number; bytes: number }[] = [];
    for (const [name, url] of calls) {
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < 20; i++) {
        const s = performance.now();
        const res = await fetch(server.url + url);
        const body = await res.arrayBuffer();
        times.push(performance.now() - s);
        assert.equal(res.status, 200, url);
        bytes = body.byteLength;
      }
      times.sort((x, y) => x - y);
      rows.push({ call: name, p50: round(times[9]!), p95: round(times[18]!), bytes });
      assert.ok(bytes < MAX_FIRST_PAGE_BYTES, `${url}: ${bytes} bytes`);
    }
    console.log(`board computed cold for a new as-of date: ${boardCold.toFixed(0)} ms`);
    console.table(rows);
    writeFileSync(packagePath('test-artifacts', 'real-ledger-metrics.json'), JSON.stringify({ boardColdMs: round(boardCold), api: rows, firstPaintMs: paints }, null, 2));
  });
});

const round = (x: number) => Math.round(x * 10) / 10;
