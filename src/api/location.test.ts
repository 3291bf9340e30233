/**
 * Event locations over real HTTP (127.0.0.1, random port, a fresh SQLite ledger): an article coded by the
 * pipeline and stored, then listed with `location` and filtered by the location's country; a bad country is a
 * 400 with a hint; OpenAPI documents the field and the filter.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createDocument } from '../core/document.js';
import { defaultPipeline } from '../pipeline/index.js';
import { openStore } from '../store/index.js';
import type { ApiErrorBody, EventItem, Page } from './contract.js';
import { startServer, type RunningServer } from './server.js';

const TEXT = 'Russian forces shelled villages in the Kharkiv region on Tuesday. Burundian police detained activists in Gitega province on Sunday.';

describe('event location through the REST API', () => {
  let s: RunningServer;
  let dir: string;
  const get = async <T>(path: string, status = 200): Promise<T> => {
    const res = await fetch(s.url + path);
    const body = (await res.json()) as T;
    assert.equal(res.status, status, `${path}: ${JSON.stringify(body).slice(0, 300)}`);
    return body;
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-api-location-'));
    s = await startServer({ store: await openStore(join(dir, 'ledger.db')), port: 0, host: '127.0.0.1' });
    const doc = defaultPipeline().run(createDocument({ text: TEXT, published: '2025-03-20', source: { kind: 'text', uri: 'test' } }));
    await s.store.saveDocuments([doc]);
  });

  after(async () => {
    await s?.close();
    await s?.store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists events with their location and filters by its country', async () => {
    const all = await get<Page<EventItem>>('/api/events');
    const assault = all.items.find((e) => e.type === 'ASSAULT');
    assert.deepEqual([assault?.location?.name, assault?.location?.country, assault?.location?.precision], ['Kharkiv Oblast', 'UKR', 'admin1']);
    assert.ok(assault?.location?.lat !== undefined);
    const bdi = await get<Page<EventItem>>('/api/events?country=bdi');
    assert.deepEqual(bdi.items.map((e) => [e.type, e.location?.name]), [['COERCE', 'Gitega Province']]);
    const one = await get<EventItem>(`/api/events/${encodeURIComponent(assault!.uid)}`);
    assert.equal(one.location?.admin1Code, 'UA.07');
  });

  it('refuses a country that is not an ISO3 code, with a hint', async () => {
    const err = await get<ApiErrorBody>('/api/events?country=Ukraine', 400);
    assert.match(err.error.hint, /alpha-3/);
  });

  it('documents location and the country filter in OpenAPI', async () => {
    const doc = await get<{ paths: Record<string, { get: { parameters: { name: string }[] } }>; components: { schemas: Record<string, { properties: Record<string, unknown> }> } }>('/openapi.json');
    assert.ok(doc.paths['/api/events']!.get.parameters.some((p) => p.name === 'country'));
    assert.ok(doc.components.schemas.Event!.properties.location);
    assert.deepEqual(Object.keys(doc.components.schemas.EventLocation!.properties).sort(), ['admin1', 'admin1Code', 'country', 'geonameId', 'lat', 'lon', 'name', 'precision']);
  });
});
