/**
 * Documents in the ledger. `saveDocuments` writes analysed Documents in ONE transaction: the document row
 * (full layers as JSON), its events, commitments, claims, verdicts and actor mentions, then the event clusters
 * its events touch. A document already in the ledger (same id = same normalised text) is left untouched
 * ("duplicate"); one within 3 SimHash bits of an earlier original is stored and linked to it ("near-duplicate").
 * The event rollups and row totals change in the same transaction (rollups.repository.ts), as on `deleteDocuments`.
 *
 *   const [r] = await saveDocuments(db, 'sqlite', [analysedDoc]); // r.status === 'added'
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Document } from '../core/types.js';
import { hammingDistance, NEAR_DUPLICATE_BITS, simhash, type SimHash } from '../core/simhash.js';
import { clusterKeysOf, lockClusterKeys, refreshClusters } from './clusters.repository.js';
import type { StoreKind } from './connect.js';
import { keysetPage } from './keyset.js';
import { addTotals, applyEventRollups, ROLLUP_COLUMNS, type RollupEvent } from './rollups.repository.js';
import type { DocumentFilter, DocumentSummary, Page, PageRequest, SaveOptions, SaveResult } from './records.js';
import { documentRows, toDocument, toDocumentSummary, type DocumentRows } from './rows.js';
import type { Database } from './schema.js';
import { contains } from './contains.js';

/** Fewer words than this and SimHash is too noisy to call two texts near-duplicates. */
const MIN_WORDS_FOR_NEAR_DUPLICATE = 40;

export async function saveDocuments(db: Kysely<Database>, kind: StoreKind, docs: readonly Document[], opts: SaveOptions = {}): Promise<SaveResult[]> {
  if (!docs.length) return [];
  const prepared = docs.map((doc) => ({ doc, hash: simhash(doc.text), words: countWords(doc.text) }));
  const keys = clusterKeysOf(docs.flatMap((d) => (d.layers.events ?? []).map((e) => ({
    actor_code: e.actor[0]?.code ?? null, recipient_code: e.recipient[0]?.code ?? null, type: e.type, day: e.date ?? d.published ?? '0000-00-00',
  }))));
  return db.transaction().execute(async (trx) => {
    await lockClusterKeys(trx, kind, keys);
    const now = new Date().toISOString();
    const stored = await nearDuplicateCandidates(trx, prepared.filter((p) => p.words >= MIN_WORDS_FOR_NEAR_DUPLICATE).map((p) => p.hash));
    const originals: Candidate[] = stored.filter((c) => c.near_duplicate_of === null);
    const batchIds = new Set<string>();
    const planned: { rows: DocumentRows; near: string | null; claims: Document['layers']['claims'] }[] = [];
    const results: SaveResult[] = [];
    for (const { doc, hash, words } of prepared) {
      if (batchIds.has(doc.id)) {
        results.push({ id: doc.id, status: 'duplicate', events: 0 });
        continue;
      }
      batchIds.add(doc.id);
      const near = words >= MIN_WORDS_FOR_NEAR_DUPLICATE ? closest(originals, hash, doc.id) : null;
      const rows = documentRows(doc, { runId: opts.runId ?? null, simhash: hash, nearDuplicateOf: near, now });
      if (!near && words >= MIN_WORDS_FOR_NEAR_DUPLICATE) originals.push({ id: doc.id, simhash: hash.hex, near_duplicate_of: null });
      planned.push({ rows, near, claims: doc.layers.claims });
      results.push({ id: doc.id, status: near ? 'near-duplicate' : 'added', ...(near ? { nearDuplicateOf: near } : {}), events: rows.events.length });
    }
    // One multi-row insert per table; documents already in the ledger (or written by a concurrent worker) are skipped.
    const inserted = new Set<string>();
    for (let i = 0; i < planned.length; i += 100) {
      const rows = await trx.insertInto('documents').values(planned.slice(i, i + 100).map((p) => p.rows.document))
        .onConflict((oc) => oc.column('id').doNothing()).returning('id').execute();
      rows.forEach((r) => inserted.add(r.id));
    }
    const fresh = planned.filter((p) => inserted.has(p.rows.document.id));
    await insertChunked(trx, 'document_actors', fresh.flatMap((p) => p.rows.actors), (q) => q.onConflict((oc: any) => oc.columns(['document_id', 'code', 'sector', 'name']).doNothing()));
    const events = await insertChunked(trx, 'events', fresh.flatMap((p) => p.rows.events), (q) => q.onConflict((oc: any) => oc.column('uid').doNothing()).returning(ROLLUP_COLUMNS));
    const commitments = await insertChunked(trx, 'commitments', fresh.flatMap((p) => p.rows.commitments), (q) => q.onConflict((oc: any) => oc.column('uid').doNothing()).returning('uid'));
    const claims = await insertChunked(trx, 'claims', fresh.flatMap((p) => p.rows.claims), (q) => q.onConflict((oc: any) => oc.column('uid').doNothing()).returning('uid'));
    await insertChunked(trx, 'verdicts', fresh.flatMap((p) => (p.claims ?? []).map((c) => ({
      id: randomUUID(), claim_uid: `${p.rows.document.id}#${c.id}`, verdict: c.verdict, explanation: c.explanation, evidence: JSON.stringify(c.evidence), checked_at: now,
    }))));
    await refreshClusters(trx, keys);
    await applyEventRollups(trx, events as RollupEvent[], 1);
    await addTotals(trx, { documents: inserted.size, events: events.length, commitments: commitments.length, claims: claims.length });
    return results.map((r) => (r.status !== 'duplicate' && !inserted.has(r.id) ? { id: r.id, status: 'duplicate' as const, events: 0 } : r));
  });
}

