/**
 * Which sentences can hold an event, decided before parsing so that the coding pipeline parses only those
 * (the parser is most of the pipeline's time): a trigger the lexicon knows and a party (an actor mention, or a
 * pronoun or "both"/"the two" the coder may resolve, or a generic agent noun the parse may make a party: "Teachers went on
 * strike"), or a verb of the CAMEO dictionary (coded from its arguments only, so it needs
 * an actor and a recipient: two actors of different codes, or one and a pronoun). The rest gets no tree and
 * could give no event with one.
 *
 *   mayHoldEvent(doc, 0, 6)   // true for "Russia shelled Kharkiv on Monday ." (a trigger and a party)
 *   mayHoldEvent(doc, 6, 12)  // false for "The weather was cold in March ."
 */
import type { Document, Token } from '../../core/types.js';
import { agentSectorOf } from '../../knowledge/index.js';
import { mayName } from './characterise.js';
import { hasMatch } from './coder.js';
import { cues } from './cues.js';
import { verbLemmaCandidates } from './senses.js';
import { verbLemmas } from './verbs.js';

let dictionary: ReadonlySet<string> | null = null;

export function mayHoldEvent(doc: Document, first: number, end: number): boolean {
  const tokens = doc.layers.tokens ?? [];
  if (end <= first) return false;
  const codes = partyCodes(doc, tokens[first]!.sentence);
  let pronoun = false;
  // a pronoun, or "both" / "the two" standing for the pair named before ("both sides blamed each other")
  for (let k = first; k < end; k++) {
    const w = tokens[k]!;
    if (w.pos === 'PRON' || w.norm === 'both' || (w.norm === 'two' && k > first && tokens[k - 1]!.norm === 'the')) { pronoun = true; break; }
  }
  const agent = !codes.size && !pronoun && hasAgentNoun(tokens, first, end);
  if (!codes.size && !pronoun && !agent) return false;
  if (hasMatch(tokens, first, end, doc.text) || mayName(tokens, first, end)) return true;
  if (agent) return false;
  if (codes.size + (pronoun ? 1 : 0) < 2) return false;
  return hasDictionaryVerb(tokens, first, end);
}

/** A verb of the CAMEO dictionary other than a reporting verb (the tagger may call a verb a noun: "abducted"). */
function hasDictionaryVerb(tokens: readonly Token[], first: number, end: number): boolean {
  dictionary ??= new Set(verbLemmas());
  const reporting = cues().reporting;
  for (let k = first; k < end; k++) {
    const w = tokens[k]!;
    if (w.pos !== 'VERB' && w.pos !== 'NOUN') continue;
    if (reporting.has(w.lemma)) continue;
    if (verbLemmaCandidates(w.lemma, w.norm).some((l) => dictionary!.has(l))) return true;
  }
  return false;
}

const bySentence = new WeakMap<Document, Map<number, Set<string>>>();

/** The actor codes named in sentence `s` (cached per document). */
function partyCodes(doc: Document, s: number): ReadonlySet<string> {
  let map = bySentence.get(doc);
  if (!map) {
    map = new Map();
    for (const m of doc.layers.actors ?? []) {
      let set = map.get(m.sentence);
      if (!set) map.set(m.sentence, (set = new Set()));
      set.add(m.code);
    }
    bySentence.set(doc, map);
  }
  return map.get(s) ?? EMPTY;
}

const EMPTY: ReadonlySet<string> = new Set();

const agentWords = new Map<string, boolean>();

/** A noun of the agents dictionary ("teachers", "gunmen", "protesters"), which the parse may make a party. */
function hasAgentNoun(tokens: readonly Token[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    const w = tokens[k]!;
    if (w.pos !== 'NOUN' && w.pos !== 'PROPN') continue; // "Teachers went on strike": a capital opens the sentence
    let known = agentWords.get(w.norm);
    if (known === undefined) agentWords.set(w.norm, (known = agentSectorOf(w.norm) !== null));
    if (known) return true;
  }
  return false;
}
