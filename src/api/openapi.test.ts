/**
 * The OpenAPI document against the app that serves it: every route the app registers under /api is in the
 * document with the schemas of its endpoint contract (path and query parameters, body, answer), nothing is
 * documented that is not registered, and the document has the shape of OpenAPI 3 (paths, operations,
 * components, every $ref resolving).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '../store/index.js';
import { createApp } from './app.js';
import { fieldsOf, jsonSchemaOf, openApiDocument, openApiPath } from './openapi.js';
import { endpoint, specOf } from './route.js';
import { exampleLedger } from './test-ledger.js';

type Json = Record<string, any>;
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** The app's own routes (not middleware, not the catch-alls): "GET /api/events/{uid}" → its handlers' contract. */
function registered(app: Hono): Map<string, ReturnType<typeof specOf>> {
  const out = new Map<string, ReturnType<typeof specOf>>();
  for (const r of app.routes) {
    if (r.method === 'ALL' || !r.path.startsWith('/api/') || r.path.endsWith('*')) continue;
    const key = `${r.method} ${openApiPath(r.path)}`;
    out.set(key, out.get(key) ?? specOf(r.handler));
  }
  return out;
}

function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refs(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

/**
 * Where `value` departs from the JSON Schema `schema` (the subset the document uses: $ref, type, properties,
 * required, items, oneOf/anyOf, enum, additionalProperties), as "path: what" lines; none when it conforms.
 */
function departures(schema: Json, value: unknown, doc: Json, at = '$'): string[] {
  if (schema.$ref) return departures(schema.$ref.split('/').slice(1).reduce((o: Json, k: string) => o[k], doc), value, doc, at);
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) return alternatives.some((s: Json) => !departures(s, value, doc, at).length) ? [] : [`${at}: matches none of ${alternatives.length} alternatives (${JSON.stringify(value)?.slice(0, 80)})`];
  if (schema.enum && !schema.enum.includes(value)) return [`${at}: ${JSON.stringify(value)} not in the enum`];
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  if (schema.type) {
    const ok = schema.type === type || (schema.type === 'integer' && type === 'number' && Number.isInteger(value)) || (schema.type === 'number' && type === 'number');
    if (!ok) return [`${at}: ${type}, documented ${schema.type}`];
  }
  const out: string[] = [];
  if (type === 'array' && schema.items) (value as unknown[]).forEach((v, i) => out.push(...departures(schema.items, v, doc, `${at}[${i}]`)));
  if (type === 'object') {
    const o = value as Json;
    for (const k of schema.required ?? []) if (!(k in o)) out.push(`${at}: no ${k}`);
    for (const [k, v] of Object.entries(o)) {
      if (schema.properties?.[k]) out.push(...departures(schema.properties[k], v, doc, `${at}.${k}`));
      else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') out.push(...departures(schema.additionalProperties, v, doc, `${at}.${k}`));
    }
  }
  return out;
}

