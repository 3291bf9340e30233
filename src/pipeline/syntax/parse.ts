/**
 * Parses one sentence greedily: at each step the highest-scoring valid transition (parser table; not scored
 * when only one is valid), and for
 * each arc the highest-scoring label of its direction (a labeller for arcs whose head is on the right, one
 * for the left: each scores only the labels seen in its direction); an arc from the root is always `root`
 * (label 0) and no other arc is. Scratch buffers are reused across calls.
 *
 *   const { heads, labels } = parseSentence(model, tokens); // heads[i] in 0..n-1, or n for the root
 */
import { LABEL_FEATURES, labelFeatures, PARSER_FEATURES, parserFeatures, type ParserTokens } from './features.js';
import { LEFT, MOVES, ParseState, SHIFT } from './state.js';
import { TAG_ROOT } from './words.js';
import type { Scorer } from './weights.js';

export interface Parsed { heads: Int32Array; labels: Int32Array }
/**
 * A labeller's table scores its `labels` (global label ids), one column each; `candidates[tagPair(dep, head)]`,
 * when present and not empty, are the only columns worth scoring for an arc between those tags.
 */
export interface Labeller<S extends Scorer = Scorer> { table: S; labels: Int32Array; candidates?: Int32Array[] }

const TAGS = TAG_ROOT + 1;
export const TAG_PAIRS = TAGS * TAGS;
export function tagPair(dep: number, head: number): number {
  return dep * TAGS + head;
}

const every = new Map<number, Int32Array>();
/** The columns the labeller scores for an arc whose dependent and head have these tags. */
export function labelColumns(l: Labeller, dep: number, head: number): Int32Array {
  const c = l.candidates?.[tagPair(dep, head)];
  if (c && c.length) return c;
  let all = every.get(l.table.cols);
  if (!all) every.set(l.table.cols, (all = Int32Array.from({ length: l.table.cols }, (_, i) => i)));
  return all;
}

/** The best of the scored columns. */
export function argmaxOf(scores: Float64Array, cols: Int32Array): number {
  let best = cols[0]!;
  for (let j = 1; j < cols.length; j++) if (scores[cols[j]!]! > scores[best]!) best = cols[j]!;
  return best;
}
export interface ParserWeights<S extends Scorer = Scorer> { parser: S; left: Labeller<S>; right: Labeller<S> }

const state = new ParseState();
const feats = new Uint32Array(Math.max(PARSER_FEATURES, LABEL_FEATURES));
const scores = new Float64Array(256);

/**
 * `margins`, when given (n entries), receives for each token the parser's margin in the move that attached it:
 * its score minus the best other valid move's, NaN when no other move was valid.
 */
export function parseSentence(weights: ParserWeights, tokens: ParserTokens, margins?: Float64Array): Parsed {
  const parser = weights.parser;
  state.reset(tokens.n);
  while (!state.terminal()) {
    let move = -1;
    let valid = 0;
    let margin = NaN;
    for (let m = 0; m < MOVES; m++) if (state.canApply(m)) { move = m; valid++; }
    if (valid > 1) {
      const nf = parserFeatures(tokens, state, feats);
      parser.score(feats, nf, scores);
      move = -1;
      for (let m = 0; m < MOVES; m++) if (state.canApply(m) && (move < 0 || scores[m]! > scores[move]!)) move = m;
      if (margins) {
        margin = Infinity;
        for (let m = 0; m < MOVES; m++) if (m !== move && state.canApply(m)) margin = Math.min(margin, scores[move]! - scores[m]!);
      }
    }
    if (margins && move !== SHIFT) margins[state.s(0)] = margin;
    let label = ROOT_LABEL;
    if (move !== SHIFT && !(move === LEFT && state.b === tokens.n)) {
      const labeller = move === LEFT ? weights.left : weights.right;
      const dep = state.s(0);
      const head = move === LEFT ? state.b : state.s(1);
      const cols = labelColumns(labeller, tokens.tag[dep]!, head === tokens.n ? TAG_ROOT : tokens.tag[head]!);
      const nl = labelFeatures(tokens, state, move, feats);
      labeller.table.scoreSome(feats, nl, cols, scores);
      label = labeller.labels[argmaxOf(scores, cols)]!;
    }
    state.apply(move, label);
  }
  return { heads: state.heads.slice(0, tokens.n), labels: state.labels.slice(0, tokens.n) };
}

/** Label 0 is `root`, given only to arcs from the artificial root. */
export const ROOT_LABEL = 0;
