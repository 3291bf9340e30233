/**
 * Feature templates of the parser (after Zhang & Nivre 2011, adapted to arc-hybrid): words, tags and clusters
 * of s0-s2 and b0-b2, the labels, words and tags of the leftmost and rightmost children of s0, s1 and b0,
 * valencies, distances and label sets, singly and in pairs and triples; the commas and verbs between s1, s0
 * and b0, given-name flags (names.ts) and b0's leftmost children's words. Each template mixes its atoms into one
 * 32-bit hash; `labelFeatures` gives the smaller set the label classifier reads for the arc being made. The
 * templates are data (templates.ts): the atoms of a state are read once (from `slots`, laid out once per sentence),
 * then every template is hashed by one function compiled from them.
 *
 *   const n = parserFeatures(tokens, state, feats); table.score(feats, n, scores);
 */
import { mix2 } from './hash.js';
import { LEFT, type ParseState } from './state.js';
import { FeatureTemplates, type TemplateSpec } from './templates.js';
import { clusterPrefix, TAG_NONE, TAG_ROOT, UPOS, type WordAttributes } from './words.js';

/** The parser's view of a sentence: predicted tags and the atoms of every position (index n is the root). */
export interface ParserTokens {
  n: number; tag: Int32Array; suffix2: Int32Array;
  /** Running counts of punctuation marks and of verbs before each position (n + 1 entries). */
  punctBefore: Int32Array; verbBefore: Int32Array;
  /**
   * The atoms of every position the features read, no token (-1) and the root (n) included, SLOT apiece from
   * slotOf(position): word, tag, wink's tag, cluster, given-name flag. The features read them with no test and no
   * call (the calls of small reading functions had exhausted the engine's inlining budget: 0.45 -> 0.27 µs a state).
   */
  slots: Int32Array;
}

const WORD = 0;
const TAG = 1;
const WINK = 2;
const CLUSTER = 3;
const GIVEN = 4;
const SLOT = 5;
const PUNCT = UPOS.indexOf('PUNCT');
const VERB = UPOS.indexOf('VERB');
const NONE_WORD = 0x2545f491;
const ROOT_WORD = 0x1b873593;

/** The parser's view of a sentence's attributes with these (predicted) tags. */
export function parserTokens(a: WordAttributes, tag: Int32Array): ParserTokens {
  const n = a.n;
  const buf = new Int32Array(2 * (n + 1) + SLOT * (n + 2));
  const punctBefore = buf.subarray(0, n + 1);
  const verbBefore = buf.subarray(n + 1, 2 * (n + 1));
  const slots = buf.subarray(2 * (n + 1));
  for (let i = 0; i < n; i++) {
    punctBefore[i + 1] = punctBefore[i]! + (tag[i] === PUNCT ? 1 : 0);
    verbBefore[i + 1] = verbBefore[i]! + (tag[i] === VERB ? 1 : 0);
  }
  // no token and the root: words and tags of their own, no cluster (-1), given-name flag 2
  slots.set([NONE_WORD, TAG_NONE, TAG_NONE, -1, 2], slotOf(-1));
  for (let i = 0; i < n; i++) {
    const o = slotOf(i);
    slots[o + WORD] = a.word[i]!; slots[o + TAG] = tag[i]!; slots[o + WINK] = a.wink[i]!; slots[o + CLUSTER] = a.cluster[i]!; slots[o + GIVEN] = a.given[i]!;
  }
  slots.set([ROOT_WORD, TAG_ROOT, TAG_ROOT, -1, 2], slotOf(n));
  return { n, tag, suffix2: a.suffix2, punctBefore, verbBefore, slots };
}

