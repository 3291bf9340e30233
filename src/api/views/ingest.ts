/**
 * Ingest through the API: pasted text is analysed and saved here (one document, one transaction); a URL or
 * feed goes through the ingest service like `parley ingest URL` (private addresses refused, back-off kept).
 *
 *   await ingestBody(store, { text: 'Kyiv, 25 April 2025 — …', date: '2025-04-25' })   // { added: 1, … }
 */
import { articleFromText } from '../../ingest/read-input.js';
import { analyzeDocument } from '../../services/analyze.service.js';
import { ingestSources } from '../../services/ingest.service.js';
import type { Store } from '../../store/index.js';
import type { IngestResult } from '../contract.js';

export type IngestBody = { text: string; title?: string; date?: string; source?: string } | { url: string; date?: string } | { feed: string };

export async function ingest(store: Store, body: IngestBody, allowHosts: readonly string[] = []): Promise<IngestResult> {
  if ('text' in body) {
    // Like a file: a Title:/Date: header or HTML is read, NUL bytes and oversized text refused.
    const doc = analyzeDocument(articleFromText(body.text, { kind: 'text', uri: body.source ?? 'api:ingest', ...(body.source ? { name: body.source } : {}) }, { date: body.date, title: body.title }));
    const r = await store.saveDocument(doc);
    return { added: r.status === 'added' ? 1 : 0, skipped: r.status === 'added' ? 0 : 1, failed: [], documentIds: [r.id] };
  }
  const spec = 'url' in body ? body.url : body.feed;
  const summary = await ingestSources(store, [spec], { allowHosts, date: 'url' in body ? body.date : undefined, threads: 1, force: true });
  const failures = summary.failed ? await store.runs.failures(summary.runId) : [];
  return {
    added: summary.added,
    skipped: summary.duplicates + summary.nearDuplicates,
    failed: failures.map((f) => ({ source: f.source_uri, code: `PARLEY_E_${f.code.replace(/^PARLEY_E_/, '')}`, message: f.message })),
    documentIds: [],
  };
}
