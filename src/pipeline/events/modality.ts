/**
 * Modality and polarity of a trigger from the words before it in its clause: "will"/"would" (future),
 * "could"/"may"/"if" (hypothetical), "not"/"never"/"no" (negated).
 *
 *   modalityAt(view, head) // { future: true, hypothetical: false, negated: false } for "Russia will withdraw"
 */
import { cues } from './cues.js';
import type { SentenceView } from './sentence.js';

/** `conditional`: the hypothesis comes from an "if"/"unless"/"whether" clause, not a modal ("may", "could"). */
export interface ModalityCues { future: boolean; hypothetical: boolean; negated: boolean; conditional: boolean }

export function modalityAt(v: SentenceView, head: number): ModalityCues {
  const c = cues();
  const out: ModalityCues = { future: false, hypothetical: false, negated: false, conditional: false };
  const clause = v.clause[head - v.start]!;
  for (let k = head - 1; k >= v.start && k >= head - 5; k--) {
    if (v.clause[k - v.start] !== clause) break;
    const t = v.tokens[k]!;
    if (v.mentionAt[k - v.start]! >= 0) break;
    if (t.pos === 'VERB' && t.lemma !== 'go') break;
    if (c.future.has(t.norm) || c.future.has(t.lemma)) out.future = true;
    else if (c.hypothetical.has(t.norm)) { out.hypothetical = true; if (t.norm === 'if' || t.norm === 'unless' || t.norm === 'whether') out.conditional = true; }
    else if (c.negation.has(t.norm) || c.negation.has(t.lemma)) out.negated = true;
  }
  // headline future: "Russia to withdraw troops"
  const before = v.tokens[head - 1];
  const subject = v.tokens[head - 2];
  // ("Russian attempts to capture X" is no future: the noun takes the infinitive as its complement)
  if (before?.norm === 'to' && subject && head - 2 >= v.start && head - 2 <= v.start + 4 && (subject.pos === 'NOUN' || subject.pos === 'PROPN') && !c.infinitiveNouns.has(subject.lemma)) {
    let verbBefore = false;
    for (let k = v.start; k < head - 2; k++) if (v.tokens[k]!.pos === 'VERB') verbBefore = true;
    if (!verbBefore) out.future = true;
  }
  // a clause opened by "if"/"unless" is hypothetical
  for (let k = head - 1; k >= v.start; k--) {
    if (v.clause[k - v.start] !== clause) break;
    const t = v.tokens[k]!;
    if (t.norm === 'if' || t.norm === 'unless' || t.norm === 'whether') { out.hypothetical = true; out.conditional = true; break; }
  }
  return out;
}
