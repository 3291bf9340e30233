/**
 * Checking a pasted article: analyse it, verify its claims against the knowledge base and the ledger
 * (src/services/check.service.ts; nothing is stored) and hand back its annotated view with the verdicts and a tally, as
 * JSON text. All of it runs on an analysis-pool thread within the request's time budget (../check.worker.ts),
 * so the request thread stays free; an in-memory ledger, which a thread cannot open, is verified here.
 *
 *   await checkText(store, { text: 'Former U.S. President Donald Trump spoke with Putin on Tuesday…', date: '2025-03-19' }, pool, 10_000)
 *   // '{"article":{…,"claims":[{"verdict":"contradicted",…}]},"summary":{"contradicted":1,"supported":0,"unverified":0}}'
 */
import { ParleyError, type ErrorCode } from '../../core/errors.js';
import type { Document } from '../../core/types.js';
import type { AnalysisPool } from '../../ingest/pool/analysis-pool.js';
import type { Store } from '../../store/index.js';
import { checkDocument } from '../../services/check.service.js';
import type { ReadOptions } from '../../ingest/read-input.js';
import type { CheckResult } from '../contract.js';
import { toArticleView } from './article.js';

/** The module of a check on a pool thread: pools that serve checks preload it (`preload: [CHECK_WORKER.href]`). */
export const CHECK_WORKER = new URL('../check.worker.js', import.meta.url);

/** What the request thread sends to the pool thread, and what comes back (JSON text, or a coded error as a value). */
export interface CheckTask { text: string; opts: ReadOptions; db: string }
export type CheckOutcome = { json: string; error?: undefined } | { error: { code: string; message: string; hint: string }; json?: undefined };

/** An analysed document's check: its article view with the verdicts, and their tally. */
export async function checkedView(doc: Document, store: Store): Promise<CheckResult> {
  const report = await checkDocument(doc, store);
  doc.layers.claims = report.claims;
  const article = toArticleView(doc);
  const summary = { supported: 0, contradicted: 0, unverified: 0 };
  for (const c of article.claims) summary[c.verdict]++;
  return { article, summary };
}

export async function checkText(store: Store, input: { text: string; title?: string; date?: string }, pool: AnalysisPool, timeoutMs?: number): Promise<string> {
  const opts = { date: input.date, title: input.title };
  if (store.kind === 'sqlite' && /^(:memory:|file::memory:)/.test(store.url)) {
    const doc = await pool.article(input.text, { kind: 'text', uri: 'api:check' }, opts, { timeoutMs });
    return JSON.stringify(await checkedView(doc, store));
  }
  const task: CheckTask = { text: input.text, opts, db: store.url };
  const out = await pool.runModule<CheckOutcome>(CHECK_WORKER, task, { timeoutMs });
  if (out.error) throw new ParleyError(out.error.code as ErrorCode, out.error.message, out.error.hint);
  return out.json;
}
