/**
 * The OpenAPI 3.1 document served at /openapi.json, generated from the routes the app registers: each route's
 * endpoint contract (route.ts) gives its summary, and its zod schemas (schemas.ts) its path and query parameters
 * and request body, converted with zod-to-json-schema. What the endpoints answer is described here once, as
 * components (the shapes of src/services/contract.ts), and named by the routes. openapi.test.ts checks that every
 * registered route is in the document with its schemas, and that the read endpoints answer as documented.
 *
 *   openApiDocument(app.routes).paths['/api/events'].get.parameters   // actor, recipient, type, cameoRoot, from, to, …
 */
import type { ZodTypeAny } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { specOf, type EndpointSpec, type JsonSchema } from './route.js';

type Schema = JsonSchema;

export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
export const str = (description: string, extra: Schema = {}): Schema => ({ type: 'string', description, ...extra });
export const date = (description: string): Schema => str(description, { format: 'date' });
export const int = (description: string, extra: Schema = {}): Schema => ({ type: 'integer', description, ...extra });
export const num: Schema = { type: 'number' };
export const bool: Schema = { type: 'boolean' };
export const arr = (items: Schema): Schema => ({ type: 'array', items });
export const obj = (properties: Record<string, Schema>, required: string[] = Object.keys(properties)): Schema => ({ type: 'object', properties, required });
export const nullable = (s: Schema): Schema => ({ oneOf: [s, { type: 'null' }] });
export const pageOf = (item: string): Schema => obj({ items: arr(ref(item)), nextCursor: nullable({ type: 'string' }) });

const trendPoint = obj({ period: str('YYYY-MM-DD (day, week start) or YYYY-MM'), count: int('events'), cooperation: int('events of quad class 1-2'), conflict: int('events of quad class 3-4'), goldstein: { type: 'number', description: 'sum of Goldstein scores' } });
const actorRef = obj({ code: str('actor code'), sector: str('sector (GOV, MIL, REB …)'), name: str('name') }, ['code']);
const span = obj({ start: int('offset'), end: int('offset (exclusive)') });

