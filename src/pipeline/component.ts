/**
 * A pipeline component adds span layers to a Document. It declares its `name`, the layers it `requires`
 * and the layers it `assigns`; `createPipeline` checks at start-up that every requirement is met by an
 * earlier component, like spaCy's pipe analysis.
 *
 *   const sentencesAndTokens: Component = { name: 'tokenizer', requires: [], assigns: ['sentences', 'tokens'], run(doc) { … } };
 */
import type { Document, LayerName } from '../core/types.js';

export interface Component {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  /** True for components that work on text of any language; the others run on English documents only. */
  readonly anyLanguage?: boolean;
  run(doc: Document): void;
}
