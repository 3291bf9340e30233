/**
 * Converts between the pipeline's records and ledger rows: a Document becomes one documents row plus event,
 * commitment, claim and actor rows; rows read back become Stored* records.
 *
 *   const rows = documentRows(doc, { runId: null, simhash, nearDuplicateOf: null });
 */
import type { ActorRef, DateProvenance, Document, EventLocation, EventRecord, Layers } from '../core/types.js';
import type { ClaimsTable, CommitmentsTable, DocumentActorsTable, DocumentsTable, EventsTable } from './schema.js';
import type { DocumentSummary, ExternalEvent, StoredClaim, StoredCommitment, StoredEvent } from './records.js';
import type { SimHash } from '../ingest/simhash.js';
import { clusterIdOf } from '../analysis/clusters.js';

export const NO_DAY = '0000-00-00';

const PROVENANCE_CONFIDENCE: Record<DateProvenance, number> = {
  user: 1, header: 0.9, 'json-ld': 0.95, meta: 0.9, time: 0.7, url: 0.6, feed: 0.8, record: 0.85, none: 0,
};

export function dateConfidence(doc: Pick<Document, 'published' | 'publishedProvenance' | 'publishedConfidence'>): number {
  if (!doc.published) return 0;
  return doc.publishedConfidence ?? PROVENANCE_CONFIDENCE[doc.publishedProvenance] ?? 0.5;
}

/** The outlet: the source's name, else the host of a web address. */
export function sourceName(doc: Pick<Document, 'source'>): string | null {
  if (doc.source.name) return doc.source.name;
  return hostOf(doc.source.uri);
}