const schemas: Record<string, Schema> = {
  Error: obj({ error: obj({ code: str('PARLEY_E_… code, the same as the CLI', { pattern: '^PARLEY_E_[A-Z_]+$' }), message: str('what was wrong'), hint: str('what to do') }) }),
  ActorRef: actorRef,
  Event: obj({
    id: str('event id inside its document'), uid: str('ledger-wide id <documentId>#<id>'), documentId: nullable(str('document id')), documentTitle: str('title'),
    published: nullable(date('publication date')), sourceName: nullable(str('outlet')), url: nullable(str('address')), origin: str('parley or gdelt'), clusterId: nullable(str('cluster of reports of the same event')),
    type: str('PLOVER event type'), mode: nullable(str('PLOVER mode')), cameo: str('CAMEO code'), quad: int('CAMEO quad class 1-4'), goldstein: num,
    actor: arr(actorRef), recipient: arr(actorRef), date: nullable(date('event date (for month or year precision: the first day of it)')),
    datePrecision: { type: 'string', enum: ['day', 'month', 'year'], description: "how exact date is (ACLED's time precision): day, or month / year when the source named only a month (\"in February\") or a year" },
    negated: { type: 'boolean' }, modality: str('asserted, future, hypothetical, reported, requested or denied'),
    confidence: num, evidenceText: str('the sentence the event was read from'),
    location: ref('EventLocation'),
  }, ['id', 'uid', 'documentId', 'documentTitle', 'published', 'sourceName', 'url', 'origin', 'clusterId', 'type', 'mode', 'cameo', 'quad', 'goldstein', 'actor', 'recipient', 'date', 'datePrecision', 'negated', 'modality', 'confidence', 'evidenceText']),
  EventLocation: obj({
    name: str('the place as named (town, region or country)'), admin1: str('first-level region (province, oblast, governorate, state)'),
    admin1Code: str('GeoNames admin1 code, e.g. UA.07 (with the FIPS country code it is GDELT\'s ADM1Code)'), country: nullable(str('ISO 3166 alpha-3 code')),
    lat: { type: 'number', description: 'latitude (WGS84): the town, the region\'s seat or a representative point of the country' }, lon: { type: 'number', description: 'longitude (WGS84)' },
    precision: { type: 'string', enum: ['town', 'admin1', 'country'], description: 'how exact the place is' }, geonameId: int('GeoNames id of the town'),
  }, ['name', 'country', 'precision']),
  Document: obj({ id: str('sha256:… of the normalised text'), title: str('title'), published: nullable(date('publication date')), source: obj({ kind: str('file, url, feed, …'), uri: str('where it was read'), name: str('outlet') }, ['kind', 'uri']) }),
  Article: obj({
    document: ref('Document'), text: str('the article text'), sentences: arr(span),
    actors: arr({ type: 'object', description: 'actor mentions: span + code, sector, name, kind, office' }), times: arr({ type: 'object', description: 'time mentions: span + date or durationDays' }),
    events: arr({ type: 'object', description: 'events with evidence spans (sentence and trigger)' }), commitments: arr({ type: 'object', description: 'commitments with evidence spans' }), claims: arr(ref('Claim')),
  }),
  Claim: obj({
    id: str('claim id'), documentId: str('document id'), kind: str('role, event-date or commitment-date'), text: str('the claim as written'), span,
    subject: str('who or what the claim is about'), asserted: { type: 'object', additionalProperties: { type: 'string' } },
    verdict: { type: 'string', enum: ['supported', 'contradicted', 'unverified'] }, explanation: str('why'),
    evidence: arr(obj({ kind: str('knowledge or ledger'), ref: str('knowledge reference'), documentId: str('ledger document'), eventId: str('ledger event'), note: str('note') }, ['kind'])),
  }),
  Cluster: obj({ id: str('cluster id'), actor: str('actor code'), recipient: str('recipient code'), type: str('PLOVER type'), firstDay: date('first report'), lastDay: date('last report'), firstEventUid: str('earliest event'), firstDocumentId: nullable(str('its document')), firstSource: nullable(str('who reported it first')), sourcesCount: int('distinct sources'), reportsCount: int('reports'), documentsCount: int('documents') }),
  Commitment: obj({
    id: str('commitment id'), documentId: str('first reporting document'), documentTitle: str('its title'), kind: str('pledge, ceasefire, demand, threat, agreement or ultimatum'),
    by: arr(actorRef), to: arr(actorRef), action: nullable(str('PLOVER action committed to (or to refrain from)')), refrain: { type: 'boolean' }, scope: nullable(str('scope')),
    starts: nullable(date('start')), ends: nullable(date('last day in force (inclusive)')), durationDays: nullable(int('length')), conditions: arr({ type: 'string' }),
    status: str('as of the date: proposed, announced, active, extended, expired, withdrawn, collapsed, rejected'), lifecycle: str('announced, in-force, extended, expired, lapsed (open-ended, not reported again for 365 days), withdrawn, collapsed'),
    compliance: str('not-yet-due, kept, unverified (the window ended and nothing on record says whether it was kept), violated or disputed'), daysLeft: nullable(int('days until it ends')), explanation: str('one checkable sentence'), evidenceText: str('quote'),
    citations: arr(obj({ documentId: str('document'), published: nullable(date('published')), source: str('outlet'), quote: str('quote') }, ['documentId', 'quote'])),
    violations: arr(obj({ date: nullable(date('when')), violator: arr(actorRef), accuser: arr(actorRef), events: arr(str('event uid')), standing: str('alleged, corroborated or denied'), sources: int('independent sources'), explanation: str('why'), evidence: arr({ type: 'object' }) })),
  }),
  CommitmentBoard: obj({ asOf: date('status date'), soonDays: int('what "expiring soon" means'), limit: int('cards per column'), counts: { type: 'object', description: 'cards in each column (in-force, expiring, expired, violated, other) for the filters', additionalProperties: { type: 'integer' } }, next: { type: 'object', description: 'cursor of each column\'s next page (GET /api/commitments?status=…&cursor=…), null at its end', additionalProperties: nullable({ type: 'string' }) }, inForce: arr(ref('Commitment')), expiringSoon: arr(ref('Commitment')), expired: arr(ref('Commitment')), violated: arr(ref('Commitment')), other: arr(ref('Commitment')) }),
  TrendPoint: trendPoint,
  CoarsePoint: obj({ period: str('YYYY-MM (month precision) or YYYY (year precision)'), precision: { type: 'string', enum: ['month', 'year'] }, count: int('events'), cooperation: int('events of quad class 1-2'), conflict: int('events of quad class 3-4'), goldstein: { type: 'number', description: 'sum of Goldstein scores' } }),
  Overview: obj({
    today: date('the last day counted as past'), future: int('events dated after today (plans, targets), left out of the trend and the latest events'),
    counts: obj({ documents: int('documents'), events: int('events'), commitments: int('commitments'), claims: int('claims') }), latestEvents: arr(ref('Event')), interval: str('day, week or month'),
    trend: { ...arr(trendPoint), description: 'daily and weekly trends count exact days only; a monthly one also events dated only to a month' },
    outsideTrend: { ...arr(ref('CoarsePoint')), description: 'events dated only to a month (left out of daily and weekly trends) or a year (left out of every trend), per month or year' },
  }),
  Dyad: obj({ a: str('actor'), b: str('counterpart'), interval: str('day, week or month'), points: arr(trendPoint) }),
  Actor: obj({
    code: str('actor code'), name: nullable(str('name in the knowledge base (Russia for RUS)')), names: arr({ type: 'string' }), eventCount: int('events as actor or recipient'), interval: str('period'),
    counterparts: arr(obj({ code: str('counterpart'), name: str('its name in the knowledge base'), count: int('events'), cooperation: int('cooperation'), conflict: int('conflict'), goldstein: num }, ['code', 'count', 'cooperation', 'conflict', 'goldstein'])),
    series: arr(obj({ counterpart: str('code'), points: arr(trendPoint) })), topTypes: arr(obj({ type: str('PLOVER type'), count: int('events') })),
  }),
  Network: obj({ from: nullable(date('window start')), to: nullable(date('window end')), nodes: arr(obj({ id: str('actor code'), count: int('events'), name: str('name in the knowledge base') }, ['id', 'count'])), edges: arr(obj({ source: str('actor'), target: str('recipient'), count: int('events'), cooperation: int('events'), conflict: int('events'), goldstein: num })), totalEdges: int('relations in the window before `limit`') }),
  CheckResult: obj({ article: ref('Article'), summary: obj({ supported: int('claims'), contradicted: int('claims'), unverified: int('claims') }) }),
  IngestResult: obj({ added: int('documents added'), skipped: int('already in the ledger'), failed: arr(obj({ source: str('source'), code: str('PARLEY_E_…'), message: str('message') })), documentIds: arr({ type: 'string' }) }),
};

