/**
 * Component `events`: PLOVER + CAMEO event coding from the tokens, actors and times layers (see coder.ts), read
 * from the dependency tree when the `syntax` component ran before it (the deps layer), by word windows otherwise.
 *
 *   events.run(doc); doc.layers.events[0] // { type: 'CONSULT', mode: 'phone', cameo: '041', actor: [{ code: 'USA' }], … }
 */
import type { Document } from '../../core/types.js';
import type { Component } from '../component.js';
import { codeEvents } from './coder.js';

export const events: Component = {
  name: 'events',
  requires: ['tokens', 'actors', 'times'],
  assigns: ['events'],
  run(doc: Document): void {
    doc.layers.events = codeEvents(doc);
  },
};
