/**
 * The rows the verifier reads from the ledger, with Kysely over SQLite and PostgreSQL: dated event rows of one
 * type naming two parties, stored event-date claims, commitment mentions by parties, and events that may violate
 * a commitment. Rows only: which of them count as reports of an event is the verifier's rule (src/verify/ledger.ts),
 * applied by the ledger service (src/services/ledger.service.ts). Nothing is written.
 *
 *   await eventRowsBetween(store.db, { codes: ['USA', 'RUS'], type: 'CONSULT', modalities: ['asserted', 'reported'] })
 *   // [{ uid: 'sha256:…#e1', date: '2025-03-18', parties: [{ code: 'USA', … }, { code: 'RUS', … }], quote: …, triggerOffset: 12 }, …]
 */
import type { Kysely } from 'kysely';
import type { ActorRef, ClaimRecord, CommitmentRecord, CommitmentReport, LedgerEvent } from '../core/types.js';
import type { Database } from './schema.js';

/** Upper bound on rows one look-up reads, so a huge ledger cannot stall a check. */
const MAX_ROWS = 5000;

/** A stored event as the verifier reads it: actors and recipients together as `parties`. */
export interface EventReportRow {
  uid: string;
  documentId: string | null;
  source: string | null;
  published: string | null;
  date: string;
  type: string;
  mode: string | null;
  parties: ActorRef[];
  quote: string;
  /** Offset of the trigger inside `quote`. */
  triggerOffset: number;
  title: string | null;
}

/**
 * Day-precise, not negated events of `type` with one of `modalities` naming both parties (as actor or recipient,
 * either way round), oldest first.
 */
export async function eventRowsBetween(db: Kysely<Database>, q: { codes: string[]; type: string; modalities: readonly string[] }): Promise<EventReportRow[]> {
  const [a, b] = q.codes;
  if (!a || !b || !q.modalities.length) return [];
  const rows = await db
    .selectFrom('events')
    .leftJoin('documents', 'documents.id', 'events.document_id')
    .select(['events.uid', 'events.document_id', 'events.source_name', 'events.published', 'events.date', 'events.type', 'events.mode', 'events.actors', 'events.recipients', 'events.evidence_text', 'events.evidence_start', 'events.trigger_start', 'documents.title'])
    .where('type', '=', q.type)
    .where('date', 'is not', null)
    .where('negated', '=', 0)
    .where('modality', 'in', [...q.modalities])
    .where('date_precision', 'is', null)
    .where((eb) => eb.or([eb('actor_code', 'in', [a, b]), eb('recipient_code', 'in', [a, b])]))
    .orderBy('events.day')
    .limit(MAX_ROWS)
    .execute();
  const out: EventReportRow[] = [];
  for (const r of rows) {
    const parties = [...parse<ActorRef[]>(r.actors, []), ...parse<ActorRef[]>(r.recipients, [])];
    if (!parties.some((p) => p.code === a) || !parties.some((p) => p.code === b)) continue;
    out.push({
      uid: r.uid, documentId: r.document_id, source: r.source_name, published: r.published, date: r.date!, type: r.type, mode: r.mode,
      parties, quote: r.evidence_text, triggerOffset: r.trigger_start - r.evidence_start, title: r.title,
    });
  }
  return out;
}

/** Stored event-date claims with their documents. */
export async function eventDateClaimRows(db: Kysely<Database>): Promise<Array<{ claim: ClaimRecord; document: { id: string; source: string | null; published: string | null; title: string } }>> {
  const rows = await db
    .selectFrom('claims')
    .innerJoin('documents', 'documents.id', 'claims.document_id')
    .select(['claims.record', 'claims.document_id', 'documents.source_name', 'documents.published', 'documents.title'])
    .where('claims.kind', '=', 'event-date')
    .limit(MAX_ROWS)
    .execute();
  return rows.flatMap((c) => {
    const claim = parse<ClaimRecord | null>(c.record, null);
    return claim ? [{ claim, document: { id: c.document_id, source: c.source_name, published: c.published, title: c.title } }] : [];
  });
}

export async function commitmentReports(db: Kysely<Database>, q: { by?: string[] }): Promise<CommitmentReport[]> {
  let query = db.selectFrom('commitments').select(['document_id', 'published', 'source_name', 'record']);
  if (q.by?.length) query = query.where('by_code', 'in', q.by);
  const rows = await query.orderBy('day').limit(MAX_ROWS).execute();
  const out: CommitmentReport[] = [];
  for (const r of rows) {
    const record = parse<(CommitmentRecord & { quotes?: string[] }) | null>(r.record, null);
    if (!record) continue;
    const { quotes, ...commitment } = record;
    out.push({ commitment, documentId: r.document_id, published: r.published, source: r.source_name, quote: (quotes ?? []).join(' ') });
  }
  return out;
}

export async function violationEvents(db: Kysely<Database>, q: { type: string; actors: string[]; from: string; to?: string | null }): Promise<LedgerEvent[]> {
  if (!q.actors.length) return [];
  let query = db
    .selectFrom('events')
    .select(['uid', 'document_id', 'source_name', 'published', 'date', 'type', 'actors', 'recipients', 'negated', 'modality', 'evidence_text'])
    .where('type', '=', q.type)
    .where('actor_code', 'in', q.actors)
    .where('date', '>=', q.from);
  if (q.to) query = query.where('date', '<', q.to);
  const rows = await query.orderBy('day').limit(MAX_ROWS).execute();
  return rows.map((r) => ({
    id: r.uid,
    documentId: r.document_id ?? r.uid,
    source: r.source_name,
    published: r.published,
    date: r.date,
    type: r.type,
    actor: parse<ActorRef[]>(r.actors, []),
    recipient: parse<ActorRef[]>(r.recipients, []),
    negated: r.negated === 1,
    modality: r.modality,
    text: r.evidence_text,
  }));
}

function parse<T>(json: string | null, fallback: T): T {
  if (!json) return fallback;
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
}
