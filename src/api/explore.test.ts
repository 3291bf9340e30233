/**
 * The endpoints the dashboard pages and filters with, over real HTTP on a temp ledger of the examples (events
 * located by test-places.ts): the board paged and filtered, `limit` on the commitment list, event counts per
 * day that agree with the list, the map's places, actor search by name and code, the network's strongest
 * relations, the overview's handling of future-dated events, and the export of a text filter.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ActorHit, ApiErrorBody, BoardPage, CommitmentPage, EventCounts, EventItem, MapView, NetworkGraph, Overview, Page } from './contract.js';
import { exampleServer } from './test-ledger.js';

type Server = Awaited<ReturnType<typeof exampleServer>>;

async function get<T>(s: Server, path: string, status = 200): Promise<T> {
  const res = await fetch(s.url + path);
  const body = (await res.json()) as T;
  assert.equal(res.status, status, `${path}: ${JSON.stringify(body).slice(0, 300)}`);
  return body;
}

const badRequest = (body: unknown) => assert.equal((body as ApiErrorBody).error.code, 'PARLEY_E_BAD_REQUEST');

async function allEvents(s: Server, query: string): Promise<EventItem[]> {
  const out: EventItem[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<EventItem> = await get(s, `/api/events?limit=500${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

describe('API for paging, filters, the map and search', () => {
  let s: Server;
  before(async () => { s = await exampleServer(); });
  after(async () => { await s?.close(); });

  it('the board answers each column\'s first cards, its size and a cursor to the rest', async () => {
    const whole = await get<BoardPage>(s, '/api/commitments/board?asOf=2025-04-10&limit=200');
    const one = await get<BoardPage>(s, '/api/commitments/board?asOf=2025-04-10&limit=1');
    const total = Object.values(whole.counts).reduce((n, c) => n + c, 0);
    assert.ok(total >= 2, 'the examples hold commitments');
    assert.deepEqual(one.counts, whole.counts, 'the counts do not depend on the page size');
    for (const col of ['inForce', 'expiringSoon', 'expired', 'violated', 'other'] as const) assert.ok(one[col].length <= 1);
    const [status, size] = Object.entries(whole.counts).find(([, n]) => n >= 2)!;
    assert.ok(one.next[status as keyof BoardPage['next']], 'a column with more cards has a next cursor');
    const rest = await get<CommitmentPage>(s, `/api/commitments?asOf=2025-04-10&status=${status}&limit=50&cursor=${one.next[status as keyof BoardPage['next']]}`);
    assert.equal(rest.items.length, size - 1, 'the next page holds the rest of the column');
    assert.equal(rest.total, size);
  });

  it('filters the board by party, kind and window', async () => {
    const all = await get<CommitmentPage>(s, '/api/commitments?asOf=2025-06-01&limit=500');
    const party = all.items.flatMap((c) => c.by.map((a) => a.code))[0]!;
    const byParty = await get<CommitmentPage>(s, `/api/commitments?asOf=2025-06-01&party=${party}&limit=500`);
    assert.ok(byParty.total > 0 && byParty.total <= all.total);
    for (const c of byParty.items) assert.ok([...c.by, ...c.to].some((a) => a.code === party), `${c.id} involves ${party}`);
    const kind = all.items[0]!.kind;
    for (const c of (await get<CommitmentPage>(s, `/api/commitments?asOf=2025-06-01&kind=${kind}&limit=500`)).items) assert.equal(c.kind, kind);
    const windowed = await get<CommitmentPage>(s, '/api/commitments?asOf=2025-06-01&from=2025-03-01&until=2025-03-31&limit=500');
    for (const c of windowed.items) assert.ok((c.ends ?? c.starts)! >= '2025-03-01' && (c.starts ?? c.ends)! <= '2025-03-31', `${c.id} overlaps March`);
    badRequest(await get(s, '/api/commitments?status=pending', 400));
    badRequest(await get(s, '/api/commitments?cursor=abc', 400));
    badRequest(await get(s, '/api/commitments/board?from=2025-04-01&until=2025-03-01', 400));
  });

  it('honours limit on the commitment list', async () => {
    const page = await get<CommitmentPage>(s, '/api/commitments?asOf=2025-06-01&limit=1');
    assert.equal(page.items.length, 1);
    assert.ok(page.total > 1 && page.nextCursor);
    const next = await get<CommitmentPage>(s, `/api/commitments?asOf=2025-06-01&limit=1&cursor=${page.nextCursor}`);
    assert.notEqual(next.items[0]!.id, page.items[0]!.id);
  });

  it('counts the events a filter matches, per day, as the list has them', async () => {
    for (const q of ['', '&actor=RUS', '&type=ASSAULT', '&q=ceasefire']) {
      const counts = await get<EventCounts>(s, `/api/events/counts?${q.slice(1)}`);
      const list = await allEvents(s, q);
      assert.equal(counts.total, list.length, `total for "${q}"`);
      assert.equal(counts.days.reduce((n, d) => n + d.count, 0) + counts.undated, list.length);
      assert.deepEqual(counts.days.map((d) => d.day), [...counts.days.map((d) => d.day)].sort(), 'days ascending');
    }
    badRequest(await get(s, '/api/events/counts?limit=5', 400));
  });

  it('places the located events on the map, filtered like the timeline', async () => {
    const map = await get<MapView>(s, '/api/map');
    assert.ok(map.places.length > 0, 'the examples name places');
    assert.equal(map.places.reduce((n, p) => n + p.count, 0), map.read);
    for (const p of map.places) {
      assert.ok(Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180 && p.name);
      assert.equal(p.cooperation + p.conflict, p.count);
      assert.ok(p.latest.documentId && p.latest.eventId);
    }
    const kyiv = map.places.find((p) => p.name === 'Kyiv');
    assert.ok(kyiv, 'Kyiv is on the map');
    const event = await get<EventItem>(s, `/api/events/${encodeURIComponent(`${kyiv.latest.documentId}#${kyiv.latest.eventId}`)}`);
    assert.equal(event.location?.name, 'Kyiv', 'the place\'s latest event carries its location');
    const rus = await get<MapView>(s, '/api/map?actor=RUS');
    assert.ok(rus.read < map.read, 'a filter narrows the map');
    // A window or one filter reads every located event (the rollup); other filters read the newest `limit`.
    assert.equal((await get<MapView>(s, '/api/map?limit=1')).read, map.read);
    const both = await get<MapView>(s, '/api/map?actor=RUS&recipient=UKR');
    assert.ok(both.read > 0 && both.read <= rus.read && !both.capped);
    assert.ok((await get<MapView>(s, '/api/map?actor=RUS&recipient=UKR&limit=1')).capped);
  });

  it('finds actors by name, spelling, person or code', async () => {
    const find = async (q: string) => (await get<{ items: ActorHit[] }>(s, `/api/actors?q=${encodeURIComponent(q)}`)).items;
    assert.deepEqual((await find('russ'))[0], { ...(await find('russ'))[0]!, code: 'RUS', name: 'Russia', kind: 'country' });
    assert.equal((await find('RUS'))[0]!.code, 'RUS');
    assert.equal((await find('ukrainian'))[0]!.code, 'UKR', 'a demonym');
    assert.equal((await find('nato'))[0]!.code, 'NATO');
    assert.ok((await find('russ'))[0]!.events > 0, 'with its events in the ledger');
    assert.equal((await find('qqqqzz')).length, 0);
    badRequest(await get(s, '/api/actors?q=', 400));
  });

  it('keeps only the strongest relations of the network, nodes named', async () => {
    const all = await get<NetworkGraph>(s, '/api/network');
    const top = await get<NetworkGraph>(s, '/api/network?limit=2');
    assert.equal(top.edges.length, Math.min(2, all.edges.length));
    assert.equal(top.totalEdges, all.edges.length);
    const weakest = Math.min(...top.edges.map((e) => e.count));
    assert.ok(all.edges.filter((e) => e.count > weakest).length <= 2, 'no left-out relation is stronger');
    assert.equal(top.nodes.find((n) => n.id === 'RUS')?.name ?? 'Russia', 'Russia');
  });

  it('leaves future-dated events out of the latest events and the trend, and counts them', async () => {
    const o = await get<Overview>(s, '/api/overview?interval=day');
    assert.ok(o.today.length === 10 && o.future >= 0);
    for (const e of o.latestEvents) assert.ok((e.date ?? e.published ?? '') <= o.today);
    for (const p of o.trend) assert.ok(p.period <= o.today);
    for (const e of o.latestEvents) assert.ok(!e.published || (e.date ?? e.published) <= e.published, `${e.uid} is not a forecast`);
    const all = await allEvents(s, '');
    const past = await allEvents(s, '&pastOnly=true');
    const ahead = all.filter((e) => e.published && (e.date ?? e.published) > e.published);
    assert.equal(past.length, all.length - ahead.length, 'pastOnly leaves out exactly the events dated after their report');
    badRequest(await get(s, '/api/events?pastOnly=yes', 400));
  });

  it('exports the timeline filter, words included', async () => {
    const jsonl = await (await fetch(`${s.url}/api/export?format=jsonl&q=ceasefire`)).text();
    const expected = await allEvents(s, '&q=ceasefire');
    assert.ok(expected.length > 0);
    assert.equal(jsonl.trim().split('\n').length, expected.length);
  });
});
