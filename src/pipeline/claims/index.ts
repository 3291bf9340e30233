/**
 * Component `claims` (placeholder wiring: the real implementation lands with its issue).
 */
import type { Document } from '../../core/types.js';
import type { Component } from '../component.js';

export const claims: Component = {
  name: 'claims',
  requires: ['actors', 'times', 'events'],
  assigns: ['claims'],
  run(doc: Document): void {
    doc.layers.claims = [];
  },
};
