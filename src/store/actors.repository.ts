/**
 * Actors as the ledger knows them, for finding one by name or code: events per actor code (from the actor-type
 * rollup, so O(codes) whatever the ledger's size) and the codes behind names written in the articles.
 *
 *   await actorEventCounts(db)              // Map { 'RUS' => 2710, 'UKR' => 2533, … }
 *   await actorsNamed(db, 'zelensk', 5)     // [{ code: 'UKR', name: 'Volodymyr Zelensky', mentions: 412 }]
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

export async function actorEventCounts(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db.selectFrom('event_rollup_actor_types').select(['code', sql<number>`sum(count)`.as('n')]).groupBy('code').execute();
  return new Map(rows.map((r) => [r.code, Number(r.n)]));
}

/** Names written in the articles that contain `text` (case-insensitive), with their code, most mentioned first. */
export async function actorsNamed(db: Kysely<Database>, text: string, limit: number): Promise<{ code: string; name: string; mentions: number }[]> {
  const rows = await db.selectFrom('document_actors').select(['code', 'name', sql<number>`sum(mentions)`.as('n')])
    .where((eb) => eb(eb.fn('lower', ['name']), 'like', `%${text.toLowerCase().replace(/[%_\\]/g, '')}%`)).where('name', '!=', '')
    .groupBy(['code', 'name']).orderBy(sql`sum(mentions)`, 'desc').limit(limit).execute();
  return rows.map((r) => ({ code: r.code, name: r.name, mentions: Number(r.n) }));
}
