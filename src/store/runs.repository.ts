/**
 * Ingestion bookkeeping: runs (what was asked, what came of it), failures (error code per source/item), and
 * sources with their error count and back-off, so a failing feed or URL is retried later instead of hammered.
 *
 *   const run = await startRun(db, ['feeds.txt']);
 *   await markSourceFailure(db, 'https://example.org/feed', 'feed', 'FETCH_TIMEOUT', 'timed out after 15 s');
 *   await finishRun(db, run, { added: 3, duplicates: 0, nearDuplicates: 0, failed: 1, events: 12 }, 'done');
 *
 * Run status: running, done, failed, queued (PostgreSQL workers go on with it) or interrupted (its process died;
 * see runs.liveness.ts).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { THIS_HOST } from './runs.liveness.js';
import type { Database, IngestFailuresTable, IngestRunsTable, SourcesTable } from './schema.js';

export interface RunTotals { added: number; duplicates: number; nearDuplicates: number; failed: number; events: number }

export interface FailureInput { runId: string | null; sourceUri: string; item?: string | null; code: string; message: string }

/** Back-off after n consecutive failures: 1, 2, 4 … minutes, at most a day. */
export function backoffMs(errorCount: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, errorCount - 1), 86_400_000);
}

export async function startRun(db: Kysely<Database>, sources: string[]): Promise<string> {
  const id = randomUUID();
  const now = new Date().toISOString();
  await db.insertInto('ingest_runs').values({
    id, started_at: now, finished_at: null, sources: JSON.stringify(sources), status: 'running',
    added: 0, duplicates: 0, near_duplicates: 0, failed: 0, events: 0, host: THIS_HOST, pid: process.pid, heartbeat_at: now,
  }).execute();
  return id;
}

/** Closes a run with its totals; a queued run adds them instead, since workers may already have added theirs. */
export async function finishRun(db: Kysely<Database>, id: string, totals: RunTotals, status: 'done' | 'failed' | 'queued'): Promise<void> {
  if (status === 'queued') {
    await addToRun(db, id, totals);
    await db.updateTable('ingest_runs').set({ status, finished_at: new Date().toISOString() }).where('id', '=', id).execute();
    return;
  }
  await db.updateTable('ingest_runs').set({
    finished_at: new Date().toISOString(), status, added: totals.added, duplicates: totals.duplicates,
    near_duplicates: totals.nearDuplicates, failed: totals.failed, events: totals.events,
  }).where('id', '=', id).execute();
}

/** Adds a worker's totals to a queued run (PostgreSQL scale-out). */
export async function addToRun(db: Kysely<Database>, id: string, t: RunTotals): Promise<void> {
  await db.updateTable('ingest_runs').set((eb) => ({
    added: eb('added', '+', t.added), duplicates: eb('duplicates', '+', t.duplicates), near_duplicates: eb('near_duplicates', '+', t.nearDuplicates),
    failed: eb('failed', '+', t.failed), events: eb('events', '+', t.events),
  })).where('id', '=', id).execute();
}

export async function getRun(db: Kysely<Database>, id: string): Promise<IngestRunsTable | null> {
  return (await db.selectFrom('ingest_runs').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

/** The latest runs, newest first (`parley ingest --runs`). */
export async function listRuns(db: Kysely<Database>, limit = 20): Promise<IngestRunsTable[]> {
  return db.selectFrom('ingest_runs').selectAll().orderBy('started_at', 'desc').orderBy('id').limit(limit).execute();
}

export async function recordFailure(db: Kysely<Database>, f: FailureInput): Promise<void> {
  await db.insertInto('ingest_failures').values({
    id: randomUUID(), run_id: f.runId, source_uri: f.sourceUri, item: f.item ?? null, code: f.code, message: f.message.slice(0, 2000),
    created_at: new Date().toISOString(),
  }).execute();
}

export async function listFailures(db: Kysely<Database>, runId?: string): Promise<IngestFailuresTable[]> {
  let q = db.selectFrom('ingest_failures').selectAll().orderBy('created_at').orderBy('id');
  if (runId) q = q.where('run_id', '=', runId);
  return q.execute();
}

export async function getSource(db: Kysely<Database>, uri: string): Promise<SourcesTable | null> {
  return (await db.selectFrom('sources').selectAll().where('uri', '=', uri).executeTakeFirst()) ?? null;
}

/** True when the source has no pending back-off (or `now` is past it). */
export async function isSourceDue(db: Kysely<Database>, uri: string, now = new Date()): Promise<boolean> {
  const s = await getSource(db, uri);
  return !s?.next_attempt_at || s.next_attempt_at <= now.toISOString();
}

export async function markSourceSuccess(db: Kysely<Database>, uri: string, kind: string, name: string | null = null): Promise<void> {
  const now = new Date().toISOString();
  await db.insertInto('sources').values({
    uri, kind, name, added_at: now, last_success_at: now, last_error_code: null, last_error: null, error_count: 0, next_attempt_at: null,
  }).onConflict((oc) => oc.column('uri').doUpdateSet({ last_success_at: now, error_count: 0, next_attempt_at: null, last_error_code: null, last_error: null }))
    .execute();
}

export async function markSourceFailure(db: Kysely<Database>, uri: string, kind: string, code: string, message: string, now = new Date()): Promise<SourcesTable> {
  const previous = await getSource(db, uri);
  const errorCount = (previous ? Number(previous.error_count) : 0) + 1;
  const next = new Date(now.getTime() + backoffMs(errorCount)).toISOString();
  await db.insertInto('sources').values({
    uri, kind, name: null, added_at: now.toISOString(), last_success_at: null, last_error_code: code, last_error: message.slice(0, 2000),
    error_count: errorCount, next_attempt_at: next,
  }).onConflict((oc) => oc.column('uri').doUpdateSet({ last_error_code: code, last_error: message.slice(0, 2000), error_count: errorCount, next_attempt_at: next }))
    .execute();
  return (await getSource(db, uri))!;
}