interface Candidate { id: string; simhash: string; near_duplicate_of: string | null }

/** Stored documents sharing a SimHash band with any of `hashes` (only band conditions, so the band indexes answer). */
async function nearDuplicateCandidates(trx: Kysely<Database>, hashes: SimHash[]): Promise<Candidate[]> {
  if (!hashes.length) return [];
  const out: Candidate[] = [];
  for (let i = 0; i < hashes.length; i += 100) {
    const part = hashes.slice(i, i + 100);
    const band = (n: 0 | 1 | 2 | 3) => [...new Set(part.map((h) => h.bands[n]))];
    out.push(...await trx.selectFrom('documents').select(['id', 'simhash', 'near_duplicate_of'])
      .where((eb) => eb.or([eb('sh0', 'in', band(0)), eb('sh1', 'in', band(1)), eb('sh2', 'in', band(2)), eb('sh3', 'in', band(3))]))
      .execute());
  }
  return out;
}

/** The original within NEAR_DUPLICATE_BITS of `hash` (closest, then smallest id), or null. */
function closest(originals: readonly Candidate[], hash: SimHash, id: string): string | null {
  let best: { id: string; d: number } | null = null;
  for (const c of originals) {
    if (c.id === id) continue;
    const d = hammingDistance(hash.hex, c.simhash);
    if (d <= NEAR_DUPLICATE_BITS && (!best || d < best.d || (d === best.d && c.id < best.id))) best = { id: c.id, d };
  }
  return best?.id ?? null;
}

/** Inserts rows in chunks small enough for SQLite's parameter limit; the rows `tweak` makes them return, if any. */
export async function insertChunked<T extends keyof Database>(
  trx: Kysely<Database>,
  table: T,
  rows: ReadonlyArray<Database[T]>,
  tweak: (q: any) => any = (q) => q,
): Promise<unknown[]> {
  const out: unknown[] = [];
  for (let i = 0; i < rows.length; i += 200) {
    out.push(...await tweak(trx.insertInto(table).values(rows.slice(i, i + 200) as never)).execute());
  }
  return out;
}

