/**
 * One sentence through the tagger and the parser: forms and wink tags in, UPOS ids, heads (sentence-relative,
 * -1 for the root) and relation names out (punctuation reattached by the rule of punct.ts, then the passive
 * rules, rules.ts). Pure: the component and
 * the evaluation both call it.
 *
 *   annotateSentence(syntaxModel(), ['Russia', 'attacked', 'Kyiv'], ['PROPN', 'VERB', 'PROPN'])
 *   // { upos: ['PROPN', 'VERB', 'PROPN'], heads: [1, -1, 1], rels: ['nsubj', 'root', 'obj'] }
 */
import { parserTokens } from './features.js';
import type { SyntaxModel } from './model.js';
import { parseSentence } from './parse.js';
import { attachPunctuation } from './punct.js';
import { applyAgentRule, applyPassiveSubjectRule } from './rules.js';
import { tagSentence } from './tagger.js';
import { UPOS, wordAttributes } from './words.js';

export interface SentenceParse { upos: string[]; heads: number[]; rels: string[] }

export function annotateSentence(model: SyntaxModel, forms: readonly string[], winkTags: readonly string[]): SentenceParse {
  const n = forms.length;
  const a = wordAttributes(forms, winkTags, model.clusters);
  const tag = tagSentence(model.tagger, a, model.tagDict ?? null);
  const { heads, labels } = parseSentence(model, parserTokens(a, tag));
  const out: SentenceParse = { upos: new Array(n), heads: new Array(n), rels: new Array(n) };
  for (let i = 0; i < n; i++) {
    out.upos[i] = UPOS[tag[i]!]!;
    out.heads[i] = heads[i] === n ? -1 : heads[i]!;
    out.rels[i] = heads[i] === n ? 'root' : model.labels[labels[i]!]!;
  }
  attachPunctuation(forms, out.upos, out.heads, out.rels);
  applyPassiveSubjectRule(out.heads, out.rels);
  applyAgentRule(forms, out.heads, out.rels);
  return out;
}
