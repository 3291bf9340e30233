/**
 * Which parties the word windows find may stand as the doer of a verb the tree gives no party for. A verb whose
 * subject the tree names (no party: "the firm") takes no doer from its own object or adjunct ("the firm is … pulling
 * out of its Russian stations"), from the clause that reports it ("…, authorities said"), or from a place in its
 * event-noun subject's phrases ("a strike on a mall in Kremenchuk killed 19"), nor from inside an adverbial clause of
 * it ("Before visiting Kyiv, Scholz met Duda": Kyiv did not meet anyone); people "in Warsaw" stay of Warsaw.
 *
 *   trustedDoers(view, tree, anchor, false, windowActors) // the window actors the tree leaves possible
 */
import { lexicon, matchAt } from './lexicon.js';
import type { MentionRef, SentenceView } from './sentence.js';
import { baseRel, caseOf, headOf, isVerbal, kidsOf, relOf, type Tree, under, uposOf } from './tree.js';

export function trustedDoers(view: SentenceView, t: Tree, anchor: number, passive: boolean, found: MentionRef[], trigger?: readonly [number, number]): MentionRef[] {
  const subject = !passive && isVerbal(t, anchor) ? subjectNoun(t, anchor) : -1;
  // "the sanctions imposed on Moscow by the EU …": a subject inside the trigger is a reduced relative the parse read
  // as a clause, whose agent the windows see
  if (subject < 0 || (trigger && subject >= trigger[0] && subject <= trigger[1])) return found;
  const act = matchAt(lexicon(), view.tokens, subject, view.end) !== null;
  return found.filter((m) => !(m.first > anchor && !(under(t, m.first, anchor) && !inComplementOf(t, m.first, anchor))) && !inAdverbialClause(t, m.first, anchor)
    && !(act && m.first > subject && (m.m.kind === 'country' || m.m.kind === 'place') && placedUnder(t, m.first, subject)));
}

/** Relations whose verb, without a subject of its own, has its head's ("closed its shops and pulled out", "as well as pulling out"). */
const CONTROLLED = new Set(['conj', 'advcl', 'xcomp']);

/** The subject noun the tree gives verb `k`, its own or, for a later conjunct or a bare adverbial clause, its head's; -1 if none. */
function subjectNoun(t: Tree, k: number): number {
  for (let v = k, guard = 0; v >= 0 && guard < 20; guard++) {
    // a passive's subject is what the act is done to ("civilians were reported killed in the Russian invasion")
    for (const c of kidsOf(t, v)) if (baseRel(t, c) === 'nsubj') return relOf(t, c) === 'nsubj' && uposOf(t, c) !== 'PRON' ? c : -1;
    if (!CONTROLLED.has(relOf(t, v))) return -1;
    v = headOf(t, v);
  }
  return -1;
}

/** Prepositions of a noun's phrases that say where it is or what it targets ("a strike on a mall in Kremenchuk"). */
const PLACING = new Set(['on', 'in', 'at', 'near', 'against', 'into', 'onto', 'over', 'across', 'around', 'inside', 'outside', 'toward', 'towards', 'to', 'off']);

/** Whether token `k` hangs below noun `n` through a phrase of place or target. */
function placedUnder(t: Tree, k: number, n: number): boolean {
  for (let c = k, guard = 0; c >= 0 && c !== n && guard < 200; c = headOf(t, c), guard++) {
    if (baseRel(t, c) === 'nmod' && PLACING.has(caseOf(t, c))) return under(t, c, n);
  }
  return false;
}

/** Relations by which a word below a predicate can still be its doer: its subject, a passive's agent. */
const DOER_RELS = new Set(['nsubj', 'csubj', 'expl', 'obl:agent']);

/** Whether token `k` comes after the predicate `anchor` and hangs below it by a relation other than a doer's. */
function inComplementOf(t: Tree, k: number, anchor: number): boolean {
  if (k <= anchor || k < t.start || k >= t.end) return false;
  let child = k;
  for (let guard = 0; guard < 200; guard++) {
    const h = headOf(t, child);
    if (h < 0) return false;
    if (h === anchor) return !DOER_RELS.has(relOf(t, child)) && baseRel(t, child) !== 'nsubj';
    child = h;
  }
  return false;
}


/** Whether token `k` lies inside an adverbial clause of the predicate `anchor` ("Before visiting Kyiv, …"), below its verb. */
function inAdverbialClause(t: Tree, k: number, anchor: number): boolean {
  if (k < t.start || k >= t.end) return false;
  let child = k;
  for (let guard = 0; guard < 200; guard++) {
    const h = headOf(t, child);
    if (h < 0) return false;
    if (h === anchor) return child !== k && relOf(t, child) === 'advcl';
    child = h;
  }
  return false;
}
