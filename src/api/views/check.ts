/**
 * Checking a pasted article: analyse it, verify its claims against the knowledge base and the ledger
 * (src/verify/check.ts; nothing is stored) and hand back its annotated view with the verdicts and a tally.
 *
 *   await checkText(store, { text: 'Former U.S. President Donald Trump spoke with Putin on Tuesday…', date: '2025-03-19' })
 *   // { article: { claims: [{ verdict: 'contradicted', … }] }, summary: { contradicted: 1, supported: 0, unverified: 0 } }
 */
import { articleFromText } from '../../ingest/read-input.js';
import { analyzeDocument } from '../../services/analyze.service.js';
import type { Store } from '../../store/index.js';
import { checkDocument } from '../../verify/check.js';
import type { CheckResult } from '../contract.js';
import { toArticleView } from './article.js';

export async function checkText(store: Store, input: { text: string; title?: string; date?: string }): Promise<CheckResult> {
  const doc = analyzeDocument(articleFromText(input.text, { kind: 'text', uri: 'api:check' }, { date: input.date, title: input.title }));
  const report = await checkDocument(doc, store);
  doc.layers.claims = report.claims;
  const article = toArticleView(doc);
  const summary = { supported: 0, contradicted: 0, unverified: 0 };
  for (const c of article.claims) summary[c.verdict]++;
  return { article, summary };
}
