/**
 * The OpenAPI 3.1 document served at /openapi.json, written as data. It describes the same parameters the
 * zod schemas (schemas.ts) enforce and the shapes of contract.ts; api.test.ts checks every documented path
 * answers.
 *
 *   openApiDocument().paths['/api/events'].get.parameters   // actor, recipient, type, cameoRoot, from, to, …
 */
import { EVENT_TYPES } from './schemas.js';

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str = (description: string, extra: Schema = {}): Schema => ({ type: 'string', description, ...extra });
const date = (description: string): Schema => str(description, { format: 'date' });
const int = (description: string, extra: Schema = {}): Schema => ({ type: 'integer', description, ...extra });
const num: Schema = { type: 'number' };
const arr = (items: Schema): Schema => ({ type: 'array', items });
const obj = (properties: Record<string, Schema>, required: string[] = Object.keys(properties)): Schema => ({ type: 'object', properties, required });
const nullable = (s: Schema): Schema => ({ oneOf: [s, { type: 'null' }] });

const q = (name: string, schema: Schema, required = false) => ({ name, in: 'query', required, schema, description: schema.description });
const path = (name: string, description: string) => ({ name, in: 'path', required: true, schema: str(description), description });

const actorQ = (name: string, what: string, required = false) => q(name, str(`${what}: CAMEO/ISO alpha-3 actor code (USA, RUS, UKR, NATO …)`, { pattern: '^[A-Za-z]{2,6}$' }), required);
const page = [q('limit', int('page size', { minimum: 1, maximum: 500, default: 50 })), q('cursor', str('the nextCursor of the previous page'))];
const intervalQ = q('interval', { type: 'string', enum: ['day', 'week', 'month'], default: 'month', description: 'period of the series (weeks start on Monday)' });
const precisionQ = q('precision', { type: 'string', enum: ['day', 'month', 'year'], description: 'only events whose date is this exact: day, or month / year when the source named only a month or a year; any other value is a 400' });
const window = [q('from', date('first day, inclusive (YYYY-MM-DD)')), q('to', date('last day, inclusive (YYYY-MM-DD)'))];
const eventFilters = [actorQ('actor', 'initiator'), actorQ('recipient', 'target'), q('type', str('PLOVER type, e.g. ASSAULT (case-insensitive); any other value is a 400', { enum: [...EVENT_TYPES] })), q('cameoRoot', str('CAMEO root 01..20', { pattern: '^\\d{1,2}$' })), ...window,
  q('source', str('outlet or host')), q('q', str('words in the evidence sentence')), q('documentId', str('only this document')), precisionQ,
  q('country', str('only events located in this country: ISO 3166 alpha-3 code of the place (not of the actors)', { pattern: '^[A-Za-z]{3}$' })),
  q('pastOnly', { type: 'string', enum: ['true', 'false'], description: 'true: leave out events dated after the article that reports them (forecasts, plans, targets)' })];
const commitmentFilters = [q('asOf', date('status date (default today)')), q('status', { type: 'string', enum: ['in-force', 'expiring', 'expired', 'violated', 'other'], description: 'one board column' }),
  actorQ('party', 'a committing party or an addressee'), actorQ('by', 'committing party'), actorQ('to', 'addressee'), q('kind', { type: 'string', enum: ['pledge', 'ceasefire', 'demand', 'threat', 'agreement', 'ultimatum'] }),
  q('from', date('window overlaps from this day')), q('until', date('window overlaps up to this day')), q('soonDays', int('"expiring soon" horizon', { default: 14 }))];

const errors = {
  400: { $ref: '#/components/responses/Error' },
  429: { $ref: '#/components/responses/Error' },
  500: { $ref: '#/components/responses/Error' },
};
const ok = (schema: Schema, description = 'OK') => ({ 200: { description, content: { 'application/json': { schema } } }, ...errors });
const pageOf = (item: string): Schema => obj({ items: arr(ref(item)), nextCursor: nullable({ type: 'string' }) });

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
    starts: nullable(date('start')), ends: nullable(date('end (exclusive)')), durationDays: nullable(int('length')), conditions: arr({ type: 'string' }),
    status: str('as of the date: proposed, announced, active, extended, expired, withdrawn, collapsed, rejected'), lifecycle: str('announced, in-force, extended, expired, withdrawn, collapsed'),
    compliance: str('not-yet-due, kept, violated or disputed'), daysLeft: nullable(int('days until it ends')), explanation: str('one checkable sentence'), evidenceText: str('quote'),
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

