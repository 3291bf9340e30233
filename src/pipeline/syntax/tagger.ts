/**
 * A greedy left-to-right UPOS tagger (averaged perceptron): words, affixes, shape and clusters around the
 * token, the two previous predicted tags, wink's own tag for the token and its neighbours, and how far ahead
 * wink's next verb lies ("as the opposition threatened": SCONJ) as features. A tag dictionary (function words
 * seen at least 5 times in training, always with one tag: "unless" SCONJ, "the" DET; train/train-model.ts) gives
 * those words their tag without scoring: wink's tag cannot override what the treebanks always say.
 *
 *   tagSentence(model.tagger, wordAttributes(forms, winkTags, clusters), model.tagDict) // Int32Array of UPOS ids
 */
import { mix1, mix2, mix3 } from './hash.js';
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

/** Writes the features of token i (previous tags p1, p2) into feats; returns their count. */
export function taggerFeatures(a: WordAttributes, i: number, p1: number, p2: number, feats: Uint32Array): number {
  const n = a.n;
  const w = a.word;
  const wm1 = i > 0 ? w[i - 1]! : NONE;
  const wm2 = i > 1 ? w[i - 2]! : NONE;
  const wp1 = i + 1 < n ? w[i + 1]! : NONE;
  const wp2 = i + 2 < n ? w[i + 2]! : NONE;
  const k = a.wink;
  const km1 = i > 0 ? k[i - 1]! : TAG_NONE;
  const kp1 = i + 1 < n ? k[i + 1]! : TAG_NONE;
  const c = a.cluster[i]!;
  const cm1 = i > 0 ? a.cluster[i - 1]! : -1;
  const cp1 = i + 1 < n ? a.cluster[i + 1]! : -1;
  let f = 0;
  feats[f++] = mix1(0, 1);
  feats[f++] = mix1(1, w[i]!);
  feats[f++] = mix1(2, a.suffix3[i]!);
  feats[f++] = mix1(3, a.suffix2[i]!);
  feats[f++] = mix1(4, a.prefix1[i]!);
  feats[f++] = mix1(5, a.shape[i]!);
  feats[f++] = mix1(6, wm1);
  feats[f++] = mix1(7, wp1);
  feats[f++] = mix1(8, wm2);
  feats[f++] = mix1(9, wp2);
  feats[f++] = mix1(10, p1);
  feats[f++] = mix2(11, p1, p2);
  feats[f++] = mix2(12, p1, w[i]!);
  feats[f++] = mix1(13, k[i]!);
  feats[f++] = mix2(14, k[i]!, a.suffix3[i]!);
  feats[f++] = mix3(15, km1, k[i]!, kp1);
  feats[f++] = mix1(16, c);
  feats[f++] = mix1(17, clusterPrefix(c, 6));
  feats[f++] = mix1(18, clusterPrefix(c, 10));
  feats[f++] = mix1(19, cp1);
  feats[f++] = mix1(20, cm1);
  feats[f++] = mix1(21, i + 1 < n ? a.suffix3[i + 1]! : NONE);
  feats[f++] = mix2(22, w[i]!, wp1);
  feats[f++] = mix1(23, kp1);
  feats[f++] = mix2(24, p1, k[i]!);
  feats[f++] = mix2(25, wm1, w[i]!);
  // a clause ahead: "as the opposition threatened" (SCONJ), not "as a result" (ADP)
  const va = verbAhead(a, i);
  feats[f++] = mix2(26, w[i]!, va); feats[f++] = mix2(27, k[i]!, va);
  return f;
}

/** Word hash (as in `WordAttributes.word`) -> its only UPOS id in training. */
export type TagDictionary = ReadonlyMap<number, number>;

/** Tags a sentence greedily; `into` receives UPOS ids. */
export function tagSentence(model: Scorer, a: WordAttributes, dict: TagDictionary | null = null, into = new Int32Array(a.n)): Int32Array {
  const feats = new Uint32Array(TAGGER_FEATURES);
  const scores = new Float64Array(model.cols);
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
