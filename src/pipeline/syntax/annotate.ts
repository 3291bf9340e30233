/**
 * One sentence through the tagger and the parser: forms and wink tags in, UPOS ids, heads (sentence-relative,
 * -1 for the root) and relation names out (with the passive rules, rules.ts). Pure: the component and
 * the evaluation both call it.
 *
 *   annotateSentence(syntaxModel(), ['Russia', 'attacked', 'Kyiv'], ['PROPN', 'VERB', 'PROPN'])
 *   // { upos: ['PROPN', 'VERB', 'PROPN'], heads: [1, -1, 1], rels: ['nsubj', 'root', 'obj'] }
 */
import type { SyntaxModel } from './model.js';
import { parseSentence } from './parse.js';
import { applyAgentRule, applyPassiveSubjectRule } from './rules.js';
import { tagSentence } from './tagger.js';
import { UPOS, wordAttributes } from './words.js';

export interface SentenceParse { upos: string[]; heads: number[]; rels: string[] }

export function annotateSentence(model: SyntaxModel, forms: readonly string[], winkTags: readonly string[]): SentenceParse {
  const n = forms.length;
  const a = wordAttributes(forms, winkTags, model.clusters);
  const tag = tagSentence(model.tagger, a);
  const { heads, labels } = parseSentence(model, { n, word: a.word, tag, wink: a.wink, cluster: a.cluster, suffix2: a.suffix2 });
  const out: SentenceParse = { upos: new Array(n), heads: new Array(n), rels: new Array(n) };
  for (let i = 0; i < n; i++) {
    out.upos[i] = UPOS[tag[i]!]!;
    out.heads[i] = heads[i] === n ? -1 : heads[i]!;
    out.rels[i] = heads[i] === n ? 'root' : model.labels[labels[i]!]!;
  }
  applyPassiveSubjectRule(out.heads, out.rels);
  applyAgentRule(forms, out.heads, out.rels);
  return out;
}