export function openApiDocument(serverUrl?: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Parley API', version: '0.1.0',
      description: 'The ledger of diplomacy and war: events (PLOVER/CAMEO), commitments and checked claims. Read endpoints are open; write endpoints need `Authorization: Bearer <token>` (create one with `parley token create`). Every error has the shape {"error":{"code":"PARLEY_E_…","message":"…","hint":"…"}}. Requests are rate-limited per client address and bodies are capped at 1 MiB.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    paths: {
      '/api/health': { get: { summary: 'Liveness and ledger kind', responses: ok(obj({ ok: { type: 'boolean' }, store: str('sqlite or postgres') })) } },
      '/api/overview': { get: { summary: 'Counts, latest events and the cooperation-vs-conflict trend', parameters: [intervalQ, ...window], responses: ok(ref('Overview')) } },
      '/api/documents': { get: { summary: 'Documents, newest first', parameters: [q('source', str('outlet')), q('q', str('words in the title or text')), actorQ('actor', 'documents naming this actor'), ...window, ...page], responses: ok(pageOf('Document')) } },
      '/api/documents/{id}': { get: { summary: 'One document with its text and span layers', parameters: [path('id', 'document id (sha256:…)')], responses: { ...ok(ref('Article')), 404: { $ref: '#/components/responses/Error' } } } },
      '/api/events': {
        get: {
          summary: 'Events with filters, newest first, cursor-paginated',
          parameters: [...eventFilters, ...page],
          responses: ok(pageOf('Event')),
        },
      },
      '/api/events/{uid}': { get: { summary: 'One event by its ledger uid', parameters: [path('uid', '<documentId>#<eventId>')], responses: { ...ok(ref('Event')), 404: { $ref: '#/components/responses/Error' } } } },
      '/api/clusters': { get: { summary: 'Reports of the same event grouped (actor, recipient, type within a day)', parameters: [actorQ('actor', 'initiator'), actorQ('recipient', 'target'), q('type', str('PLOVER type')), ...window, q('minSources', int('at least this many sources', { minimum: 1 })), ...page], responses: ok(pageOf('Cluster')) } },
      '/api/commitments': { get: { summary: 'Commitments merged across articles with their status as of a date, the most pressing first, a page at a time', parameters: [...commitmentFilters, ...page], responses: ok(obj({ asOf: date('status date'), items: arr(ref('Commitment')), nextCursor: nullable({ type: 'string' }), total: int('commitments matching the filters') })) } },
      '/api/commitments/board': { get: { summary: 'Commitments grouped: in force, expiring soon, expired, violated, other; each column\'s first cards, its size and the cursor of its next page', parameters: [...commitmentFilters, q('limit', int('cards per column', { minimum: 1, maximum: 200, default: 12 })), q('cursor', str('an offset cursor from `next` (applies to every column)'))], responses: ok(ref('CommitmentBoard')) } },
      '/api/events/counts': { get: { summary: 'How many events a timeline filter matches, per day (over the newest 20,000 matches)', parameters: eventFilters, responses: ok(obj({ total: int('matching events (at most 20,000 counted)'), capped: { type: 'boolean' }, days: arr(obj({ day: date('day'), count: int('events') })), undated: int('matching events without a date') })) } },
      '/api/map': { get: { summary: 'Places of the newest located events matching the timeline filters, with counts and the latest event of each', parameters: [...eventFilters, q('limit', int('located events read, newest first', { minimum: 1, maximum: 20000, default: 2000 }))], responses: ok(obj({ places: arr(obj({ lat: num, lon: num, name: str('place'), country: nullable(str('ISO alpha-3')), precision: str('town, admin1 or country'), count: int('events'), cooperation: int('events'), conflict: int('events'), latest: obj({ documentId: nullable(str('document')), eventId: str('event id in it'), day: date('day') }) })), read: int('located events read'), capped: { type: 'boolean' } })) } },
      '/api/actors': { get: { summary: 'Actors by name or code: countries and organisations (knowledge base), codes and names in the ledger', parameters: [q('q', str('a name, spelling, demonym or code (Russia, russ, Kremlin, RUS)'), true), q('limit', int('hits', { minimum: 1, maximum: 50, default: 10 }))], responses: ok(obj({ items: arr(obj({ code: str('actor code'), name: str('name'), kind: str('country, organisation or actor'), events: int('events in the ledger'), matched: str('the name that matched') })) })) } },
      '/api/claims': { get: { summary: 'Checked claims with verdicts', parameters: [q('verdict', { type: 'string', enum: ['supported', 'contradicted', 'unverified'] }), q('kind', str('role, event-date, commitment-date')), q('documentId', str('only this document')), q('q', str('words in the claim')), ...page], responses: ok(pageOf('Claim')) } },
      '/api/dyads': { get: { summary: 'Events per period between two actors (counts and Goldstein sums)', parameters: [actorQ('a', 'first actor', true), actorQ('b', 'second actor', true), intervalQ, ...window, q('directed', { type: 'string', enum: ['true', 'false'], default: 'false', description: 'only a -> b' })], responses: ok(ref('Dyad')) } },
      '/api/actors/{code}': { get: { summary: 'An actor: counterparts, relations over time, top event types', parameters: [path('code', 'actor code'), intervalQ], responses: ok(ref('Actor')) } },
      '/api/network': { get: { summary: 'Actor network for a date window', parameters: [...window, q('maxNodes', int('most active actors kept', { default: 60, minimum: 2, maximum: 200 })), q('limit', int('strongest relations kept (most events)', { default: 400, minimum: 1, maximum: 400 }))], responses: ok(ref('Network')) } },
      '/api/check': { post: { summary: 'Claims of a pasted article with verdicts (nothing stored)', requestBody: { required: true, content: { 'application/json': { schema: obj({ text: str('article text', { maxLength: 200000 }), title: str('title'), date: date('publication date') }, ['text']) } } }, responses: { ...ok(ref('CheckResult')), 413: { $ref: '#/components/responses/Error' } } } },
      '/api/ingest': {
        post: {
          summary: 'Add an article (text), a web page (url) or a feed to the ledger', security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: { oneOf: [obj({ text: str('article text'), title: str('title'), date: date('publication date'), source: str('outlet') }, ['text']), obj({ url: str('http(s) address', { format: 'uri' }), date: date('publication date') }, ['url']), obj({ feed: str('RSS/Atom/JSON Feed address', { format: 'uri' }) }, ['feed'])] } } } },
          responses: { ...ok(ref('IngestResult')), 401: { $ref: '#/components/responses/Error' }, 413: { $ref: '#/components/responses/Error' } },
        },
      },
      '/api/export': { get: { summary: 'The ledger in a standard format', parameters: [q('format', { type: 'string', enum: ['jsonl', 'plover', 'gdelt', 'csv', 'claimreview'], default: 'jsonl' }), q('what', { type: 'string', enum: ['events', 'documents', 'commitments', 'claims', 'clusters'], description: 'records to export with format=jsonl (default events; claims for claimreview)' }), actorQ('actor', 'initiator'), q('type', str('PLOVER type')), actorQ('recipient', 'target'), ...window, precisionQ, q('cameoRoot', str('CAMEO root 01..20')), q('source', str('outlet or host')), q('q', str('words in the evidence sentence'))], responses: { 200: { description: 'the export (JSON lines, JSON, TSV or CSV)', content: { 'application/x-ndjson': {}, 'text/csv': {}, 'text/tab-separated-values': {}, 'application/ld+json': {} } }, ...errors } } },
    },
    components: {
      schemas,
      responses: { Error: { description: 'An error: code, message and hint', content: { 'application/json': { schema: ref('Error') } } } },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'a token from `parley token create`' } },
    },
  };
}
