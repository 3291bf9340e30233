/**
 * Training and evaluation sentences: gold trees from CoNLL-U with the wink tags the pipeline would give their
 * tokens and the integer word attributes the models read.
 *
 *   const data = loadTreebank(['/…/en_ewt-ud-dev.conllu'], clusters); data[0].gold.heads // Int32Array
 */
import { readFileSync } from 'node:fs';
import { type GoldSentence, readConllu } from '../conllu.js';
import { winkTagsFor } from '../gold.js';
import { type ClusterLookup, tagId, type WordAttributes, wordAttributes } from '../words.js';

export interface Example {
  sentence: GoldSentence;
  winkTags: string[];
  attrs: WordAttributes;
  goldTags: Int32Array;
  /** Gold heads with the root as n. */
  goldHeads: Int32Array;
  rels: string[];
}

export function loadTreebank(files: readonly string[], clusters: ClusterLookup | null): Example[] {
  const out: Example[] = [];
  for (const file of files) {
    for (const sentence of readConllu(readFileSync(file, 'utf8'))) out.push(toExample(sentence, clusters));
  }
  return out;
}

export function toExample(sentence: GoldSentence, clusters: ClusterLookup | null): Example {
  const n = sentence.words.length;
  const winkTags = winkTagsFor(sentence);
  return {
    sentence,
    winkTags,
    attrs: wordAttributes(sentence.words.map((w) => w.form), winkTags, clusters),
    goldTags: Int32Array.from(sentence.words, (w) => tagId(w.upos)),
    goldHeads: Int32Array.from(sentence.words, (w) => (w.head < 0 ? n : w.head)),
    rels: sentence.words.map((w) => w.rel),
  };
}
