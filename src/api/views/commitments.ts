/**
 * The commitments board: every commitment in the ledger merged across articles (src/analysis/commitments.ts),
 * its violations found among the committing parties' events, and its standing as of a date, grouped into
 * in force / expiring soon / expired / violated (violated or disputed) / other.
 *
 *   await commitmentBoard(store, { asOf: '2025-03-25', soonDays: 14 })
 */
import { commitmentsAsOf, type CommitmentReport, type LedgerEvent } from '../../analysis/commitments.js';
import { toIsoDate } from '../../core/dates.js';
import type { ActorRef } from '../../core/types.js';
import { documentTitles, eventsByActors } from '../../store/analytics.repository.js';
import type { Store, StoredCommitment } from '../../store/index.js';
import type { CommitmentBoard, CommitmentItem } from '../contract.js';

const MAX_COMMITMENTS = 5000;

export interface BoardQuery { asOf?: string; soonDays: number; by?: string; to?: string; kind?: string }

async function allCommitments(store: Store, q: BoardQuery): Promise<StoredCommitment[]> {
  const out: StoredCommitment[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.listCommitments({ by: q.by, to: q.to, kind: q.kind }, { limit: 1000, cursor });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && out.length < MAX_COMMITMENTS);
  return out;
}

export async function commitmentBoard(store: Store, q: BoardQuery): Promise<CommitmentBoard> {
  const asOf = q.asOf ?? toIsoDate(new Date());
  const stored = await allCommitments(store, q);
  const reports: CommitmentReport[] = stored.map((c) => ({ commitment: c, documentId: c.documentId, published: c.published, source: c.sourceName, quote: c.quotes.join(' ') }));
  const parties = [...new Set(stored.flatMap((c) => c.by.map((a: ActorRef) => a.code)))];
  const earliest = stored.map((c) => c.starts ?? c.announced ?? c.day).filter((d): d is string => !!d && d !== '0000-00-00').sort()[0] ?? null;
  const rows = await eventsByActors(store.db, parties, earliest);
  const events: LedgerEvent[] = rows.map((r) => ({
    id: r.uid, documentId: r.document_id ?? '', source: r.source_name, published: r.published, date: r.date ?? (r.day !== '0000-00-00' ? r.day : null),
    type: r.type, actor: JSON.parse(r.actors) as ActorRef[], recipient: JSON.parse(r.recipients) as ActorRef[], negated: Boolean(Number(r.negated)),
    modality: r.modality, text: r.evidence_text,
  }));
  const states = commitmentsAsOf(reports, events, asOf);
  const titles = await documentTitles(store.db, stored.map((c) => c.documentId));
  const board: CommitmentBoard = { asOf, soonDays: q.soonDays, inForce: [], expiringSoon: [], expired: [], violated: [], other: [] };
  for (const { commitment: c, state } of states) {
    const first = c.citations?.[0];
    const origin = stored.find((s) => s.documentId === first?.documentId) ?? stored.find((s) => s.id === c.id) ?? stored[0]!;
    const item: CommitmentItem = {
      id: c.id, documentId: origin.documentId, documentTitle: titles.get(origin.documentId) ?? '', kind: c.kind, by: c.by, to: c.to,
      action: c.action, refrain: c.refrain, scope: c.scope, starts: state.starts, ends: state.ends, durationDays: c.durationDays, conditions: c.conditions,
      status: state.status, lifecycle: state.lifecycle, compliance: state.compliance, daysLeft: state.daysLeft, explanation: state.explanation,
      evidenceText: first?.quote ?? origin.quotes[0] ?? '', citations: (c.citations ?? []).map((x) => ({ documentId: x.documentId, published: x.published, source: x.source, quote: x.quote })),
      violations: state.violations.map((v) => ({
        date: v.date, violator: v.violator, accuser: v.accuser, events: v.events, standing: v.standing, sources: v.sources, explanation: v.explanation,
        evidence: v.evidence.map((x) => ({ documentId: x.documentId, published: x.published, source: x.source, quote: x.quote })),
      })),
    };
    if (state.compliance === 'violated' || state.compliance === 'disputed') board.violated.push(item);
    else if (state.lifecycle === 'in-force' || state.lifecycle === 'extended') {
      (state.daysLeft !== null && state.daysLeft <= q.soonDays ? board.expiringSoon : board.inForce).push(item);
    } else if (state.lifecycle === 'expired') board.expired.push(item);
    else board.other.push(item);
  }
  const byEnd = (a: CommitmentItem, b: CommitmentItem) => (a.ends ?? '9999').localeCompare(b.ends ?? '9999');
  board.inForce.sort(byEnd); board.expiringSoon.sort(byEnd);
  board.expired.sort((a, b) => -byEnd(a, b)); board.violated.sort((a, b) => -byEnd(a, b));
  return board;
}
