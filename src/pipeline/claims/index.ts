/**
 * Component `claims`: checkable statements of an article — role claims ("former U.S. President Donald Trump")
 * judged against the knowledge base on the date the sentence is about, and event-date claims ("the June 2023
 * phone call between Trump and Putin") that only the ledger can judge (`parley check`, src/verify/).
 *
 *   claims.run(doc); doc.layers.claims
 *   // [{ kind: 'role', text: 'German Chancellor Angela Merkel', verdict: 'supported', explanation: 'On 2015-06-07 …' }, …]
 */
import type { Document } from '../../core/types.js';
import { loadKnowledge } from '../../knowledge/index.js';
import type { Component } from '../component.js';
import { buildClaims } from './extract.js';

export const claims: Component = {
  name: 'claims',
  requires: ['sentences', 'actors', 'times'],
  assigns: ['claims'],
  run(doc: Document): void {
    doc.layers.claims = buildClaims(doc, loadKnowledge()).claims;
  },
};