/** Where position i's atoms start in `slots` (i from -1, no token, to n, the root). */
function slotOf(i: number): number {
  return (i + 1) * SLOT;
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
const NO_LABEL = 127;

function L(st: ParseState, i: number): number {
  return i < 0 ? NO_LABEL : st.labels[i]!;
}

function dist(d: number): number {
  return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : d <= 14 ? 7 : 8;
}

/** Names -> consecutive atom ids. */
function atomIds<K extends string>(names: readonly K[]): Record<K, number> {
  return Object.fromEntries(names.map((k, i) => [k, i])) as Record<K, number>;
}

const A = atomIds(['s0w', 's0p', 's1w', 's1p', 's2w', 's2p', 'b0w', 'b0p', 'b1w', 'b1p', 'b2w', 'b2p', 's0wp', 's1wp', 'b0wp', 'b1wp',
  'b0prevp', 's0lw', 's0lp', 's0ll', 's0l2p', 's0l2l', 's0rw', 's0rp', 's0rl', 's0r2p', 's0r2l', 's1lp', 's1ll', 's1rp', 's1rl',
  'b0lw', 'b0lp', 'b0ll', 'b0l2w', 'b0l2p', 'b0l2l', 'd', 'd1', 's0vl', 's0vr', 'b0vl', 's1vl', 's1vr',
  's0lsetLo', 's0lsetHi', 's0rsetLo', 's0rsetHi', 'b0lsetLo', 'b0lsetHi', 's1lsetLo', 's1rsetLo',
  's0c', 'b0c', 's1c', 'b1c', 's0c4', 'b0c4', 's1c4', 's0c6', 'b0c6', 's0k', 'b0k', 's1k', 'b1k',
  'g0', 'g1', 's1pb0p', 'gs0b0', 'gs1s0', 'gb0b1'] as const);

const PARSER_TEMPLATES = new FeatureTemplates(([
  // single positions
  [1, A.s0wp], [2, A.s0w], [3, A.s0p], [4, A.s1wp], [5, A.s1w], [6, A.s1p], [7, A.b0wp], [8, A.b0w], [9, A.b0p],
  [10, A.b1wp], [11, A.b1w], [12, A.b1p], [13, A.b2w], [14, A.b2p], [15, A.s2p], [16, A.s2w],
  // pairs
  [20, A.s0wp, A.b0wp], [21, A.s0wp, A.b0w], [22, A.s0w, A.b0wp], [23, A.s0wp, A.b0p], [24, A.s0p, A.b0wp], [25, A.s0w, A.b0w],
  [26, A.s0p, A.b0p], [27, A.b0p, A.b1p], [28, A.s1wp, A.s0wp], [29, A.s1w, A.s0w], [30, A.s1p, A.s0p], [31, A.s1p, A.s0wp],
  [32, A.s1wp, A.s0p], [33, A.s1p, A.b0p], [34, A.s1w, A.b0w], [35, A.s1wp, A.b0p],
  // triples
  [40, A.b0p, A.b1p, A.b2p], [41, A.s0p, A.b0p, A.b1p], [42, A.b0prevp, A.s0p, A.b0p], [43, A.s0p, A.s0lp, A.b0p],
  [44, A.s0p, A.s0rp, A.b0p], [45, A.s0p, A.b0p, A.b0lp], [46, A.s1p, A.s0p, A.b0p], [47, A.s2p, A.s1p, A.s0p],
  [48, A.s1p, A.s0p, A.s0lp], [49, A.s1p, A.s0p, A.s0rp], [50, A.s1p, A.s1rp, A.s0p], [51, A.s1p, A.s1lp, A.s0p],
  [52, A.s0w, A.b0p, A.b1p], [53, A.s0p, A.b0w, A.b1p], [54, A.s1p, A.s0w, A.b0p],
  // distance
  [60, A.s0w, A.d], [61, A.s0p, A.d], [62, A.b0w, A.d], [63, A.b0p, A.d], [64, A.s0w, A.b0w, A.d], [65, A.s0p, A.b0p, A.d],
  [66, A.s1p, A.s0p, A.d1], [67, A.s1w, A.s0w, A.d1],
  // valency
  [70, A.s0w, A.s0vr], [71, A.s0p, A.s0vr], [72, A.s0w, A.s0vl], [73, A.s0p, A.s0vl], [74, A.b0w, A.b0vl], [75, A.b0p, A.b0vl],
  [76, A.s1p, A.s1vl, A.s1vr],
  // children
  [80, A.s0lw], [81, A.s0lp], [82, A.s0ll], [83, A.s0rw], [84, A.s0rp], [85, A.s0rl], [86, A.b0lw], [87, A.b0lp], [88, A.b0ll],
  [89, A.s0p, A.s0ll], [90, A.s0p, A.s0rl], [91, A.b0p, A.b0ll],
  [92, A.s0p, A.s0lp, A.s0l2p], [93, A.s0p, A.s0rp, A.s0r2p], [94, A.b0p, A.b0lp, A.b0l2p],
  [95, A.s0p, A.s0ll, A.s0l2l], [96, A.s0p, A.s0rl, A.s0r2l], [97, A.b0p, A.b0ll, A.b0l2l],
  [98, A.s1p, A.s1rl], [99, A.s1p, A.s1ll],
  // label sets
  [100, A.s0p, A.s0lsetLo, A.s0lsetHi], [101, A.s0p, A.s0rsetLo, A.s0rsetHi], [102, A.b0p, A.b0lsetLo, A.b0lsetHi],
  [103, A.s1p, A.s1lsetLo, A.s1rsetLo],
  // clusters
  [110, A.s0c], [111, A.b0c], [112, A.s1c], [113, A.b1c], [114, A.s0c6, A.b0c6], [115, A.s0c4, A.b0c4], [116, A.s0c, A.b0p],
  [117, A.s0p, A.b0c], [118, A.s1c4, A.s0c4], [119, A.s1p, A.s0c6, A.b0p], [120, A.s0c6, A.b0w], [121, A.s0w, A.b0c6],
  // wink's tags (their errors differ from the tagger's)
  [130, A.s0k], [131, A.b0k], [132, A.s1k], [133, A.b1k], [134, A.s0k, A.b0k], [135, A.s0p, A.s0k, A.b0p],
  // what lies between s0 and b0 (s0's right subtree) and between s1 and s0: commas and verbs
  [140, A.s0p, A.b0p, A.g0], [141, A.s1p, A.s0p, A.g1], [142, A.s0w, A.b0p, A.g0], [143, A.s0p, A.b0w, A.g0], [144, A.g0, A.g1, A.s1pb0p],
  // given names: "Nathan Law" is headed by Nathan
  [145, A.s0p, A.b0p, A.gs0b0], [146, A.s1p, A.s0p, A.gs1s0], [147, A.b0p, A.b1p, A.gb0b1],
  // b0's second-leftmost child's word: "Russia , which invaded" (the leftmost is often a comma)
  [148, A.s0p, A.b0l2w], [149, A.s0p, A.b0p, A.b0l2w],
  // s0's word with b0's leftmost child: ", [which invaded]" (the comma goes to the clause, not back)
  [150, A.s0w, A.b0lw, A.b0p], [151, A.s0p, A.b0lw, A.b0ll],
] satisfies TemplateSpec[]));
if (PARSER_TEMPLATES.count !== PARSER_FEATURES) throw new Error('parser templates: count mismatch');

const atoms = new Int32Array(80);

export function parserFeatures(t: ParserTokens, st: ParseState, feats: Uint32Array): number {
  const n = t.n;
  const x = atoms;
  const a = t.slots;
  const s0 = st.s(0); const s1 = st.s(1); const s2 = st.s(2);
  const b0 = st.b; const b1 = b0 + 1 <= n ? b0 + 1 : -1; const b2 = b0 + 2 <= n ? b0 + 2 : -1;
  // each position's slot (slotOf written out)
  const S0 = (s0 + 1) * SLOT; const S1 = (s1 + 1) * SLOT; const S2 = (s2 + 1) * SLOT;
  const B0 = (b0 + 1) * SLOT; const B1 = (b1 + 1) * SLOT; const B2 = (b2 + 1) * SLOT; const B0prev = b0 * SLOT;
  const s0w = a[S0 + WORD]!; const s0p = a[S0 + TAG]!; const s1w = a[S1 + WORD]!; const s1p = a[S1 + TAG]!;
  const b0w = a[B0 + WORD]!; const b0p = a[B0 + TAG]!; const b1w = a[B1 + WORD]!; const b1p = a[B1 + TAG]!;
  x[A.s0w] = s0w; x[A.s0p] = s0p; x[A.s1w] = s1w; x[A.s1p] = s1p; x[A.s2w] = a[S2 + WORD]!; x[A.s2p] = a[S2 + TAG]!;
  x[A.b0w] = b0w; x[A.b0p] = b0p; x[A.b1w] = b1w; x[A.b1p] = b1p; x[A.b2w] = a[B2 + WORD]!; x[A.b2p] = a[B2 + TAG]!;
  x[A.s0wp] = mix2(0, s0w, s0p); x[A.s1wp] = mix2(0, s1w, s1p); x[A.b0wp] = mix2(0, b0w, b0p); x[A.b1wp] = mix2(0, b1w, b1p);
  x[A.b0prevp] = a[B0prev + TAG]!;
  const s0l = s0 >= 0 ? st.lc1[s0]! : -1; const s0l2 = s0 >= 0 ? st.lc2[s0]! : -1;
  const s0r = s0 >= 0 ? st.rc1[s0]! : -1; const s0r2 = s0 >= 0 ? st.rc2[s0]! : -1;
  const s1l = s1 >= 0 ? st.lc1[s1]! : -1; const s1r = s1 >= 0 ? st.rc1[s1]! : -1;
  const b0l = st.lc1[b0]!; const b0l2 = st.lc2[b0]!;
  const S0l = (s0l + 1) * SLOT; const S0l2 = (s0l2 + 1) * SLOT; const S0r = (s0r + 1) * SLOT; const S0r2 = (s0r2 + 1) * SLOT;
  const S1l = (s1l + 1) * SLOT; const S1r = (s1r + 1) * SLOT; const B0l = (b0l + 1) * SLOT; const B0l2 = (b0l2 + 1) * SLOT;
  x[A.s0lw] = a[S0l + WORD]!; x[A.s0lp] = a[S0l + TAG]!; x[A.s0ll] = L(st, s0l); x[A.s0l2p] = a[S0l2 + TAG]!; x[A.s0l2l] = L(st, s0l2);
  x[A.s0rw] = a[S0r + WORD]!; x[A.s0rp] = a[S0r + TAG]!; x[A.s0rl] = L(st, s0r); x[A.s0r2p] = a[S0r2 + TAG]!; x[A.s0r2l] = L(st, s0r2);
  x[A.s1lp] = a[S1l + TAG]!; x[A.s1ll] = L(st, s1l); x[A.s1rp] = a[S1r + TAG]!; x[A.s1rl] = L(st, s1r);
  x[A.b0lw] = a[B0l + WORD]!; x[A.b0lp] = a[B0l + TAG]!; x[A.b0ll] = L(st, b0l);
  x[A.b0l2w] = a[B0l2 + WORD]!; x[A.b0l2p] = a[B0l2 + TAG]!; x[A.b0l2l] = L(st, b0l2);
  x[A.d] = s0 >= 0 ? dist(b0 - s0) : 0; x[A.d1] = s1 >= 0 ? dist(s0 - s1) : 0;
  x[A.s0vl] = s0 >= 0 ? st.nl[s0]! : 0; x[A.s0vr] = s0 >= 0 ? st.nr[s0]! : 0; x[A.b0vl] = st.nl[b0]!;
  x[A.s1vl] = s1 >= 0 ? st.nl[s1]! : 0; x[A.s1vr] = s1 >= 0 ? st.nr[s1]! : 0;
  x[A.s0lsetLo] = s0 >= 0 ? st.lsetLo[s0]! : 0; x[A.s0lsetHi] = s0 >= 0 ? st.lsetHi[s0]! : 0;
  x[A.s0rsetLo] = s0 >= 0 ? st.rsetLo[s0]! : 0; x[A.s0rsetHi] = s0 >= 0 ? st.rsetHi[s0]! : 0;
  x[A.b0lsetLo] = st.lsetLo[b0]!; x[A.b0lsetHi] = st.lsetHi[b0]!;
  x[A.s1lsetLo] = s1 >= 0 ? st.lsetLo[s1]! : 0; x[A.s1rsetLo] = s1 >= 0 ? st.rsetLo[s1]! : 0;
  const s0c = a[S0 + CLUSTER]!; const b0c = a[B0 + CLUSTER]!; const s1c = a[S1 + CLUSTER]!;
  x[A.s0c] = s0c; x[A.b0c] = b0c; x[A.s1c] = s1c; x[A.b1c] = a[B1 + CLUSTER]!;
  x[A.s0c4] = clusterPrefix(s0c, 4); x[A.b0c4] = clusterPrefix(b0c, 4); x[A.s1c4] = clusterPrefix(s1c, 4);
  x[A.s0c6] = clusterPrefix(s0c, 6); x[A.b0c6] = clusterPrefix(b0c, 6);
  x[A.s0k] = a[S0 + WINK]!; x[A.b0k] = a[B0 + WINK]!; x[A.s1k] = a[S1 + WINK]!; x[A.b1k] = a[B1 + WINK]!;
  x[A.g0] = between(t, s0, b0); x[A.g1] = between(t, s1, s0); x[A.s1pb0p] = mix2(0, s1p, b0p);
  const s0g = a[S0 + GIVEN]!; const b0g = a[B0 + GIVEN]!;
  x[A.gs0b0] = s0g * 3 + b0g; x[A.gs1s0] = a[S1 + GIVEN]! * 3 + s0g; x[A.gb0b1] = b0g * 3 + a[B1 + GIVEN]!;
  return PARSER_TEMPLATES.fill(x, feats);
}

const B = atomIds(['dir', 'dw', 'dp', 'hw', 'hp', 'dc', 'hc', 'dc6', 'hc6', 'dd', 'dlw', 'dlp', 'dll', 'drw', 'drl', 'hlw', 'hll', 'hrl',
  'hlsetLo', 'hlsetHi', 'hrsetLo', 'dlsetLo', 'drsetLo', 'hs2', 'dnextp', 'dprevp', 'hprevp', 'dnl', 'dnr', 's1w', 'dphp', 'gdh'] as const);

const LABEL_TEMPLATES = new FeatureTemplates(([
  [200, B.dir], [201, B.dir, B.dw], [202, B.dir, B.dp], [203, B.dir, B.hw], [204, B.dir, B.hp],
  [205, B.dir, B.dp, B.hp], [206, B.dir, B.dw, B.hp], [207, B.dir, B.dp, B.hw], [208, B.dir, B.dw, B.hw], [209, B.dir, B.dp, B.dd],
  [210, B.dir, B.dc, B.hp], [211, B.dir, B.dp, B.hc], [212, B.dir, B.dc6, B.hc6],
  [213, B.dir, B.dlw, B.dp], [214, B.dir, B.dll, B.dp], [215, B.dir, B.dlw, B.hp], [216, B.dir, B.drl, B.dp], [217, B.dir, B.drw, B.dp],
  [218, B.dir, B.hlsetLo, B.hp], [219, B.dir, B.hlsetHi, B.hp], [220, B.dir, B.hrsetLo, B.hp], [221, B.dir, B.hll, B.hp],
  [222, B.dir, B.hlw, B.hp], [223, B.dir, B.hrl, B.hp], [224, B.dir, B.hs2, B.dp], [225, B.dir, B.dlsetLo, B.dp], [226, B.dir, B.drsetLo, B.dp],
  [227, B.dir, B.dlw, B.hlw], [228, B.dir, B.dlp, B.dp], [229, B.dir, B.dnextp, B.dp], [230, B.dir, B.dprevp, B.dp],
  [231, B.dir, B.hprevp, B.hp], [232, B.dir, B.dnl, B.dnr], [233, B.dir, B.dw, B.dd], [234, B.dir, B.hw, B.dd], [235, B.dir, B.s1w, B.dp],
  [236, B.dir, B.dphp, B.gdh],
] satisfies TemplateSpec[]));
if (LABEL_TEMPLATES.count !== LABEL_FEATURES) throw new Error('label templates: count mismatch');

/** Features for labelling the arc head -> dependent made by `move` (LEFT: head b0; RIGHT: head s1). */
export function labelFeatures(t: ParserTokens, st: ParseState, move: number, feats: Uint32Array): number {
  const n = t.n;
  const x = atoms;
  const a = t.slots;
  const dep = st.s(0);
  const head = move === LEFT ? st.b : st.s(1);
  const s1 = st.s(1);
  const dl = st.lc1[dep]!; const dr = st.rc1[dep]!; const hl = st.lc1[head]!; const hr = st.rc1[head]!;
  const D = (dep + 1) * SLOT; const H = (head + 1) * SLOT;
  const dp = a[D + TAG]!; const hp = a[H + TAG]!;
  const dc = a[D + CLUSTER]!; const hc = a[H + CLUSTER]!;
  x[B.dir] = move; x[B.dw] = a[D + WORD]!; x[B.dp] = dp; x[B.hw] = a[H + WORD]!; x[B.hp] = hp;
  x[B.dc] = dc; x[B.hc] = hc; x[B.dc6] = clusterPrefix(dc, 6); x[B.hc6] = clusterPrefix(hc, 6);
  x[B.dd] = dist(Math.abs(head - dep));
  x[B.dlw] = a[(dl + 1) * SLOT + WORD]!; x[B.dlp] = a[(dl + 1) * SLOT + TAG]!; x[B.dll] = L(st, dl);
  x[B.drw] = a[(dr + 1) * SLOT + WORD]!; x[B.drl] = L(st, dr);
  x[B.hlw] = a[(hl + 1) * SLOT + WORD]!; x[B.hll] = L(st, hl); x[B.hrl] = L(st, hr);
  x[B.hlsetLo] = st.lsetLo[head]!; x[B.hlsetHi] = st.lsetHi[head]!; x[B.hrsetLo] = st.rsetLo[head]!;
  x[B.dlsetLo] = st.lsetLo[dep]!; x[B.drsetLo] = st.rsetLo[dep]!;
  x[B.hs2] = head === n ? 0 : t.suffix2[head]!;
  x[B.dnextp] = dep + 1 <= n ? a[D + SLOT + TAG]! : TAG_NONE; x[B.dprevp] = a[D - SLOT + TAG]!; x[B.hprevp] = a[H - SLOT + TAG]!;
  x[B.dnl] = st.nl[dep]!; x[B.dnr] = st.nr[dep]!;
  x[B.s1w] = a[(s1 + 1) * SLOT + WORD]!; x[B.dphp] = mix2(0, dp, hp); x[B.gdh] = a[D + GIVEN]! * 3 + a[H + GIVEN]!;
  return LABEL_TEMPLATES.fill(x, feats);
}