/**
 * Deletes documents with everything derived from them (events, commitments, claims and their verdicts, actor
 * mentions) in one transaction, refreshing the clusters their events were in and subtracting them from the
 * rollups. Later near-duplicates of a deleted document lose their link. Replacing a document = delete + save.
 */
export async function deleteDocuments(db: Kysely<Database>, kind: StoreKind, ids: readonly string[]): Promise<{ documents: number; events: number }> {
  if (!ids.length) return { documents: 0, events: 0 };
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += 200) chunks.push(ids.slice(i, i + 200));
  return db.transaction().execute(async (trx) => {
    const keyRows = [];
    for (const part of chunks) keyRows.push(...await trx.selectFrom('events').select(['actor_code', 'recipient_code', 'type', 'day']).where('document_id', 'in', part).execute());
    const keys = clusterKeysOf(keyRows);
    await lockClusterKeys(trx, kind, keys);
    const events: RollupEvent[] = [];
    let documents = 0, commitments = 0, claims = 0;
    for (const part of chunks) {
      await trx.deleteFrom('verdicts').where('claim_uid', 'in', (eb) => eb.selectFrom('claims').select('uid').where('document_id', 'in', part)).execute();
      claims += (await trx.deleteFrom('claims').where('document_id', 'in', part).returning('uid').execute()).length;
      commitments += (await trx.deleteFrom('commitments').where('document_id', 'in', part).returning('uid').execute()).length;
      events.push(...await trx.deleteFrom('events').where('document_id', 'in', part).returning(ROLLUP_COLUMNS).execute());
      await trx.deleteFrom('document_actors').where('document_id', 'in', part).execute();
      await trx.updateTable('documents').set({ near_duplicate_of: null }).where('near_duplicate_of', 'in', part).execute();
      documents += (await trx.deleteFrom('documents').where('id', 'in', part).returning('id').execute()).length;
    }
    await refreshClusters(trx, keys);
    await applyEventRollups(trx, events, -1);
    await addTotals(trx, { documents: -documents, events: -events.length, commitments: -commitments, claims: -claims });
    return { documents, events: events.length };
  });
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** The ids among `ids` already in the ledger. */
export async function existingDocumentIds(db: Kysely<Database>, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('documents').select('id').where('id', 'in', ids.slice(i, i + 500)).execute();
    rows.forEach((r) => found.add(r.id));
  }
  return found;
}

export async function getDocument(db: Kysely<Database>, id: string): Promise<Document | null> {
  const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toDocument(row) : null;
}

const SUMMARY_COLUMNS = ['id', 'title', 'published', 'published_provenance', 'date_confidence', 'source_kind', 'source_uri', 'source_name', 'url',
  'language', 'simhash', 'sh0', 'sh1', 'sh2', 'sh3', 'near_duplicate_of', 'run_id', 'ingested_at'] as const;

export async function listDocuments(db: Kysely<Database>, filter: DocumentFilter, page?: PageRequest): Promise<Page<DocumentSummary>> {
  let q = db.selectFrom('documents').select([...SUMMARY_COLUMNS]).select((eb) => eb.fn.coalesce('published', eb.val('0000-00-00')).as('sort_day'));
  if (filter.from) q = q.where('published', '>=', filter.from);
  if (filter.to) q = q.where('published', '<=', filter.to);
  if (filter.source) q = q.where('source_name', '=', filter.source);
  if (filter.text) q = q.where(contains('text', filter.text));
  if (filter.nearDuplicate !== undefined) q = q.where('near_duplicate_of', filter.nearDuplicate ? 'is not' : 'is', null);
  if (filter.actor) {
    const actor = filter.actor;
    q = q.where('id', 'in', (eb) => eb.selectFrom('document_actors').select('document_id').where('code', '=', actor));
  }
  return keysetPage(db.selectFrom(q.as('d')).selectAll(), 'sort_day', 'id', page, (r) => toDocumentSummary(r as never));
}
