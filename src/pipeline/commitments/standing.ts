/**
 * Commitments' standing on a date, from the ledger's raw reports: merge the same commitment told by several
 * articles (merge.ts), find its violations among later events (violations.ts), and give its state on the date
 * (status.ts). Pure functions (the events come through a callback); `parley check`, `parley query commitments`,
 * the API and the board all call `standingsAsOf` through services/commitments.service.ts.
 *
 *   for (const { commitment, state } of commitmentsAsOf(reports, events, '2025-03-25'))
 *     console.log(commitment.kind, commitment.scope, state.lifecycle, state.compliance);
 *   // pledge energy infrastructure in-force not-yet-due
 */
import { addDays } from '../../core/dates.js';
import type { CommitmentRecord } from '../../core/types.js';
import { mergeCommitments, type CommitmentReport } from './merge.js';
import { commitmentStatusAsOf, endsOn, lapsesOn, type CommitmentState } from './status.js';
import { findViolations, type LedgerEvent } from './violations.js';

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
  return mergeCommitments(known).flatMap((merged) => standing(merged, events, asOf));
}

function standing(merged: CommitmentRecord, events: readonly LedgerEvent[], asOf: string): CommitmentAsOf[] {
  const violations = findViolations(merged, events.filter((e) => !e.published || e.published <= asOf));
  const state = commitmentStatusAsOf(merged, violations, asOf);
  if (state.lifecycle === 'not-yet-announced') return [];
  return [{ commitment: { ...merged, violations: state.violations, status: state.status, compliance: state.compliance }, state }];
}

/** The events a merged commitment could be broken by: its refrained action, by a bound party, inside its window. */
export type ViolationQuery = { type: string; actors: string[]; from: string; to?: string | null };

/**
 * The one computation of commitments' standing on a date, for every caller (`parley check`, `parley query
 * commitments`, the API and the board): every report known on `asOf` (all parties: an accusation is filed by the
 * accuser) merged, each merged commitment's candidate violations read from the ledger through `events`, then
 * violations and state as of `asOf`.
 *
 *   await standingsAsOf(reports, (q) => ledger.events(q), '2025-05-01')
 */
export async function standingsAsOf(reports: readonly CommitmentReport[], events: (q: ViolationQuery) => Promise<LedgerEvent[]>, asOf: string): Promise<CommitmentAsOf[]> {
  const known = reports.filter((r) => !r.published || r.published <= asOf);
  const out: CommitmentAsOf[] = [];
  for (const merged of mergeCommitments(known)) {
    const q = violationQuery(merged, asOf);
    out.push(...standing(merged, q ? await events(q) : [], asOf));
  }
  return out;
}

function violationQuery(c: CommitmentRecord, asOf: string): ViolationQuery | null {
  const starts = c.starts ?? c.announced ?? null;
  if (!c.refrain || !c.action || !starts || starts > asOf || !c.by.length) return null;
  // (the last day in force: `ends`, or the day before a lapse)
  const lapse = lapsesOn(c, asOf);
  const ends = c.turns?.some((t) => t.phase === 'extended') ? null : endsOn(c) ?? (lapse ? addDays(lapse, -1) : null);
  return { type: c.action, actors: [...new Set(c.by.map((b) => b.code))], from: starts, to: ends && ends < asOf ? ends : addDays(asOf, 1) };
}
