/**
 * Request schemas (zod): query parameters of the read endpoints and bodies of the write endpoints. The
 * OpenAPI document (openapi.ts) describes the same parameters; `validate` turns a failure into BAD_REQUEST.
 *
 *   const q = validate(eventsQuery, c.req.query(), 'query');   // { actor: 'USA', limit: 50, … }
 */
import { z, type ZodTypeAny } from 'zod';
import { isIsoDate } from '../core/dates.js';
import { fromZod } from './errors.js';

export const isoDate = z.string().refine(isIsoDate, 'must be a date written YYYY-MM-DD');
const code = z.string().trim().toUpperCase().regex(/^[A-Z]{2,6}$/, 'must be an actor code such as USA, RUS or NATO');
const limit = z.coerce.number().int().min(1).max(500).default(50);
const cursor = z.string().max(600).optional();
export const interval = z.enum(['day', 'week', 'month']).default('month');

export const pageQuery = z.object({ limit, cursor });

export const eventsQuery = z.object({
  actor: code.optional(),
  recipient: code.optional(),
  type: z.string().trim().toUpperCase().regex(/^[A-Z]{3,12}$/, 'must be a PLOVER type such as ASSAULT').optional(),
  cameoRoot: z.string().regex(/^\d{1,2}$/, 'must be a CAMEO root 01..20').refine((v) => Number(v) >= 1 && Number(v) <= 20, 'must be a CAMEO root 01..20').optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  source: z.string().max(200).optional(),
  q: z.string().max(200).optional(),
  documentId: z.string().max(100).optional(),
  limit,
  cursor,
});

export const documentsQuery = z.object({ source: z.string().max(200).optional(), q: z.string().max(200).optional(), actor: code.optional(), from: isoDate.optional(), to: isoDate.optional(), limit, cursor });
export const clustersQuery = z.object({ actor: code.optional(), recipient: code.optional(), type: z.string().max(20).optional(), from: isoDate.optional(), to: isoDate.optional(), minSources: z.coerce.number().int().min(1).max(1000).optional(), limit, cursor });
export const claimsQuery = z.object({ verdict: z.enum(['supported', 'contradicted', 'unverified']).optional(), kind: z.string().max(40).optional(), documentId: z.string().max(100).optional(), q: z.string().max(200).optional(), limit, cursor });
export const commitmentsQuery = z.object({ asOf: isoDate.optional(), by: code.optional(), to: code.optional(), kind: z.enum(['pledge', 'ceasefire', 'demand', 'threat', 'agreement', 'ultimatum']).optional(), soonDays: z.coerce.number().int().min(1).max(365).default(14) });
export const overviewQuery = z.object({ interval, from: isoDate.optional(), to: isoDate.optional() });
export const dyadQuery = z.object({ a: code, b: code, interval, from: isoDate.optional(), to: isoDate.optional(), directed: z.enum(['true', 'false']).default('false').transform((v) => v === 'true') });
export const actorQuery = z.object({ interval });
export const networkQuery = z.object({ from: isoDate.optional(), to: isoDate.optional(), maxNodes: z.coerce.number().int().min(2).max(200).default(60) });
export const exportQuery = z.object({
  format: z.enum(['jsonl', 'plover', 'gdelt', 'csv', 'claimreview']).default('jsonl'),
  what: z.enum(['events', 'documents', 'commitments', 'claims', 'clusters']).optional(),
  actor: code.optional(), recipient: code.optional(), type: z.string().max(20).optional(), from: isoDate.optional(), to: isoDate.optional(),
});
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
  if (!r.success) throw fromZod(r.error, where);
  return r.data;
}
