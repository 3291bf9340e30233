/**
 * Documents in the ledger. `saveDocuments` writes analysed Documents in ONE transaction: the document row
 * (full layers as JSON), its events, commitments, claims, verdicts and actor mentions, then the event clusters
 * its events touch. A document already in the ledger (same id = same normalised text) is left untouched
 * ("duplicate"); one within 3 SimHash bits of an earlier original is stored and linked to it ("near-duplicate").
 *
 *   const [r] = await saveDocuments(db, 'sqlite', [analysedDoc]); // r.status === 'added'
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Document } from '../core/types.js';
import { hammingDistance, NEAR_DUPLICATE_BITS, simhash, type SimHash } from '../ingest/simhash.js';
import { clusterKeysOf, lockClusterKeys, refreshClusters } from './clusters.repository.js';
import type { StoreKind } from './connect.js';
import { keysetPage } from './keyset.js';
import type { DocumentFilter, DocumentSummary, Page, PageRequest, SaveOptions, SaveResult } from './records.js';
import { documentRows, toDocument, toDocumentSummary } from './rows.js';
import type { Database } from './schema.js';

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
    const results: SaveResult[] = [];
    const now = new Date().toISOString();
    for (const { doc, hash, words } of prepared) {
      const near = words >= MIN_WORDS_FOR_NEAR_DUPLICATE ? await findNearDuplicate(trx, hash, doc.id) : null;
      const rows = documentRows(doc, { runId: opts.runId ?? null, simhash: hash, nearDuplicateOf: near, now });
      const inserted = await trx.insertInto('documents').values(rows.document).onConflict((oc) => oc.column('id').doNothing()).executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) {
        results.push({ id: doc.id, status: 'duplicate', events: 0 });
        continue;
      }
      await insertChunked(trx, 'document_actors', rows.actors, (q) => q.onConflict((oc: any) => oc.columns(['document_id', 'code', 'sector', 'name']).doNothing()));
      await insertChunked(trx, 'events', rows.events, (q) => q.onConflict((oc: any) => oc.column('uid').doNothing()));
      await insertChunked(trx, 'commitments', rows.commitments, (q) => q.onConflict((oc: any) => oc.column('uid').doNothing()));
      await insertChunked(trx, 'claims', rows.claims, (q) => q.onConflict((oc: any) => oc.column('uid').doNothing()));
      const verdicts = (doc.layers.claims ?? []).map((c) => ({
        id: randomUUID(), claim_uid: `${doc.id}#${c.id}`, verdict: c.verdict, explanation: c.explanation, evidence: JSON.stringify(c.evidence), checked_at: now,
      }));
      await insertChunked(trx, 'verdicts', verdicts);
      results.push(near ? { id: doc.id, status: 'near-duplicate', nearDuplicateOf: near, events: rows.events.length } : { id: doc.id, status: 'added', events: rows.events.length });
    }
    await refreshClusters(trx, keys);
    return results;
  });
}

/** Inserts rows in chunks small enough for SQLite's parameter limit. */
export async function insertChunked<T extends keyof Database>(
  trx: Kysely<Database>,
  table: T,
  rows: ReadonlyArray<Database[T]>,
  tweak: (q: any) => any = (q) => q,
): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await tweak(trx.insertInto(table).values(rows.slice(i, i + 200) as never)).execute();
  }
}

async function findNearDuplicate(trx: Kysely<Database>, hash: SimHash, id: string): Promise<string | null> {
  const [b0, b1, b2, b3] = hash.bands;
  // Only the band conditions in SQL, so both dialects answer from the four band indexes.
  const candidates = await trx.selectFrom('documents').select(['id', 'simhash', 'near_duplicate_of'])
    .where((eb) => eb.or([eb('sh0', '=', b0), eb('sh1', '=', b1), eb('sh2', '=', b2), eb('sh3', '=', b3)]))
    .limit(500)
    .execute();
  let best: { id: string; d: number } | null = null;
  for (const c of candidates) {
    if (c.near_duplicate_of !== null || c.id === id) continue;
    const d = hammingDistance(hash.hex, c.simhash);
    if (d <= NEAR_DUPLICATE_BITS && (!best || d < best.d || (d === best.d && c.id < best.id))) best = { id: c.id, d };
  }
  return best?.id ?? null;
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
  if (filter.text) q = q.where((eb) => eb(eb.fn('lower', ['text']), 'like', `%${filter.text!.toLowerCase()}%`));
  if (filter.nearDuplicate !== undefined) q = q.where('near_duplicate_of', filter.nearDuplicate ? 'is not' : 'is', null);
  if (filter.actor) {
    const actor = filter.actor;
    q = q.where('id', 'in', (eb) => eb.selectFrom('document_actors').select('document_id').where('code', '=', actor));
  }
  return keysetPage(db.selectFrom(q.as('d')).selectAll(), 'sort_day', 'id', page, (r) => toDocumentSummary(r as never));
}
