/**
 * API tokens for the write endpoints: `pt_<id>_<secret>`, made here and shown once; the ledger keeps only a
 * SHA-256 hash of each (src/store/tokens.repository.ts), so a copy of the ledger does not leak usable tokens.
 * `parley token` and the API's `requireToken` both use these.
 *
 *   const { token } = await createToken(store, 'newsroom bot');   // 'pt_3f9a0c1d_…' — shown once
 *   await verifyToken(store, token);                               // { id, name } or null
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Store } from '../store/index.js';
import { ensureTokensTable, insertTokenRow, markTokenUsed, revokeTokenRow, tokenRow, tokenRows } from '../store/tokens.repository.js';

export interface TokenInfo { id: string; name: string; createdAt: string; lastUsedAt: string | null; revoked: boolean }

const TOKEN = /^pt_([0-9a-f]{8})_[A-Za-z0-9_-]{32}$/;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Creates the tokens table when the ledger has none (a server does it at start, before the first request). */
export const prepareTokens = (store: Store): Promise<void> => ensureTokensTable(store.db);

/** Creates a token; the plain token is returned once and never stored. */
export async function createToken(store: Store, name: string): Promise<{ id: string; token: string }> {
  const id = randomBytes(4).toString('hex');
  const token = `pt_${id}_${randomBytes(24).toString('base64url')}`;
  await insertTokenRow(store.db, { id, name, hash: hashToken(token) });
  return { id, token };
}

/** The token's id and name when it is known and not revoked; records its use. */
export async function verifyToken(store: Store, token: string): Promise<{ id: string; name: string } | null> {
  const m = TOKEN.exec(token);
  if (!m) return null;
  const row = await tokenRow(store.db, m[1]!);
  if (!row || row.revoked_at) return null;
  const expected = Buffer.from(row.hash, 'hex');
  const given = Buffer.from(hashToken(token), 'hex');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  await markTokenUsed(store.db, row.id);
  return { id: row.id, name: row.name };
}

export async function listTokens(store: Store): Promise<TokenInfo[]> {
  return (await tokenRows(store.db)).map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, lastUsedAt: r.last_used_at, revoked: !!r.revoked_at }));
}

/** Revokes a token by id; false when there is no such active token. */
export const revokeToken = (store: Store, id: string): Promise<boolean> => revokeTokenRow(store.db, id);
