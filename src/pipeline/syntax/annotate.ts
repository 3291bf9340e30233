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

/** Tags and parses without the rules that follow (`heads`: root as n; `labels`: label ids). */
export function tagAndParse(model: SyntaxModel, forms: readonly string[], winkTags: readonly string[]): { tag: Int32Array; heads: Int32Array; labels: Int32Array } {
  const a = wordAttributes(forms, winkTags, model.clusters);
  const tag = tagSentence(model.tagger, a, model.tagDict ?? null);
  return { tag, ...parseSentence(model, parserTokens(a, tag)) };
}

/** Punctuation reattached by punct.ts's rule and the passive rules of rules.ts, in place. */
export function applyRules(forms: readonly string[], p: SentenceParse): SentenceParse {
  attachPunctuation(forms, p.upos, p.heads, p.rels);
  applyPassiveSubjectRule(p.heads, p.rels);
  applyAgentRule(forms, p.heads, p.rels);
  return p;
}

export function annotateSentence(model: SyntaxModel, forms: readonly string[], winkTags: readonly string[]): SentenceParse {
  const n = forms.length;
  const { tag, heads, labels } = tagAndParse(model, forms, winkTags);
  const out: SentenceParse = { upos: new Array(n), heads: new Array(n), rels: new Array(n) };
  for (let i = 0; i < n; i++) {
    out.upos[i] = UPOS[tag[i]!]!;
    out.heads[i] = heads[i] === n ? -1 : heads[i]!;
    out.rels[i] = heads[i] === n ? 'root' : model.labels[labels[i]!]!;
  }
  return applyRules(forms, out);
}
