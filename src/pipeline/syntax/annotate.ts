/**
 * One sentence through the tagger and the parser: forms and wink tags in, UPOS ids, heads (sentence-relative,
 * -1 for the root) and relation names out (punctuation reattached by the rule of punct.ts, then the passive
 * and reporting-inversion rules, rules.ts). Pure: the component and
 * the evaluation both call it. `tagWords` and `parseTagged` are its two halves (the component tags a document's
 * sentences before parsing any: the tagger's and the parser's tables then take turns in the processor's cache).
 *
 *   annotateSentence(syntaxModel(), ['Russia', 'attacked', 'Kyiv'], ['PROPN', 'VERB', 'PROPN'])
 *   // { upos: ['PROPN', 'VERB', 'PROPN'], heads: [1, -1, 1], rels: ['nsubj', 'root', 'obj'] }
 */
import { parserTokens } from './features.js';
import type { SyntaxModel } from './model.js';
import { parseSentence } from './parse.js';
import { attachPunctuation } from './punct.js';
import { applyAgentRule, applyPassiveSubjectRule, applyReportingInversionRule } from './rules.js';
import { tagSentence } from './tagger.js';
import { UPOS, type WordAttributes, wordAttributes } from './words.js';

export interface SentenceParse { upos: string[]; heads: number[]; rels: string[] }

/** A sentence's word attributes and the tagger's UPOS ids: the first half of `annotateSentence`. */
export interface TaggedSentence { forms: readonly string[]; attrs: WordAttributes; tag: Int32Array }

export function tagWords(model: SyntaxModel, forms: readonly string[], winkTags: readonly string[]): TaggedSentence {
  const attrs = wordAttributes(forms, winkTags, model.clusters);
  return { forms, attrs, tag: tagSentence(model.tagger, attrs, model.tagDict ?? null) };
}

/** Tags and parses without the rules that follow (`heads`: root as n; `labels`: label ids). */
export function tagAndParse(model: SyntaxModel, forms: readonly string[], winkTags: readonly string[]): { tag: Int32Array; heads: Int32Array; labels: Int32Array } {
  const { attrs, tag } = tagWords(model, forms, winkTags);
  return { tag, ...parseSentence(model, parserTokens(attrs, tag)) };
}

/** Punctuation reattached by punct.ts's rule and the passive rules of rules.ts, in place. */
export function applyRules(forms: readonly string[], p: SentenceParse): SentenceParse {
  attachPunctuation(forms, p.upos, p.heads, p.rels);
  applyPassiveSubjectRule(p.heads, p.rels);
  applyAgentRule(forms, p.heads, p.rels);
  applyReportingInversionRule(forms, p.upos, p.heads, p.rels);
  return p;
}

export function annotateSentence(model: SyntaxModel, forms: readonly string[], winkTags: readonly string[]): SentenceParse {
  return parseTagged(model, tagWords(model, forms, winkTags));
}

/** The second half: parse, then the rules. */
export function parseTagged(model: SyntaxModel, { forms, attrs, tag }: TaggedSentence): SentenceParse {
  const n = forms.length;
  const { heads, labels } = parseSentence(model, parserTokens(attrs, tag));
  const out: SentenceParse = { upos: new Array(n), heads: new Array(n), rels: new Array(n) };
  for (let i = 0; i < n; i++) {
    out.upos[i] = UPOS[tag[i]!]!;
    out.heads[i] = heads[i] === n ? -1 : heads[i]!;
    out.rels[i] = heads[i] === n ? 'root' : model.labels[labels[i]!]!;
  }
  return applyRules(forms, out);
}
