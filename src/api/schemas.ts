/**
 * Request schemas (zod): query parameters of the read endpoints and bodies of the write endpoints. The
 * OpenAPI document (openapi.ts) describes the same parameters; `validate` turns a failure into BAD_REQUEST.
 *
 *   const q = validate(eventsQuery, c.req.query(), 'query');   // { actor: 'USA', limit: 50, … }
 */
import { z, type ZodTypeAny } from 'zod';
import { isIsoDate } from '../core/dates.js';
import { CAMEO_ROOT_TO_PLOVER } from '../ingest/gdelt.js';
import { ploverTypes } from '../ontology/index.js';
import { decodeCursor } from '../store/cursor.js';
import { fromZod } from './errors.js';

export const isoDate = z.string().refine(isIsoDate, 'must be a date written YYYY-MM-DD');
const code = z.string().trim().toUpperCase().regex(/^[A-Z]{2,6}$/, 'must be an actor code such as USA, RUS or NATO');
const limit = z.coerce.number().int().min(1).max(500).default(50);
const cursor = z.string().max(600).optional();
export const interval = z.enum(['day', 'week', 'month']).default('month');

export const pageQuery = z.object({ limit, cursor });

/** Event types a filter may name: the ontology's PLOVER types, plus those GDELT imports use (STATEMENT, OTHER). */
export const EVENT_TYPES: readonly string[] = [...new Set([...ploverTypes(), ...Object.values(CAMEO_ROOT_TO_PLOVER), 'OTHER'])].sort();

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

const validCursor = (v: string) => { try { decodeCursor(v); return true; } catch { return false; } };

export const eventsQuery = z.object({
  actor: code.optional(),
  recipient: code.optional(),
  type: z.string().trim().toUpperCase().refine((t) => EVENT_TYPES.includes(t), (t) => ({ message: `"${t}" is not a PLOVER event type` })).optional(),
  cameoRoot: z.string().trim().regex(/^\d{1,2}$/, 'must be a CAMEO root 01..20').refine((v) => Number(v) >= 1 && Number(v) <= 20, 'must be a CAMEO root 01..20').optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  source: z.string().max(200).optional(),
  q: z.string().max(200).optional(),
  documentId: z.string().max(100).optional(),
  precision: datePrecision.optional(),
  pastOnly: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'must be an ISO 3166 alpha-3 country code').optional(),
  limit,
  cursor: cursor.refine((v) => v === undefined || validCursor(v), 'is not a cursor this ledger issued'),
}).strict().refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'must not be after to', path: ['from'] });

/** A query whose date window must not be reversed: `from` after `to` is a 400, not an empty answer. */
function ordered<O extends { from?: string | undefined; to?: string | undefined }, I>(schema: z.ZodType<O, z.ZodTypeDef, I>) {
  return schema.refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'must not be after to', path: ['from'] });
}

export const documentsQuery = ordered(z.object({ source: z.string().max(200).optional(), q: z.string().max(200).optional(), actor: code.optional(), from: isoDate.optional(), to: isoDate.optional(), limit, cursor }).strict());
export const clustersQuery = ordered(z.object({ actor: code.optional(), recipient: code.optional(), type: z.string().max(20).optional(), from: isoDate.optional(), to: isoDate.optional(), minSources: z.coerce.number().int().min(1).max(1000).optional(), limit, cursor }).strict());
export const claimsQuery = z.object({ verdict: z.enum(['supported', 'contradicted', 'unverified']).optional(), kind: z.string().max(40).optional(), documentId: z.string().max(100).optional(), q: z.string().max(200).optional(), limit, cursor }).strict();
/** Board columns as the `status` parameter names them. */
export const BOARD_STATUSES = ['in-force', 'expiring', 'expired', 'violated', 'other'] as const;
const offsetCursor = z.string().max(100).refine((v) => decodeOffset(v) !== null, 'is not a cursor this ledger issued').optional();
const commitmentFilters = {
  asOf: isoDate.optional(), by: code.optional(), to: code.optional(), party: code.optional(),
  kind: z.enum(['pledge', 'ceasefire', 'demand', 'threat', 'agreement', 'ultimatum']).optional(),
  status: z.enum(BOARD_STATUSES).optional(),
  from: isoDate.optional(), until: isoDate.optional(),
  soonDays: z.coerce.number().int().min(1).max(365).default(14),
  cursor: offsetCursor,
};
const windowOrdered = (q: { from?: string; until?: string }) => !q.from || !q.until || q.from <= q.until;
/** The board: each column's first `limit` cards (default 12) with the column counts. */
export const boardQuery = z.object({ ...commitmentFilters, limit: z.coerce.number().int().min(1).max(200).default(12) }).strict().refine(windowOrdered, { message: 'must not be after until', path: ['from'] });
/** One list of commitments (a column with `status`, or all), a page at a time. */
export const commitmentsQuery = z.object({ ...commitmentFilters, limit }).strict().refine(windowOrdered, { message: 'must not be after until', path: ['from'] });

