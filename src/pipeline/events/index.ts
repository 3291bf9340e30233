/**
 * Component `events` (placeholder wiring: the real implementation lands with its issue).
 */
import type { Document } from '../../core/types.js';
import type { Component } from '../component.js';

export const events: Component = {
  name: 'events',
  requires: ['tokens', 'actors', 'times'],
  assigns: ['events'],
  run(doc: Document): void {
    doc.layers.events = [];
  },
};
