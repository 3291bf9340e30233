/**
 * One endpoint's contract, registered with its route: the zod schemas of its path parameters, query and body,
 * what it answers, and a summary. The handler reads its input through the same contract (`events.query(c)`),
 * and the OpenAPI document (openapi.ts) is generated from the contracts of the routes the app registers, so
 * the document cannot describe a parameter the handler does not validate, or miss one it does.
 *
 *   const events = endpoint({ summary: 'Events with filters', query: eventsQuery, response: pageOf('Event') });
 *   r.get('/events', events, async (c) => c.json(await listEventItems(store, events.query(c))));
 */
import type { Context, MiddlewareHandler } from 'hono';
import { z, type ZodTypeAny } from 'zod';
import { ParleyError } from '../core/errors.js';
import { validate } from './schemas.js';

/** A JSON Schema (OpenAPI 3.1 schema object) for what an endpoint answers. */
export type JsonSchema = Record<string, unknown>;

export interface EndpointSpec<Q extends ZodTypeAny = ZodTypeAny, P extends ZodTypeAny = ZodTypeAny, B extends ZodTypeAny = ZodTypeAny> {
  summary: string;
  description?: string;
  params?: P;
  query?: Q;
  body?: B;
  /** The 200 answer: a JSON Schema (usually a $ref to a component) for application/json ... */
  response?: JsonSchema;
  /** ... or other media types (exports), each with its schema or none. */
  content?: Record<string, JsonSchema>;
  /** Error statuses besides 400, 429 and 500 (404, 401, 413, 422). */
  errors?: number[];
  /** The write endpoints: a bearer token. */
  auth?: boolean;
}

export interface Endpoint<Q extends ZodTypeAny, P extends ZodTypeAny, B extends ZodTypeAny> extends MiddlewareHandler {
  readonly spec: EndpointSpec<Q, P, B>;
  query(c: Context): z.output<Q>;
  params(c: Context): z.output<P>;
  body(c: Context): Promise<z.output<B>>;
}

export function endpoint<Q extends ZodTypeAny = ZodTypeAny, P extends ZodTypeAny = ZodTypeAny, B extends ZodTypeAny = ZodTypeAny>(spec: EndpointSpec<Q, P, B>): Endpoint<Q, P, B> {
  const mw: MiddlewareHandler = async (_c, next) => { await next(); };
  const need = <S extends ZodTypeAny>(s: S | undefined, what: string): S => {
    if (!s) throw new Error(`endpoint "${spec.summary}" declares no ${what} schema`);
    return s;
  };
  return Object.assign(mw, {
    spec,
    query: (c: Context) => validate(need(spec.query, 'query'), c.req.query(), 'query'),
    params: (c: Context) => validate(need(spec.params, 'params'), c.req.param(), 'path'),
    body: async (c: Context) => validate(need(spec.body, 'body'), await jsonBody(c), 'body'),
  });
}

/** The endpoint contract of a registered handler, or undefined for plain handlers and middleware. */
export function specOf(handler: unknown): EndpointSpec | undefined {
  return (handler as { spec?: EndpointSpec } | null)?.spec;
}

async function jsonBody(c: Context): Promise<unknown> {
  if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) {
    throw new ParleyError('BAD_REQUEST', 'the request body must be JSON (Content-Type: application/json)');
  }
  try {
    return await c.req.json();
  } catch {
    throw new ParleyError('INPUT_BAD_JSON', 'the request body is not valid JSON', 'send one JSON object');
  }
}
