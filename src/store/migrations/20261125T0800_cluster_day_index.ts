/**
 * Migration 2026-11-25 08:00 — clusters are per (actor, recipient, type, day): index events on exactly that,
 * replacing the (actor, recipient, type) index.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('events_cluster_key_idx').ifExists().execute();
  await db.schema.createIndex('events_cluster_day_idx').on('events').columns(['actor_code', 'recipient_code', 'type', 'day']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('events_cluster_day_idx').ifExists().execute();
  await db.schema.createIndex('events_cluster_key_idx').on('events').columns(['actor_code', 'recipient_code', 'type']).execute();
}
