/**
 * Browser scenarios both browser tests run (on the examples and on the real-news ledger): the page race
 * (network opened while the board is still loading), the map (a place opens its article), finding an actor by
 * name, and paging (timeline, board columns). Each asserts what a user would see and saves a screenshot.
 *
 *   await raceBoardThenNetwork(browser, server.url, 'real');
 */
import assert from 'node:assert/strict';
import type { Browser } from './browser-harness.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The board answers late (held 2.5 s); the user clicks Network meanwhile: the network appears and stays. */
export async function raceBoardThenNetwork(b: Browser, base: string, prefix: string, asOf: string): Promise<void> {
  const { page } = b;
  let held = 0;
  await page.route('**/api/commitments/board*', async (route) => { held++; await sleep(2500); await route.continue().catch(() => undefined); });
  try {
    await page.goto('about:blank');
    await page.goto(`${base}/#/commitments?asOf=${asOf}`);
    await page.waitForSelector('.page[data-page="commitments"] .loading');
    await page.click('#nav a[href="#/network"]');
    await page.waitForSelector('body[data-ready="network"]');
    // Past the moment the board's answer would have arrived.
    await sleep(3500);
    assert.ok(held >= 1, 'the board was requested');
    assert.equal(await page.locator('#nav a.active').textContent(), 'Network');
    assert.equal(await page.locator('main h1').first().textContent(), 'Network');
    assert.equal(await page.locator('.board, .commitment-card').count(), 0, 'nothing of the board drawn on the network page');
    assert.ok(await page.locator('#network-graph canvas').count() > 0, 'the network is drawn');
    assert.equal(await page.getAttribute('body', 'data-ready'), 'network');
    await b.shot(`${prefix}-race-network-after-board`);
  } finally {
    await page.unroute('**/api/commitments/board*');
  }
  b.problems.splice(0);
}

/** The map draws located events; a single place opens the article of its latest event with the event in focus. */
export async function mapOpensArticle(b: Browser, base: string, prefix: string, hash = '#/map'): Promise<void> {
  await b.open(base, hash, 'map', `${prefix}-map`);
  const points = JSON.parse((await b.page.getAttribute('#event-map', 'data-points'))!) as { x: number; y: number; places: number; count: number; name: string }[];
  assert.ok(points.length > 0, 'points drawn');
  assert.ok(await b.page.locator('#place-table tbody tr').count() > 0, 'places listed');
  const box = (await b.page.locator('#event-map').boundingBox())!;
  // A place on its own, inside the map and the first screen, as far as possible from any other bubble.
  const apart = (p: { x: number; y: number }) => Math.min(...points.filter((o) => o !== p).map((o) => Math.hypot(o.x - p.x, o.y - p.y)), Infinity);
  const single = points.filter((p) => p.places === 1 && p.x > 20 && p.y > 20 && p.x < box.width - 20 && p.y < Math.min(box.height, 900 - 80) - 20)
    .sort((a, c) => apart(c) - apart(a))[0];
  assert.ok(single, 'a place on its own is on screen');
  await b.clickAndWait('#event-map', single, 'article');
  assert.match(b.page.url(), /#\/article\/.+\?focus=/);
  await b.page.waitForSelector('.hl.focused');
  await b.shot(`${prefix}-map-place-opened`);
  assert.deepEqual(b.problems.splice(0), []);
}

/** Typing a name in the top bar offers the actor with its name and code; Enter opens its page. */
export async function searchFindsActor(b: Browser, base: string, prefix: string, typed: string, title: string): Promise<void> {
  await b.open(base, '#/', 'overview');
  await b.page.fill('#actor-search', typed);
  await b.page.waitForSelector('#actor-hits li[data-code]');
  const first = await b.page.locator('#actor-hits li[data-code] strong').first().textContent();
  assert.equal(first, title);
  await b.shot(`${prefix}-search`);
  const before = await b.page.getAttribute('body', 'data-render');
  await b.page.press('#actor-search', 'Enter');
  await b.page.waitForFunction((r) => document.body.dataset.render !== r && document.body.dataset.ready === 'actor', before);
  assert.equal(await b.page.locator('main h1').first().textContent(), title);
  assert.deepEqual(b.problems.splice(0), []);
}

/** The timeline pages 50 at a time ("Load 50 more"), and says how many events match. */
export async function timelinePaging(b: Browser, base: string): Promise<void> {
  await b.open(base, '#/timeline', 'timeline');
  assert.match(await b.page.locator('#timeline-summary').textContent() ?? '', /\d+ events? match/);
  const rows = b.page.locator('#timeline-list .event-row');
  const first = await rows.count();
  assert.ok(first > 0 && first <= 50);
  const more = b.page.locator('button.more');
  if (await more.count()) {
    await more.click();
    await b.page.waitForFunction((n) => document.querySelectorAll('#timeline-list .event-row').length > n, first);
    assert.ok(await rows.count() > first && await rows.count() <= 100);
  } else {
    assert.match(await b.page.locator('.list-status').textContent() ?? '', /End of the timeline/);
  }
}

/** A board column shows its first cards and its size; "Show 12 more" adds the next page of that column. */
export async function boardPaging(b: Browser, base: string, prefix: string, asOf: string): Promise<void> {
  await b.open(base, `#/commitments?asOf=${asOf}`, 'commitments', `${prefix}-commitments`);
  const columns = b.page.locator('.board .column');
  assert.equal(await columns.count(), 4);
  for (let i = 0; i < 4; i++) {
    const col = columns.nth(i);
    const count = Number(await col.locator('h2 .count').textContent());
    const cards = await col.locator('.commitment-card').count();
    assert.equal(cards, Math.min(count, 12), 'a column shows its first 12 cards and counts them all');
    if (count > 12) {
      await col.locator('button.more').click();
      await b.page.waitForFunction(([idx, n]) => document.querySelectorAll('.board .column')[idx]!.querySelectorAll('.commitment-card').length > n, [i, cards] as const);
      assert.equal(await col.locator('.commitment-card').count(), Math.min(count, 24));
      await b.shot(`${prefix}-commitments-more`);
    }
  }
  assert.deepEqual(b.problems.splice(0), []);
}
