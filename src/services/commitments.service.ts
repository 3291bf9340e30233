/**
 * Commitments' standing on a date, for every reader of the ledger: `parley query commitments --as-of`, `parley
 * check`, the API's /api/commitments and the board all call this one function, so they agree on every
 * commitment's status, compliance and violations. It reads every commitment report published by `asOf` (all
 * parties: accusations are filed by the accuser), adds the caller's own (`parley check` adds the article's), and
 * leaves the computation to src/pipeline/commitments/standing.ts `standingsAsOf`; the filter applies to the merged records.
 *
 *   const standings = await commitmentStandings(store, { by: 'RUS' }, '2025-05-01');
 *   standings.map((s) => [s.commitment.scope, s.state.lifecycle, s.state.compliance, s.state.violations.length])
 */
import { standingsAsOf, type CommitmentAsOf, type CommitmentReport } from '../pipeline/commitments/index.js';
import type { Store, StoredCommitment } from '../store/index.js';
import { storeLedger } from './ledger.service.js';

export interface StandingFilter { by?: string; to?: string; kind?: string; status?: string }

/** Upper bound on the reports read, so a huge ledger cannot stall a request. */
const MAX_REPORTS = 20_000;

export async function commitmentStandings(store: Store, filter: StandingFilter, asOf: string, extra: readonly CommitmentReport[] = []): Promise<CommitmentAsOf[]> {
  const reports: CommitmentReport[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: StoredCommitment[]; nextCursor: string | null } = await store.listCommitments({}, { limit: 1000, cursor });
    for (const c of page.items) reports.push({ commitment: c, documentId: c.documentId, published: c.published, source: c.sourceName, quote: c.quotes.join(' ') });
    cursor = page.nextCursor;
  } while (cursor && reports.length < MAX_REPORTS);
  const standings = await standingsAsOf([...reports, ...extra], storeLedger(store).events, asOf);
  return standings.filter(({ commitment: c, state }) =>
    (!filter.by || c.by.some((a) => a.code === filter.by))
    && (!filter.to || c.to.some((a) => a.code === filter.to))
    && (!filter.kind || c.kind === filter.kind)
    && (!filter.status || state.status === filter.status));
}
