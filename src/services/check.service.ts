/**
 * `check` as a service for the CLI and the API: analyse an article, open the ledger when there is one, verify
 * its claims and commitments, and hand back a `parley.check/1` object.
 *
 *   const report = await checkDocument(readArticleFile('a.txt'), store);   // store may be null: knowledge only
 *   report.claims.filter((c) => c.verdict === 'contradicted')
 */
import type { ClaimRecord, Document } from '../core/types.js';
import type { Store } from '../store/index.js';
import { publicUrl, reviewed, toClaimReview } from '../verify/claimreview.js';
import { verifyDocument, type CommitmentCheck } from '../verify/document.js';
import { analyzeDocument } from './analyze.service.js';
import { storeLedger } from './ledger.service.js';

export const CHECK_SCHEMA = 'parley.check/1';

export interface CheckReport {
  schema: typeof CHECK_SCHEMA;
  document: { id: string; title: string; published: string | null; source: Document['source'] };
  /** The ledger consulted (its address without password), or null when only the knowledge base was. */
  ledger: string | null;
  asOf: string;
  claims: ClaimRecord[];
  commitments: CommitmentCheck[];
}

export async function checkDocument(doc: Document, store: Store | null, asOf?: string): Promise<CheckReport> {
  const analysed = doc.layers.sentences ? doc : analyzeDocument(doc);
  const day = asOf ?? analysed.published ?? new Date().toISOString().slice(0, 10);
  const result = await verifyDocument(analysed, store ? storeLedger(store) : null, undefined, day);
  return {
    schema: CHECK_SCHEMA,
    document: { id: analysed.id, title: analysed.title, published: analysed.published, source: analysed.source },
    ledger: store?.label ?? null,
    asOf: day,
    claims: result.claims,
    commitments: result.commitments,
  };
}

/** The report's contradicted claims (supported and unverified ones when asked) as ClaimReview JSON-LD objects. */
export function claimReviews(report: CheckReport, include: { supported?: boolean; unverified?: boolean } = {}) {
  const source = report.document.source;
  const article = { title: report.document.title, published: report.document.published, url: publicUrl(source.uri) ?? '', outlet: source.name ?? null, documentId: report.document.id };
  return report.claims.filter((c) => reviewed(c.verdict, include)).map((c) => toClaimReview(c, article));
}