export function hostOf(uri: string | null | undefined): string | null {
  if (!uri || !/^https?:\/\//i.test(uri)) return null;
  try {
    return new URL(uri).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export interface DocumentRows {
  document: DocumentsTable;
  actors: DocumentActorsTable[];
  events: EventsTable[];
  commitments: CommitmentsTable[];
  claims: ClaimsTable[];
}

export function documentRows(doc: Document, meta: { runId: string | null; simhash: SimHash; nearDuplicateOf: string | null; now: string }): DocumentRows {
  const { tokens: _tokens, ...layers } = doc.layers;
  const name = sourceName(doc);
  const url = /^https?:\/\//i.test(doc.source.uri) ? doc.source.uri : null;
  const [sh0, sh1, sh2, sh3] = meta.simhash.bands;
  const document: DocumentsTable = {
    id: doc.id, title: doc.title, published: doc.published, published_provenance: doc.publishedProvenance,
    date_confidence: dateConfidence(doc), source_kind: doc.source.kind, source_uri: doc.source.uri, source_name: name, url,
    language: doc.language, text: doc.text, layers: JSON.stringify(layers), errors: JSON.stringify(doc.errors),
    simhash: meta.simhash.hex, sh0, sh1, sh2, sh3, near_duplicate_of: meta.nearDuplicateOf, run_id: meta.runId, ingested_at: meta.now,
  };
  const quote = (s: { start: number; end: number }) => doc.text.slice(s.start, s.end);
  const fallbackDay = doc.published ?? NO_DAY;

  const events: EventsTable[] = (doc.layers.events ?? []).map((e) => ({
    uid: `${doc.id}#${e.id}`, document_id: doc.id, event_id: e.id, origin: 'parley', sentence: e.sentence,
    date: e.date, day: e.date ?? fallbackDay, date_precision: coarsePrecision(e), type: e.type, mode: e.mode ?? null, context: JSON.stringify(e.context ?? []),
    cameo: e.cameo, cameo_root: e.cameo.slice(0, 2), quad: e.quad, goldstein: e.goldstein,
    actor_code: e.actor[0]?.code ?? null, actor_sector: e.actor[0]?.sector ?? null,
    recipient_code: e.recipient[0]?.code ?? null, recipient_sector: e.recipient[0]?.sector ?? null,
    actors: JSON.stringify(e.actor), recipients: JSON.stringify(e.recipient), negated: e.negated ? 1 : 0, modality: e.modality,
    confidence: e.confidence, evidence_start: e.evidence.start, evidence_end: e.evidence.end,
    trigger_start: e.evidence.trigger.start, trigger_end: e.evidence.trigger.end, evidence_text: quote(e.evidence),
    source_name: name, url, published: doc.published, cluster_id: null, extra: null,
    ...locationColumns(e.location),
  }));
  for (const e of events) e.cluster_id = clusterIdOf({ actor: e.actor_code ?? '', recipient: e.recipient_code ?? '', type: e.type, day: e.day });

  const commitments: CommitmentsTable[] = (doc.layers.commitments ?? []).map((c) => ({
    uid: `${doc.id}#${c.id}`, document_id: doc.id, commitment_id: c.id, kind: c.kind,
    by_code: c.by[0]?.code ?? null, to_code: c.to[0]?.code ?? null, action: c.action, refrain: c.refrain ? 1 : 0, scope: c.scope,
    announced: c.announced ?? null, starts: c.starts, ends: c.ends, duration_days: c.durationDays, status: c.status,
    day: c.announced ?? c.starts ?? fallbackDay, published: doc.published, source_name: name,
    record: JSON.stringify({ ...c, quotes: c.evidence.map(quote) }),
  }));

  const claims: ClaimsTable[] = (doc.layers.claims ?? []).map((c) => ({
    uid: `${doc.id}#${c.id}`, document_id: doc.id, claim_id: c.id, kind: c.kind, subject: c.subject, verdict: c.verdict,
    text: quote(c.span), day: fallbackDay, record: JSON.stringify(c),
  }));

  const actorCounts = new Map<string, DocumentActorsTable>();
  for (const a of doc.layers.actors ?? []) {
    const row = { document_id: doc.id, code: a.code, sector: a.sector ?? '', name: a.name ?? '', mentions: 0 };
    const key = `${row.code}|${row.sector}|${row.name}`;
    const existing = actorCounts.get(key) ?? row;
    existing.mentions++;
    actorCounts.set(key, existing);
  }
  return { document, actors: [...actorCounts.values()], events, commitments, claims };
}

/** The location columns of an event row (all NULL when the event has no location). */
export function locationColumns(l: EventLocation | undefined): Pick<EventsTable, 'location_name' | 'location_admin1' | 'location_admin1_code' | 'location_country' | 'location_lat' | 'location_lon' | 'location_precision' | 'location_geoname_id'> {
  return {
    location_name: l?.name ?? null, location_admin1: l?.admin1 ?? null, location_admin1_code: l?.admin1Code ?? null, location_country: l?.country ?? null,
    location_lat: l?.lat ?? null, location_lon: l?.lon ?? null, location_precision: l?.precision ?? null, location_geoname_id: l?.geonameId ?? null,
  };
}

/** An event's location from its row; undefined when the row has none. */
export function locationOf(r: EventsTable): EventLocation | undefined {
  if (!r.location_name || !r.location_precision) return undefined;
  const l: EventLocation = { name: r.location_name, country: r.location_country ?? null, precision: r.location_precision };
  if (r.location_admin1) l.admin1 = r.location_admin1;
  if (r.location_admin1_code) l.admin1Code = r.location_admin1_code;
  if (r.location_lat !== null && r.location_lat !== undefined && r.location_lon !== null && r.location_lon !== undefined) { l.lat = Number(r.location_lat); l.lon = Number(r.location_lon); }
  if (r.location_geoname_id) l.geonameId = Number(r.location_geoname_id);
  return l;
}

/** What events.date_precision stores for an event: 'month' or 'year' for a dated event coarser than a day, else NULL. */
export function coarsePrecision(e: Pick<EventRecord, 'date' | 'datePrecision'>): 'month' | 'year' | null {
  return e.date && (e.datePrecision === 'month' || e.datePrecision === 'year') ? e.datePrecision : null;
}

/** How exact a stored row's day is (NULL, the default and every older row, reads as 'day'). */
export function precisionOf(r: Pick<EventsTable, 'date_precision'>): 'day' | 'month' | 'year' {
  return r.date_precision === 'month' || r.date_precision === 'year' ? r.date_precision : 'day';
}

export function externalEventRow(e: ExternalEvent): EventsTable {
  const row: EventsTable = {
    uid: e.uid, document_id: null, event_id: e.uid, origin: 'gdelt', sentence: 0, date: e.day, day: e.day, type: e.type,
    mode: null, context: '[]', cameo: e.cameo, cameo_root: e.cameo.slice(0, 2), quad: e.quad, goldstein: e.goldstein,
    actor_code: e.actor[0]?.code ?? null, actor_sector: e.actor[0]?.sector ?? null,
    recipient_code: e.recipient[0]?.code ?? null, recipient_sector: e.recipient[0]?.sector ?? null,
    actors: JSON.stringify(e.actor), recipients: JSON.stringify(e.recipient), negated: 0, modality: 'asserted', confidence: 1,
    evidence_start: 0, evidence_end: 0, trigger_start: 0, trigger_end: 0, evidence_text: e.evidenceText,
    source_name: e.sourceName, url: e.url, published: e.published, cluster_id: null, extra: JSON.stringify(e.extra),
    ...locationColumns(e.location),
  };
  row.cluster_id = clusterIdOf({ actor: row.actor_code ?? '', recipient: row.recipient_code ?? '', type: row.type, day: row.day });
  return row;
}

export function toStoredEvent(r: EventsTable): StoredEvent {
  return {
    id: r.event_id, sentence: Number(r.sentence), type: r.type, mode: r.mode, context: JSON.parse(r.context) as string[],
    cameo: r.cameo, quad: Number(r.quad), goldstein: Number(r.goldstein),
    actor: JSON.parse(r.actors) as ActorRef[], recipient: JSON.parse(r.recipients) as ActorRef[], date: r.date, datePrecision: precisionOf(r),
    negated: Boolean(Number(r.negated)), modality: r.modality as StoredEvent['modality'],
    evidence: { start: Number(r.evidence_start), end: Number(r.evidence_end), trigger: { start: Number(r.trigger_start), end: Number(r.trigger_end) } },
    confidence: Number(r.confidence), uid: r.uid, documentId: r.document_id, origin: r.origin as StoredEvent['origin'], day: r.day,
    published: r.published, sourceName: r.source_name, url: r.url, clusterId: r.cluster_id, evidenceText: r.evidence_text,
    extra: r.extra ? (JSON.parse(r.extra) as Record<string, unknown>) : null,
    ...(r.location_name ? { location: locationOf(r) } : {}),
  };
}

export function toStoredCommitment(r: CommitmentsTable): StoredCommitment {
  const record = JSON.parse(r.record) as StoredCommitment;
  return { ...record, uid: r.uid, documentId: r.document_id, day: r.day, published: r.published, sourceName: r.source_name, quotes: record.quotes ?? [] };
}

export function toStoredClaim(r: ClaimsTable): StoredClaim {
  return { ...(JSON.parse(r.record) as StoredClaim), uid: r.uid, documentId: r.document_id, day: r.day, quote: r.text };
}

export function toDocumentSummary(r: Omit<DocumentsTable, 'text' | 'layers' | 'errors'>): DocumentSummary {
  return {
    id: r.id, title: r.title, published: r.published, publishedProvenance: r.published_provenance as DateProvenance,
    publishedConfidence: Number(r.date_confidence),
    source: { kind: r.source_kind as DocumentSummary['source']['kind'], uri: r.source_uri, ...(r.source_name ? { name: r.source_name } : {}) },
    url: r.url, nearDuplicateOf: r.near_duplicate_of, ingestedAt: r.ingested_at,
  };
}

export function toDocument(r: DocumentsTable): Document {
  return {
    id: r.id, title: r.title, published: r.published, publishedProvenance: r.published_provenance as DateProvenance,
    publishedConfidence: Number(r.date_confidence),
    source: { kind: r.source_kind as Document['source']['kind'], uri: r.source_uri, ...(r.source_name ? { name: r.source_name } : {}) },
    language: r.language, text: r.text, layers: JSON.parse(r.layers) as Layers, errors: JSON.parse(r.errors) as Document['errors'], timings: {},
  };
}
