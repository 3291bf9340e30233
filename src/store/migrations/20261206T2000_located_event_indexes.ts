/**
 * Migration 2026-12-06 20:00 — partial indexes over the located events (those with coordinates), for the
 * map's newest-first read of located events, alone or for an actor or a recipient: (day, uid),
 * (actor_code, day), (recipient_code, day), each only over rows whose location_lat is set, so a ledger where
 * few events are located pays little and the map never walks the unlocated rows.
 *
 * Down drops them.
 */
import { sql, type Kysely } from 'kysely';

const INDEXES: Record<string, string[]> = {
  events_located_day_idx: ['day', 'uid'],
  events_located_actor_idx: ['actor_code', 'day'],
  events_located_recipient_idx: ['recipient_code', 'day'],
};

export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, columns] of Object.entries(INDEXES)) await db.schema.createIndex(name).on('events').columns(columns).where(sql.ref('location_lat'), 'is not', null).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of Object.keys(INDEXES)) await db.schema.dropIndex(name).ifExists().execute();
}