/** An offset cursor over a computed list (the board's columns): 'o' + base36 offset; null when it is not one. */
export function decodeOffset(cursor: string): number | null {
  const m = /^o([0-9a-z]{1,8})$/.exec(cursor);
  return m ? parseInt(m[1]!, 36) : null;
}
export const encodeOffset = (n: number): string => `o${n.toString(36)}`;

export const overviewQuery = ordered(z.object({ interval, from: isoDate.optional(), to: isoDate.optional() }));
export const dyadQuery = ordered(z.object({ a: code, b: code, interval, from: isoDate.optional(), to: isoDate.optional(), directed: z.enum(['true', 'false']).default('false').transform((v) => v === 'true') }));
export const actorQuery = z.object({ interval });
export const networkQuery = ordered(z.object({ from: isoDate.optional(), to: isoDate.optional(), maxNodes: z.coerce.number().int().min(2).max(200).default(60), limit: z.coerce.number().int().min(1).max(400).default(400) }));
/** The event filters of the timeline without paging: what the counts, the map and the export share. */
const eventFilterShape = eventsQuery.innerType().omit({ limit: true, cursor: true }).shape;
export const eventCountsQuery = ordered(z.object(eventFilterShape).strict());
export const mapQuery = ordered(z.object({ ...eventFilterShape, limit: z.coerce.number().int().min(1).max(20_000).default(2000) }).strict());
export const actorSearchQuery = z.object({ q: z.string().trim().min(1, 'must not be empty').max(80), limit: z.coerce.number().int().min(1).max(50).default(10) }).strict();
export const exportQuery = ordered(z.object({
  format: z.enum(['jsonl', 'plover', 'gdelt', 'csv', 'claimreview']).default('jsonl'),
  what: z.enum(['events', 'documents', 'commitments', 'claims', 'clusters']).optional(),
  actor: code.optional(), recipient: code.optional(), type: z.string().max(20).optional(), from: isoDate.optional(), to: isoDate.optional(),
  precision: datePrecision.optional(), pastOnly: eventFilterShape.pastOnly, cameoRoot: eventFilterShape.cameoRoot, source: z.string().max(200).optional(), q: z.string().max(200).optional(),
}));
export const actorCode = code;

export const MAX_TEXT_CHARS = 200_000;

export const checkBody = z.object({
  text: z.string().trim().min(1, 'must not be empty').max(MAX_TEXT_CHARS),
  title: z.string().max(300).optional(),
  date: isoDate.optional(),
}).strict();

export const ingestBody = z.union([
  z.object({ text: z.string().trim().min(1, 'must not be empty').max(MAX_TEXT_CHARS), title: z.string().max(300).optional(), date: isoDate.optional(), source: z.string().max(300).optional() }).strict(),
  z.object({ url: z.string().url().max(2000).regex(/^https?:\/\//i, 'must be an http(s) address'), date: isoDate.optional() }).strict(),
  z.object({ feed: z.string().url().max(2000).regex(/^https?:\/\//i, 'must be an http(s) address') }).strict(),
], { errorMap: () => ({ message: 'give exactly one of {text[, title, date, source]}, {url[, date]} or {feed}' }) });

export function validate<S extends ZodTypeAny>(schema: S, input: unknown, where: 'query' | 'body' | 'path'): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw fromZod(r.error, where, PARAMETER_HINTS);
  return r.data;
}
