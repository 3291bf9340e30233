/**
 * Feature templates of the parser (after Zhang & Nivre 2011, adapted to arc-hybrid): words, tags and clusters
 * of s0-s2 and b0-b2, the labels, words and tags of the leftmost and rightmost children of s0, s1 and b0,
 * valencies, distances and label sets, singly and in pairs and triples; the commas and verbs between s1, s0
 * and b0, given-name flags (names.ts) and b0's leftmost children's words. Each template mixes its atoms into one
 * 32-bit hash; `labelFeatures` gives the smaller set the label classifier reads for the arc being made.
 *
 *   const n = parserFeatures(tokens, state, feats); table.score(feats, n, scores);
 */
import { mix1, mix2, mix3 } from './hash.js';
import { LEFT, type ParseState } from './state.js';
import { clusterPrefix, TAG_NONE, TAG_ROOT, UPOS, type WordAttributes } from './words.js';

/** The parser's view of a sentence: word hashes, predicted tags, wink's tags and clusters (index n is the root). */
export interface ParserTokens {
  n: number; word: Int32Array; tag: Int32Array; wink: Int32Array; cluster: Int32Array; suffix2: Int32Array; suffix3: Int32Array;
  /** Running counts of punctuation marks and of verbs before each position (n + 1 entries). */
  punctBefore: Int32Array; verbBefore: Int32Array;
  /** 1 for a given name (words.ts). */
  given: Int32Array;
}

const PUNCT = UPOS.indexOf('PUNCT');
const VERB = UPOS.indexOf('VERB');

/** The parser's view of a sentence's attributes with these (predicted) tags. */
export function parserTokens(a: WordAttributes, tag: Int32Array): ParserTokens {
  const punctBefore = new Int32Array(a.n + 1);
  const verbBefore = new Int32Array(a.n + 1);
  for (let i = 0; i < a.n; i++) {
    punctBefore[i + 1] = punctBefore[i]! + (tag[i] === PUNCT ? 1 : 0);
    verbBefore[i + 1] = verbBefore[i]! + (tag[i] === VERB ? 1 : 0);
  }
  return { n: a.n, word: a.word, tag, wink: a.wink, cluster: a.cluster, suffix2: a.suffix2, suffix3: a.suffix3, punctBefore, verbBefore, given: a.given };
}

/** Punctuation marks (0, 1, 2+) and verbs (0, 1, 2+) strictly between tokens a < b, as one small number. */
function between(t: ParserTokens, a: number, b: number): number {
  if (a < 0) return 15;
  const p = t.punctBefore[b]! - t.punctBefore[a + 1]!;
  const v = t.verbBefore[b]! - t.verbBefore[a + 1]!;
  return (p > 2 ? 2 : p) * 3 + (v > 2 ? 2 : v);
}

export const PARSER_FEATURES = 116;
export const LABEL_FEATURES = 37;
const NONE_WORD = 0x2545f491;
const ROOT_WORD = 0x1b873593;
const NO_LABEL = 127;

function W(t: ParserTokens, i: number): number {
  return i < 0 ? NONE_WORD : i === t.n ? ROOT_WORD : t.word[i]!;
}
function P(t: ParserTokens, i: number): number {
  return i < 0 ? TAG_NONE : i === t.n ? TAG_ROOT : t.tag[i]!;
}
function K(t: ParserTokens, i: number): number {
  return i < 0 ? TAG_NONE : i === t.n ? TAG_ROOT : t.wink[i]!;
}
function C(t: ParserTokens, i: number): number {
  return i < 0 || i === t.n ? -1 : t.cluster[i]!;
}
/** Given-name flag: 0 or 1, 2 for no token or the root. */
function G(t: ParserTokens, i: number): number {
  return i < 0 || i === t.n ? 2 : t.given[i]!;
}
function L(st: ParseState, i: number): number {
  return i < 0 ? NO_LABEL : st.labels[i]!;
}

function dist(d: number): number {
  return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : d <= 14 ? 7 : 8;
}

