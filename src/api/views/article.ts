/**
 * The article view of a Document: its text and every span layer with the quoted text, in the contract's
 * shape (tokens left out).
 *
 *   toArticleView(await store.getDocument(id))   // { document, text, actors, times, events, commitments, claims }
 */
import type { Document } from '../../core/types.js';
import type { ArticleView } from '../contract.js';

export function toArticleView(doc: Document): ArticleView {
  const L = doc.layers;
  const quote = (s: { start: number; end: number }) => doc.text.slice(s.start, s.end);
  return {
    document: { id: doc.id, title: doc.title, published: doc.published, source: doc.source },
    text: doc.text,
    sentences: (L.sentences ?? []).map((s) => ({ start: s.start, end: s.end })),
    actors: (L.actors ?? []).map((a) => ({ start: a.start, end: a.end, text: quote(a), code: a.code, sector: a.sector, name: a.name, kind: a.kind, office: a.office })),
    times: (L.times ?? []).map((t) => ({ start: t.start, end: t.end, text: quote(t), date: t.date, precision: t.precision, durationDays: t.durationDays })),
    events: (L.events ?? []).map((e) => ({
      id: e.id, type: e.type, mode: e.mode ?? null, cameo: e.cameo, quad: e.quad, goldstein: e.goldstein, actor: e.actor, recipient: e.recipient,
      date: e.date, datePrecision: e.date ? (e.datePrecision ?? 'day') : null, negated: e.negated, modality: e.modality, confidence: e.confidence, evidence: e.evidence,
    })),
    commitments: (L.commitments ?? []).map((c) => ({
      id: c.id, kind: c.kind, by: c.by, to: c.to, action: c.action, refrain: c.refrain, scope: c.scope, starts: c.starts, ends: c.ends,
      durationDays: c.durationDays, conditions: c.conditions, status: c.status, evidence: c.evidence,
    })),
    claims: (L.claims ?? []).map((c) => ({
      id: c.id, documentId: doc.id, kind: c.kind, text: quote(c.span), span: c.span, subject: c.subject, asserted: c.asserted,
      verdict: c.verdict, explanation: c.explanation, evidence: c.evidence,
    })),
  };
}
