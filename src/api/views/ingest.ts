/**
 * Ingest through the API: pasted text is analysed and saved here (one document, one transaction); a URL or
 * feed goes through the ingest service like `parley ingest URL` (private addresses refused, back-off kept).
 *
 *   await ingestBody(store, { text: 'Kyiv, 25 April 2025 — …', date: '2025-04-25' })   // { added: 1, … }
 */
import { ParleyError, type ErrorCode } from '../../core/errors.js';
import type { AnalysisPool } from '../../ingest/pool/analysis-pool.js';
import { ingestSources } from '../../services/ingest.service.js';
import type { Store } from '../../store/index.js';
import type { IngestResult } from '../contract.js';

export type IngestBody = { text: string; title?: string; date?: string; source?: string } | { url: string; date?: string } | { feed: string };

export async function ingest(store: Store, body: IngestBody, allowHosts: readonly string[], pool: AnalysisPool, timeoutMs?: number): Promise<IngestResult> {
  if ('text' in body) {
    // Like a file: a Title:/Date: header or HTML is read, NUL bytes and oversized text refused (on the pool, within the budget).
    const doc = await pool.article(body.text, { kind: 'text', uri: body.source ?? 'api:ingest', ...(body.source ? { name: body.source } : {}) }, { date: body.date, title: body.title }, { timeoutMs });
    const r = await store.saveDocument(doc);
    return { added: r.status === 'added' ? 1 : 0, skipped: r.status === 'added' ? 0 : 1, failed: [], documentIds: [r.id] };
  }
  const spec = 'url' in body ? body.url : body.feed;
  const summary = await ingestSources(store, [spec], { allowHosts, date: 'url' in body ? body.date : undefined, pool, force: true });
  const failures = summary.failed ? await store.runs.failures(summary.runId) : [];
  // The address itself failed (refused, unreachable, not a page): an error answer, not a 200 with the failure inside.
  const whole = failures.find((f) => f.source_uri === spec && !f.item);
  if (whole && !summary.added && !summary.duplicates) throw new ParleyError(whole.code.replace(/^PARLEY_E_/, '') as ErrorCode, whole.message);
  return {
    added: summary.added,
    skipped: summary.duplicates + summary.nearDuplicates,
    failed: failures.map((f) => ({ source: f.source_uri, code: `PARLEY_E_${f.code.replace(/^PARLEY_E_/, '')}`, message: f.message })),
    documentIds: [],
  };
}
