/**
 * Component `commitments` (placeholder wiring: the real implementation lands with its issue).
 */
import type { Document } from '../../core/types.js';
import type { Component } from '../component.js';

export const commitments: Component = {
  name: 'commitments',
  requires: ['events', 'times'],
  assigns: ['commitments'],
  run(doc: Document): void {
    doc.layers.commitments = [];
  },
};
