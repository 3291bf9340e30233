/**
 * Checking a pasted article: analyse it on the analysis pool within the request's time budget, verify its claims against the knowledge base and the ledger
 * (src/services/check.service.ts; nothing is stored) and hand back its annotated view with the verdicts and a tally.
 *
 *   await checkText(store, { text: 'Former U.S. President Donald Trump spoke with Putin on Tuesday…', date: '2025-03-19' })
 *   // { article: { claims: [{ verdict: 'contradicted', … }] }, summary: { contradicted: 1, supported: 0, unverified: 0 } }
 */
import type { AnalysisPool } from '../../ingest/pool/analysis-pool.js';
import type { Store } from '../../store/index.js';
import { checkDocument } from '../../services/check.service.js';
import type { CheckResult } from '../contract.js';
import { toArticleView } from './article.js';

export async function checkText(store: Store, input: { text: string; title?: string; date?: string }, pool: AnalysisPool, timeoutMs?: number): Promise<CheckResult> {
  const doc = await pool.article(input.text, { kind: 'text', uri: 'api:check' }, { date: input.date, title: input.title }, { timeoutMs });
  const report = await checkDocument(doc, store);
  doc.layers.claims = report.claims;
  const article = toArticleView(doc);
  const summary = { supported: 0, contradicted: 0, unverified: 0 };
  for (const c of article.claims) summary[c.verdict]++;
  return { article, summary };
}
