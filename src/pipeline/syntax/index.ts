/**
 * Component `syntax`: tags and parses every sentence of the document with the model trained here (see
 * README.md beside the model) and assigns the `deps` layer, one `Dependency` per token, parallel to
 * `layers.tokens`: its head (a document-wide token index, -1 for a sentence root), its Universal Dependencies
 * relation and the parser's own UPOS tag. Runs on the pipeline's wink tokens. `selectiveSyntax` parses only the
 * sentences a pipeline can use (the coding pipeline: those with an event trigger and a party, see
 * ../events/candidates.ts); the tokens of the others carry `UNPARSED`.
 *
 *   syntax.run(doc); doc.layers.deps // [{ head: 1, rel: 'nsubj', upos: 'PROPN' }, { head: -1, rel: 'root', upos: 'VERB' }, …]
 *   childrenOf(doc.layers.deps, 1, 'obj') // token indices of the verb's objects
 *   selectiveSyntax(mayHoldEvent, ['actors']).run(doc) // parses only sentences mayHoldEvent keeps
 */
import type { Dependency, Document, LayerName, Token } from '../../core/types.js';
import type { Component } from '../component.js';
import { parseTagged, type TaggedSentence, tagWords } from './annotate.js';
import { syntaxModel } from './model.js';

export { childrenOf, DependencyTree, relMatches, subtreeOf } from './tree.js';

export const syntax: Component = {
  name: 'syntax',
  requires: ['tokens'],
  assigns: ['deps'],
  run(doc: Document): void {
    doc.layers.deps = parseTokens(doc.text, doc.layers.tokens ?? []);
  },
};

/** Whether a pipeline needs the tree of the sentence whose tokens are [first, end). */
export type SentenceSelector = (doc: Document, first: number, end: number) => boolean;

/** A tokens-only dependency for the tokens of a sentence that was not parsed. */
export const UNPARSED: Dependency = Object.freeze({ head: -1, rel: '', upos: '' });

/** The `syntax` component parsing only the sentences `select` keeps; `requires` names the layers `select` reads. */
export function selectiveSyntax(select: SentenceSelector, requires: readonly LayerName[]): Component {
  return {
    name: 'syntax',
    requires: ['tokens', ...requires],
    assigns: ['deps'],
    run(doc: Document): void {
      doc.layers.deps = parseTokens(doc.text, doc.layers.tokens ?? [], (first, end) => select(doc, first, end));
    },
  };
}

/**
 * The dependencies of tokens over `text`, sentence by sentence (tokens of one sentence are consecutive); sentences
 * `keep` refuses get `UNPARSED`. The kept sentences are all tagged, then all parsed.
 */
export function parseTokens(text: string, tokens: readonly Token[], keep?: (first: number, end: number) => boolean): Dependency[] {
  const model = syntaxModel();
  const deps: Dependency[] = new Array(tokens.length);
  const kept: { first: number; tagged: TaggedSentence }[] = [];
  let first = 0;
  while (first < tokens.length) {
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.sentence === tokens[first]!.sentence) last++;
    if (keep && !keep(first, last + 1)) {
      deps.fill(UNPARSED, first, last + 1);
    } else {
      const forms: string[] = new Array(last + 1 - first);
      const tags: string[] = new Array(last + 1 - first);
      for (let k = first; k <= last; k++) { forms[k - first] = text.slice(tokens[k]!.start, tokens[k]!.end); tags[k - first] = tokens[k]!.pos; }
      kept.push({ first, tagged: tagWords(model, forms, tags) });
    }
    first = last + 1;
  }
  for (const { first, tagged } of kept) {
    const got = parseTagged(model, tagged);
    for (let i = 0; i < got.heads.length; i++) {
      deps[first + i] = { head: got.heads[i]! < 0 ? -1 : first + got.heads[i]!, rel: got.rels[i]!, upos: got.upos[i]! };
    }
  }
  return deps;
}
