/**
 * Component `commitments`: pledges, ceasefires, demands, threats, ultimatums and agreements, and later turns in
 * their life (extended, withdrawn, collapsed, accused of violation, denied), read from the sentence, actor, time
 * and event layers (see detect.ts) and, when the parser ran, the dependency tree (`deps`, see syntax.ts: parties,
 * addressee, content, act, offers and conditions). A record's `status` is its standing on the publication date.
 * The rules over reported commitments (merge.ts, violations.ts, status.ts, standing.ts) live here too, below
 * verify/ and services/, which read them.
 *
 *   commitments.run(doc); doc.layers.commitments
 *   // [{ kind: 'pledge', by: [{ code: 'RUS', sector: 'GOV' }], action: 'ASSAULT', refrain: true, scope: 'energy infrastructure', durationDays: 30, … }]
 */
import { isTurn } from './merge.js';
import { commitmentStatusAsOf } from './status.js';
import type { Document } from '../../core/types.js';
import type { Component } from '../component.js';
import { detectCommitments } from './detect.js';

export const commitments: Component = {
  name: 'commitments',
  requires: ['sentences', 'actors', 'events', 'times'],
  assigns: ['commitments'],
  run(doc: Document): void {
    const found = detectCommitments(doc);
    if (doc.published) {
      // (a commitment the text says was kept stays kept, one it says was broken stays violated)
      for (const c of found) if (c.phase !== 'proposed' && !isTurn(c) && c.status !== 'kept' && c.status !== 'violated') c.status = commitmentStatusAsOf(c, [], doc.published).status;
    }
    for (const c of found) if (c.phase === 'extended' || c.phase === 'withdrawn' || c.phase === 'collapsed') c.status = c.phase;
    doc.layers.commitments = found;
  },
};

// The rules over reported commitments (pure), for verify/, the store's readers and services/:
export { commitmentKey, isTurn, mergeCommitments, sameCommitment, type CommitmentReport } from './merge.js';
export { announcedOn, commitmentStatusAsOf, endsOn, LAPSE_DAYS, lapsesOn, type CommitmentLifecycle, type CommitmentState } from './status.js';
export { findViolations, type LedgerEvent } from './violations.js';
export { commitmentsAsOf, standingsAsOf, type CommitmentAsOf, type ViolationQuery } from './standing.js';
