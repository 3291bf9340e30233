/**
 * Quotation inversion, a construction the treebanks lack: news writes `"…," said the minister.` as often as
 * `"…," the minister said.`, but the training files hold few inverted subjects (235 subjects after their verb in
 * 5,078 sentences; the parser found 56% of them on the dev split). Every training sentence whose reporting clause
 * follows a quotation or a comma — a verb whose only dependent on its right is punctuation, after a nominal
 * subject (no pronoun, at most six tokens) that directly precedes it — gets a copy with the verb moved before the
 * subject; the tree is the same, renumbered (the subject's arc now points left).
 *
 *   invertedReports(examples, clusters) // ['"', 'We', 'will', 'win', ',', '"', 'said', 'the', 'minister', '.'] …
 */
import type { GoldSentence, GoldWord } from '../conllu.js';
import type { ClusterLookup } from '../words.js';
import { type Example, toExample } from './data.js';

const BEFORE = new Set([',', '"', '”', "'", '’']);
const MAX_SUBJECT = 6;
/** Times each inverted copy joins the training (3, the only count tried; --inverted-copies 0 leaves them out). */
export const INVERTED_COPIES = 3;

/** The new order of a sentence's tokens (indices into the old), or null when no reporting clause inverts. */
export function invertedOrder(words: readonly GoldWord[]): number[] | null {
  const n = words.length;
  const children = (h: number) => words.flatMap((w, k) => (w.head === h ? [k] : []));
  const span = (h: number): [number, number] => {
    let lo = h; let hi = h;
    for (const c of children(h)) { const [a, b] = span(c); if (a < lo) lo = a; if (b > hi) hi = b; }
    return [lo, hi];
  };
  for (let v = 1; v < n; v++) {
    if (words[v]!.upos !== 'VERB') continue;
    const kids = children(v);
    const subj = kids.filter((k) => words[k]!.rel === 'nsubj');
    if (subj.length !== 1) continue;
    const s = subj[0]!;
    if (s > v || words[s]!.upos === 'PRON') continue;
    const [a, b] = span(s);
    if (b !== v - 1 || b - a + 1 > MAX_SUBJECT || a < 1 || !BEFORE.has(words[a - 1]!.form)) continue;
    if (!kids.every((k) => k === s || k < a || words[k]!.rel === 'punct')) continue;
    return [...Array.from({ length: a }, (_, k) => k), v, ...Array.from({ length: b - a + 1 }, (_, k) => a + k), ...Array.from({ length: n - v - 1 }, (_, k) => v + 1 + k)];
  }
  return null;
}

/** The sentence in the new order: heads renumbered, the text rebuilt (a space between tokens not adjacent before). */
export function reorder(s: GoldSentence, order: readonly number[]): GoldSentence {
  const at = new Map(order.map((old, k) => [old, k]));
  let text = '';
  const words = order.map((old, k) => {
    const w = s.words[old]!;
    const prev = k > 0 ? order[k - 1]! : -1;
    if (k > 0 && !(prev === old - 1 && s.words[prev]!.end === w.start)) text += ' ';
    const start = text.length;
    text += w.form;
    return { ...w, head: w.head < 0 ? -1 : at.get(w.head)!, start, end: text.length };
  });
  return { id: `${s.id}-inverted`, text, words };
}

/** Whether an example is such a made-up copy (its tags are not gold: the taggers skip it, train-model.ts). */
export function isMadeUp(ex: Example): boolean {
  return ex.sentence.id.endsWith('-inverted');
}

/** Inverted copies of the examples that have a reporting clause to invert. */
export function invertedReports(examples: readonly Example[], clusters: ClusterLookup | null): Example[] {
  const out: Example[] = [];
  for (const ex of examples) {
    const order = invertedOrder(ex.sentence.words);
    if (order) out.push(toExample(reorder(ex.sentence, order), clusters));
  }
  return out;
}
