/**
 * API tokens for the write endpoints: only a SHA-256 hash of each token is stored, so a copy of the ledger
 * does not leak usable tokens. The table is created on first use (both dialects).
 *
 *   const { token } = await createToken(store.db, 'newsroom bot');   // 'pt_3f9a…' — shown once
 *   await verifyToken(store.db, token);                               // { id, name } or null
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface ApiTokensTable {
  id: string;
  name: string;
  hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

type TokenDb = Kysely<Database & { api_tokens: ApiTokensTable }>;

export interface TokenInfo { id: string; name: string; createdAt: string; lastUsedAt: string | null; revoked: boolean }

const asTokenDb = (db: Kysely<Database>) => db as unknown as TokenDb;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

const ready = new WeakSet<object>();

export async function ensureTokensTable(db: Kysely<Database>): Promise<void> {
  if (ready.has(db)) return;
  await asTokenDb(db).schema.createTable('api_tokens').ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  ready.add(db);
}

/** Creates a token; the plain token is returned once and never stored. */
export async function createToken(db: Kysely<Database>, name: string): Promise<{ id: string; token: string }> {
  await ensureTokensTable(db);
  const id = randomBytes(4).toString('hex');
  const token = `pt_${id}_${randomBytes(24).toString('base64url')}`;
  await asTokenDb(db).insertInto('api_tokens').values({ id, name, hash: hashToken(token), created_at: new Date().toISOString(), last_used_at: null, revoked_at: null }).execute();
  return { id, token };
}

/** The token's id and name when it is known and not revoked; records its use. */
export async function verifyToken(db: Kysely<Database>, token: string): Promise<{ id: string; name: string } | null> {
  const m = /^pt_([0-9a-f]{8})_[A-Za-z0-9_-]{32}$/.exec(token);
  if (!m) return null;
  await ensureTokensTable(db);
  const row = await asTokenDb(db).selectFrom('api_tokens').selectAll().where('id', '=', m[1]!).executeTakeFirst();
  if (!row || row.revoked_at) return null;
  const expected = Buffer.from(row.hash, 'hex');
  const given = Buffer.from(hashToken(token), 'hex');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  await asTokenDb(db).updateTable('api_tokens').set({ last_used_at: new Date().toISOString() }).where('id', '=', row.id).execute();
  return { id: row.id, name: row.name };
}

export async function listTokens(db: Kysely<Database>): Promise<TokenInfo[]> {
  await ensureTokensTable(db);
  const rows = await asTokenDb(db).selectFrom('api_tokens').selectAll().orderBy('created_at').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, lastUsedAt: r.last_used_at, revoked: !!r.revoked_at }));
}

/** Revokes a token by id; false when there is no such active token. */
export async function revokeToken(db: Kysely<Database>, id: string): Promise<boolean> {
  await ensureTokensTable(db);
  const r = await asTokenDb(db).updateTable('api_tokens').set({ revoked_at: new Date().toISOString() }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
