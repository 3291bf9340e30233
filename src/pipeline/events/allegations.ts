/**
 * Allegations with no accuser: "Russia has been accused of targeting hospitals and bombing a theatre". The
 * guideline codes the act itself, with the accused as its actor and the modality `reported` (nobody vouches for
 * it), and no accusation by an unknown party. With an accuser ("Kyiv accused Russia of …", "was accused by Kyiv
 * of …") the accusation is the event and its content is not coded again.
 *
 *   accusedOf(view, tree, k) // [Russia] for "targeting" or "bombing" above
 *   unattributedAllegation(tree, k) // true for "accused" above
 */
import { actorsOfNodes, mentionsOfNodes } from './args.js';
import { cues } from './cues.js';
import type { MentionRef, SentenceView } from './sentence.js';
import { caseOf, childRel, headOf, kidsOf, markOf, relOf, type Tree } from './tree.js';

const CONTENT_LEADS = new Set(['of', 'for']);
const CONTENT_RELS = new Set(['advcl', 'obl', 'nmod', 'acl']);

/** Verb `k` is a passive accusing verb with no agent ("has been accused of", "were blamed for"). */
export function unattributedAllegation(t: Tree, k: number): boolean {
  if (k < 0 || !cues().alleging.has(t.tokens[k]!.lemma)) return false;
  return childRel(t, k, 'nsubj:pass') >= 0 && childRel(t, k, 'obl:agent') < 0;
}

/** The accusing verb whose "of"/"for" content holds predicate `k` (or the first of its conjuncts), or -1. */
export function allegingVerbOf(t: Tree, k: number): number {
  let n = k;
  for (let g = 0; g < 8 && relOf(t, n) === 'conj' && headOf(t, n) >= 0; g++) n = headOf(t, n);
  if (!CONTENT_RELS.has(relOf(t, n)) || !CONTENT_LEADS.has(caseOf(t, n) || markOf(t, n))) return -1;
  return headOf(t, n);
}

/** The accusing verb with no accuser whose "of"/"for" content holds predicate `k` ("were accused of murdering"), or -1. */
export function unattributedAllegationOf(t: Tree, k: number): number {
  const verb = allegingVerbOf(t, k);
  return verb >= 0 && unattributedAllegation(t, verb) ? verb : -1;
}

/** Who is accused, with no accuser named, of the act at predicate `k`: its actor. Empty otherwise. */
export function accusedOf(v: SentenceView, t: Tree, k: number): MentionRef[] {
  const verb = unattributedAllegationOf(t, k);
  if (verb < 0) return [];
  // the passive subjects, nearest first (a misparse may add a time phrase: "Last month, two fighters were accused …");
  // the accused as the accusation's own recipient would be read when the actor reading finds no party
  const subjects = [...kidsOf(t, verb)].filter((c) => relOf(t, c) === 'nsubj:pass').reverse();
  for (const subject of subjects) {
    const actors = actorsOfNodes(v, t, [subject]);
    const found = actors.length ? actors : mentionsOfNodes(v, t, [subject], false);
    if (found.length) return found;
  }
  return [];
}
