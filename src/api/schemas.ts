/**
 * Request schemas (zod): query parameters of the read endpoints and bodies of the write endpoints, with the
 * descriptions the OpenAPI document (openapi.ts) is generated from; `validate` turns a failure into BAD_REQUEST.
 *
 *   const q = validate(eventsQuery, c.req.query(), 'query');   // { actor: 'USA', limit: 50, … }
 */
import { z, type ZodTypeAny } from 'zod';
import { isIsoDate } from '../core/dates.js';
import { ledgerEventTypes } from '../ontology/index.js';
import { decodeOffset } from '../services/board-page.service.js';
import { decodeCursor } from '../store/cursor.js';
import { fromZod } from './errors.js';

export const isoDate = z.string().date('must be a date written YYYY-MM-DD').refine(isIsoDate, 'must be a date written YYYY-MM-DD');
const code = z.string().trim().toUpperCase().regex(/^[A-Z]{2,6}$/i, 'must be an actor code such as USA, RUS or NATO');
/** An optional actor code parameter: `what` says its role. */
const codeOf = (what: string) => code.optional().describe(`${what}: CAMEO/ISO alpha-3 actor code (USA, RUS, UKR, NATO …)`);
const limit = z.coerce.number().int().min(1).max(500).default(50).describe('page size');
const cursor = z.string().max(600).optional().describe('the nextCursor of the previous page');
export const interval = z.enum(['day', 'week', 'month']).default('month').describe('period of the series (weeks start on Monday)');
const fromDay = isoDate.optional().describe('first day, inclusive (YYYY-MM-DD)');
const toDay = isoDate.optional().describe('last day, inclusive (YYYY-MM-DD)');


/** Event types a filter may name (the ontology's PLOVER types, plus STATEMENT and OTHER of GDELT imports). */
export const EVENT_TYPES: readonly string[] = ledgerEventTypes();

/** What to do about a bad value of each query parameter (the error's hint). */
export const PARAMETER_HINTS: Record<string, string> = {
  type: `use one of ${EVENT_TYPES.join(', ')}`,
  cameoRoot: 'give a CAMEO root as 1 or 2 digits from 01 to 20, e.g. 19 (fight) or 04 (consult)',
  from: 'write dates as YYYY-MM-DD, e.g. 2025-03-18, and keep from on or before to',
  to: 'write dates as YYYY-MM-DD, e.g. 2025-03-31, and keep from on or before to',
  asOf: 'write dates as YYYY-MM-DD, e.g. 2025-03-18',
  actor: 'actor codes are 2-6 letters, e.g. USA, RUS, NATO',
  recipient: 'actor codes are 2-6 letters, e.g. USA, RUS, NATO',
  a: 'actor codes are 2-6 letters, e.g. a=USA&b=RUS',
  b: 'actor codes are 2-6 letters, e.g. a=USA&b=RUS',
  cursor: 'pass the nextCursor of the previous page unchanged, or leave cursor out for the first page',
  limit: 'give limit as a whole number from 1 to 500',
  precision: 'use day, month or year (how exact the event date is: month means the source named only the month)',
  pastOnly: 'use true (leave out events dated after the article that reports them) or false',
  status: 'use one of in-force, expiring, expired, violated, other (the board\'s columns)',
  party: 'actor codes are 2-6 letters, e.g. RUS (a committing party or an addressee)',
  until: 'write dates as YYYY-MM-DD, e.g. 2025-03-31, and keep from on or before until',
  country: 'give the ISO 3166 alpha-3 code of the country where events happened, e.g. UKR',
};

/** How exact an event's date is (ACLED's time precision). */
export const datePrecision = z.enum(['day', 'month', 'year']);
const precisionFilter = datePrecision.optional().describe('only events whose date is this exact: day, or month / year when the source named only a month or a year; any other value is a 400');
const upper = (v: unknown) => (typeof v === 'string' ? v.trim().toUpperCase() : v);
const eventType = z.preprocess(upper, z.enum(EVENT_TYPES as [string, ...string[]], { errorMap: (_issue, ctx) => ({ message: `"${String(ctx.data)}" is not a PLOVER event type` }) }));

