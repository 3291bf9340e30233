/**
 * Whether an ingest run is still alive. A run records its machine and process id when it starts and beats every
 * 20 s while it lasts; a `running` run whose process is gone from this machine, or whose last beat is over two
 * minutes old (another machine, or a process id taken again), was killed (SIGKILL, power loss) and is marked
 * `interrupted` with the totals it had, so no run stays `running` forever. Queued runs (PostgreSQL workers) are
 * not touched: their jobs have their own expiry.
 *
 *   await markInterruptedRuns(db);            // on opening the ledger: 1 when a killed run was found
 *   const stop = startHeartbeat(db, runId);   // … stop() when the run finishes
 */
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { Database, IngestRunsTable } from './schema.js';

export const HEARTBEAT_MS = 20_000;
export const STALE_MS = 120_000;

/** This machine: its host name and kernel boot id (containers with one name on different machines differ). */
export const THIS_HOST = (() => {
  let boot = '';
  try {
    boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim().slice(0, 8);
  } catch {
    // not Linux: the host name alone
  }
  return boot ? `${hostname()}/${boot}` : hostname();
})();

/** True while a process with this id exists on this machine (EPERM: it exists, owned by someone else). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface LivenessOptions { now?: Date; host?: string; alive?: (pid: number) => boolean }

/** Why a `running` row is dead, or null while it may be alive. */
export function deadReason(run: Pick<IngestRunsTable, 'host' | 'pid' | 'heartbeat_at' | 'started_at'>, opts: LivenessOptions = {}): string | null {
  const now = (opts.now ?? new Date()).getTime();
  const host = opts.host ?? THIS_HOST;
  const alive = opts.alive ?? processAlive;
  const pid = run.pid == null ? null : Number(run.pid);
  if (run.host === host && pid !== null && pid !== process.pid && !alive(pid)) return `process ${pid} is gone`;
  const last = Date.parse(run.heartbeat_at ?? run.started_at);
  if (Number.isFinite(last) && now - last > STALE_MS) return `no heartbeat since ${run.heartbeat_at ?? run.started_at}`;
  return null;
}

/** Marks every dead `running` run `interrupted` (finished_at: when it was found); returns how many. */
export async function markInterruptedRuns(db: Kysely<Database>, opts: LivenessOptions = {}): Promise<number> {
  const running = await db.selectFrom('ingest_runs').select(['id', 'host', 'pid', 'heartbeat_at', 'started_at']).where('status', '=', 'running').execute();
  let n = 0;
  for (const run of running) {
    if (!deadReason(run, opts)) continue;
    const r = await db.updateTable('ingest_runs').set({ status: 'interrupted', finished_at: (opts.now ?? new Date()).toISOString() })
      .where('id', '=', run.id).where('status', '=', 'running').executeTakeFirst();
    n += Number(r.numUpdatedRows);
  }
  return n;
}

/** Beats for a run every HEARTBEAT_MS until the returned stop() (the timer never keeps the process alive). */
export function startHeartbeat(db: Kysely<Database>, runId: string, everyMs = HEARTBEAT_MS): () => void {
  const timer = setInterval(() => {
    db.updateTable('ingest_runs').set({ heartbeat_at: new Date().toISOString() }).where('id', '=', runId).execute().catch(() => undefined);
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
