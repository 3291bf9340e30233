/**
 * POST endpoints: check (claims of a pasted article with verdicts; stores nothing, so no token) and ingest
 * (adds to the ledger; needs a token). Their analysis (for check, its verification and JSON too) runs on the
 * worker-thread pool within a time budget (ANALYSIS_TIMEOUT past it), so the server keeps answering meanwhile.
 *
 *   POST /api/check  {"text": "…", "date": "2025-03-19"}
 *   POST /api/ingest {"text": "…"} | {"url": "https://…"} | {"feed": "https://…/rss"}   (Authorization: Bearer pt_…)
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { ParleyError } from '../../core/errors.js';
import type { AnalysisPool } from '../../ingest/pool/analysis-pool.js';
import type { Store } from '../../store/index.js';
import { checkBody, ingestBody, validate } from '../schemas.js';
import { checkText } from '../views/check.js';
import { ingest } from '../views/ingest.js';

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

/** Where the analysis of a request runs (off the request thread) and how long it may take. */
export interface Analysis { pool: () => AnalysisPool; budgetMs: number }

export function writeRoutes(store: Store, auth: MiddlewareHandler, allowHosts: readonly string[], onWrite: () => void, analysis: Analysis): Hono {
  const r = new Hono();
  r.post('/check', async (c) => c.body(await checkText(store, validate(checkBody, await jsonBody(c), 'body'), analysis.pool(), analysis.budgetMs), 200, { 'content-type': 'application/json' }));
  r.post('/ingest', auth, async (c) => {
    const result = await ingest(store, validate(ingestBody, await jsonBody(c), 'body'), allowHosts, analysis.pool(), analysis.budgetMs);
    onWrite();
    return c.json(result);
  });
  return r;
}
