/**
 * Reading the ledger for the CLI (and anyone else): events, clusters, documents and claims pass through to
 * the store's filtered, paged lists; commitments "as of" a date come from the one standing service
 * (commitments.service.ts) that check, the API and the board call too.
 *
 *   const page = await queryEvents(store, { actor: 'RUS', type: 'ASSAULT' }, { limit: 20 });
 *   const standing = await commitmentsAsOfDate(store, { by: 'RUS' }, '2025-03-25');
 */
import type { CommitmentAsOf } from '../pipeline/commitments/index.js';
import type { CommitmentFilter, EventFilter, Page, PageRequest, Store } from '../store/index.js';
import { commitmentStandings } from './commitments.service.js';

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

/** Commitments known on `asOf`, merged across reports, with status, compliance and violations on that date (one service for all readers). */
export async function commitmentsAsOfDate(store: Store, filter: CommitmentFilter, asOf: string): Promise<CommitmentAsOf[]> {
  return commitmentStandings(store, { by: filter.by, to: filter.to, kind: filter.kind }, asOf);
}
