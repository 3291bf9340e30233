/**
 * Event date precision over real HTTP (127.0.0.1, random port, a fresh SQLite ledger): an article ingested
 * through the API with "on Tuesday" and "in February" gives a day- and a month-precision event; listings show
 * datePrecision and filter on it; a bad value is a 400 with a hint; the daily trend leaves the month event out
 * and says so; the article view and OpenAPI carry it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openStore } from '../store/index.js';
import { createToken } from '../services/tokens.service.js';
import type { ApiErrorBody, ArticleView, EventItem, IngestResult, Overview, Page } from './contract.js';
import { startServer, type RunningServer } from './server.js';

const TEXT = 'Title: Strikes and talks\nDate: 2025-03-20\n\n'
  + 'Russian forces shelled the city of Kharkiv on Tuesday, Ukrainian officials said. '
  + 'Ukraine and Turkey signed a grain agreement in February, the ministry recalled.';

describe('date precision through the REST API', () => {
  let s: RunningServer;
  let dir: string;
  let documentId: string;
  const get = async <T>(path: string, status = 200): Promise<T> => {
    const res = await fetch(s.url + path);
    const body = (await res.json()) as T;
    assert.equal(res.status, status, `${path}: ${JSON.stringify(body).slice(0, 300)}`);
    return body;
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-api-precision-'));
    // a cold analysis thread on a busy machine can take longer than the default budget; the budget is not tested here
    s = await startServer({ store: await openStore(join(dir, 'ledger.db')), port: 0, host: '127.0.0.1', analysisBudgetMs: 120_000 });
    const { token } = await createToken(s.store, 'precision-test');
    const res = await fetch(`${s.url}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ text: TEXT }) });
    const body = (await res.json()) as IngestResult;
    assert.equal(res.status, 200, JSON.stringify(body));
    documentId = body.documentIds[0]!;
  });
  after(async () => {
    await s?.close();
    await s?.store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists events with datePrecision and filters on it', async () => {
    const all = await get<Page<EventItem>>('/api/events');
    const of = (word: string) => all.items.filter((e) => e.evidenceText.includes(word)).map((e) => [e.date, e.datePrecision]);
    assert.deepEqual(of('shelled'), [['2025-03-18', 'day']]);
    assert.ok(of('grain agreement').length >= 1);
    assert.deepEqual([...new Set(of('grain agreement').map(String))], ['2025-02-01,month']);
    const months = await get<Page<EventItem>>('/api/events?precision=month');
    assert.ok(months.items.length >= 1 && months.items.every((e) => e.datePrecision === 'month' && e.date === '2025-02-01'));
    const days = await get<Page<EventItem>>('/api/events?precision=day');
    assert.ok(days.items.length >= 1 && days.items.every((e) => e.datePrecision === 'day'));
    assert.equal(days.items.length + months.items.length, all.items.length);
    assert.equal((await get<Page<EventItem>>('/api/events?precision=year')).items.length, 0);
    const one = await get<EventItem>(`/api/events/${encodeURIComponent(months.items[0]!.uid)}`);
    assert.equal(one.datePrecision, 'month');
  });

  it('refuses another precision with a hint', async () => {
    for (const bad of ['week', 'MONTH', '']) {
      const body = await get<ApiErrorBody>(`/api/events?precision=${bad}`, 400);
      assert.equal(body.error.code, 'PARLEY_E_BAD_REQUEST');
      assert.match(body.error.message, /precision/);
      assert.match(body.error.hint, /day, month or year/);
    }
  });

  it('keeps the month event out of the daily trend and lists it apart', async () => {
    const daily = await get<Overview>('/api/overview?interval=day&from=2025-02-01&to=2025-03-31');
    assert.equal(daily.trend.find((p) => p.period === '2025-02-01')?.count ?? 0, 0, 'no spike on the 1st');
    assert.ok(daily.trend.some((p) => p.period === '2025-03-18' && p.count >= 1));
    assert.deepEqual(daily.outsideTrend.map((c) => [c.period, c.precision]), [['2025-02', 'month']]);
    assert.ok(daily.outsideTrend[0]!.count >= 1);
    const monthly = await get<Overview>('/api/overview?interval=month');
    assert.ok((monthly.trend.find((p) => p.period === '2025-02')?.count ?? 0) >= 1, 'a monthly trend counts it in its month');
    assert.deepEqual(monthly.outsideTrend, []);
  });

  it('shows precision in the article view, the export and the OpenAPI document', async () => {
    const article = await get<ArticleView>(`/api/documents/${encodeURIComponent(documentId)}`);
    assert.deepEqual([...new Set(article.events.map((e) => e.datePrecision))].sort(), ['day', 'month']);
    assert.ok(article.times.some((t) => t.precision === 'month' && t.date === '2025-02-01'));
    const csv = await (await fetch(`${s.url}/api/export?format=csv&precision=month`)).text();
    const [header, ...rows] = csv.trim().split('\r\n');
    assert.equal(header!.split(',').at(-1), 'date_precision');
    assert.ok(rows.length >= 1 && rows.every((r) => r.endsWith(',month')));
    const doc = await get<{ paths: Record<string, { get: { parameters: { name: string; schema: { enum?: string[] } }[] } }>; components: { schemas: { Event: { properties: Record<string, unknown> } } } }>('/openapi.json');
    assert.deepEqual(doc.paths['/api/events']!.get.parameters.find((p) => p.name === 'precision')?.schema.enum, ['day', 'month', 'year']);
    assert.ok('datePrecision' in doc.components.schemas.Event.properties);
  });
});