describe('the OpenAPI document is generated from the registered routes', () => {
  let ledger: Awaited<ReturnType<typeof exampleLedger>>;
  let store: Store;
  let app: Hono;
  let doc: Json;
  before(async () => {
    ledger = await exampleLedger();
    store = ledger.store;
    app = createApp({ store, cacheAggregates: false });
    const res = await app.request('/openapi.json');
    assert.equal(res.status, 200);
    doc = await res.json() as Json;
  });
  after(async () => {
    await ledger?.drop();
  });

  it('documents every registered /api route, and only those', () => {
    const routes = registered(app);
    assert.ok(routes.size >= 19, `${routes.size} routes`);
    const documented = Object.entries(doc.paths as Json).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    assert.deepEqual([...routes.keys()].filter((k) => !routes.get(k)), [], 'routes registered without an endpoint contract');
    assert.deepEqual([...routes.keys()].sort(), documented.sort());
  });

  it('gives each operation the schemas of its contract: path and query parameters, body, answer', () => {
    for (const [key, spec] of registered(app)) {
      const [method, path] = key.split(' ') as [string, string];
      const op = doc.paths[path][method.toLowerCase()] as Json;
      const params = (op.parameters ?? []) as Json[];
      for (const [where, schema] of [['path', spec!.params], ['query', spec!.query]] as const) {
        const fields = schema ? fieldsOf(schema) : {};
        const json: Json = schema ? jsonSchemaOf(schema) : {};
        const got = params.filter((p) => p.in === where);
        assert.deepEqual(got.map((p) => p.name).sort(), Object.keys(fields).sort(), `${key}: ${where} parameters`);
        for (const p of got) {
          assert.deepEqual(p.schema, json.properties[p.name], `${key}: schema of ${p.name}`);
          assert.equal(p.required, where === 'path' || !fields[p.name]!.isOptional(), `${key}: ${p.name} required`);
        }
      }
      for (const name of path.match(/\{[^}]+\}/g) ?? []) assert.ok(params.some((p) => p.in === 'path' && `{${p.name}}` === name), `${key}: ${name} has a path parameter`);
      if (spec!.body) assert.deepEqual(op.requestBody.content['application/json'].schema, jsonSchemaOf(spec!.body), `${key}: body`);
      else assert.equal(op.requestBody, undefined, `${key}: no body`);
      const ok = op.responses['200'].content as Json;
      if (spec!.response) assert.deepEqual(ok['application/json'].schema, spec!.response, `${key}: answer`);
      else assert.ok(Object.keys(ok).length > 0, `${key}: answer media types`);
      assert.equal(op.summary, spec!.summary);
      if (spec!.auth) assert.deepEqual(op.security, [{ bearer: [] }], `${key}: needs a token`);
    }
  });

  it('carries what the zod schemas check: enums, limits, formats, required parameters', () => {
    const events = doc.paths['/api/events'].get.parameters as Json[];
    const byName = (n: string) => events.find((p) => p.name === n)!;
    assert.ok(byName('type').schema.enum.includes('ASSAULT'));
    assert.deepEqual([byName('limit').schema.minimum, byName('limit').schema.maximum, byName('limit').schema.default], [1, 500, 50]);
    assert.equal(byName('from').schema.format, 'date');
    assert.match(byName('actor').description, /actor code/);
    assert.ok(new RegExp(byName('actor').schema.pattern).test('rus'), 'codes are case-insensitive, as the handler reads them');
    assert.equal(byName('actor').schema.anyOf, undefined, 'an optional parameter is not required, not a union');
    const dyads = doc.paths['/api/dyads'].get.parameters as Json[];
    assert.deepEqual(dyads.filter((p) => p.required).map((p) => p.name).sort(), ['a', 'b']);
    const ingest = doc.paths['/api/ingest'].post.requestBody.content['application/json'].schema as Json;
    assert.equal(ingest.anyOf.length, 3, 'text, url or feed');
  });

  it('has the shape of an OpenAPI 3 document', () => {
    assert.match(doc.openapi, /^3\.\d+\.\d+$/);
    assert.equal(typeof doc.info.title, 'string');
    assert.equal(typeof doc.info.version, 'string');
    assert.ok(Object.keys(doc.paths).length > 0);
    for (const [path, ops] of Object.entries(doc.paths as Json)) {
      assert.match(path, /^\//, path);
      for (const [method, op] of Object.entries(ops as Json)) {
        assert.ok(METHODS.has(method), `${path}: ${method} is an HTTP method`);
        assert.ok(op.responses?.['200'] && op.responses['200'].description, `${method} ${path}: a 200 answer with a description`);
        const names = (op.parameters ?? []).map((p: Json) => `${p.in}:${p.name}`);
        assert.equal(new Set(names).size, names.length, `${method} ${path}: parameters unique`);
        for (const p of op.parameters ?? []) assert.ok(['path', 'query', 'header', 'cookie'].includes(p.in) && p.schema, `${method} ${path}: ${p.name}`);
      }
    }
    for (const r of refs(doc)) {
      const m = /^#\/components\/(schemas|responses|securitySchemes)\/(.+)$/.exec(r);
      assert.ok(m && doc.components[m[1]!]?.[m[2]!], `${r} resolves`);
    }
  });

  it('describes what every read endpoint answers on the example ledger', async () => {
    const json = async (path: string) => {
      const res = await app.request(path);
      assert.equal(res.status, 200, path);
      return res.json() as Promise<Json>;
    };
    const events = await json('/api/events?limit=5');
    const documents = await json('/api/documents?limit=1');
    assert.ok(events.items.length && documents.items.length, 'the example ledger has events and documents');
    const samples: Record<string, string> = {
      '/api/documents/{id}': `/api/documents/${encodeURIComponent(documents.items[0].id)}`,
      '/api/events/{uid}': `/api/events/${encodeURIComponent(events.items[0].uid)}`,
      '/api/actors/{code}': '/api/actors/RUS',
      '/api/dyads': '/api/dyads?a=USA&b=RUS',
      '/api/actors': '/api/actors?q=russ',
    };
    let checked = 0;
    for (const [path, ops] of Object.entries(doc.paths as Json)) {
      const schema = ops.get?.responses['200'].content['application/json']?.schema;
      if (!schema) continue;
      const url = samples[path] ?? path;
      assert.ok(!url.includes('{'), `a sample request for ${path}`);
      assert.deepEqual(departures(schema, await json(url), doc).slice(0, 10), [], `GET ${url} answers as documented`);
      checked++;
    }
    assert.ok(checked >= 16, `${checked} endpoints checked`);
    assert.ok(departures(doc.components.schemas.Event, { ...events.items[0], quad: 'one' }, doc).length > 0, 'a departure is seen');
  });

  it('would name a route registered without a contract', () => {
    const a = new Hono();
    const ep = endpoint({ summary: 'documented', query: z.object({ n: z.string() }) });
    a.get('/api/documented', ep, (c) => c.json({}));
    a.get('/api/plain', (c) => c.json({}));
    const routes = registered(a);
    assert.deepEqual([...routes.keys()].filter((k) => !routes.get(k)), ['GET /api/plain']);
    assert.deepEqual(Object.keys(openApiDocument(a.routes).paths as Json), ['/api/documented']);
  });
});