const errorResponse = { $ref: '#/components/responses/Error' };

/** A zod schema as a JSON Schema (the input side: what a client sends), inline, without `$schema`. */
export function jsonSchemaOf(schema: ZodTypeAny): Schema {
  const { $schema: _, ...json } = zodToJsonSchema(schema, { target: 'jsonSchema7', $refStrategy: 'none', effectStrategy: 'input', applyRegexFlags: true }) as Schema;
  return json;
}

/** The fields of an object schema, through refinements (`ordered`, `.refine`). */
export function fieldsOf(schema: ZodTypeAny): Record<string, ZodTypeAny> {
  let s: ZodTypeAny = schema;
  while (s._def.typeName === 'ZodEffects') s = s._def.schema;
  if (s._def.typeName !== 'ZodObject') throw new Error(`parameters must be a zod object, not ${s._def.typeName}`);
  return (s as unknown as { shape: Record<string, ZodTypeAny> }).shape;
}

function parameters(schema: ZodTypeAny | undefined, where: 'path' | 'query'): Schema[] {
  if (!schema) return [];
  const json = jsonSchemaOf(schema) as { properties?: Record<string, Schema>; required?: string[] };
  return Object.keys(fieldsOf(schema)).map((name) => {
    const field = json.properties?.[name] ?? {};
    const required = where === 'path' || (json.required ?? []).includes(name);
    return { name, in: where, required, schema: field, ...(field.description ? { description: field.description } : {}) };
  });
}

export function operationOf(spec: EndpointSpec): Schema {
  const ok = spec.content
    ? { description: 'OK', content: Object.fromEntries(Object.entries(spec.content).map(([type, schema]) => [type, Object.keys(schema).length ? { schema } : {}])) }
    : { description: 'OK', content: { 'application/json': { schema: spec.response ?? {} } } };
  const params = [...parameters(spec.params, 'path'), ...parameters(spec.query, 'query')];
  return {
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchemaOf(spec.body) } } } } : {}),
    ...(spec.auth ? { security: [{ bearer: [] }] } : {}),
    responses: Object.fromEntries([['200', ok], ...[400, 429, 500, ...(spec.errors ?? [])].sort((a, b) => a - b).map((code) => [String(code), errorResponse])]),
  };
}

/** A Hono route path (`/api/events/:uid`) as an OpenAPI path (`/api/events/{uid}`). */
export const openApiPath = (path: string) => path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}');

/** The document for the routes an app registers (`app.routes`): every route with an endpoint contract. */
export function openApiDocument(routes: readonly { method: string; path: string; handler: unknown }[], serverUrl?: string): Record<string, unknown> {
  const paths: Record<string, Record<string, Schema>> = {};
  for (const r of routes) {
    const spec = specOf(r.handler);
    if (!spec) continue;
    (paths[openApiPath(r.path)] ??= {})[r.method.toLowerCase()] = operationOf(spec);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Parley API', version: '0.1.0',
      description: 'The ledger of diplomacy and war: events (PLOVER/CAMEO), commitments and checked claims. Read endpoints are open; write endpoints need `Authorization: Bearer <token>` (create one with `parley token create`). Every error has the shape {"error":{"code":"PARLEY_E_…","message":"…","hint":"…"}}. Requests are rate-limited per client address and bodies are capped at 1 MiB.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    paths,
    components: {
      schemas,
      responses: { Error: { description: 'An error: code, message and hint', content: { 'application/json': { schema: ref('Error') } } } },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'a token from `parley token create`' } },
    },
  };
}
