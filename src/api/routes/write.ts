/**
 * POST endpoints: check (claims of a pasted article with verdicts; stores nothing, so no token) and ingest
 * (adds to the ledger; needs a token). Their analysis (for check, its verification and JSON too) runs on the
 * worker-thread pool within a time budget (ANALYSIS_TIMEOUT past it), so the server keeps answering meanwhile.
 *
 *   POST /api/check  {"text": "…", "date": "2025-03-19"}
 *   POST /api/ingest {"text": "…"} | {"url": "https://…"} | {"feed": "https://…/rss"}   (Authorization: Bearer pt_…)
 */
import { Hono, type MiddlewareHandler } from 'hono';
import type { AnalysisPool } from '../../ingest/pool/analysis-pool.js';
import type { Store } from '../../store/index.js';
import { ref } from '../openapi.js';
import { endpoint } from '../route.js';
import { checkBody, ingestBody } from '../schemas.js';
import { checkText } from '../views/check.js';
import { ingest } from '../views/ingest.js';

const check = endpoint({ summary: 'Claims of a pasted article with verdicts (nothing stored)', body: checkBody, response: ref('CheckResult'), errors: [413, 422] });
const ingestEp = endpoint({ summary: 'Add an article (text), a web page (url) or a feed to the ledger', body: ingestBody, response: ref('IngestResult'), errors: [401, 413, 422], auth: true });

/** Where the analysis of a request runs (off the request thread) and how long it may take. */
export interface Analysis { pool: () => AnalysisPool; budgetMs: number }

export function writeRoutes(store: Store, auth: MiddlewareHandler, allowHosts: readonly string[], onWrite: () => void, analysis: Analysis): Hono {
  const r = new Hono();
  r.post('/check', check, async (c) => c.body(await checkText(store, await check.body(c), analysis.pool(), analysis.budgetMs), 200, { 'content-type': 'application/json' }));
  r.post('/ingest', ingestEp, auth, async (c) => {
    const result = await ingest(store, await ingestEp.body(c), allowHosts, analysis.pool(), analysis.budgetMs);
    onWrite();
    return c.json(result);
  });
  return r;
}
