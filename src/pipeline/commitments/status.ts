/**
 * A commitment's standing on any date: its lifecycle (announced -> in force -> extended | expired | withdrawn |
 * collapsed) and its compliance (not yet due, kept, unverified, violated, or disputed while a violation is only
 * alleged or denied). Pure: give it the commitment (merged or single), its violations and the date.
 *
 *   commitmentStatusAsOf({ ...pledge, starts: '2025-03-18', durationDays: 30 }, [], '2025-03-25')
 *   // { lifecycle: 'in-force', status: 'active', compliance: 'not-yet-due', ends: '2025-04-16', daysLeft: 23, … }
 *   commitmentStatusAsOf(samePledge, [], '2025-05-01').lifecycle // 'expired' (compliance 'kept')
 *
 * **Kept** needs evidence: a window that ended with no violation on record where the ledger can see a breach
 * (`breachVisible`: a pledge, ceasefire or agreement by a named party to refrain from an act the events layer codes,
 * "not to strike energy infrastructure for 30 days": every strike of that window would be a ledger event, and none
 * was). Any other commitment whose window ended (a pledge to deliver tanks by August, a demand, a threat) is
 * `expired` and `unverified`: silence is no proof it was kept. (A report of fulfilment, a record of status `kept` from the commitments reader, is not read here yet: that
 * reader also marks "will be unable to fulfil its commitments" and "must ensure that NATO keeps its promise".)
 *
 * The window is closed: `ends` is the last day in force, as a reader takes a stated deadline ("until Sunday" ends on
 * Sunday, "by 2045" on 2045-12-31) and as the commitments gold records it. A 30-day commitment starting 2025-03-18
 * is in force from 2025-03-18 to 2025-04-16 (`durationEnd`) and expired from 2025-04-17 on.
 *
 * An open-ended one-sided commitment (a pledge, demand, threat or ultimatum with no end date) that the ledger has
 * not reported again for `LAPSE_DAYS` (365) days has **lapsed** (status `expired`): a 2019 demand with no later
 * report is no longer shown in force in 2022. The clock runs from its latest report (citation, announcement or
 * turn); a new report revives it. Agreements, treaties and ceasefires without an end do not lapse (they stand
 * until a turn ends them), nor does a commitment read from one article alone (one report cannot tell silence).
 *
 *   commitmentStatusAsOf({ kind: 'demand', starts: '2019-05-01', citations: [{ published: '2019-05-01', … }], … }, [], '2022-01-01')
 *   // { lifecycle: 'lapsed', status: 'expired', ends: '2020-04-29', … } (lapsed on 2020-04-30)
 */
import { addDays, daysBetween } from '../../core/dates.js';
import type {
  CommitmentCompliance, CommitmentRecord, CommitmentStatus, CommitmentTurn, ViolationRecord,
} from '../../core/types.js';

export type CommitmentLifecycle =
  | 'not-yet-announced' | 'proposed' | 'rejected' | 'announced' | 'in-force' | 'extended' | 'expired' | 'lapsed' | 'withdrawn' | 'collapsed';

/** Days without a further report after which an open-ended pledge, demand, threat or ultimatum lapses. */
export const LAPSE_DAYS = 365;
/** Kinds that lapse when no longer reported: one party's word, not a signed agreement or a truce. */
const LAPSING_KINDS = new Set(['pledge', 'demand', 'threat', 'ultimatum']);

export interface CommitmentState {
  asOf: string;
  lifecycle: CommitmentLifecycle;
  /** The lifecycle in the record's `status` vocabulary (DESIGN.md §2). */
  status: CommitmentStatus;
  compliance: CommitmentCompliance;
  /** The window in force as of `asOf`, after any extension that happened by then. */
  starts: string | null;
  ends: string | null;
  daysLeft: number | null;
  /** Violations dated on or before `asOf`. */
  violations: ViolationRecord[];
  /** One sentence a reader can check. */
  explanation: string;
}

const STATUS_OF: Record<CommitmentLifecycle, CommitmentStatus> = {
  'not-yet-announced': 'proposed',
  proposed: 'proposed',
  rejected: 'rejected',
  // agreed but not (yet) in force, e.g. awaiting a condition precedent: not a proposal
  announced: 'announced',
  'in-force': 'active',
  extended: 'extended',
  expired: 'expired',
  lapsed: 'expired',
  withdrawn: 'withdrawn',
  collapsed: 'collapsed',
};

