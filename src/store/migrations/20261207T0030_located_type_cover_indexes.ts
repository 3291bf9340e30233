/**
 * Migration 2026-12-07 00:30 — the map's located-event reads answered from indexes alone (over the located
 * events only: location_lat set), whatever its filter:
 * - (actor_code, type, day, location_lat, location_lon, quad, published, uid) and the same for recipient_code:
 *   the map of an actor or a recipient AND a PLOVER type (the rollup keeps one dimension, so these read the
 *   newest located events) reads its newest 2,000 in day order from the index. On 1M synthetic events it read
 *   up to 34,000 event rows for 2,000 located ones (0.1-5 s on PostgreSQL with a cold cache; now 2 ms);
 * - the located events' day index also carries the dimensions the rollup filters on (actor_code,
 *   recipient_code, type, cameo_root, location_country), so a window's edge days for one of them are summed
 *   from the index (they visited 6,000 event rows per part-month for a type: 50-115 ms on PostgreSQL). It
 *   replaces events_located_cover_idx.
 *
 * Down drops them and puts the narrower day index back.
 */
import { sql, type Kysely } from 'kysely';

const located = sql.ref('location_lat');
const COVER = ['type', 'day', 'location_lat', 'location_lon', 'quad', 'published', 'uid'];
const DAY_COVER = ['day', 'location_lat', 'location_lon', 'quad', 'published', 'uid'];
const INDEXES: Record<string, string[]> = {
  events_located_actor_type_idx: ['actor_code', ...COVER],
  events_located_recipient_type_idx: ['recipient_code', ...COVER],
  events_located_day_dims_idx: [...DAY_COVER, 'actor_code', 'recipient_code', 'type', 'cameo_root', 'location_country'],
};

export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, columns] of Object.entries(INDEXES)) {
    await db.schema.createIndex(name).ifNotExists().on('events').columns(columns).where(located, 'is not', null).execute();
  }
  await db.schema.dropIndex('events_located_cover_idx').ifExists().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('events_located_cover_idx').ifNotExists().on('events').columns(DAY_COVER).where(located, 'is not', null).execute();
  for (const name of Object.keys(INDEXES)) await db.schema.dropIndex(name).ifExists().execute();
}
