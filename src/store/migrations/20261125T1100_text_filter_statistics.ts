/**
 * Migration 2026-11-25 11:00 — PostgreSQL only: statistics on lower(evidence_text) and lower(text), the
 * expressions the text filters match with LIKE '%word%'. Without them the planner guesses a word matches a
 * handful of rows and reads every event of an actor (hundreds of ms on a large ledger) instead of walking its
 * (actor, day) index newest first and stopping at the page size (a few ms). SQLite needs nothing.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';

const STATISTICS: Record<string, { table: string; expression: string }> = {
  events_evidence_text_lower_stats: { table: 'events', expression: 'lower(evidence_text)' },
  documents_text_lower_stats: { table: 'documents', expression: 'lower(text)' },
};

const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  for (const [name, { table, expression }] of Object.entries(STATISTICS)) {
    await sql.raw(`create statistics if not exists ${name} on (${expression}) from ${table}`).execute(db);
    await sql.raw(`analyze ${table}`).execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  for (const name of Object.keys(STATISTICS)) await sql.raw(`drop statistics if exists ${name}`).execute(db);
}
