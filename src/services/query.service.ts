/**
 * Reading the ledger for the CLI (and anyone else): events, clusters, documents and claims pass through to
 * the store's filtered, paged lists; commitments "as of" a date are merged across articles and given their
 * standing on that date by src/analysis/commitments.ts (violations found among the ledger's later events).
 *
 *   const page = await queryEvents(store, { actor: 'RUS', type: 'ASSAULT' }, { limit: 20 });
 *   const standing = await commitmentsAsOfDate(store, { by: 'RUS' }, '2025-03-25');
 */
import { commitmentsAsOf, type CommitmentAsOf, type CommitmentReport, type LedgerEvent } from '../analysis/commitments.js';
import type { CommitmentFilter, EventFilter, Page, PageRequest, StoredCommitment, StoredEvent, Store } from '../store/index.js';

export const queryEvents = (store: Store, filter: EventFilter, page?: PageRequest) => store.listEvents(filter, page);

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

/** Commitments known on `asOf`, merged across reports, with status, compliance and violations on that date. */
export async function commitmentsAsOfDate(store: Store, filter: CommitmentFilter, asOf: string, cap = 20_000): Promise<CommitmentAsOf[]> {
  const rows: StoredCommitment[] = [];
  for await (const c of allPages((p) => store.listCommitments({ ...filter, until: minDate(filter.until, asOf) }, p), 'asc', cap)) rows.push(c);
  const reports: CommitmentReport[] = rows.map((c) => ({ commitment: c, documentId: c.documentId, published: c.published, source: c.sourceName, quote: c.quotes.join(' ') }));
  const parties = [...new Set(rows.flatMap((c) => c.by.map((a) => a.code)))];
  const earliest = rows.map((c) => c.starts ?? c.announced ?? c.day).sort()[0];
  const events: LedgerEvent[] = [];
  for (const actor of parties) {
    for await (const e of allPages((p) => store.listEvents({ actor, ...(earliest ? { from: earliest } : {}), to: asOf }, p), 'asc', cap)) events.push(toLedgerEvent(e));
  }
  return commitmentsAsOf(reports, events, asOf);
}

function toLedgerEvent(e: StoredEvent): LedgerEvent {
  return {
    id: e.uid, documentId: e.documentId ?? e.uid, source: e.sourceName, published: e.published, date: e.date, type: e.type,
    actor: e.actor, recipient: e.recipient, negated: e.negated, modality: e.modality, text: e.evidenceText,
  };
}

function minDate(a: string | undefined, b: string): string {
  return a && a < b ? a : b;
}
