/**
 * Commitments and claims in the ledger, listed with filters a keyset page at a time (newest first).
 *
 *   await listCommitments(db, { by: 'RUS', kind: 'ceasefire' });
 *   await listClaims(db, { verdict: 'contradicted' });
 */
import type { Kysely } from 'kysely';
import { keysetPage } from './keyset.js';
import type { ClaimFilter, CommitmentFilter, Page, PageRequest, StoredClaim, StoredCommitment } from './records.js';
import { toStoredClaim, toStoredCommitment } from './rows.js';
import type { Database } from './schema.js';
import { contains } from './contains.js';

export async function listCommitments(db: Kysely<Database>, filter: CommitmentFilter, page?: PageRequest): Promise<Page<StoredCommitment>> {
  let q = db.selectFrom('commitments').selectAll();
  if (filter.by) q = q.where('by_code', '=', filter.by);
  if (filter.to) q = q.where('to_code', '=', filter.to);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.documentId) q = q.where('document_id', '=', filter.documentId);
  if (filter.source) q = q.where('source_name', '=', filter.source);
  if (filter.from) q = q.where('day', '>=', filter.from);
  if (filter.until) q = q.where('day', '<=', filter.until);
  if (filter.text) q = q.where(contains('record', filter.text));
  return keysetPage(q, 'day', 'uid', page, toStoredCommitment);
}

export async function listClaims(db: Kysely<Database>, filter: ClaimFilter, page?: PageRequest): Promise<Page<StoredClaim>> {
  let q = db.selectFrom('claims').selectAll();
  if (filter.verdict) q = q.where('verdict', '=', filter.verdict);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.subject) q = q.where('subject', '=', filter.subject);
  if (filter.documentId) q = q.where('document_id', '=', filter.documentId);
  if (filter.from) q = q.where('day', '>=', filter.from);
  if (filter.to) q = q.where('day', '<=', filter.to);
  if (filter.text) q = q.where(contains('text', filter.text));
  return keysetPage(q, 'day', 'uid', page, toStoredClaim);
}
