/**
 * Runs a list query one keyset page at a time: orders by (key, id), continues after the cursor, fetches
 * limit + 1 rows to know whether another page follows.
 *
 *   const page = await keysetPage(db.selectFrom('events').selectAll(), 'day', 'uid', { limit: 20 }, toStoredEvent);
 */
import type { SelectQueryBuilder } from 'kysely';
import { decodeCursor, encodeCursor, pageLimit } from './cursor.js';
import type { Page, PageRequest } from './records.js';

export async function keysetPage<Row extends Record<string, unknown>, T>(
  query: SelectQueryBuilder<any, any, Row>,
  keyColumn: string,
  idColumn: string,
  page: PageRequest | undefined,
  map: (row: Row) => T,
): Promise<Page<T>> {
  const limit = pageLimit(page);
  const desc = (page?.order ?? 'desc') === 'desc';
  let q = query as SelectQueryBuilder<any, any, Row>;
  if (page?.cursor) {
    const [key, id] = decodeCursor(page.cursor);
    const op = desc ? '<' : '>';
    q = q.where((eb) => eb.or([eb(keyColumn, op, key), eb.and([eb(keyColumn, '=', key), eb(idColumn, op, id)])]));
  }
  const rows = await q.orderBy(keyColumn, desc ? 'desc' : 'asc').orderBy(idColumn, desc ? 'desc' : 'asc').limit(limit + 1).execute();
  const more = rows.length > limit;
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items: items.map(map),
    nextCursor: more && last ? encodeCursor(String(last[keyColumn]), String(last[idColumn])) : null,
  };
}
