/**
 * Component `actors` (placeholder wiring: the real implementation lands with its issue).
 */
import type { Document } from '../../core/types.js';
import type { Component } from '../component.js';

export const actors: Component = {
  name: 'actors',
  requires: ['sentences', 'tokens'],
  assigns: ['actors'],
  run(doc: Document): void {
    doc.layers.actors = [];
  },
};
