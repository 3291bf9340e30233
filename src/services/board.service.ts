/**
 * The commitments board: every commitment in the ledger merged across articles, its violations and its standing
 * as of a date from the one standing service (src/services/commitments.service.ts), grouped into
 * in force / expiring soon / expired / violated (violated or disputed) / other. A party the articles do not
 * name ("RUS") is named from the knowledge base ("Russia").
 *
 *   await commitmentBoard(store, { asOf: '2025-03-25', soonDays: 14 })
 */
import { toIsoDate } from '../core/dates.js';
import { actorName } from './actors.service.js';
import { commitmentStandings } from './commitments.service.js';
import { documentTitles } from '../store/analytics.repository.js';
import type { Store } from '../store/index.js';
import type { ActorRefDto, CommitmentBoard, CommitmentItem } from './contract.js';

/** Parties without a name of their own take the knowledge base's ('RUS' -> 'Russia'): a card never shows a bare code. */
function named(parties: ActorRefDto[]): ActorRefDto[] {
  return parties.map((p) => {
    const name = p.name ? null : actorName(p.code);
    return name ? { ...p, name } : p;
  });
}

export interface BoardQuery { asOf?: string; soonDays: number; by?: string; to?: string; kind?: string }

export async function commitmentBoard(store: Store, q: BoardQuery): Promise<CommitmentBoard> {
  const asOf = q.asOf ?? toIsoDate(new Date());
  // the one standing service that `parley check` and `parley query commitments` call too
  const states = await commitmentStandings(store, { by: q.by, to: q.to, kind: q.kind }, asOf);
  const stored = states.flatMap((x) => x.commitment.citations ?? []);
  const titles = await documentTitles(store.db, [...new Set(stored.map((c) => c.documentId))]);
  const board: CommitmentBoard = { asOf, soonDays: q.soonDays, inForce: [], expiringSoon: [], expired: [], violated: [], other: [] };
  for (const { commitment: c, state } of states) {
    const first = c.citations?.[0];
    const item: CommitmentItem = {
      id: c.id, documentId: first?.documentId ?? '', documentTitle: titles.get(first?.documentId ?? '') ?? '', kind: c.kind, by: named(c.by), to: named(c.to),
      action: c.action, refrain: c.refrain, scope: c.scope, starts: state.starts, ends: state.ends, durationDays: c.durationDays, conditions: c.conditions,
      status: state.status, lifecycle: state.lifecycle, compliance: state.compliance, daysLeft: state.daysLeft, explanation: state.explanation,
      evidenceText: first?.quote ?? '', citations: (c.citations ?? []).map((x) => ({ documentId: x.documentId, published: x.published, source: x.source, quote: x.quote })),
      violations: state.violations.map((v) => ({
        date: v.date, violator: v.violator, accuser: v.accuser, events: v.events, standing: v.standing, sources: v.sources, explanation: v.explanation,
        evidence: v.evidence.map((x) => ({ documentId: x.documentId, published: x.published, source: x.source, quote: x.quote })),
      })),
    };
    if (state.compliance === 'violated' || state.compliance === 'disputed') board.violated.push(item);
    else if (state.lifecycle === 'in-force' || state.lifecycle === 'extended') {
      (state.daysLeft !== null && state.daysLeft <= q.soonDays ? board.expiringSoon : board.inForce).push(item);
    } else if (state.lifecycle === 'expired' || state.lifecycle === 'lapsed') board.expired.push(item);
    else board.other.push(item);
  }
  const byEnd = (a: CommitmentItem, b: CommitmentItem) => (a.ends ?? '9999').localeCompare(b.ends ?? '9999');
  board.inForce.sort(byEnd); board.expiringSoon.sort(byEnd);
  board.expired.sort((a, b) => -byEnd(a, b)); board.violated.sort((a, b) => -byEnd(a, b));
  return board;
}
