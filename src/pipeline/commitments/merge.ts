/**
 * Merges the same commitment reported by several articles into one record with all its evidence, and folds
 * later reports about it (extended, withdrawn, collapsed, accused of violation, denied) into its `turns`. Pure.
 *
 *   mergeCommitments([
 *     { commitment: pledgeFromA, documentId: 'sha256:a', published: '2025-03-19', source: 'Wire A', quote: '…' },
 *     { commitment: pledgeFromB, documentId: 'sha256:b', published: '2025-03-19', source: 'Paper B', quote: '…' },
 *     { commitment: accusationFromC, documentId: 'sha256:c', published: '2025-03-21', quote: '…' },
 *   ]) // -> [{ kind: 'pledge', starts: '2025-03-18', citations: [a, b], turns: [{ phase: 'accused-violation', … }] }]
 *
 * Two reports are the same commitment when they are of the same family (pledge/ceasefire/agreement, demand/
 * ultimatum, threat), share a committing party, agree on action and refrain, name compatible scopes and,
 * when both are dated, start within a week of each other with the same duration.
 *
 * A proposal (an offer, a conditional pledge) and a report of the same commitment made are one record, told by
 * both: it is proposed while the ledger knows only the proposal, and made (its phase, parties, dates and
 * conditions from the reports of it made) from the day a report of it made is known; a proposal reported after
 * that does not demote it (the offer is its history, not a new state). The readers ask on a date with the reports
 * published by then, so the answer follows what the ledger knew.
 *
 * The merge is the same whatever the order of the reports, and no two merged records share an id: every reader
 * (check, query, the API, the board) keys commitments by id.
 */
import { createHash } from 'node:crypto';
import { addDays, daysBetween } from '../../core/dates.js';
import type { ActorRef, CommitmentCitation, CommitmentRecord, CommitmentReport, CommitmentTurn } from '../../core/types.js';
import { scopeObjectsIn } from './scopes.js';
import { durationEnd } from './status.js';

export type { CommitmentReport } from '../../core/types.js';

const TURN_PHASES = new Set(['extended', 'withdrawn', 'collapsed', 'expired', 'accused-violation', 'denied-violation']);
const SAME_START_DAYS = 7;

export function isTurn(c: CommitmentRecord): boolean {
  return !!c.phase && TURN_PHASES.has(c.phase);
}

export function mergeCommitments(reports: readonly CommitmentReport[]): CommitmentRecord[] {
  const base = reports.filter((r) => !isTurn(r.commitment)).sort(byTime((c) => c.starts));
  const later = reports.filter((r) => isTurn(r.commitment)).sort(byTime((c) => c.violationDate ?? c.starts));

  const clusters: CommitmentReport[][] = [];
  for (const r of base) {
    const home = clusters.find((cl) => cl.every((x) => sameCommitment(x.commitment, r.commitment)));
    if (home) home.push(r);
    else clusters.push([r]);
  }
  const merged = clusters.map(combine);
  for (const r of later) {
    const target = bestHome(merged, r);
    if (target) (target.turns ??= []).push(toTurn(r));
    else if (r.commitment.phase !== 'accused-violation' && r.commitment.phase !== 'denied-violation') merged.push(combine([r]));
  }
  for (const m of merged) m.turns?.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  return uniqueIds(merged);
}

/** A total order of reports (their date, then where they are), so the merge does not depend on the order given. */
function byTime(date: (c: CommitmentRecord) => string | null | undefined): (a: CommitmentReport, b: CommitmentReport) => number {
  const key = (r: CommitmentReport) => [date(r.commitment) ?? r.published ?? '9999', r.published ?? '9999', r.documentId, String(r.commitment.evidence[0]?.start ?? -1).padStart(9, '0')].join('|');
  return (a, b) => key(a).localeCompare(key(b));
}

/**
 * Two different merged records with the same key (same parties, act, object and start, told apart by a duration
 * or a scope the key leaves out) take each an id from its first citation too, which no other record holds.
 */
function uniqueIds(merged: CommitmentRecord[]): CommitmentRecord[] {
  const count = new Map<string, number>();
  for (const m of merged) count.set(m.id, (count.get(m.id) ?? 0) + 1);
  for (const m of merged) {
    if (count.get(m.id)! < 2) continue;
    const first = (m.citations ?? []).map((c) => `${c.documentId}@${c.span?.start ?? ''}`).sort()[0] ?? '';
    m.id = 'cmt:' + createHash('sha256').update(`${m.id}|${first}`).digest('hex').slice(0, 16);
  }
  return merged;
}