const validCursor = (v: string) => { try { decodeCursor(v); return true; } catch { return false; } };

export const eventsQuery = z.object({
  actor: codeOf('initiator'),
  recipient: codeOf('target'),
  type: eventType.optional().describe('PLOVER type, e.g. ASSAULT (case-insensitive); any other value is a 400'),
  cameoRoot: z.string().trim().regex(/^\d{1,2}$/, 'must be a CAMEO root 01..20').refine((v) => Number(v) >= 1 && Number(v) <= 20, 'must be a CAMEO root 01..20').optional().describe('CAMEO root 01..20'),
  from: fromDay,
  to: toDay,
  source: z.string().max(200).optional().describe('outlet or host'),
  q: z.string().max(200).optional().describe('words in the evidence sentence'),
  documentId: z.string().max(100).optional().describe('only this document'),
  precision: precisionFilter,
  pastOnly: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('true: leave out events dated after the article that reports them (forecasts, plans, targets)'),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/i, 'must be an ISO 3166 alpha-3 country code').optional().describe('only events located in this country: ISO 3166 alpha-3 code of the place (not of the actors)'),
  limit,
  cursor: cursor.refine((v) => v === undefined || validCursor(v), 'is not a cursor this ledger issued'),
}).strict().refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'must not be after to', path: ['from'] });

/** A query whose date window must not be reversed: `from` after `to` is a 400, not an empty answer. */
function ordered<O extends { from?: string | undefined; to?: string | undefined }, I>(schema: z.ZodType<O, z.ZodTypeDef, I>) {
  return schema.refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'must not be after to', path: ['from'] });
}

export const documentsQuery = ordered(z.object({ source: z.string().max(200).optional().describe('outlet'), q: z.string().max(200).optional().describe('words in the title or text'), actor: codeOf('documents naming this actor'), from: fromDay, to: toDay, limit, cursor }).strict());
export const clustersQuery = ordered(z.object({ actor: codeOf('initiator'), recipient: codeOf('target'), type: z.string().max(20).optional().describe('PLOVER type'), from: fromDay, to: toDay, minSources: z.coerce.number().int().min(1).max(1000).optional().describe('at least this many sources'), limit, cursor }).strict());
export const claimsQuery = z.object({ verdict: z.enum(['supported', 'contradicted', 'unverified']).optional(), kind: z.string().max(40).optional().describe('role, event-date, commitment-date'), documentId: z.string().max(100).optional().describe('only this document'), q: z.string().max(200).optional().describe('words in the claim'), limit, cursor }).strict();
/** Board columns as the `status` parameter names them. */
export const BOARD_STATUSES = ['in-force', 'expiring', 'expired', 'violated', 'other'] as const;
const offsetCursor = z.string().max(100).refine((v) => decodeOffset(v) !== null, 'is not a cursor this ledger issued').optional();
const commitmentFilters = {
  asOf: isoDate.optional().describe('status date (default today)'), by: codeOf('committing party'), to: codeOf('addressee'), party: codeOf('a committing party or an addressee'),
  kind: z.enum(['pledge', 'ceasefire', 'demand', 'threat', 'agreement', 'ultimatum']).optional(),
  status: z.enum(BOARD_STATUSES).optional().describe('one board column'),
  from: isoDate.optional().describe('window overlaps from this day'), until: isoDate.optional().describe('window overlaps up to this day'),
  soonDays: z.coerce.number().int().min(1).max(365).default(14).describe('"expiring soon" horizon'),
  cursor: offsetCursor.describe('the next cursor of the previous page (an offset)'),
};
const windowOrdered = (q: { from?: string; until?: string }) => !q.from || !q.until || q.from <= q.until;
/** The board: each column's first `limit` cards (default 12) with the column counts. */
export const boardQuery = z.object({ ...commitmentFilters, limit: z.coerce.number().int().min(1).max(200).default(12).describe('cards per column'), cursor: offsetCursor.describe('an offset cursor from `next` (applies to every column)') }).strict().refine(windowOrdered, { message: 'must not be after until', path: ['from'] });
/** One list of commitments (a column with `status`, or all), a page at a time. */
export const commitmentsQuery = z.object({ ...commitmentFilters, limit }).strict().refine(windowOrdered, { message: 'must not be after until', path: ['from'] });

