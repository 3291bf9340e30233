/**
 * Matching and scoring of predicted commitments against the gold commitments of one sentence (the
 * news-commitments gold set, src/eval/gold/README.md). A record is *found* when its kind class and a committing
 * party agree; it is *fully right* when kind, parties, action, refrain, status, the stated window and the scope
 * agree too. Background gold records are optional (found or right counts, missing is no miss).
 *
 *   const g = { kind: 'threat', by: ['RUS'], to: ['EUR'], action: 'SANCTION', refrain: false, scope: 'gas supplies',
 *               starts: null, ends: null, durationDays: null, status: 'active' };
 *   scoreCommitments([g], [{ ...g, scope: 'gas' }]).right // { tp: 1, fp: 0, fn: 0 }
 */
import type { Counts } from './events.metrics.js';
import { maxMatch } from './news-events.metrics.js';

export interface ScoredCommitment {
  kind: string;
  /** Country codes (see countryOf in news-events.metrics). */
  by: string[];
  to: string[];
  action: string | null;
  refrain: boolean;
  scope: string | null;
  starts: string | null;
  ends: string | null;
  durationDays: number | null;
  status: string;
  background?: boolean;
}

export interface CommitmentScore {
  found: Counts;
  right: Counts;
  /** Fully right but for the scope (free text is the least certain field). */
  rightButScope: Counts;
  /** Per field, on found pairs: how many agree. */
  fields: Record<'kind' | 'by' | 'to' | 'action' | 'status' | 'window' | 'scope', { agree: number; total: number }>;
  /** Found pairs whose gold is a proposal or pending (proposed/announced) and the prediction says active. */
  pendingAsActive: number;
}

const CLASSES = [new Set(['pledge', 'agreement', 'ceasefire']), new Set(['demand', 'ultimatum']), new Set(['threat', 'ultimatum'])];

export function sameKindClass(a: string, b: string): boolean {
  return a === b || CLASSES.some((c) => c.has(a) && c.has(b));
}

const overlap = (a: string[], b: string[]) => a.some((x) => b.includes(x));
const STOP = new Set(['the', 'and', 'for', 'its', 'with', 'from', 'into', 'that', 'this', 'their', 'there', 'against', 'about', 'other', 'which', 'all', 'any']);
const words = (s: string) => s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && !STOP.has(w)).map((w) => w.slice(0, 5));

/** A gold scope is met when the predicted scope shares a content word with it (first five letters). */
export function scopeAgrees(gold: string | null, pred: string | null): boolean {
  if (!gold) return true;
  if (!pred) return false;
  const p = new Set(words(pred));
  return words(gold).some((w) => p.has(w));
}

function fieldAgreement(g: ScoredCommitment, p: ScoredCommitment) {
  return {
    kind: g.kind === p.kind,
    by: overlap(g.by, p.by),
    to: !g.to.length || overlap(g.to, p.to),
    action: g.action === p.action && g.refrain === p.refrain,
    status: g.status === p.status,
    window: (g.starts === null || g.starts === p.starts) && (g.ends === null || g.ends === p.ends) && (g.durationDays === null || g.durationDays === p.durationDays),
    scope: scopeAgrees(g.scope, p.scope),
  };
}

export function found(g: ScoredCommitment, p: ScoredCommitment): boolean {
  return sameKindClass(g.kind, p.kind) && overlap(g.by, p.by);
}

export function fullyRight(g: ScoredCommitment, p: ScoredCommitment, withScope = true): boolean {
  const f = fieldAgreement(g, p);
  return f.kind && f.by && f.to && f.action && f.status && f.window && (!withScope || f.scope);
}

function counts(gold: ScoredCommitment[], pred: ScoredCommitment[], ok: (g: ScoredCommitment, p: ScoredCommitment) => boolean): { c: Counts; m: Map<number, number> } {
  const gi = gold.map((_, i) => i);
  const pi = pred.map((_, i) => i);
  const m = maxMatch(gi, pi, (g, p) => ok(gold[g]!, pred[p]!), new Set());
  const required = gi.filter((g) => !gold[g]!.background);
  const c: Counts = { tp: m.size, fp: pred.length - m.size, fn: required.filter((g) => !m.has(g)).length };
  return { c, m };
}

/**
 * Found pairs, fully right pairs first (as the events metric pairs triples first), so that a prediction right for
 * one gold record is not paired with another of the same party and kind ("pledged talks with the US and pledged
 * talks with the opposition") and the field agreement and pending-as-active counts read the pairs a reader would.
 */
function foundPairs(gold: ScoredCommitment[], pred: ScoredCommitment[]): { c: Counts; m: Map<number, number> } {
  const gi = gold.map((_, i) => i);
  const pi = pred.map((_, i) => i);
  const right = maxMatch(gi, pi, (g, p) => fullyRight(gold[g]!, pred[p]!, true), new Set());
  const rest = maxMatch(gi.filter((g) => !right.has(g)), pi, (g, p) => found(gold[g]!, pred[p]!), new Set(right.values()));
  const m = new Map([...right, ...rest]);
  const required = gi.filter((g) => !gold[g]!.background);
  return { c: { tp: m.size, fp: pred.length - m.size, fn: required.filter((g) => !m.has(g)).length }, m };
}

export function scoreCommitments(gold: ScoredCommitment[], pred: ScoredCommitment[]): CommitmentScore {
  const f = foundPairs(gold, pred);
  const fields = { kind: { agree: 0, total: 0 }, by: { agree: 0, total: 0 }, to: { agree: 0, total: 0 }, action: { agree: 0, total: 0 }, status: { agree: 0, total: 0 }, window: { agree: 0, total: 0 }, scope: { agree: 0, total: 0 } };
  let pendingAsActive = 0;
  for (const [g, p] of f.m) {
    const a = fieldAgreement(gold[g]!, pred[p]!);
    for (const k of Object.keys(fields) as (keyof typeof fields)[]) { fields[k].total++; if (a[k]) fields[k].agree++; }
    if ((gold[g]!.status === 'proposed' || gold[g]!.status === 'announced') && pred[p]!.status === 'active') pendingAsActive++;
  }
  return {
    found: f.c,
    right: counts(gold, pred, (g, p) => fullyRight(g, p, true)).c,
    rightButScope: counts(gold, pred, (g, p) => fullyRight(g, p, false)).c,
    fields,
    pendingAsActive,
  };
}

export function addCommitmentScores(into: CommitmentScore | null, s: CommitmentScore): CommitmentScore {
  if (!into) return structuredClone(s);
  for (const k of ['found', 'right', 'rightButScope'] as const) { into[k].tp += s[k].tp; into[k].fp += s[k].fp; into[k].fn += s[k].fn; }
  for (const k of Object.keys(into.fields) as (keyof CommitmentScore['fields'])[]) { into.fields[k].agree += s.fields[k].agree; into.fields[k].total += s.fields[k].total; }
  into.pendingAsActive += s.pendingAsActive;
  return into;
}
