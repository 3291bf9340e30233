/**
 * Migration 2026-12-06 21:10 — who runs an ingest and whether it is alive, so a run whose process was killed
 * (SIGKILL, power loss) is not `running` forever: `host` (the machine: host name and kernel boot id), `pid`, and
 * `heartbeat_at` (refreshed every 20 s while the run lasts). A `running` row whose process is gone from this host,
 * or whose heartbeat is over two minutes old, is marked `interrupted` on the next open of the ledger
 * (runs.repository.ts). Rows stored before have NULLs (judged by their start time).
 *
 * Down drops the columns.
 */
import type { Kysely } from 'kysely';

const COLUMNS: Array<[string, 'text' | 'integer']> = [['host', 'text'], ['pid', 'integer'], ['heartbeat_at', 'text']];

export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, type] of COLUMNS) await db.schema.alterTable('ingest_runs').addColumn(name, type).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of [...COLUMNS].reverse()) await db.schema.alterTable('ingest_runs').dropColumn(name).execute();
}
