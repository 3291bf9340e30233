/**
 * API tests over real HTTP on 127.0.0.1 (random port) against a temp SQLite ledger of the bundled examples.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createToken } from '../services/tokens.service.js';
import type { ActorProfile, ApiErrorBody, ArticleView, CheckResult, CommitmentBoard, DyadSeries, EventItem, IngestResult, NetworkGraph, Overview, Page } from './contract.js';
import { startServer } from './server.js';
import { exampleServer } from './test-ledger.js';

type Server = Awaited<ReturnType<typeof exampleServer>>;

async function get<T>(s: Server, path: string, status = 200): Promise<T> {
  const res = await fetch(s.url + path);
  const body = (await res.json()) as T;
  assert.equal(res.status, status, `${path}: ${JSON.stringify(body).slice(0, 300)}`);
  return body;
}

async function post<T>(s: Server, path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: T; headers: Headers }> {
  const res = await fetch(s.url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as T, headers: res.headers };
}

function assertError(body: unknown, code: string): void {
  const e = (body as ApiErrorBody).error;
  assert.equal(e.code, code);
  assert.ok(e.message.length > 0 && e.hint.length > 0, 'message and hint are given');
}

async function allEvents(s: Server, query = ''): Promise<EventItem[]> {
  const out: EventItem[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<EventItem> = await get(s, `/api/events?limit=500${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

describe('REST API over HTTP', () => {
  let s: Server;
  before(async () => { s = await exampleServer(); });
  after(async () => { await s?.close(); });

  it('serves an OpenAPI 3.1 document whose read endpoints all answer', async () => {
    const doc = await get<{ openapi: string; paths: Record<string, Record<string, { parameters?: { name: string; in: string; required?: boolean }[] }>> }>(s, '/openapi.json');
    assert.equal(doc.openapi, '3.1.0');
    const samples: Record<string, string> = { a: 'USA', b: 'RUS', id: '', uid: '', code: 'RUS' };
    let checked = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!ops.get || path.includes('{')) continue;
      const required = (ops.get.parameters ?? []).filter((p) => p.required && p.in === 'query').map((p) => `${p.name}=${samples[p.name]}`).join('&');
      const res = await fetch(`${s.url}${path}${required ? `?${required}` : ''}`);
      assert.equal(res.status, 200, path);
      await res.arrayBuffer();
      checked++;
    }
    assert.ok(checked >= 10, `checked ${checked} endpoints`);
  });

  it('lists events newest first with filters and cursor pages that do not overlap', async () => {
    const all = await allEvents(s);
    assert.ok(all.length >= 10, 'the examples produce events');
    const days = all.map((e) => e.date ?? e.published ?? '');
    assert.deepEqual(days, [...days].sort().reverse(), 'newest first');
    const first: Page<EventItem> = await get(s, '/api/events?limit=3');
    assert.equal(first.items.length, 3);
    assert.ok(first.nextCursor);
    const second: Page<EventItem> = await get(s, `/api/events?limit=3&cursor=${encodeURIComponent(first.nextCursor!)}`);
    assert.deepEqual(second.items.map((e) => e.uid), all.slice(3, 6).map((e) => e.uid));
    const rus = await allEvents(s, '&actor=rus');
    assert.ok(rus.length > 0 && rus.length < all.length);
    assert.ok(rus.every((e) => e.actor[0]?.code === 'RUS'));
    assert.deepEqual(rus.map((e) => e.uid), all.filter((e) => e.actor[0]?.code === 'RUS').map((e) => e.uid));
    const assaults = await allEvents(s, '&cameoRoot=19');
    assert.ok(assaults.every((e) => e.cameo.startsWith('19')));
    const march = await allEvents(s, '&from=2025-03-01&to=2025-03-31');
    assert.ok(march.length > 0 && march.every((e) => (e.date ?? e.published)!.startsWith('2025-03')));
    const word = await allEvents(s, '&q=ENERGY');
    assert.ok(word.length > 0 && word.every((e) => /energy/i.test(e.evidenceText)));
    const one = await get<EventItem>(s, `/api/events/${encodeURIComponent(all[0]!.uid)}`);
    assert.equal(one.uid, all[0]!.uid);
  });

  it('rejects bad parameters with one error shape', async () => {
    assertError(await get(s, '/api/events?from=March', 400), 'PARLEY_E_BAD_REQUEST');
    assertError(await get(s, '/api/events?limit=100000', 400), 'PARLEY_E_BAD_REQUEST');
    assertError(await get(s, '/api/events?cursor=nonsense', 400), 'PARLEY_E_BAD_REQUEST');
    const bogus = (await get(s, '/api/events?type=BOGUS', 400)) as ApiErrorBody;
    assertError(bogus, 'PARLEY_E_BAD_REQUEST');
    assert.match(bogus.error.message, /"type".*BOGUS/);
    assert.match(bogus.error.hint, /ASSAULT/, 'the hint names the allowed types');
    assert.equal((await get<Page<EventItem>>(s, '/api/events?type=assault&limit=1')).items[0]?.type, 'ASSAULT', 'types are case-insensitive');
    for (const bad of ['cameoRoot=21', 'cameoRoot=x4', 'from=2025-02-30', 'to=2025-13-01', 'from=2025-04-01&to=2025-03-01', 'actor=U', 'typo=ASSAULT']) {
      const body = (await get(s, `/api/events?${bad}`, 400)) as ApiErrorBody;
      assertError(body, 'PARLEY_E_BAD_REQUEST');
      assert.notEqual(body.error.hint, 'see /openapi.json for the parameters, their formats and limits', `${bad}: a hint about this parameter, not the generic one`);
    }
    assert.match(((await get(s, '/api/events?from=2025-04-01&to=2025-03-01', 400)) as ApiErrorBody).error.message, /"from": must not be after to/);
    for (const path of ['/api/network', '/api/overview', '/api/documents', '/api/clusters', '/api/dyads?a=RUS&b=UKR', '/api/export?format=csv']) {
      const sep = path.includes('?') ? '&' : '?';
      assert.match(((await get(s, `${path}${sep}from=2025-12-31&to=2025-01-01`, 400)) as ApiErrorBody).error.message, /must not be after to/, path);
    }
    assert.match(((await get(s, '/api/events?typo=ASSAULT', 400)) as ApiErrorBody).error.message, /unknown query parameter "typo"/);
    assert.match(((await get(s, '/api/events?cameoRoot=21', 400)) as ApiErrorBody).error.hint, /01 to 20/);
    assertError(await get(s, '/api/dyads?a=USA', 400), 'PARLEY_E_BAD_REQUEST');
    assertError(await get(s, '/api/documents/sha256:nope', 404), 'PARLEY_E_NOT_FOUND');
    assertError(await get(s, '/api/nothing-here', 404), 'PARLEY_E_NOT_FOUND');
  });

  it('returns a document with its text and span layers that point into the text', async () => {
    const [e] = (await get<Page<EventItem>>(s, '/api/events?limit=1')).items;
    const a = await get<ArticleView>(s, `/api/documents/${encodeURIComponent(e!.documentId!)}`);
    assert.equal(a.document.id, e!.documentId);
    assert.ok(a.events.some((x) => x.id === e!.id));
    for (const x of [...a.actors, ...a.times]) assert.equal(a.text.slice(x.start, x.end), x.text);
    for (const x of a.claims) assert.equal(a.text.slice(x.span.start, x.span.end), x.text);
    const ev = a.events.find((x) => x.id === e!.id)!;
    assert.equal(a.text.slice(ev.evidence.start, ev.evidence.end), e!.evidenceText);
  });

  it('dyad series, network and actor profile agree with the event list', async () => {
    const dated = (await allEvents(s)).filter((e) => e.date ?? e.published);
    const between = dated.filter((e) => {
      const pair = [e.actor[0]?.code, e.recipient[0]?.code].sort().join('-');
      return pair === 'RUS-USA';
    });
    const dyad = await get<DyadSeries>(s, '/api/dyads?a=USA&b=RUS&interval=month');
    assert.equal(dyad.points.reduce((n, p) => n + p.count, 0), between.length);
    assert.equal(Math.round(dyad.points.reduce((n, p) => n + p.goldstein, 0) * 10), Math.round(between.reduce((n, e) => n + e.goldstein, 0) * 10));
    for (const p of dyad.points) assert.equal(p.count, p.cooperation + p.conflict);
    const week = await get<DyadSeries>(s, '/api/dyads?a=USA&b=RUS&interval=week');
    for (const p of week.points) assert.equal(new Date(`${p.period}T00:00:00Z`).getUTCDay(), 1, 'weeks start on Monday');

    const net = await get<NetworkGraph>(s, '/api/network');
    const rusUkr = dated.filter((e) => e.actor[0]?.code === 'RUS' && e.recipient[0]?.code === 'UKR').length;
    const edge = net.edges.find((x) => x.source === 'RUS' && x.target === 'UKR');
    assert.equal(edge?.count ?? 0, rusUkr);
    assert.ok(net.edges.every((x) => net.nodes.some((n) => n.id === x.source) && net.nodes.some((n) => n.id === x.target)));
    const early = await get<NetworkGraph>(s, '/api/network?from=2025-01-01&to=2025-02-28');
    assert.ok(early.edges.reduce((n, x) => n + x.count, 0) < net.edges.reduce((n, x) => n + x.count, 0), 'a window narrows the network');

    const rus = await get<ActorProfile>(s, '/api/actors/RUS');
    const involving = (await allEvents(s)).filter((e) => e.actor[0]?.code === 'RUS' || e.recipient[0]?.code === 'RUS');
    assert.equal(rus.eventCount, involving.length);
    assert.ok(rus.counterparts.some((c) => c.code === 'UKR'));
    assert.ok(rus.series.length > 0 && rus.topTypes.length > 0);
  });

  it('overview counts match the ledger', async () => {
    const o = await get<Overview>(s, '/api/overview?interval=month');
    const counts = await s.store.counts();
    assert.equal(o.counts.documents, counts.documents);
    assert.equal(o.counts.events, counts.events);
    assert.equal(o.trend.reduce((n, p) => n + p.count, 0), (await allEvents(s)).filter((e) => e.date ?? e.published).length);
    assert.ok(o.latestEvents.length > 0);
  });

  it('commitments board groups by status as of a date', async () => {
    const early = await get<CommitmentBoard>(s, '/api/commitments/board?asOf=2025-03-20');
    const late = await get<CommitmentBoard>(s, '/api/commitments/board?asOf=2025-06-01');
    const n = (b: CommitmentBoard) => b.inForce.length + b.expiringSoon.length + b.expired.length + b.violated.length + b.other.length;
    assert.ok(n(early) > 0, 'commitments known on 2025-03-20');
    assert.ok(n(late) >= n(early), 'later dates know at least as much');
    assert.ok(late.expired.length + late.violated.length > early.expired.length, 'the 30-day pledge has run out by June');
    for (const c of [...early.inForce, ...early.expiringSoon]) assert.ok(!c.ends || c.ends > '2025-03-20');
    const parties = [late.inForce, late.expiringSoon, late.expired, late.violated, late.other].flat().flatMap((c) => [...c.by, ...c.to]);
    const countries = parties.filter((p) => /^[A-Z]{3}$/.test(p.code) && p.code !== 'UNK');
    assert.ok(countries.length > 0 && countries.every((p) => p.name), `every country party has a name: ${JSON.stringify(countries.filter((p) => !p.name))}`);
    assertError(await get(s, '/api/commitments/board?asOf=tomorrow', 400), 'PARLEY_E_BAD_REQUEST');
  });

  it('checks pasted text without storing it', async () => {
    const before = await s.store.counts();
    const r = await post<CheckResult>(s, '/api/check', { text: 'Former U.S. President Donald Trump spoke with Vladimir Putin on Tuesday.', date: '2025-03-19' });
    assert.equal(r.status, 200);
    assert.equal(r.body.summary.contradicted + r.body.summary.supported + r.body.summary.unverified, r.body.article.claims.length);
    assert.ok(r.body.article.claims.length > 0, 'the role claim is found');
    assert.deepEqual(await s.store.counts(), before);
    assertError((await post(s, '/api/check', { text: '   ' })).body, 'PARLEY_E_BAD_REQUEST');
    assertError((await post(s, '/api/check', '{"text": ')).body, 'PARLEY_E_INPUT_BAD_JSON');
    const big = await post(s, '/api/check', { text: 'x'.repeat(1_100_000) });
    assert.equal(big.status, 413);
    assertError(big.body, 'PARLEY_E_INPUT_TOO_LARGE');
  });

  it('ingest needs a valid token, adds a document once, and refuses private addresses', async () => {
    const text = 'Turkish officials hosted talks between Russian and Ukrainian delegations in Istanbul on Friday.';
    assertError((await post(s, '/api/ingest', { text })).body, 'PARLEY_E_UNAUTHORIZED');
    assertError((await post(s, '/api/ingest', { text }, { authorization: 'Bearer pt_00000000_' + 'a'.repeat(32) })).body, 'PARLEY_E_UNAUTHORIZED');
    const { token } = await createToken(s.store, 'api-test');
    const auth = { authorization: `Bearer ${token}` };
    const before = (await get<Overview>(s, '/api/overview')).counts.documents;
    const first = await post<IngestResult>(s, '/api/ingest', { text, date: '2025-05-16' }, auth);
    assert.equal(first.status, 200);
    assert.equal(first.body.added, 1);
    assert.equal((await get<Overview>(s, '/api/overview')).counts.documents, before + 1, 'cached aggregates see the new document');
    const again = await post<IngestResult>(s, '/api/ingest', { text, date: '2025-05-16' }, auth);
    assert.deepEqual([again.body.added, again.body.skipped], [0, 1]);
    await get<ArticleView>(s, `/api/documents/${encodeURIComponent(first.body.documentIds[0]!)}`);
    const headed = await post<IngestResult>(s, '/api/ingest', { text: 'Title: Envoys meet\nDate: 2025-05-01\n\nEnvoys of Armenia and Azerbaijan met in Abu Dhabi on Monday.' }, auth);
    const view = await get<ArticleView>(s, `/api/documents/${encodeURIComponent(headed.body.documentIds[0]!)}`);
    assert.deepEqual([view.document.title, view.document.published], ['Envoys meet', '2025-05-01'], 'a Title:/Date: header is read as for files');
    assertError((await post(s, '/api/ingest', { text: 'Talks resumed.\u0000\u0000' }, auth)).body, 'PARLEY_E_INPUT_NOT_TEXT');
    assertError((await post(s, '/api/ingest', { text, url: 'https://example.org' }, auth)).body, 'PARLEY_E_BAD_REQUEST');
    const local = await post(s, '/api/ingest', { url: 'http://127.0.0.1:9/article' }, auth);
    assert.equal(local.status, 400);
    assertError(local.body, 'PARLEY_E_FETCH_FORBIDDEN_ADDRESS');
  });

  it('exports the ledger in the CLI formats', async () => {
    const events = (await allEvents(s, '&actor=RUS')).length;
    const jsonl = await fetch(`${s.url}/api/export?format=jsonl&actor=RUS`);
    assert.match(jsonl.headers.get('content-type') ?? '', /ndjson/);
    const lines = (await jsonl.text()).trim().split('\n');
    assert.equal(lines.length, events);
    assert.ok(lines.every((l) => (JSON.parse(l) as { actor: { code: string }[] }).actor[0]?.code === 'RUS'));
    const csv = await (await fetch(`${s.url}/api/export?format=csv&actor=RUS`)).text();
    assert.ok(csv.startsWith('uid,'), 'a header row');
    assert.equal(csv.match(/\r\n"?sha256:/g)?.length, events, 'one row per event (quoted fields may span lines)');
    const reviews = await fetch(`${s.url}/api/export?format=claimreview`);
    assert.ok(Array.isArray(JSON.parse(await reviews.text())));
    assertError(await get(s, '/api/export?format=csv&what=claims', 400), 'PARLEY_E_BAD_REQUEST');
  });

  it('limits the request rate per client', async () => {
    const tight = await startServer({ store: s.store, port: 0, rateLimits: { read: 3, check: 1, write: 1 } });
    try {
      for (let i = 0; i < 3; i++) assert.equal((await fetch(`${tight.url}/api/health`)).status, 200);
      const res = await fetch(`${tight.url}/api/health`);
      assert.equal(res.status, 429);
      assert.ok(Number(res.headers.get('retry-after')) >= 1);
      assertError(await res.json(), 'PARLEY_E_RATE_LIMITED');
    } finally {
      await tight.close();
    }
  });

  it('serves the dashboard with a strict content security policy', async () => {
    const res = await fetch(`${s.url}/`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const traversal = await fetch(`${s.url}/..%2f..%2fpackage.json`);
    assert.doesNotMatch(await traversal.text(), /"dependencies"/);
  });
});
