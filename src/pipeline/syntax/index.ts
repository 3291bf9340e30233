/**
 * Component `syntax`: tags and parses every sentence of the document with the model trained here (see
 * README.md beside the model) and assigns the `deps` layer, one `Dependency` per token, parallel to
 * `layers.tokens`: its head (a document-wide token index, -1 for a sentence root), its Universal Dependencies
 * relation and the parser's own UPOS tag. Runs on the pipeline's wink tokens.
 *
 *   syntax.run(doc); doc.layers.deps // [{ head: 1, rel: 'nsubj', upos: 'PROPN' }, { head: -1, rel: 'root', upos: 'VERB' }, …]
 *   childrenOf(doc.layers.deps, 1, 'obj') // token indices of the verb's objects
 */
import type { Dependency, Document, Token } from '../../core/types.js';
import type { Component } from '../component.js';
import { annotateSentence } from './annotate.js';
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

/** The dependencies of tokens over `text`, sentence by sentence (tokens of one sentence are consecutive). */
export function parseTokens(text: string, tokens: readonly Token[]): Dependency[] {
  const model = syntaxModel();
  const deps: Dependency[] = new Array(tokens.length);
  let first = 0;
  while (first < tokens.length) {
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.sentence === tokens[first]!.sentence) last++;
    const slice = tokens.slice(first, last + 1);
    const got = annotateSentence(model, slice.map((t) => text.slice(t.start, t.end)), slice.map((t) => t.pos));
    for (let i = 0; i < slice.length; i++) {
      deps[first + i] = { head: got.heads[i]! < 0 ? -1 : first + got.heads[i]!, rel: got.rels[i]!, upos: got.upos[i]! };
    }
    first = last + 1;
  }
  return deps;
}
