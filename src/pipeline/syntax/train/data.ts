/**
 * Training and evaluation sentences: gold trees from CoNLL-U with the wink tags the pipeline would give their
 * tokens and the integer word attributes the models read.
 *
 *   const data = loadTreebank(['/…/en_ewt-ud-dev.conllu'], clusters); data[0].gold.heads // Int32Array
 */
import { readFileSync } from 'node:fs';
import { type GoldSentence, readConllu } from '../conllu.js';
import { winkTagsFor } from '../gold.js';
import { attachPunctuation } from '../punct.js';
import { applyAgentRule } from '../rules.js';
import { type ClusterLookup, tagId, type WordAttributes, wordAttributes } from '../words.js';

export interface Example {
  sentence: GoldSentence;
  winkTags: string[];
  attrs: WordAttributes;
  goldTags: Int32Array;
  /** Gold heads with the root as n; UNKNOWN where a partial tree (train/uptrain.ts) leaves the head open. */
  goldHeads: Int32Array;
  /** Gold relations; UNKNOWN_REL where open. */
  rels: string[];
  /** The tags the parser reads in training when not jackknifed ones (parsed news: the teacher's tags; its goldTags are UNKNOWN where the teachers differ). */
  inputTags?: Int32Array;
}

/** An open head or tag in a partial tree (dynamic oracle and perceptrons skip it). */
export const UNKNOWN = -1;
export const UNKNOWN_REL = '?';

/**
 * `older`: files annotated with other conventions than EWT's, brought to EWT's so the parser learns one: their
 * punctuation reattached by the rule that reproduces EWT's (punct.ts, the lower candidate: 97.5% of EWT's
 * punctuation heads), and their passive `by` agents, plain obl there, relabelled obl:agent (rules.ts).
 */
export function loadTreebank(files: readonly string[], clusters: ClusterLookup | null, older: (file: string) => boolean = () => false): Example[] {
  const out: Example[] = [];
  for (const file of files) {
    for (const sentence of readConllu(readFileSync(file, 'utf8'))) {
      if (older(file)) toEwtConventions(sentence);
      out.push(toExample(sentence, clusters));
    }
  }
  return out;
}

function toEwtConventions(s: GoldSentence): void {
  const heads = s.words.map((w) => w.head);
  const rels = s.words.map((w) => w.rel);
  const forms = s.words.map((w) => w.form);
  attachPunctuation(forms, s.words.map((w) => w.upos), heads, rels);
  applyAgentRule(forms, heads, rels);
  s.words.forEach((w, i) => { w.head = heads[i]!; w.rel = rels[i]!; });
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
