/**
 * Verb senses constrained by their arguments, from the PETRARCH2 CAMEO verb dictionary (verbs.ts) asked with
 * the arguments the tree gives: "released a report" or "fired the minister" code nothing, "deployed an app"
 * is no deployment (the verb codes only with forces as object); and verbs our trigger lexicon lacks are coded
 * from the dictionary when the tree gives them both an actor and a recipient ("X expelled Y's diplomats").
 *
 *   verbArgsOf(tree, k) // { particle: 'out', objectLemmas: ['sanction', 'new'], prepositions: [{ prep: 'on', lemmas: ['russia'] }] }
 *   senseOf(tree, k)    // { code: null, … } for "released a report"
 */
import { cues } from './cues.js';
import { matchVerbPattern, type VerbArgs, type VerbMatch } from './verbs.js';
import { caseOf, childRel, kidsOf, relOf, type Tree } from './tree.js';

const MODIFIERS = new Set(['compound', 'amod', 'flat']);

/** A noun phrase's lemmas, head first, then its compound and adjective modifiers; a counting word gives way to what it counts. */
function phraseLemmas(t: Tree, k: number): string[] {
  if (cues().counting.has(t.tokens[k]!.norm)) {
    const of = [...kidsOf(t, k)].find((c) => relOf(t, c) === 'nmod' && caseOf(t, c) === 'of');
    if (of !== undefined) return phraseLemmas(t, of);
  }
  const out = [t.tokens[k]!.lemma];
  for (const c of kidsOf(t, k)) if (MODIFIERS.has(relOf(t, c))) out.push(t.tokens[c]!.lemma);
  return out;
}

export function verbArgsOf(t: Tree, k: number): VerbArgs {
  const args: { particle?: string; subjectLemmas?: string[]; objectLemmas?: string[]; prepositions?: { prep: string; lemmas: string[] }[]; compoundSubject?: boolean } = {};
  const prt = childRel(t, k, 'compound:prt');
  if (prt >= 0) args.particle = t.tokens[prt]!.norm;
  const subj = childRel(t, k, 'nsubj');
  if (subj >= 0) {
    args.subjectLemmas = phraseLemmas(t, subj);
    if (childRel(t, subj, 'conj') >= 0) args.compoundSubject = true;
  }
  const obj = childRel(t, k, 'obj');
  // "troops were deployed": a passive's subject is what the verb acts on, as its object is in the active
  const patient = obj >= 0 ? obj : childRel(t, k, 'nsubj:pass');
  if (patient >= 0) args.objectLemmas = phraseLemmas(t, patient);
  for (const c of kidsOf(t, k)) {
    if (relOf(t, c) !== 'obl' && relOf(t, c) !== 'obl:agent') continue;
    const prep = caseOf(t, c);
    if (prep) (args.prepositions ??= []).push({ prep, lemmas: phraseLemmas(t, c) });
  }
  return args;
}

/** What the dictionary codes for verb `k` with its tree arguments, or null when it does not know the verb. */
export function senseOf(t: Tree, k: number): VerbMatch | null {
  const args = verbArgsOf(t, k);
  for (const lemma of verbLemmaCandidates(t.tokens[k]!.lemma, t.tokens[k]!.norm)) {
    const m = matchVerbPattern(lemma, args);
    if (m) return m;
  }
  return null;
}

/**
 * The tagger's lemma, then lemmas from the surface form for a word it did not read as a verb ("abducted" as a
 * noun keeps its form): -ied -> -y, -ed/-d, -ing (+e), a doubled consonant, -s/-es.
 */
export function verbLemmaCandidates(lemma: string, norm: string): string[] {
  const out = [lemma];
  const add = (w: string) => { if (w.length > 2 && !out.includes(w)) out.push(w); };
  if (norm.endsWith('ied')) add(norm.slice(0, -3) + 'y');
  if (norm.endsWith('ed')) { add(norm.slice(0, -2)); add(norm.slice(0, -1)); if (/(.)\1ed$/.test(norm)) add(norm.slice(0, -3)); }
  if (norm.endsWith('ing')) { add(norm.slice(0, -3)); add(norm.slice(0, -3) + 'e'); if (/(.)\1ing$/.test(norm)) add(norm.slice(0, -4)); }
  if (norm.endsWith('es')) add(norm.slice(0, -2));
  if (norm.endsWith('s')) add(norm.slice(0, -1));
  return out;
}
