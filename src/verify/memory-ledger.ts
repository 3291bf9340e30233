/**
 * A ledger held in memory, built from analysed Documents: the same answers as the store's (services/ledger.service.ts)
 * for a handful of articles, used by the tests and to check an article against a few files without a database.
 *
 *   const ledger = memoryLedger([wireDoc, dailyDoc, weeklyDoc]);
 *   await ledger.eventReports({ codes: ['USA', 'RUS'], type: 'CONSULT' }) // one report per coded event
 */
import type { CommitmentReport } from '../pipeline/commitments/merge.js';
import type { LedgerEvent } from '../pipeline/commitments/violations.js';
import type { Document, EventRecord } from '../core/types.js';
import { isPreviewQuote, REPORTED_MODALITIES, reportFromClaim, type EventReport, type Ledger } from './ledger.js';

export function memoryLedger(docs: readonly Document[]): Ledger {
  const rows = docs.flatMap((d) => (d.layers.events ?? []).map((e) => ({ d, e })));
  const quote = (d: Document, e: EventRecord) => d.text.slice(e.evidence.start, e.evidence.end);
  return {
    async eventReports({ codes, type }) {
      const [a, b] = codes;
      const out: EventReport[] = [];
      for (const { d, e } of rows) {
        if (e.type !== type || !e.date || e.negated || !REPORTED_MODALITIES.has(e.modality) || (e.datePrecision && e.datePrecision !== 'day') || (d.published && e.date > d.published) || isPreviewQuote(quote(d, e), e.evidence.trigger.start - e.evidence.start)) continue;
        const parties = new Set([...e.actor, ...e.recipient].map((x) => x.code));
        if (!a || !b || !parties.has(a) || !parties.has(b)) continue;
        out.push({
          eventId: `${d.id}#${e.id}`, documentId: d.id, source: d.source.name ?? null, published: d.published, date: e.date, type: e.type,
          mode: e.mode ?? null, codes: [...e.actor, ...e.recipient].map((x) => x.code),
          names: [...e.actor, ...e.recipient].map((x) => x.name).filter((n): n is string => !!n), quote: quote(d, e), title: d.title,
        });
      }
      for (const d of docs) {
        for (const c of d.layers.claims ?? []) {
          const r = reportFromClaim(c, { id: d.id, source: d.source.name ?? null, published: d.published, title: d.title }, codes.slice(0, 2), type);
          if (r) out.push(r);
        }
      }
      return out;
    },
    async commitmentReports({ by }) {
      const out: CommitmentReport[] = [];
      for (const d of docs) {
        for (const c of d.layers.commitments ?? []) {
          if (by?.length && !c.by.some((x) => by.includes(x.code))) continue;
          out.push({ commitment: c, documentId: d.id, published: d.published, source: d.source.name ?? null, quote: c.evidence.map((s) => d.text.slice(s.start, s.end)).join(' ') });
        }
      }
      return out;
    },
    async events({ type, actors, from, to }) {
      const out: LedgerEvent[] = [];
      for (const { d, e } of rows) {
        if (e.type !== type || !e.date || e.date < from || (to && e.date >= to)) continue;
        if (!e.actor.some((x) => actors.includes(x.code))) continue;
        out.push({
          id: `${d.id}#${e.id}`, documentId: d.id, source: d.source.name ?? null, published: d.published, date: e.date, type: e.type,
          actor: e.actor, recipient: e.recipient, negated: e.negated, modality: e.modality, text: quote(d, e),
        });
      }
      return out;
    },
  };
}