export const overviewQuery = ordered(z.object({ interval, from: fromDay, to: toDay }));
export const dyadQuery = ordered(z.object({ a: code.describe('first actor: CAMEO/ISO alpha-3 actor code'), b: code.describe('second actor: CAMEO/ISO alpha-3 actor code'), interval, from: fromDay, to: toDay, directed: z.enum(['true', 'false']).default('false').transform((v) => v === 'true').describe('only a -> b') }));
export const actorQuery = z.object({ interval });
export const networkQuery = ordered(z.object({ from: fromDay, to: toDay, maxNodes: z.coerce.number().int().min(2).max(200).default(60).describe('most active actors kept'), limit: z.coerce.number().int().min(1).max(400).default(400).describe('strongest relations kept (most events)') }));
/** The event filters of the timeline without paging: what the counts, the map and the export share. */
const eventFilterShape = eventsQuery.innerType().omit({ limit: true, cursor: true }).shape;
export const eventCountsQuery = ordered(z.object(eventFilterShape).strict());
export const mapQuery = ordered(z.object({ ...eventFilterShape, limit: z.coerce.number().int().min(1).max(20_000).default(2000).describe('located events read, newest first') }).strict());
export const actorSearchQuery = z.object({ q: z.string().trim().min(1, 'must not be empty').max(80).describe('a name, spelling, demonym or code (Russia, russ, Kremlin, RUS)'), limit: z.coerce.number().int().min(1).max(50).default(10).describe('hits') }).strict();
export const exportQuery = ordered(z.object({
  format: z.enum(['jsonl', 'plover', 'gdelt', 'csv', 'claimreview']).default('jsonl'),
  what: z.enum(['events', 'documents', 'commitments', 'claims', 'clusters']).optional().describe('records to export with format=jsonl (default events; claims for claimreview)'),
  actor: codeOf('initiator'), recipient: codeOf('target'), type: z.string().max(20).optional().describe('PLOVER type'), from: fromDay, to: toDay,
  precision: precisionFilter, pastOnly: eventFilterShape.pastOnly, cameoRoot: eventFilterShape.cameoRoot, source: eventFilterShape.source, q: eventFilterShape.q,
}));
export const actorCode = code;
/** Path parameters. */
export const documentPath = z.object({ id: z.string().describe('document id (sha256:…)') });
export const eventPath = z.object({ uid: z.string().describe('<documentId>#<eventId>') });
export const actorPath = z.object({ code: code.describe('actor code') });

export const MAX_TEXT_CHARS = 200_000;

const articleText = z.string().trim().min(1, 'must not be empty').max(MAX_TEXT_CHARS).describe('article text');
const published = isoDate.optional().describe('publication date');

export const checkBody = z.object({
  text: articleText,
  title: z.string().max(300).optional().describe('title'),
  date: published,
}).strict();

export const ingestBody = z.union([
  z.object({ text: articleText, title: z.string().max(300).optional().describe('title'), date: published, source: z.string().max(300).optional().describe('outlet') }).strict(),
  z.object({ url: z.string().url().max(2000).regex(/^https?:\/\//i, 'must be an http(s) address').describe('http(s) address of a web page'), date: published }).strict(),
  z.object({ feed: z.string().url().max(2000).regex(/^https?:\/\//i, 'must be an http(s) address').describe('RSS/Atom/JSON Feed address') }).strict(),
], { errorMap: () => ({ message: 'give exactly one of {text[, title, date, source]}, {url[, date]} or {feed}' }) });

export function validate<S extends ZodTypeAny>(schema: S, input: unknown, where: 'query' | 'body' | 'path'): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw fromZod(r.error, where, PARAMETER_HINTS);
  return r.data;
}
