/**
 * A forward and a backward parser voted into one tree (vote.ts): the forward model reads the sentence left to
 * right, the backward one (trained on reversed sentences, train/uptrain.ts) right to left with the same tags, so
 * they err differently (a greedy parser's mistakes follow its reading order). Each arc weighs the parser's
 * confidence in the move that made it, sigmoid(margin / temperature) (0.5 for a move that had no alternative);
 * the best projective tree of the proposed arcs wins, each arc labelled by its more confident proposer.
 *
 *   const { heads, labels } = parsePair(forward, backward, tokens, attrs, tag); // heads: n for the root
 */
import { parserTokens, type ParserTokens } from './features.js';
import type { SyntaxModel } from './model.js';
import { type Parsed, parseSentence } from './parse.js';
import { type ArcProposal, voteTree } from './vote.js';
import { reversedAttributes, type WordAttributes } from './words.js';

/** Margins are in the models' 8-bit weight units; chosen on a dev split of the training treebanks (README.md). */
export const TEMPERATURE = 40;

/** Confidence of an arc from the margin of the move that made it (NaN: no other move was valid). */
export function arcWeight(margin: number, temperature = TEMPERATURE): number {
  return Number.isNaN(margin) ? 0.5 : 1 / (1 + Math.exp(-margin / temperature));
}

/** The backward model's label ids as the forward model's (the same names). */
const labelMaps = new WeakMap<SyntaxModel, Int32Array>();
function labelMap(forward: SyntaxModel, backward: SyntaxModel): Int32Array {
  let map = labelMaps.get(backward);
  if (!map) {
    const id = new Map(forward.labels.map((l, i) => [l, i]));
    map = Int32Array.from(backward.labels, (l) => id.get(l) ?? id.get(l.split(':')[0]!) ?? 0);
    labelMaps.set(backward, map);
  }
  return map;
}

function proposal(p: Parsed, margins: Float64Array, temperature: number): ArcProposal {
  const weights = new Float64Array(margins.length);
  for (let i = 0; i < margins.length; i++) weights[i] = arcWeight(margins[i]!, temperature);
  return { heads: p.heads, labels: p.labels, weights };
}

/** The backward model's parse of a sentence, read back left to right (heads and labels in forward ids). */
export function parseBackward(forward: SyntaxModel, backward: SyntaxModel, attrs: WordAttributes, tag: Int32Array, margins: Float64Array): Parsed {
  const n = attrs.n;
  const rev = new Float64Array(n);
  const p = parseSentence(backward, parserTokens(reversedAttributes(attrs), tag.slice().reverse()), rev);
  const map = labelMap(forward, backward);
  const heads = new Int32Array(n);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const j = n - 1 - i;
    const h = p.heads[j]!;
    heads[i] = h === n ? n : n - 1 - h;
    labels[i] = map[p.labels[j]!]!;
    margins[i] = rev[j]!;
  }
  return { heads, labels };
}

export function parsePair(forward: SyntaxModel, backward: SyntaxModel, tokens: ParserTokens, attrs: WordAttributes, tag: Int32Array, temperature = TEMPERATURE): Parsed {
  const n = tokens.n;
  const fm = new Float64Array(n);
  const bm = new Float64Array(n);
  const f = parseSentence(forward, tokens, fm);
  const b = parseBackward(forward, backward, attrs, tag, bm);
  return voteTree(n, [proposal(f, fm, temperature), proposal(b, bm, temperature)]);
}