/** The date a commitment became known: its announcement, else its start, else its earliest citation. */
export function announcedOn(c: CommitmentRecord): string | null {
  const cited = (c.citations ?? []).map((x) => x.published).filter((d): d is string => !!d).sort()[0] ?? null;
  return c.announced ?? c.starts ?? cited;
}

/** The last day of a window of `days` days from `starts` (both counted): 30 days from 2025-03-18 end on 2025-04-16. */
export function durationEnd(starts: string, days: number): string {
  return addDays(starts, Math.max(1, days) - 1);
}

/** The last day in force implied by the record: `ends`, else the last of `durationDays` days from `starts`. */
export function endsOn(c: Pick<CommitmentRecord, 'starts' | 'ends' | 'durationDays'>): string | null {
  if (c.ends) return c.ends;
  if (c.starts && c.durationDays) return durationEnd(c.starts, c.durationDays);
  return null;
}

/**
 * The day an open-ended one-sided commitment lapses (its first day no longer in force) as the ledger knew it on
 * `asOf`: its latest report on or before `asOf` plus LAPSE_DAYS; null when it has an end, is of a kind that does not
 * lapse, or rests on one report.
 */
export function lapsesOn(c: CommitmentRecord, asOf: string): string | null {
  if (!LAPSING_KINDS.has(c.kind) || endsOn(c) || (c.citations?.length ?? 0) < 1) return null;
  const dates = [
    ...(c.citations ?? []).map((x) => x.published),
    ...(c.turns ?? []).map((t) => t.date),
    c.announced, c.starts,
  ].filter((d): d is string => !!d && d <= asOf).map((d) => d.slice(0, 10)).sort();
  const last = dates[dates.length - 1];
  return last ? addDays(last, LAPSE_DAYS) : null;
}

/** Kinds whose parties bind themselves: their own acts can break them (a demand or threat binds the other side). */
const SELF_BINDING_KINDS = new Set(['pledge', 'ceasefire', 'agreement']);

/**
 * Whether a breach of the commitment would show in the ledger: a pledge, ceasefire or agreement by a named party to
 * refrain from an act (an event type) from a known start. findViolations looks for breaking events only in these.
 */
export function breachVisible(c: CommitmentRecord): boolean {
  return SELF_BINDING_KINDS.has(c.kind) && c.refrain && !!c.action && !!(c.starts ?? c.announced) && c.by.length > 0;
}

export function commitmentStatusAsOf(c: CommitmentRecord, violations: ViolationRecord[], asOf: string): CommitmentState {
  const announced = announcedOn(c);
  const starts = c.starts ?? null;
  let ends = endsOn(c);
  let extended = false;
  let terminal: { lifecycle: 'withdrawn' | 'collapsed'; date: string } | null = null;

  const turns = (c.turns ?? []).filter((t): t is CommitmentTurn & { date: string } => !!t.date && t.date <= asOf);
  turns.sort((a, b) => a.date.localeCompare(b.date));
  for (const t of turns) {
    if (terminal) break;
    if (t.phase === 'extended') {
      const next = t.ends ?? (t.durationDays && ends ? addDays(ends, t.durationDays) : null);
      // An extension announced after expiry revives the commitment only when it says until when.
      if (next && (!ends || next > ends)) { ends = next; extended = true; }
    } else if (t.phase === 'withdrawn' || t.phase === 'collapsed') {
      terminal = { lifecycle: t.phase, date: t.date };
    }
  }

  let lifecycle: CommitmentLifecycle;
  if (announced && asOf < announced) lifecycle = 'not-yet-announced';
  // a proposal, offer or call is never in force: it stays proposed (or rejected) until an agreement is reported
  else if (c.phase === 'proposed') lifecycle = c.rejectedBy || c.status === 'rejected' ? 'rejected' : 'proposed';
  // a demand its addressee refused ("asked the UK to deal with the DPR, which the UK has refused to do") binds no one
  else if ((c.kind === 'demand' || c.kind === 'ultimatum') && c.rejectedBy?.length && !terminal) lifecycle = 'rejected';
  else if (terminal) lifecycle = terminal.lifecycle;
  // agreed but waiting on a condition ("takes effect only after sanctions are lifted"): not in force
  else if (c.inForceOnlyIf?.length || !starts || asOf < starts) lifecycle = ends && asOf > ends ? 'expired' : 'announced';
  else if (ends && asOf > ends) lifecycle = 'expired';
  else lifecycle = extended ? 'extended' : 'in-force';
  // an open-ended pledge, demand or threat the ledger stopped reporting has lapsed
  const lapse = lifecycle === 'in-force' || lifecycle === 'announced' ? lapsesOn(c, asOf) : null;
  if (lapse && asOf >= lapse) { lifecycle = 'lapsed'; ends = addDays(lapse, -1); }

  const seen = violations.filter((v) => !v.date || v.date <= asOf);
  const compliance = complianceOf(c, lifecycle, seen);
  // (the last day counts: a commitment ending today has one day left)
  const daysLeft = (lifecycle === 'in-force' || lifecycle === 'extended') && ends ? daysBetween(asOf, ends) + 1 : null;
  return {
    asOf,
    lifecycle,
    status: STATUS_OF[lifecycle],
    compliance,
    starts,
    ends,
    daysLeft,
    violations: seen,
    explanation: explain(c, lifecycle, compliance, { asOf, starts, ends, announced, terminal, seen }),
  };
}

