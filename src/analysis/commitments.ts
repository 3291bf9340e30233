/**
 * Commitments over time, from the ledger's raw reports: merge the same commitment told by several articles,
 * find its violations among later events, and give its standing on any date. Pure functions; the store reads
 * the rows, these decide.
 *
 *   // `parley query commitments --as-of 2025-03-25`:
 *   for (const { commitment, state } of commitmentsAsOf(reports, events, '2025-03-25'))
 *     console.log(commitment.kind, commitment.scope, state.lifecycle, state.compliance);
 *   // pledge energy infrastructure in-force not-yet-due
 *
 * Building blocks, usable alone:
 *   mergeCommitments(reports)                      -> CommitmentRecord[] (citations + turns)
 *   findViolations(commitment, events)             -> ViolationRecord[]
 *   commitmentStatusAsOf(commitment, violations, asOf) -> CommitmentState { lifecycle, status, compliance, … }
 */
import type { CommitmentRecord } from '../core/types.js';
import { mergeCommitments, type CommitmentReport } from './commitments.merge.js';
import { commitmentStatusAsOf, type CommitmentState } from './commitments.status.js';
import { findViolations, type LedgerEvent } from './commitments.violations.js';

export { commitmentKey, isTurn, mergeCommitments, sameCommitment, type CommitmentReport } from './commitments.merge.js';
export { announcedOn, commitmentStatusAsOf, endsOn, type CommitmentLifecycle, type CommitmentState } from './commitments.status.js';
export { findViolations, type LedgerEvent } from './commitments.violations.js';

export interface CommitmentAsOf {
  /** The merged record, with `violations`, `status` and `compliance` filled for the date. */
  commitment: CommitmentRecord;
  state: CommitmentState;
}

/**
 * Every commitment known on `asOf` (announced on or before it), merged across articles, with its violations
 * and state. Reports published after `asOf` are ignored, so the answer is what the ledger knew then.
 */
export function commitmentsAsOf(reports: readonly CommitmentReport[], events: readonly LedgerEvent[], asOf: string): CommitmentAsOf[] {
  const known = reports.filter((r) => !r.published || r.published <= asOf);
  const out: CommitmentAsOf[] = [];
  for (const merged of mergeCommitments(known)) {
    const violations = findViolations(merged, events.filter((e) => !e.published || e.published <= asOf));
    const state = commitmentStatusAsOf(merged, violations, asOf);
    if (state.lifecycle === 'not-yet-announced') continue;
    out.push({ commitment: { ...merged, violations: state.violations, status: state.status, compliance: state.compliance }, state });
  }
  return out;
}
