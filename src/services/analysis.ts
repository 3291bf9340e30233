/**
 * The `Analysis` JSON contract (DESIGN.md §2, schema `parley.analysis/1`): a Document's layers with the
 * quoted `text` of each span added for the reader. Every event says how exact its date is: `datePrecision`
 * 'day', 'month' or 'year' (ACLED's time precision; a month or year date is its first day), null when undated.
 * An event the text places carries `location` (name, admin1, country, lat/lon, precision town|admin1|country,
 * geonameId, and the quoted `span` where its sentence names the place).
 *
 *   toAnalysis(defaultPipeline().run(doc)) // { schema: 'parley.analysis/1', document: {…}, events: [...] }
 */
import type { Document, Span } from '../core/types.js';

export const ANALYSIS_SCHEMA = 'parley.analysis/1';

export function toAnalysis(doc: Document) {
  const quote = (s: Span) => doc.text.slice(s.start, s.end);
  const L = doc.layers;
  return {
    schema: ANALYSIS_SCHEMA,
    document: {
      id: doc.id,
      title: doc.title,
      published: doc.published,
      publishedProvenance: doc.publishedProvenance,
      source: doc.source,
      language: doc.language,
    },
    sentences: (L.sentences ?? []).map((s) => ({ start: s.start, end: s.end })),
    actors: (L.actors ?? []).map((a) => ({ ...a, text: quote(a) })),
    times: (L.times ?? []).map((t) => ({ ...t, text: quote(t) })),
    events: (L.events ?? []).map((e) => ({
      ...e,
      datePrecision: e.date ? (e.datePrecision ?? 'day') : null,
      evidence: { ...e.evidence, text: quote(e.evidence), trigger: { ...e.evidence.trigger, text: quote(e.evidence.trigger) } },
      ...(e.location ? { location: e.location.span ? { ...e.location, span: { ...e.location.span, text: quote(e.location.span) } } : e.location } : {}),
    })),
    commitments: (L.commitments ?? []).map((c) => ({ ...c, evidence: c.evidence.map((s) => ({ ...s, text: quote(s) })) })),
    claims: (L.claims ?? []).map((c) => ({ ...c, text: quote(c.span) })),
    errors: doc.errors,
    timings: doc.timings,
  };
}

export type Analysis = ReturnType<typeof toAnalysis>;