function complianceOf(c: CommitmentRecord, lifecycle: CommitmentLifecycle, seen: ViolationRecord[]): CommitmentCompliance {
  if (seen.some((v) => v.standing === 'corroborated')) return 'violated';
  if (seen.length) return 'disputed';
  // (a lapsed commitment had no window to keep, and one the ledger cannot see broken proves nothing by silence)
  if (lifecycle !== 'expired') return 'not-yet-due';
  return breachVisible(c) ? 'kept' : 'unverified';
}

interface ExplainFacts {
  asOf: string;
  starts: string | null;
  ends: string | null;
  announced: string | null;
  terminal: { lifecycle: string; date: string } | null;
  seen: ViolationRecord[];
}

function explain(c: CommitmentRecord, lifecycle: CommitmentLifecycle, compliance: CommitmentCompliance, f: ExplainFacts): string {
  const who = [...new Set(c.by.map((a) => a.code))].join(' and ') || 'an unnamed party';
  const what = `${who}'s ${c.kind}${c.scope ? ` on ${c.scope}` : ''}`;
  const window = f.starts ? ` (${f.starts} to ${f.ends ?? 'open-ended'})` : '';
  const head: Record<CommitmentLifecycle, string> = {
    'not-yet-announced': `As of ${f.asOf}, ${what} had not yet been announced (first reported ${f.announced})`,
    proposed: `As of ${f.asOf}, ${what} was only proposed${f.announced ? ` (reported ${f.announced})` : ''}, never in force`,
    rejected: `As of ${f.asOf}, ${what} was ${c.phase === 'proposed' ? 'a proposal ' : ''}rejected by ${[...new Set((c.rejectedBy ?? []).map((a) => a.code))].join(' and ') || 'the other side'}, never in force`,
    announced: `As of ${f.asOf}, ${what} was announced${f.announced ? ` on ${f.announced}` : ''} but not in force${c.inForceOnlyIf?.length ? ` (it takes effect only ${c.inForceOnlyIf.map((x) => `once ${x}`).join(' and ')})` : ''}`,
    'in-force': `As of ${f.asOf}, ${what} was in force${window}`,
    extended: `As of ${f.asOf}, ${what} was in force after an extension${window}`,
    expired: `As of ${f.asOf}, ${what} had expired${f.ends ? ` (in force until ${f.ends})` : ''}`,
    lapsed: `As of ${f.asOf}, ${what} had lapsed on ${f.ends ? addDays(f.ends, 1) : 'an unknown day'}: open-ended, and not reported again for ${LAPSE_DAYS} days after ${f.ends ? addDays(f.ends, 1 - LAPSE_DAYS) : 'its last report'}`,
    withdrawn: `As of ${f.asOf}, ${what} had been withdrawn on ${f.terminal?.date}`,
    collapsed: `As of ${f.asOf}, ${what} had collapsed on ${f.terminal?.date}`,
  };
  const tail: Record<CommitmentCompliance, string> = {
    'not-yet-due': '',
    unverified: '; nothing on record says whether it was kept',
    kept: ', with no violation on record',
    violated: `, violated by independent reports (${f.seen.filter((v) => v.standing === 'corroborated').length})`,
    disputed: `, with ${f.seen.length} disputed violation${f.seen.length === 1 ? '' : 's'} (${[...new Set(f.seen.map((v) => v.standing))].join(', ')})`,
  };
  return `${head[lifecycle]}${tail[compliance]}.`;
}
