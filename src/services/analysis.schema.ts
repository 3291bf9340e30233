/**
 * A zod schema of the `Analysis` JSON (`parley.analysis/1`, DESIGN.md §2). Tests validate real output with it,
 * so the contract others build on cannot drift silently.
 *
 *   analysisSchema.parse(JSON.parse(line)) // throws on a malformed record
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).refine((s) => s.end >= s.start, 'end before start');
const quoted = span.and(z.object({ text: z.string() }));
/** Where an event happened (GDELT ActionGeo, PLOVER event_loc): a town, a first-level region or only the country. */
const location = z.object({
  name: z.string().min(1),
  admin1: z.string().min(1).optional(),
  admin1Code: z.string().regex(/^[A-Z]{2}\.[A-Za-z0-9]+$/).optional(),
  country: z.string().regex(/^[A-Z]{3}$/).nullable(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  precision: z.enum(['town', 'admin1', 'country']),
  geonameId: z.number().int().positive().optional(),
  span: quoted.optional(),
}).strict()
  .refine((l) => (l.lat === undefined) === (l.lon === undefined), 'lat and lon come together')
  .refine((l) => l.precision !== 'town' || l.lat !== undefined, 'a town has coordinates');
const actorRef = z.object({ code: z.string().min(2), sector: z.string().optional(), name: z.string().optional(), id: z.string().optional() }).passthrough();

export const analysisSchema = z.object({
  schema: z.literal('parley.analysis/1'),
  document: z.object({
    id: z.string().regex(/^sha256:[0-9a-f]{64}$/),
    title: z.string(),
    published: isoDate.nullable(),
    source: z.object({ kind: z.string(), uri: z.string() }).passthrough(),
    language: z.string().regex(/^[a-z]{2,3}$/),
  }).passthrough(),
  sentences: z.array(span),
  actors: z.array(quoted.and(actorRef).and(z.object({ kind: z.string() }))),
  times: z.array(quoted.and(z.object({ date: isoDate.optional(), precision: z.enum(['day', 'month', 'year']).optional(), durationDays: z.number().positive().optional() }))),
  events: z.array(z.object({
    id: z.string(),
    sentence: z.number().int().nonnegative(),
    type: z.string().min(3),
    mode: z.string().nullable().optional(),
    cameo: z.string().regex(/^\d{2,4}$/),
    quad: z.number().int().min(1).max(4),
    goldstein: z.number().min(-10).max(10),
    actor: z.array(actorRef),
    recipient: z.array(actorRef),
    date: isoDate.nullable(),
    /** How exact `date` is; a month date is the month's first day, a year date 1 January; null when undated. */
    datePrecision: z.enum(['day', 'month', 'year']).nullable(),
    negated: z.boolean(),
    modality: z.string(),
    evidence: quoted.and(z.object({ trigger: quoted })),
    confidence: z.number().min(0).max(1),
    location: location.optional(),
  }).passthrough()
    .refine((e) => (e.date === null) === (e.datePrecision === null), 'datePrecision is null exactly when date is')
    .refine((e) => e.datePrecision !== 'month' || !!e.date?.endsWith('-01'), 'a month-precision date is the first of its month')
    .refine((e) => e.datePrecision !== 'year' || !!e.date?.endsWith('-01-01'), 'a year-precision date is 1 January')),
  commitments: z.array(z.object({
    id: z.string(),
    kind: z.enum(['pledge', 'ceasefire', 'demand', 'threat', 'agreement', 'ultimatum']),
    by: z.array(actorRef),
    to: z.array(actorRef),
    action: z.string().nullable(),
    refrain: z.boolean(),
    scope: z.string().nullable(),
    starts: isoDate.nullable(),
    ends: isoDate.nullable(),
    durationDays: z.number().nullable(),
    conditions: z.array(z.string()),
    status: z.string(),
    evidence: z.array(quoted),
  }).passthrough()),
  claims: z.array(z.object({
    id: z.string(),
    kind: z.string(),
    text: z.string(),
    span,
    subject: z.string(),
    verdict: z.enum(['supported', 'contradicted', 'unverified']),
    explanation: z.string().min(1),
    evidence: z.array(z.object({ kind: z.enum(['knowledge', 'ledger']) }).passthrough()),
  }).passthrough()),
  errors: z.array(z.object({ component: z.string(), code: z.string(), message: z.string() })),
  timings: z.record(z.number()),
});
