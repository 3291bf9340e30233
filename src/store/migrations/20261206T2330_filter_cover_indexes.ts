/**
 * Migration 2026-12-06 23:30 — event indexes that answer the timeline's common filters from the index alone,
 * the report date included, so "up to today, past only" (published is null or day <= published) needs no visit
 * to the table: (day, published) for the unfiltered timeline's counts; (actor_code, type, day, published) and
 * (recipient_code, type, day, published) for an actor or recipient with a type (the newest matches, counted or
 * listed, read in day order); (type, day, published) replaces (type, day).
 *
 * Down drops them and puts (type, day) back.
 */
import type { Kysely } from 'kysely';

const INDEXES: Record<string, string[]> = {
  events_day_published_idx: ['day', 'published'],
  events_actor_type_idx: ['actor_code', 'type', 'day', 'published'],
  events_recipient_type_idx: ['recipient_code', 'type', 'day', 'published'],
  events_type_published_idx: ['type', 'day', 'published'],
};

export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, columns] of Object.entries(INDEXES)) await db.schema.createIndex(name).ifNotExists().on('events').columns(columns).execute();
  await db.schema.dropIndex('events_type_idx').ifExists().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('events_type_idx').ifNotExists().on('events').columns(['type', 'day']).execute();
  for (const name of Object.keys(INDEXES)) await db.schema.dropIndex(name).ifExists().execute();
}