function family(kind: string): string {
  if (kind === 'pledge' || kind === 'ceasefire' || kind === 'agreement') return 'binding';
  if (kind === 'demand' || kind === 'ultimatum') return 'demand';
  return kind;
}

export function sameCommitment(a: CommitmentRecord, b: CommitmentRecord): boolean {
  // (a proposal and the commitment made from it are the same commitment: combine() says which phase it is in)
  if (family(a.kind) !== family(b.kind) || a.refrain !== b.refrain) return false;
  if (a.action && b.action && a.action !== b.action) return false;
  if (!sharesParty(a.by, b.by)) return false;
  if (!compatibleScopes(a, b)) return false;
  if (a.starts && b.starts && Math.abs(daysBetween(a.starts, b.starts)) > SAME_START_DAYS) return false;
  // undated ones (proposals, pledges without a start) are told apart by when they were announced
  const aWhen = a.starts ?? a.announced;
  const bWhen = b.starts ?? b.announced;
  if (aWhen && bWhen && Math.abs(daysBetween(aWhen, bWhen)) > SAME_START_DAYS) return false;
  if (a.durationDays && b.durationDays && a.durationDays !== b.durationDays) return false;
  return true;
}

function sharesParty(a: readonly ActorRef[], b: readonly ActorRef[]): boolean {
  if (!a.length || !b.length) return false;
  const codes = new Set(a.map((x) => x.code));
  return b.some((x) => codes.has(x.code));
}

function objectsOf(c: CommitmentRecord): string[] {
  return c.objects?.length ? c.objects : c.scope ? scopeObjectsIn(c.scope) : [];
}

function compatibleScopes(a: CommitmentRecord, b: CommitmentRecord): boolean {
  if (!a.scope || !b.scope) return !!(a.action && a.action === b.action);
  if (a.scope.toLowerCase() === b.scope.toLowerCase()) return true;
  const oa = objectsOf(a);
  const ob = new Set(objectsOf(b));
  return oa.some((o) => ob.has(o));
}

function citationOf(r: CommitmentReport): CommitmentCitation {
  return {
    documentId: r.documentId,
    published: r.published,
    ...(r.source ? { source: r.source } : {}),
    quote: (r.quote ?? '').trim(),
    ...(r.commitment.evidence[0] ? { span: r.commitment.evidence[0] } : {}),
  };
}

function combine(cluster: CommitmentReport[]): CommitmentRecord {
  const told = cluster.map((r) => r.commitment);
  // once a report of it made is known, the commitment is what those reports say; the proposals before it (or a
  // proposal reported after it) add their citations and their date of announcement only
  const made = told.filter((r) => r.phase !== 'proposed');
  const records = made.length ? made : told;
  const richest = [...records].sort((a, b) => richness(b) - richness(a))[0]!;
  const starts = mostCommon(records.map((r) => r.starts));
  const durationDays = mostCommon(records.map((r) => r.durationDays));
  const announced = told.map((r) => r.announced ?? null).filter((d): d is string => !!d).sort()[0] ?? starts;
  // an end the text states ("until midnight on Sunday") wins over one computed from a rounded duration
  const explicitEnds = mostCommon(records.map((r) => (r.ends && !(r.starts && r.durationDays && r.ends === durationEnd(r.starts, r.durationDays)) ? r.ends : null)));
  const ends = explicitEnds ?? (starts && durationDays ? durationEnd(starts, durationDays) : null);
  const scope = mostCommon(records.map((r) => r.scope)) ?? richest.scope;
  const merged: CommitmentRecord = {
    ...recordFields(richest),
    id: '',
    by: unionActors(records.map((r) => r.by)),
    to: unionActors(records.map((r) => r.to)),
    action: richest.action ?? records.find((r) => r.action)?.action ?? null,
    scope,
    announced: announced ?? null,
    starts,
    ends,
    durationDays,
    conditions: [...new Set(records.flatMap((r) => r.conditions))],
    objects: [...new Set(records.flatMap(objectsOf))],
    citations: cluster.map(citationOf),
    evidence: richest.evidence,
  };
  const mediators = unionActors(records.map((r) => r.mediators ?? []));
  if (mediators.length) merged.mediators = mediators;
  const precedents = [...new Set(records.flatMap((r) => r.inForceOnlyIf ?? []))];
  if (precedents.length) merged.inForceOnlyIf = precedents;
  const rejectedBy = records.filter((r) => r.rejectedBy);
  if (rejectedBy.length) merged.rejectedBy = unionActors(rejectedBy.map((r) => r.rejectedBy!));
  const guarantors = unionActors(records.map((r) => r.guarantors ?? []));
  if (guarantors.length) merged.guarantors = guarantors;
  merged.id = commitmentKey(merged);
  return merged;
}

