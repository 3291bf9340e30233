/**
 * A forward and a backward parser voted into one tree (vote.ts): the forward model reads the sentence left to
 * right, the backward one (trained on reversed sentences, train/uptrain.ts) right to left with the same tags, so
 * they err differently (a greedy parser's mistakes follow its reading order). Each arc weighs the probability
 * that it is right given the margin of the move that made it, Platt-scaled per side (fitted on a dev split of the
 * training treebanks by train/vote-run.ts, which measures the vote); the best projective tree of the proposed arcs
 * wins, each arc labelled by its more confident proposer. Not in the pipeline: with the shipped (uptrained) models
 * it gains nothing on the dev split and costs a quarter of the pipeline's speed (README.md beside the model).
 *
 *   const { heads, labels } = parsePair(forward, backward, tokens, attrs, tag, calibration); // heads: n for the root
 */
import { parserTokens, type ParserTokens } from './features.js';
import type { SyntaxModel } from './model.js';
import { type Parsed, parseSentence } from './parse.js';
import { type ArcProposal, voteTree } from './vote.js';
import { reversedAttributes, type WordAttributes } from './words.js';

/** P(arc right) = sigmoid(a + b * margin / 100) for a scored move; `forced`: for a move that had no alternative. */
export interface Calibration { a: number; b: number; forced: number }
export interface VoteCalibration { forward: Calibration; backward: Calibration }

/** Confidence of an arc from the margin of the move that made it (NaN: no other move was valid). */
export function arcWeight(margin: number, c: Calibration): number {
  return Number.isNaN(margin) ? c.forced : 1 / (1 + Math.exp(-(c.a + (c.b * margin) / 100)));
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

/** A parse with its arcs' margins (parse.ts), ready to be weighed. */
export interface MarginParse extends Parsed { margins: Float64Array }

export function parseForward(forward: SyntaxModel, tokens: ParserTokens): MarginParse {
  const margins = new Float64Array(tokens.n);
  return { ...parseSentence(forward, tokens, margins), margins };
}

/** The backward model's parse of a sentence, read back left to right (heads and labels in forward ids). */
export function parseBackward(forward: SyntaxModel, backward: SyntaxModel, attrs: WordAttributes, tag: Int32Array): MarginParse {
  const n = attrs.n;
  const rev = new Float64Array(n);
  const p = parseSentence(backward, parserTokens(reversedAttributes(attrs), tag.slice().reverse()), rev);
  const map = labelMap(forward, backward);
  const heads = new Int32Array(n);
  const labels = new Int32Array(n);
  const margins = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const j = n - 1 - i;
    const h = p.heads[j]!;
    heads[i] = h === n ? n : n - 1 - h;
    labels[i] = map[p.labels[j]!]!;
    margins[i] = rev[j]!;
  }
  return { heads, labels, margins };
}

function weighed(p: MarginParse, c: Calibration): ArcProposal {
  const weights = new Float64Array(p.margins.length);
  for (let i = 0; i < weights.length; i++) weights[i] = arcWeight(p.margins[i]!, c);
  return { heads: p.heads, labels: p.labels, weights };
}

/** The vote of two parses of one sentence. */
export function votePair(f: MarginParse, b: MarginParse, c: VoteCalibration): Parsed {
  return voteTree(f.heads.length, [weighed(f, c.forward), weighed(b, c.backward)]);
}

export function parsePair(forward: SyntaxModel, backward: SyntaxModel, tokens: ParserTokens, attrs: WordAttributes, tag: Int32Array, c: VoteCalibration): Parsed {
  return votePair(parseForward(forward, tokens), parseBackward(forward, backward, attrs, tag), c);
}
