/**
 * Rows of API tokens for the write endpoints: the table holds each token's id, name and hash, never the token
 * (src/services/tokens.service.ts makes and checks tokens). The table is created on first use (both dialects).
 *
 *   await insertTokenRow(store.db, { id: '3f9a0c1d', name: 'newsroom bot', hash: 'e3b0…' });
 *   await tokenRow(store.db, '3f9a0c1d');   // { id, name, hash, created_at, last_used_at, revoked_at } or undefined
 */
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

const asTokenDb = (db: Kysely<Database>) => db as unknown as TokenDb;

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

export async function insertTokenRow(db: Kysely<Database>, row: { id: string; name: string; hash: string }): Promise<void> {
  await ensureTokensTable(db);
  await asTokenDb(db).insertInto('api_tokens').values({ ...row, created_at: new Date().toISOString(), last_used_at: null, revoked_at: null }).execute();
}

export async function tokenRow(db: Kysely<Database>, id: string): Promise<ApiTokensTable | undefined> {
  await ensureTokensTable(db);
  return asTokenDb(db).selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function markTokenUsed(db: Kysely<Database>, id: string): Promise<void> {
  await asTokenDb(db).updateTable('api_tokens').set({ last_used_at: new Date().toISOString() }).where('id', '=', id).execute();
}

export async function tokenRows(db: Kysely<Database>): Promise<ApiTokensTable[]> {
  await ensureTokensTable(db);
  return asTokenDb(db).selectFrom('api_tokens').selectAll().orderBy('created_at').execute();
}

/** Marks an active token revoked; false when there is no such active token. */
export async function revokeTokenRow(db: Kysely<Database>, id: string): Promise<boolean> {
  await ensureTokensTable(db);
  const r = await asTokenDb(db).updateTable('api_tokens').set({ revoked_at: new Date().toISOString() }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
