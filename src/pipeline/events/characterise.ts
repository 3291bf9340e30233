/**
 * Accusations made by naming: "Zelensky described the strike as barbarism", "Kyiv called the referendum a sham",
 * "Moscow branded the protesters terrorists". A verb that gives its object a name (cues.json characterisingVerbs)
 * with a predicate (its xcomp, an "as" phrase, or a second object) holding a word that accuses (cues.json
 * pejoratives) is an accusation, CAMEO 111 (criticize or denounce): its subject accuses, its object's party is
 * accused. "called the talks a success" and "called on Russia" accuse no one.
 *
 *   namingVerbs(view, tree, covered) // [2] for "Zelensky described the strike as barbarism"
 *   accusingPredicates(view, tree, covered) // [5] for "Zelensky said the strike was barbaric"
 *   mayName(tokens, 0, 7)            // true: the sentence has such a verb and such a word (before parsing)
 */
import type { Token } from '../../core/types.js';
import { cues } from './cues.js';
import type { SentenceView } from './sentence.js';
import { caseOf, headOf, kidsOf, markOf, relOf, type Tree, uposOf } from './tree.js';

/** Tree nodes of the sentence's verbs that name their object with an accusing word. */
export function namingVerbs(view: SentenceView, t: Tree, covered: ReadonlySet<number>): number[] {
  const c = cues();
  const out: number[] = [];
  for (let k = view.start; k < view.end; k++) {
    if (covered.has(k) || uposOf(t, k) !== 'VERB' || !c.characterising.has(t.tokens[k]!.lemma)) continue;
    if (predicatesOf(t, k).some((p) => accuses(t, p))) out.push(k);
  }
  return out;
}

/**
 * The names a verb gives: its xcomp ("called it a sham"), an "as" phrase ("described it as barbarism"), a second
 * object; the parser may hang the name on the object instead ("the strike as barbarism", "the referendum a sham").
 */
function predicatesOf(t: Tree, k: number): number[] {
  const out: number[] = [];
  const nominal: number[] = [];
  for (const ch of kidsOf(t, k)) {
    const r = relOf(t, ch);
    if (r === 'xcomp' || r === 'obj') nominal.push(ch);
    else if ((r === 'obl' && caseOf(t, ch) === 'as') || (r === 'advcl' && markOf(t, ch) === 'as')) out.push(ch);
    if (r !== 'obj') continue;
    for (const g of kidsOf(t, ch)) if ((relOf(t, g) === 'nmod' && caseOf(t, g) === 'as') || relOf(t, g) === 'nmod:unmarked') out.push(g);
  }
  // of an object and a name, the name comes second ("called the crime a tragedy" names no crime)
  if (nominal.length >= 2 || (nominal.length === 1 && relOf(t, nominal[0]!) === 'xcomp')) out.push(Math.max(...nominal));
  return out;
}

/** An accusing word heads the predicate or modifies it ("a terrorist state", "an act of terror"), not in a clause of its own. */
function accuses(t: Tree, p: number): boolean {
  const pejoratives = cues().pejoratives;
  const stack = [p];
  while (stack.length) {
    const n = stack.pop()!;
    const w = t.tokens[n]!;
    if (pejoratives.has(w.lemma) || pejoratives.has(w.norm)) return true;
    for (const ch of kidsOf(t, n)) {
      const r = relOf(t, ch);
      if (r === 'amod' || r === 'compound' || r === 'nmod' || r === 'conj' || r === 'flat' || r === 'appos') stack.push(ch);
    }
  }
  return false;
}

/**
 * Accusations made by predicating in reported speech: "Zelensky said the strike was barbaric", "Kyiv said Russia
 * was responsible for the attack", "Biden said Putin is a war criminal": the content clause of a speech verb whose
 * predicate (a noun or adjective with its copula) accuses. The speaker accuses the clause's subject. Returns the
 * predicate nodes.
 */
export function accusingPredicates(view: SentenceView, t: Tree, covered: ReadonlySet<number>): number[] {
  const c = cues();
  const out: number[] = [];
  for (let k = view.start; k < view.end; k++) {
    if (covered.has(k) || relOf(t, k) !== 'ccomp') continue;
    const up = headOf(t, k);
    if (up < 0 || !c.reporting.has(t.tokens[up]!.lemma)) continue;
    const kids = [...kidsOf(t, k)];
    if (!kids.some((ch) => relOf(t, ch) === 'cop') || !kids.some((ch) => relOf(t, ch) === 'nsubj')) continue;
    if (kids.some((ch) => (relOf(t, ch) === 'advmod' || relOf(t, ch) === 'neg') && c.negation.has(t.tokens[ch]!.norm))) continue;
    if (accuses(t, k) || BLAMING.has(t.tokens[k]!.lemma)) out.push(k);
  }
  return out;
}

/** Predicates that lay the blame without a pejorative: "was responsible for", "is guilty of". */
const BLAMING = new Set(['responsible', 'guilty', 'culpable', 'complicit', 'to blame']);

/** Before parsing: the sentence holds a naming verb and an accusing word, so its tree may hold an accusation. */
export function mayName(tokens: readonly Token[], first: number, end: number): boolean {
  const c = cues();
  let verb = false;
  let word = false;
  for (let k = first; k < end; k++) {
    const w = tokens[k]!;
    if (c.characterising.has(w.lemma) || c.reporting.has(w.lemma)) verb = true;
    else if (c.pejoratives.has(w.lemma) || c.pejoratives.has(w.norm) || BLAMING.has(w.norm)) word = true;
  }
  return verb && word;
}
