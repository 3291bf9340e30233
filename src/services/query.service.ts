/**
 * Reading the ledger for the CLI and the API: events, clusters, documents and claims pass through to the store's
 * filtered, paged lists (documents and claims in the API's shapes too); commitments "as of" a date come from the one standing service
 * (commitments.service.ts) that check, the API and the board call too.
 *
 *   const page = await queryEvents(store, { actor: 'RUS', type: 'ASSAULT' }, { limit: 20 });
 *   const standing = await commitmentsAsOfDate(store, { by: 'RUS' }, '2025-03-25');
 */
import type { CommitmentAsOf } from '../pipeline/commitments/index.js';
import type { ClaimFilter, CommitmentFilter, DocumentFilter, EventFilter, Page, PageRequest, Store } from '../store/index.js';
import { commitmentStandings } from './commitments.service.js';
import type { ClaimItem, DocumentSummary } from './contract.js';

export const queryEvents = (store: Store, filter: EventFilter, page?: PageRequest) => store.listEvents(filter, page);

/** Documents as the API lists them (without provenance and near-duplicate details). */
export async function documentSummaries(store: Store, filter: DocumentFilter, page: PageRequest): Promise<Page<DocumentSummary>> {
  const p = await store.listDocuments(filter, page);
  return { items: p.items.map((d) => ({ id: d.id, title: d.title, published: d.published, source: d.source })), nextCursor: p.nextCursor };
}

/** Checked claims as the API lists them: the claim's words as `text`. */
export async function claimItems(store: Store, filter: ClaimFilter, page: PageRequest): Promise<Page<ClaimItem>> {
  const p = await store.listClaims(filter, page);
  return {
    items: p.items.map((x) => ({ id: x.id, documentId: x.documentId, kind: x.kind, text: x.quote, span: x.span, subject: x.subject, asserted: x.asserted, verdict: x.verdict, explanation: x.explanation, evidence: x.evidence })),
    nextCursor: p.nextCursor,
  };
}

/** Every row of a paged list (for exports and as-of views), at most `cap` rows. */
export async function* allPages<T>(fetch: (page: PageRequest) => Promise<Page<T>>, order: 'asc' | 'desc' = 'asc', cap = Infinity): AsyncGenerator<T> {
  let cursor: string | null = null;
  let n = 0;
  do {
    const page: Page<T> = await fetch({ limit: 500, cursor, order });
    for (const item of page.items) {
      if (n++ >= cap) return;
      yield item;
    }
    cursor = page.nextCursor;
  } while (cursor);
}

/** Commitments known on `asOf`, merged across reports, with status, compliance and violations on that date (one service for all readers). */
export async function commitmentsAsOfDate(store: Store, filter: CommitmentFilter, asOf: string): Promise<CommitmentAsOf[]> {
  return commitmentStandings(store, { by: filter.by, to: filter.to, kind: filter.kind }, asOf);
}
