/**
 * A greedy left-to-right UPOS tagger (averaged perceptron): words, affixes, shape and clusters around the
 * token, the two previous predicted tags, wink's own tag for the token and its neighbours, and how far ahead
 * wink's next verb lies ("as the opposition threatened": SCONJ) as features. A tag dictionary (function words
 * seen at least 5 times in training, always with one tag: "unless" SCONJ, "the" DET; train/train-model.ts) gives
 * those words their tag without scoring: wink's tag cannot override what the treebanks always say.
 *
 *   tagSentence(model.tagger, wordAttributes(forms, winkTags, clusters), model.tagDict) // Int32Array of UPOS ids
 */
import { FeatureTemplates, type TemplateSpec } from './templates.js';
import type { Scorer } from './weights.js';
import { clusterPrefix, TAG_NONE, tagId, UPOS, type WordAttributes } from './words.js';

const VERB = tagId('VERB');
const AUX = tagId('AUX');
const PUNCT = tagId('PUNCT');

/** How far ahead (1-5) wink's next verb or auxiliary lies before any punctuation; 0 when none. */
function verbAhead(a: WordAttributes, i: number): number {
  for (let j = i + 1; j < a.n && j <= i + 5; j++) {
    const k = a.wink[j]!;
    if (k === VERB || k === AUX) return j - i;
    if (k === PUNCT) return 0;
  }
  return 0;
}

export const TAGGER_FEATURES = 28;
const NONE = 0x5bd1e995;

const A = Object.fromEntries((['one', 'w', 's3', 's2', 'pre1', 'shape', 'wm1', 'wp1', 'wm2', 'wp2', 'p1', 'p2', 'k', 'km1', 'kp1',
  'c', 'c6', 'c10', 'cp1', 'cm1', 's3p1', 'va'] as const).map((k, i) => [k, i])) as Record<'one' | 'w' | 's3' | 's2' | 'pre1' | 'shape' |
  'wm1' | 'wp1' | 'wm2' | 'wp2' | 'p1' | 'p2' | 'k' | 'km1' | 'kp1' | 'c' | 'c6' | 'c10' | 'cp1' | 'cm1' | 's3p1' | 'va', number>;

const TEMPLATES = new FeatureTemplates(([
  [0, A.one], [1, A.w], [2, A.s3], [3, A.s2], [4, A.pre1], [5, A.shape], [6, A.wm1], [7, A.wp1], [8, A.wm2], [9, A.wp2],
  [10, A.p1], [11, A.p1, A.p2], [12, A.p1, A.w], [13, A.k], [14, A.k, A.s3], [15, A.km1, A.k, A.kp1],
  [16, A.c], [17, A.c6], [18, A.c10], [19, A.cp1], [20, A.cm1], [21, A.s3p1], [22, A.w, A.wp1], [23, A.kp1], [24, A.p1, A.k], [25, A.wm1, A.w],
  // a clause ahead: "as the opposition threatened" (SCONJ), not "as a result" (ADP)
  [26, A.w, A.va], [27, A.k, A.va],
] satisfies TemplateSpec[]));
if (TEMPLATES.count !== TAGGER_FEATURES) throw new Error('tagger templates: count mismatch');

const atoms = new Int32Array(24);

/** Writes the features of token i (previous tags p1, p2) into feats; returns their count. */
export function taggerFeatures(a: WordAttributes, i: number, p1: number, p2: number, feats: Uint32Array): number {
  const n = a.n;
  const w = a.word;
  const k = a.wink;
  const c = a.cluster[i]!;
  const x = atoms;
  x[A.one] = 1; x[A.w] = w[i]!; x[A.s3] = a.suffix3[i]!; x[A.s2] = a.suffix2[i]!; x[A.pre1] = a.prefix1[i]!; x[A.shape] = a.shape[i]!;
  x[A.wm1] = i > 0 ? w[i - 1]! : NONE; x[A.wm2] = i > 1 ? w[i - 2]! : NONE;
  x[A.wp1] = i + 1 < n ? w[i + 1]! : NONE; x[A.wp2] = i + 2 < n ? w[i + 2]! : NONE;
  x[A.p1] = p1; x[A.p2] = p2;
  x[A.k] = k[i]!; x[A.km1] = i > 0 ? k[i - 1]! : TAG_NONE; x[A.kp1] = i + 1 < n ? k[i + 1]! : TAG_NONE;
  x[A.c] = c; x[A.c6] = clusterPrefix(c, 6); x[A.c10] = clusterPrefix(c, 10);
  x[A.cp1] = i + 1 < n ? a.cluster[i + 1]! : -1; x[A.cm1] = i > 0 ? a.cluster[i - 1]! : -1;
  x[A.s3p1] = i + 1 < n ? a.suffix3[i + 1]! : NONE;
  x[A.va] = verbAhead(a, i);
  return TEMPLATES.fill(x, feats);
}

/** Word hash (as in `WordAttributes.word`) -> its only UPOS id in training. */
export type TagDictionary = ReadonlyMap<number, number>;

/** Tags a sentence greedily; `into` receives UPOS ids. */
const feats = new Uint32Array(TAGGER_FEATURES);
let scores = new Float64Array(32);

export function tagSentence(model: Scorer, a: WordAttributes, dict: TagDictionary | null = null, into = new Int32Array(a.n)): Int32Array {
  if (scores.length < model.cols) scores = new Float64Array(model.cols);
  let p1: number = TAG_NONE;
  let p2: number = TAG_NONE;
  for (let i = 0; i < a.n; i++) {
    const known = dict?.get(a.word[i]!);
    if (known !== undefined) {
      into[i] = known;
    } else {
      const nf = taggerFeatures(a, i, p1, p2, feats);
      model.score(feats, nf, scores);
      into[i] = argmax(scores, UPOS.length);
    }
    p2 = p1;
    p1 = into[i]!;
  }
  return into;
}

export function argmax(scores: Float64Array, n: number): number {
  let best = 0;
  for (let c = 1; c < n; c++) if (scores[c]! > scores[best]!) best = c;
  return best;
}
