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
import { argmax } from './tagger.js';
import type { Scorer } from './weights.js';

export interface Parsed { heads: Int32Array; labels: Int32Array }
/** A labeller's table scores its `labels` (global label ids), one column each. */
export interface Labeller<S extends Scorer = Scorer> { table: S; labels: Int32Array }
export interface ParserWeights<S extends Scorer = Scorer> { parser: S; left: Labeller<S>; right: Labeller<S> }

const state = new ParseState();
const feats = new Uint32Array(Math.max(PARSER_FEATURES, LABEL_FEATURES));
const scores = new Float64Array(256);

export function parseSentence(weights: ParserWeights, tokens: ParserTokens): Parsed {
  const parser = weights.parser;
  state.reset(tokens.n);
  while (!state.terminal()) {
    let move = -1;
    let valid = 0;
    for (let m = 0; m < MOVES; m++) if (state.canApply(m)) { move = m; valid++; }
    if (valid > 1) {
      const nf = parserFeatures(tokens, state, feats);
      parser.score(feats, nf, scores);
      move = -1;
      for (let m = 0; m < MOVES; m++) if (state.canApply(m) && (move < 0 || scores[m]! > scores[move]!)) move = m;
    }
    let label = ROOT_LABEL;
    if (move !== SHIFT && !(move === LEFT && state.b === tokens.n)) {
      const labeller = move === LEFT ? weights.left : weights.right;
      const nl = labelFeatures(tokens, state, move, feats);
      labeller.table.score(feats, nl, scores);
      label = labeller.labels[argmax(scores, labeller.table.cols)]!;
    }
    state.apply(move, label);
  }
  return { heads: state.heads.slice(0, tokens.n), labels: state.labels.slice(0, tokens.n) };
}

/** Label 0 is `root`, given only to arcs from the artificial root. */
export const ROOT_LABEL = 0;