export function parserFeatures(t: ParserTokens, st: ParseState, feats: Uint32Array): number {
  const n = t.n;
  const s0 = st.s(0); const s1 = st.s(1); const s2 = st.s(2);
  const b0 = st.b; const b1 = b0 + 1 <= n ? b0 + 1 : -1; const b2 = b0 + 2 <= n ? b0 + 2 : -1;
  const s0w = W(t, s0); const s0p = P(t, s0); const s1w = W(t, s1); const s1p = P(t, s1); const s2p = P(t, s2);
  const b0w = W(t, b0); const b0p = P(t, b0); const b1w = W(t, b1); const b1p = P(t, b1); const b2w = W(t, b2); const b2p = P(t, b2);
  const s0wp = mix2(0, s0w, s0p); const s1wp = mix2(0, s1w, s1p); const b0wp = mix2(0, b0w, b0p); const b1wp = mix2(0, b1w, b1p);
  const s0l = s0 >= 0 ? st.lc1[s0]! : -1; const s0l2 = s0 >= 0 ? st.lc2[s0]! : -1;
  const s0r = s0 >= 0 ? st.rc1[s0]! : -1; const s0r2 = s0 >= 0 ? st.rc2[s0]! : -1;
  const s1l = s1 >= 0 ? st.lc1[s1]! : -1; const s1r = s1 >= 0 ? st.rc1[s1]! : -1;
  const b0l = st.lc1[b0]!; const b0l2 = st.lc2[b0]!;
  const d = s0 >= 0 ? dist(b0 - s0) : 0;
  const d1 = s1 >= 0 ? dist(s0 - s1) : 0;
  const s0vl = s0 >= 0 ? st.nl[s0]! : 0; const s0vr = s0 >= 0 ? st.nr[s0]! : 0; const b0vl = st.nl[b0]!;
  const s1vl = s1 >= 0 ? st.nl[s1]! : 0; const s1vr = s1 >= 0 ? st.nr[s1]! : 0;
  const s0c = C(t, s0); const b0c = C(t, b0); const s1c = C(t, s1); const b1c = C(t, b1);
  const s0c4 = clusterPrefix(s0c, 4); const b0c4 = clusterPrefix(b0c, 4); const s1c4 = clusterPrefix(s1c, 4);
  const s0c6 = clusterPrefix(s0c, 6); const b0c6 = clusterPrefix(b0c, 6);
  let f = 0;
  // single positions
  feats[f++] = mix1(1, s0wp); feats[f++] = mix1(2, s0w); feats[f++] = mix1(3, s0p);
  feats[f++] = mix1(4, s1wp); feats[f++] = mix1(5, s1w); feats[f++] = mix1(6, s1p);
  feats[f++] = mix1(7, b0wp); feats[f++] = mix1(8, b0w); feats[f++] = mix1(9, b0p);
  feats[f++] = mix1(10, b1wp); feats[f++] = mix1(11, b1w); feats[f++] = mix1(12, b1p);
  feats[f++] = mix1(13, b2w); feats[f++] = mix1(14, b2p); feats[f++] = mix1(15, s2p);
  feats[f++] = mix1(16, W(t, s2));
  // pairs
  feats[f++] = mix2(20, s0wp, b0wp); feats[f++] = mix2(21, s0wp, b0w); feats[f++] = mix2(22, s0w, b0wp);
  feats[f++] = mix2(23, s0wp, b0p); feats[f++] = mix2(24, s0p, b0wp); feats[f++] = mix2(25, s0w, b0w);
  feats[f++] = mix2(26, s0p, b0p); feats[f++] = mix2(27, b0p, b1p);
  feats[f++] = mix2(28, s1wp, s0wp); feats[f++] = mix2(29, s1w, s0w); feats[f++] = mix2(30, s1p, s0p);
  feats[f++] = mix2(31, s1p, s0wp); feats[f++] = mix2(32, s1wp, s0p);
  feats[f++] = mix2(33, s1p, b0p); feats[f++] = mix2(34, s1w, b0w); feats[f++] = mix2(35, s1wp, b0p);
  // triples
  feats[f++] = mix3(40, b0p, b1p, b2p); feats[f++] = mix3(41, s0p, b0p, b1p); feats[f++] = mix3(42, P(t, b0 - 1), s0p, b0p);
  feats[f++] = mix3(43, s0p, P(t, s0l), b0p); feats[f++] = mix3(44, s0p, P(t, s0r), b0p); feats[f++] = mix3(45, s0p, b0p, P(t, b0l));
  feats[f++] = mix3(46, s1p, s0p, b0p); feats[f++] = mix3(47, s2p, s1p, s0p); feats[f++] = mix3(48, s1p, s0p, P(t, s0l));
  feats[f++] = mix3(49, s1p, s0p, P(t, s0r)); feats[f++] = mix3(50, s1p, P(t, s1r), s0p); feats[f++] = mix3(51, s1p, P(t, s1l), s0p);
  feats[f++] = mix3(52, s0w, b0p, b1p); feats[f++] = mix3(53, s0p, b0w, b1p); feats[f++] = mix3(54, s1p, s0w, b0p);
  // distance
  feats[f++] = mix2(60, s0w, d); feats[f++] = mix2(61, s0p, d); feats[f++] = mix2(62, b0w, d); feats[f++] = mix2(63, b0p, d);
  feats[f++] = mix3(64, s0w, b0w, d); feats[f++] = mix3(65, s0p, b0p, d); feats[f++] = mix3(66, s1p, s0p, d1);
  feats[f++] = mix3(67, s1w, s0w, d1);
  // valency
  feats[f++] = mix2(70, s0w, s0vr); feats[f++] = mix2(71, s0p, s0vr); feats[f++] = mix2(72, s0w, s0vl);
  feats[f++] = mix2(73, s0p, s0vl); feats[f++] = mix2(74, b0w, b0vl); feats[f++] = mix2(75, b0p, b0vl);
  feats[f++] = mix3(76, s1p, s1vl, s1vr);
  // children
  feats[f++] = mix1(80, W(t, s0l)); feats[f++] = mix1(81, P(t, s0l)); feats[f++] = mix1(82, L(st, s0l));
  feats[f++] = mix1(83, W(t, s0r)); feats[f++] = mix1(84, P(t, s0r)); feats[f++] = mix1(85, L(st, s0r));
  feats[f++] = mix1(86, W(t, b0l)); feats[f++] = mix1(87, P(t, b0l)); feats[f++] = mix1(88, L(st, b0l));
  feats[f++] = mix2(89, s0p, L(st, s0l)); feats[f++] = mix2(90, s0p, L(st, s0r)); feats[f++] = mix2(91, b0p, L(st, b0l));
  feats[f++] = mix3(92, s0p, P(t, s0l), P(t, s0l2)); feats[f++] = mix3(93, s0p, P(t, s0r), P(t, s0r2)); feats[f++] = mix3(94, b0p, P(t, b0l), P(t, b0l2));
  feats[f++] = mix3(95, s0p, L(st, s0l), L(st, s0l2)); feats[f++] = mix3(96, s0p, L(st, s0r), L(st, s0r2)); feats[f++] = mix3(97, b0p, L(st, b0l), L(st, b0l2));
  feats[f++] = mix2(98, s1p, L(st, s1r)); feats[f++] = mix2(99, s1p, L(st, s1l));
  // label sets
  feats[f++] = mix3(100, s0p, s0 >= 0 ? st.lsetLo[s0]! : 0, s0 >= 0 ? st.lsetHi[s0]! : 0);
  feats[f++] = mix3(101, s0p, s0 >= 0 ? st.rsetLo[s0]! : 0, s0 >= 0 ? st.rsetHi[s0]! : 0);
  feats[f++] = mix3(102, b0p, st.lsetLo[b0]!, st.lsetHi[b0]!);
  feats[f++] = mix3(103, s1p, s1 >= 0 ? st.lsetLo[s1]! : 0, s1 >= 0 ? st.rsetLo[s1]! : 0);
  // clusters
  feats[f++] = mix1(110, s0c); feats[f++] = mix1(111, b0c); feats[f++] = mix1(112, s1c); feats[f++] = mix1(113, b1c);
  feats[f++] = mix2(114, s0c6, b0c6); feats[f++] = mix2(115, s0c4, b0c4); feats[f++] = mix2(116, s0c, b0p);
  feats[f++] = mix2(117, s0p, b0c); feats[f++] = mix2(118, s1c4, s0c4); feats[f++] = mix3(119, s1p, s0c6, b0p);
  feats[f++] = mix2(120, s0c6, b0w); feats[f++] = mix2(121, s0w, b0c6);
  // wink's tags (their errors differ from the tagger's)
  const s0k = K(t, s0); const b0k = K(t, b0);
  feats[f++] = mix1(130, s0k); feats[f++] = mix1(131, b0k); feats[f++] = mix1(132, K(t, s1)); feats[f++] = mix1(133, K(t, b1));
  feats[f++] = mix2(134, s0k, b0k); feats[f++] = mix3(135, s0p, s0k, b0p);
  // what lies between s0 and b0 (s0's right subtree) and between s1 and s0: commas and verbs
  const g0 = between(t, s0, b0); const g1 = between(t, s1, s0);
  feats[f++] = mix3(140, s0p, b0p, g0); feats[f++] = mix3(141, s1p, s0p, g1); feats[f++] = mix3(142, s0w, b0p, g0);
  feats[f++] = mix3(143, s0p, b0w, g0); feats[f++] = mix3(144, g0, g1, mix2(0, s1p, b0p));
  // given names: "Nathan Law" is headed by Nathan
  feats[f++] = mix3(145, s0p, b0p, G(t, s0) * 3 + G(t, b0)); feats[f++] = mix3(146, s1p, s0p, G(t, s1) * 3 + G(t, s0));
  feats[f++] = mix3(147, b0p, b1p, G(t, b0) * 3 + G(t, b1));
  // b0's second-leftmost child's word: "Russia , which invaded" (the leftmost is often a comma)
  feats[f++] = mix2(148, s0p, W(t, b0l2)); feats[f++] = mix3(149, s0p, b0p, W(t, b0l2));
  // s0's word with b0's leftmost child: ", [which invaded]" (the comma goes to the clause, not back)
  feats[f++] = mix3(150, s0w, W(t, b0l), b0p); feats[f++] = mix3(151, s0p, W(t, b0l), L(st, b0l));
  return f;
}