const RECORD_KEYS = [
  'id', 'kind', 'by', 'to', 'mediators', 'action', 'refrain', 'scope', 'announced', 'starts', 'ends', 'durationDays', 'conditions',
  'status', 'evidence', 'sentence', 'guarantors', 'form', 'objects', 'extension', 'phase', 'accuser', 'accused', 'violationDate', 'events',
  'rejectedBy', 'inForceOnlyIf',
] as const;

/** Only the CommitmentRecord fields of a row that may carry more (a stored commitment's uid, quotes, …). */
function recordFields(c: CommitmentRecord): CommitmentRecord {
  const out: Record<string, unknown> = {};
  for (const k of RECORD_KEYS) if (c[k] !== undefined) out[k] = c[k];
  return out as unknown as CommitmentRecord;
}

/** A stable id from what identifies a commitment, so re-merging gives the same id. */
export function commitmentKey(c: CommitmentRecord): string {
  const key = [family(c.kind), c.by.map((a) => a.code).sort().join('+'), c.action ?? '', c.refrain, (objectsOf(c)[0] ?? c.scope ?? '').toLowerCase(), c.starts ?? c.announced ?? ''].join('|');
  return 'cmt:' + createHash('sha256').update(key).digest('hex').slice(0, 16);
}

function richness(c: CommitmentRecord): number {
  return [c.action, c.scope, c.starts, c.durationDays, c.to.length ? 1 : null].filter((x) => x !== null && x !== undefined).length;
}

function mostCommon<T>(values: readonly (T | null | undefined)[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== null && v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [v, k] of counts) {
    if (k > n || (k === n && best !== null && String(v) < String(best))) { best = v; n = k; }
  }
  return best;
}

function unionActors(lists: readonly (readonly ActorRef[])[]): ActorRef[] {
  const seen = new Map<string, ActorRef>();
  for (const a of lists.flat()) {
    const key = a.code + '/' + (a.sector ?? '');
    if (!seen.has(key)) seen.set(key, a);
  }
  return [...seen.values()];
}

/**
 * The commitment a later report is about. An accusation may name either side of it (a moratorium one party
 * pledged to the other is broken by either), never a proposal (nothing in force to break); a home whose scope
 * the report names ("the moratorium on strikes against energy facilities" ~ a pledge on energy infrastructure)
 * beats one without a scope, then the most recent wins.
 */
function bestHome(merged: CommitmentRecord[], r: CommitmentReport): CommitmentRecord | null {
  const t = r.commitment;
  const accusation = t.phase === 'accused-violation' || t.phase === 'denied-violation';
  const parties = t.accused?.length ? t.accused : t.by;
  const when = t.violationDate ?? t.starts ?? r.published;
  let best: CommitmentRecord | null = null;
  let bestScore = Infinity;
  for (const m of merged) {
    if (accusation && m.phase === 'proposed') continue;
    const party = sharesParty(m.by, parties)
      || ((t.phase === 'extended' || accusation) && sharesParty(m.to, parties))
      || (accusation && m.kind === 'ceasefire' && !m.to.length && sharesParty(m.by, t.accuser ?? []));
    if (!party) continue;
    if (t.kind !== m.kind && family(t.kind) !== family(m.kind) && t.kind !== 'ceasefire' && m.kind !== 'ceasefire') continue;
    if (t.scope && m.scope && !compatibleScopes(t, m)) continue;
    if (t.action && m.action && t.action !== m.action) continue;
    const since = m.announced ?? m.starts;
    const gap = since && when ? daysBetween(since, when) : 0;
    if (gap < -1) continue;
    const score = gap + (t.scope && !m.scope ? 10_000 : 0);
    if (score < bestScore) { best = m; bestScore = score; }
  }
  return best;
}

function toTurn(r: CommitmentReport): CommitmentTurn {
  const t = r.commitment;
  const turn: CommitmentTurn = {
    phase: t.phase!,
    date: t.violationDate ?? t.starts ?? r.published,
    citation: citationOf(r),
  };
  if (t.phase === 'extended') {
    turn.ends = t.ends ?? null;
    turn.durationDays = t.durationDays;
  }
  if (t.phase === 'accused-violation' || t.phase === 'denied-violation') {
    turn.accuser = t.accuser ?? [];
    turn.accused = t.accused?.length ? t.accused : t.by;
  }
  return turn;
}
