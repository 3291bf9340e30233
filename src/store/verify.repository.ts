/**
 * The verifier's look-ups in the ledger (src/verify/ledger.ts `Ledger`), with Kysely over SQLite and PostgreSQL:
 * reports of one kind of event between two parties, commitment mentions by parties, and events that may violate
 * a commitment. Only rows coded by Parley or imported are read; nothing is written.
 *
 *   const ledger = storeLedger(store.db);
 *   await ledger.eventReports({ codes: ['USA', 'RUS'], type: 'CONSULT' }) // [{ date: '2025-03-18', source: …, quote: … }, …]
 */
import type { Kysely } from 'kysely';
import type { CommitmentReport, LedgerEvent } from '../core/types.js';
import type { ActorRef, ClaimRecord, CommitmentRecord } from '../core/types.js';
import { isPreviewQuote, REPORTED_MODALITIES, reportFromClaim, type EventReport, type Ledger } from '../verify/ledger.js';
import type { Database } from './schema.js';

/** Upper bound on rows one look-up reads, so a huge ledger cannot stall a check. */
const MAX_ROWS = 5000;

export function storeLedger(db: Kysely<Database>): Ledger {
  return {
    eventReports: (q) => eventReports(db, q),
    commitmentReports: (q) => commitmentReports(db, q),
    events: (q) => violationEvents(db, q),
  };
}

export async function eventReports(db: Kysely<Database>, q: { codes: string[]; type: string }): Promise<EventReport[]> {
  const [a, b] = q.codes;
  if (!a || !b) return [];
  const rows = await db
    .selectFrom('events')
    .leftJoin('documents', 'documents.id', 'events.document_id')
    .select(['events.uid', 'events.document_id', 'events.source_name', 'events.published', 'events.date', 'events.type', 'events.mode', 'events.actors', 'events.recipients', 'events.evidence_text', 'events.evidence_start', 'events.trigger_start', 'documents.title'])
    .where('type', '=', q.type)
    .where('date', 'is not', null)
    .where('negated', '=', 0)
    // only reports that the event happened: no previews, plans or hypotheticals, and dated to the day
    .where('modality', 'in', [...REPORTED_MODALITIES])
    .where('date_precision', 'is', null)
    .where((eb) => eb.or([eb('actor_code', 'in', [a, b]), eb('recipient_code', 'in', [a, b])]))
    .orderBy('events.day')
    .limit(MAX_ROWS)
    .execute();
  const out: EventReport[] = [];
  for (const r of rows) {
    const parties = [...parse<ActorRef[]>(r.actors, []), ...parse<ActorRef[]>(r.recipients, [])];
    // both parties among the event's actors and recipients, in whichever role the coder put them
    if (!parties.some((p) => p.code === a) || !parties.some((p) => p.code === b)) continue;
    if ((r.published && r.date! > r.published) || isPreviewQuote(r.evidence_text, r.trigger_start - r.evidence_start)) continue;
    out.push({
      eventId: r.uid,
      documentId: r.document_id,
      source: r.source_name,
      published: r.published,
      date: r.date!,
      type: r.type,
      mode: r.mode,
      codes: parties.map((p) => p.code),
      names: parties.map((p) => p.name).filter((n): n is string => !!n),
      quote: r.evidence_text,
      ...(r.title ? { title: r.title } : {}),
    });
  }
  const claims = await db
    .selectFrom('claims')
    .innerJoin('documents', 'documents.id', 'claims.document_id')
    .select(['claims.record', 'claims.document_id', 'documents.source_name', 'documents.published', 'documents.title'])
    .where('claims.kind', '=', 'event-date')
    .limit(MAX_ROWS)
    .execute();
  for (const c of claims) {
    const record = parse<ClaimRecord | null>(c.record, null);
    const r = record && reportFromClaim(record, { id: c.document_id, source: c.source_name, published: c.published, title: c.title }, [a, b], q.type);
    if (r) out.push(r);
  }
  return out;
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