/** Features for labelling the arc head -> dependent made by `move` (LEFT: head b0; RIGHT: head s1). */
export function labelFeatures(t: ParserTokens, st: ParseState, move: number, feats: Uint32Array): number {
  const n = t.n;
  const dep = st.s(0);
  const head = move === LEFT ? st.b : st.s(1);
  const dir = move;
  const dw = W(t, dep); const dp = P(t, dep); const hw = W(t, head); const hp = P(t, head);
  const dc = dep === n ? -1 : t.cluster[dep]!;
  const hc = head === n ? -1 : t.cluster[head]!;
  const dl = st.lc1[dep]!; const dr = st.rc1[dep]!; const hl = st.lc1[head]!; const hr = st.rc1[head]!;
  const dd = dist(Math.abs(head - dep));
  const hs2 = head === n ? 0 : t.suffix2[head]!;
  let f = 0;
  feats[f++] = mix1(200, dir);
  feats[f++] = mix2(201, dir, dw); feats[f++] = mix2(202, dir, dp); feats[f++] = mix2(203, dir, hw); feats[f++] = mix2(204, dir, hp);
  feats[f++] = mix3(205, dir, dp, hp); feats[f++] = mix3(206, dir, dw, hp); feats[f++] = mix3(207, dir, dp, hw);
  feats[f++] = mix3(208, dir, dw, hw); feats[f++] = mix3(209, dir, dp, dd); feats[f++] = mix3(210, dir, dc, hp);
  feats[f++] = mix3(211, dir, dp, hc); feats[f++] = mix3(212, dir, clusterPrefix(dc, 6), clusterPrefix(hc, 6));
  feats[f++] = mix3(213, dir, W(t, dl), dp); feats[f++] = mix3(214, dir, L(st, dl), dp); feats[f++] = mix3(215, dir, W(t, dl), hp);
  feats[f++] = mix3(216, dir, L(st, dr), dp); feats[f++] = mix3(217, dir, W(t, dr), dp);
  feats[f++] = mix3(218, dir, st.lsetLo[head]!, hp); feats[f++] = mix3(219, dir, st.lsetHi[head]!, hp);
  feats[f++] = mix3(220, dir, st.rsetLo[head]!, hp); feats[f++] = mix3(221, dir, L(st, hl), hp);
  feats[f++] = mix3(222, dir, W(t, hl), hp); feats[f++] = mix3(223, dir, L(st, hr), hp); feats[f++] = mix3(224, dir, hs2, dp);
  feats[f++] = mix3(225, dir, st.lsetLo[dep]!, dp); feats[f++] = mix3(226, dir, st.rsetLo[dep]!, dp);
  feats[f++] = mix3(227, dir, W(t, dl), W(t, hl)); feats[f++] = mix3(228, dir, P(t, dl), dp);
  feats[f++] = mix3(229, dir, P(t, dep + 1 <= n ? dep + 1 : -1), dp); feats[f++] = mix3(230, dir, P(t, dep - 1), dp);
  feats[f++] = mix3(231, dir, P(t, head - 1), hp); feats[f++] = mix3(232, dir, st.nl[dep]!, st.nr[dep]!);
  feats[f++] = mix3(233, dir, dw, dd); feats[f++] = mix3(234, dir, hw, dd); feats[f++] = mix3(235, dir, W(t, st.s(1)), dp);
  feats[f++] = mix3(236, dir, mix2(0, dp, hp), G(t, dep) * 3 + G(t, head));
  return f;
}
