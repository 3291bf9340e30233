/**
 * The cause of a use of force that is a circumstance, not a party or a weapon: "Germans have been hit by rising
 * energy prices", "the region was struck by power shortages", "homes damaged by floods". Such a verb (one of
 * `hardshipVerbs`, words used as often for hardship as for force) names hardship, not an attack. The cause is the
 * passive verb's `by` agent; it is a circumstance when it is a common noun whose phrase names no actor, that is
 * no agent noun (police, gunmen), no instrument of force (missiles, shells) and no event word of the lexicon
 * (shelling, an attack, a war). An active subject is judged only by what it names: a force of nature, disease or
 * the economy (cues `naturalForces`: "a cyclone hit Mozambique", "the pandemic hit the economy"), since "both
 * sides", "groups" are parties.
 *
 *   circumstanceCause(view, tree, k) // true for "hit" in "the UK was being hit by a combination of factors"
 */
import { agentOf } from './args.js';
import { cues } from './cues.js';
import { findInstrument, lexicon, matchAt } from './lexicon.js';
import { mentionsInSpan, type SentenceView } from './sentence.js';
import { nounKey } from './verbs.js';
import { childRel, subtreeSpan, type Tree } from './tree.js';

export function circumstanceCause(view: SentenceView, t: Tree, k: number): boolean {
  if (!cues().hardshipVerbs.has(t.tokens[k]!.lemma)) return false;
  const subject = childRel(t, k, 'nsubj');
  if (subject >= 0) return naturalForce(t.tokens[subject]!) && mentionsInSpan(view, ...subtreeSpan(t, subject)) === 0;
  const cause = agentOf(t, k);
  if (cause < 0) return false;
  const w = t.tokens[cause]!;
  if (w.pos !== 'NOUN') return false;
  // "an FSB team", "Russian fire": a party named anywhere in the cause's phrase makes it a party's act
  if (mentionsInSpan(view, ...subtreeSpan(t, cause)) > 0) return false;
  if (cues().agentNouns.has(w.lemma) || cues().agentNouns.has(w.norm)) return false;
  const lex = lexicon();
  if (findInstrument(lex, t.tokens, cause, cause + 1)) return false;
  // the head noun or a modifier right before it may be the event word ("a missile strike", "Russian shelling")
  for (let j = Math.max(view.start, cause - 2); j <= cause; j++) if (matchAt(lex, t.tokens, j, cause + 1)) return false;
  return true;
}

/** A word naming a force of nature, disease or the economy (a sentence's first word may be tagged a name: "Prices hit …"). */
function naturalForce(w: { lemma: string; norm: string }): boolean {
  const forces = cues().naturalForces;
  return forces.has(w.lemma.toLowerCase()) || forces.has(nounKey(w.norm));
}
