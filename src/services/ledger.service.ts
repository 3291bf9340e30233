/**
 * The verifier's `Ledger` (src/verify/ledger.ts) over a store: the store's rows (src/store/verify.repository.ts)
 * through the verifier's rules of what reports an event — reported modalities only, not dated after the
 * article, not a preview ("ahead of the call on Tuesday"), and a document's own day-precise event-date claim.
 * The in-memory ledger (src/verify/memory-ledger.ts) applies the same rules to analysed Documents.
 *
 *   const ledger = storeLedger(store);
 *   await ledger.eventReports({ codes: ['USA', 'RUS'], type: 'CONSULT' }) // [{ date: '2025-03-18', source: …, quote: … }, …]
 */
import type { Store } from '../store/index.js';
import { commitmentReports, eventDateClaimRows, eventRowsBetween, violationEvents } from '../store/verify.repository.js';
import { isPreviewQuote, REPORTED_MODALITIES, reportFromClaim, type EventReport, type Ledger } from '../verify/ledger.js';

export function storeLedger(store: Store): Ledger {
  return {
    eventReports: (q) => eventReports(store, q),
    commitmentReports: (q) => commitmentReports(store.db, q),
    events: (q) => violationEvents(store.db, q),
  };
}

async function eventReports(store: Store, q: { codes: string[]; type: string }): Promise<EventReport[]> {
  const [a, b] = q.codes;
  if (!a || !b) return [];
  const out: EventReport[] = [];
  for (const r of await eventRowsBetween(store.db, { codes: [a, b], type: q.type, modalities: [...REPORTED_MODALITIES] })) {
    if ((r.published && r.date > r.published) || isPreviewQuote(r.quote, r.triggerOffset)) continue;
    out.push({
      eventId: r.uid, documentId: r.documentId, source: r.source, published: r.published, date: r.date, type: r.type, mode: r.mode,
      codes: r.parties.map((p) => p.code), names: r.parties.map((p) => p.name).filter((n): n is string => !!n), quote: r.quote,
      ...(r.title ? { title: r.title } : {}),
    });
  }
  for (const { claim, document } of await eventDateClaimRows(store.db)) {
    const r = reportFromClaim(claim, document, [a, b], q.type);
    if (r) out.push(r);
  }
  return out;
}
