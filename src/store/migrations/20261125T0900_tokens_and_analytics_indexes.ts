/**
 * Migration 2026-11-25 09:00 — the API's `api_tokens` table and the covering event indexes used by the
 * analytics aggregates become part of the migration history. Both were first created at run time by
 * tokens.repository.ts (`ensureTokensTable`) and analytics.repository.ts (`ensureAnalyticsIndexes`); the
 * definitions here are the same, with IF NOT EXISTS, so ledgers where those already ran migrate cleanly.
 */
import type { Kysely } from 'kysely';

export const ANALYTICS_INDEXES: Record<string, string[]> = {
  events_agg_day_idx: ['day', 'quad', 'goldstein'],
  events_agg_pair_idx: ['day', 'actor_code', 'recipient_code', 'quad', 'goldstein'],
  events_agg_dyad_idx: ['actor_code', 'recipient_code', 'day', 'quad', 'goldstein'],
  events_agg_actor_idx: ['actor_code', 'day', 'recipient_code', 'quad', 'goldstein', 'type'],
  events_agg_recipient_idx: ['recipient_code', 'day', 'actor_code', 'quad', 'goldstein', 'type'],
};

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('api_tokens').ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  for (const [name, cols] of Object.entries(ANALYTICS_INDEXES)) {
    await db.schema.createIndex(name).ifNotExists().on('events').columns(cols).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of Object.keys(ANALYTICS_INDEXES)) await db.schema.dropIndex(name).ifExists().execute();
  await db.schema.dropTable('api_tokens').ifExists().execute();
}
