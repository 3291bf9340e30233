/**
 * A case-insensitive "contains" filter for free-text search (`q`, `--text`): the words are matched literally,
 * so `%` and `_` in them are no SQL wildcards (`q=_` matches only an underscore). The same SQL on SQLite and
 * PostgreSQL (LIKE … ESCAPE).
 *
 *   q.where(contains('evidence_text', '50%'))   // lower(evidence_text) like '%50\%%' escape '\'
 */
import { sql, type RawBuilder } from 'kysely';

export function contains(column: string, text: string): RawBuilder<boolean> {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}
