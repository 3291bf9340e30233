/**
 * Component `tokenizer`: splits the text into sentences and tokens (with POS, lemma and negation) with
 * wink-nlp, and maps every token back to character offsets in `document.text`.
 *
 *   tokenizer.run(doc); doc.layers.tokens[0] // { start: 0, end: 5, pos: 'PROPN', lemma: 'putin', … }
 */
import type { Document, Span, Token } from '../core/types.js';
import type { Component } from './component.js';
import { wink } from './nlp.js';

export const tokenizer: Component = {
  name: 'tokenizer',
  requires: [],
  assigns: ['sentences', 'tokens'],
  run(doc: Document): void {
    const { sentences, tokens } = tokenize(doc.text);
    doc.layers.sentences = sentences;
    doc.layers.tokens = tokens;
  },
};

export function tokenize(text: string): { sentences: Span[]; tokens: Token[] } {
  const { nlp, its } = wink();
  const wdoc = nlp.readDoc(text);
  const values = wdoc.tokens().out(its.value) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const lemmas = wdoc.tokens().out(its.lemma as never) as unknown as string[];
  const negated = wdoc.tokens().out(its.negationFlag) as unknown as boolean[];
  const sentenceSpans = wdoc.sentences().out(its.span) as unknown as [number, number][];

  const tokens: Token[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let at = text.indexOf(v, cursor);
    // wink may normalise a token (e.g. quotes); fall back to the cursor position when it is not found nearby.
    if (at < 0 || at - cursor > 64) at = skipSpaces(text, cursor);
    const end = Math.min(text.length, at + v.length);
    tokens[i] = {
      start: at,
      end,
      pos: pos[i] ?? 'X',
      lemma: (lemmas[i] ?? v).toLowerCase(),
      norm: v.toLowerCase(),
      sentence: 0,
      negated: Boolean(negated[i]),
    };
    cursor = end;
  }

  const sentences: Span[] = [];
  for (const [first, last] of sentenceSpans) {
    if (first > last || !tokens[first] || !tokens[last]) continue;
    const idx = sentences.length;
    for (let t = first; t <= last; t++) tokens[t]!.sentence = idx;
    sentences.push({ start: tokens[first]!.start, end: tokens[last]!.end });
  }
  return { sentences, tokens };
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}
