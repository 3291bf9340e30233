/**
 * Scores a model on gold trees with the tags it predicts itself (what the pipeline really has): UPOS accuracy,
 * UAS and LAS over all tokens (punctuation included, as CoNLL 2018 scores them) and without punctuation, and per relation precision, recall and F1 (a relation
 * counts as right when its head and its full label are both right).
 *
 *   const s = measure(syntaxModel(), examples); s.las // 0.78
 */
import { annotateSentence, type SentenceParse } from '../annotate.js';
import type { SyntaxModel } from '../model.js';
import type { Example } from './data.js';

export interface RelationScore { gold: number; predicted: number; correct: number; p: number; r: number; f1: number }
export interface Scores {
  sentences: number; tokens: number; tagAccuracy: number; uas: number; las: number;
  /** The same without punctuation tokens (gold UPOS PUNCT). */
  uasNoPunct: number; lasNoPunct: number;
  relations: Record<string, RelationScore>;
}

export function measure(model: SyntaxModel, examples: readonly Example[]): Scores {
  return measureParses(examples, (forms, wink) => annotateSentence(model, forms, wink));
}

/** The same for any parser of forms and wink tags (an ensemble, vote-run.ts). */
export function measureParses(examples: readonly Example[], parse: (forms: string[], winkTags: string[]) => SentenceParse): Scores {
  let tokens = 0; let tagsRight = 0; let heads = 0; let labelled = 0;
  let words = 0; let wordHeads = 0; let wordLabelled = 0;
  const counts = new Map<string, { gold: number; predicted: number; correct: number }>();
  const count = (rel: string) => {
    let c = counts.get(rel);
    if (!c) counts.set(rel, (c = { gold: 0, predicted: 0, correct: 0 }));
    return c;
  };
  for (const ex of examples) {
    const forms = ex.sentence.words.map((w) => w.form);
    const got = parse(forms, ex.winkTags);
    ex.sentence.words.forEach((w, i) => {
      tokens++;
      if (got.upos[i] === w.upos) tagsRight++;
      const headRight = got.heads[i] === w.head;
      if (headRight) heads++;
      if (headRight && got.rels[i] === w.rel) labelled++;
      if (w.upos !== 'PUNCT') {
        words++;
        if (headRight) wordHeads++;
        if (headRight && got.rels[i] === w.rel) wordLabelled++;
      }
      count(w.rel).gold++;
      count(got.rels[i]!).predicted++;
      if (headRight && got.rels[i] === w.rel) count(w.rel).correct++;
    });
  }
  const relations: Record<string, RelationScore> = {};
  for (const [rel, c] of counts) {
    const p = c.predicted ? c.correct / c.predicted : 0;
    const r = c.gold ? c.correct / c.gold : 0;
    relations[rel] = { ...c, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  }
  return { sentences: examples.length, tokens, tagAccuracy: tagsRight / tokens, uas: heads / tokens, las: labelled / tokens, uasNoPunct: wordHeads / words, lasNoPunct: wordLabelled / words, relations };
}

export const HEADLINE_RELATIONS = ['nsubj', 'obj', 'iobj', 'obl', 'nsubj:pass', 'obl:agent', 'ccomp', 'xcomp', 'advcl', 'acl:relcl', 'conj', 'punct'];

export function formatScores(label: string, s: Scores): string {
  const pct = (x: number) => (100 * x).toFixed(1);
  const lines = [`${label}: ${s.sentences} sentences, ${s.tokens} tokens · UPOS ${pct(s.tagAccuracy)} · UAS ${pct(s.uas)} · LAS ${pct(s.las)} (without punctuation ${pct(s.uasNoPunct)} / ${pct(s.lasNoPunct)})`];
  for (const rel of HEADLINE_RELATIONS) {
    const r = s.relations[rel];
    if (r) lines.push(`  ${rel.padEnd(11)} P ${pct(r.p).padStart(5)}  R ${pct(r.r).padStart(5)}  F1 ${pct(r.f1).padStart(5)}  (gold ${r.gold})`);
  }
  return lines.join('\n');
}
