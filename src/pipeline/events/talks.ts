/**
 * Talk that is no consultation: speaking or talking with no party to talk to ("Biden was talking about his
 * work"), to the press ("spoke to Reuters", "spoke to the Ukraine 24 TV channel"; an
 * interview is a statement, CAMEO 01, not a meeting), and "met" in the passive ("the advance is being met with
 * fierce resistance": a reaction, not a meeting).
 *
 *   noConsultation(view, tree, k) // true for "talking" in "Biden was talking about his work"
 */
import { markedPassive } from './args.js';
import { cues } from './cues.js';
import { mentionsInSpan, type SentenceView } from './sentence.js';
import { caseOf, childRel, conjuncts, kidsOf, relOf, subtreeSpan, type Tree } from './tree.js';

/** Prepositions that name whom one talks with. */
const PARTNER_PREPS = new Set(['to', 'with']);

export function noConsultation(view: SentenceView, t: Tree, k: number): boolean {
  const c = cues();
  const lemma = t.tokens[k]!.lemma;
  if (lemma === 'meet') return markedPassive(t, k) && ![...kidsOf(t, k)].some((x) => relOf(t, x) === 'obl:agent' && mentionsInSpan(view, ...subtreeSpan(t, x)) > 0);
  if (!c.talkVerbs.has(lemma)) return false;
  const kids = [...kidsOf(t, k)];
  const partners = kids.filter((x) => relOf(t, x) === 'obj' || relOf(t, x) === 'iobj' || (relOf(t, x) === 'obl' && PARTNER_PREPS.has(caseOf(t, x))));
  // ("spoke by phone with Putin": the parse may hang the partner on the means)
  for (const x of kids) if (relOf(t, x).startsWith('obl')) for (const y of kidsOf(t, x)) if (relOf(t, y) === 'nmod' && PARTNER_PREPS.has(caseOf(t, y))) partners.push(y);
  // "Putin and Erdogan talked by phone": parties that talk with each other need no partner phrase
  if (!partners.length) return !reciprocalSubject(view, t, k);
  return partners.flatMap((x) => conjuncts(t, x)).every((x) => pressPhrase(view, t, x));
}

/** Whether the subject of `k` names two parties or more ("Putin and Erdogan", "the leaders of Russia and Turkey"). */
function reciprocalSubject(view: SentenceView, t: Tree, k: number): boolean {
  const subject = childRel(t, k, 'nsubj');
  return subject >= 0 && mentionsInSpan(view, ...subtreeSpan(t, subject)) >= 2;
}

/** A phrase naming the press: an outlet ("Reuters", "the BBC") or a press noun ("news agency", "TV channel", "reporters"). */
function pressPhrase(view: SentenceView, t: Tree, x: number): boolean {
  const c = cues();
  const [from, to] = subtreeSpan(t, x);
  // (not into a conjunct: "with Blinken and the BBC" names two partners, each judged on its own)
  const skip = [...kidsOf(t, x)].filter((y) => relOf(t, y) === 'conj').map((y) => subtreeSpan(t, y));
  for (let j = from; j <= to; j++) {
    if (skip.some(([a, b]) => j >= a && j <= b)) continue;
    const w = t.tokens[j]!;
    // (by its form too: the lemmatiser may give "media" as "medium")
    if (c.media.has(w.norm) || (j === x && (c.pressNouns.has(w.lemma) || c.pressNouns.has(w.norm)))) return true;
  }
  return false;
}
