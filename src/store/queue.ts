/**
 * The scale-out work queue on PostgreSQL (pg-boss 10): `parley ingest --db postgres://…` enqueues jobs (batches
 * of documents read from local files, or feed/page URLs for a worker to fetch) and `parley worker` processes
 * them. A job that fails is retried with back-off by pg-boss. A worker holding a job beats its heart every
 * third of the expiry (it moves the job's start forward), so a job expires only when its worker is gone: 20 s
 * after the last beat (PARLEY_JOB_EXPIRE_SECONDS), found by maintenance every 6 s, retried 2-4 s later by
 * another worker, well within a minute. Saving is transactional and idempotent, so nothing is lost or duplicated.
 *
 *   const queue = await openQueue('postgres://…'); await queue.enqueue([{ kind: 'docs', runId, docs }]); await queue.close();
 *   const stop = queue.heartbeat(job.id); try { await work(job); } finally { stop(); }
 */
import PgBoss from 'pg-boss';
import { ParleyError } from '../core/errors.js';
import type { Document } from '../core/types.js';

export const QUEUE_NAME = 'parley-ingest';

export type IngestJob =
  | { kind: 'docs'; runId: string; docs: Document[] }
  | { kind: 'url'; runId: string; uri: string; allowHosts: string[]; date?: string };

export interface Queue {
  readonly boss: PgBoss;
  enqueue(jobs: IngestJob[]): Promise<void>;
  /** Jobs not yet completed (created, retrying or active). */
  pending(): Promise<number>;
  /** Takes up to `n` jobs; each must then be completed or failed. */
  take(n: number): Promise<{ id: string; data: IngestJob }[]>;
  complete(id: string): Promise<void>;
  /** Keeps a job in hand from expiring while this process lives; call the returned function when done. */
  heartbeat(id: string): () => void;
  fail(id: string, message: string): Promise<void>;
  close(): Promise<void>;
}

/** Seconds after a worker's last heartbeat before its job is taken by another (PARLEY_JOB_EXPIRE_SECONDS overrides). */
export const DEFAULT_JOB_EXPIRE_SECONDS = 20;

export function jobExpireSeconds(): number {
  const env = Number(process.env.PARLEY_JOB_EXPIRE_SECONDS);
  return Number.isInteger(env) && env >= 3 ? env : DEFAULT_JOB_EXPIRE_SECONDS;
}

export async function openQueue(url: string, opts: { expireInSeconds?: number } = {}): Promise<Queue> {
  const expireInSeconds = opts.expireInSeconds ?? jobExpireSeconds();
  const beatMs = Math.max(1, Math.floor(expireInSeconds / 3)) * 1000;
  // Maintenance (which fails expired jobs into retry) runs in every process; pg-boss lets one of them act per interval.
  const boss = new PgBoss({ connectionString: url, max: 4, maintenanceIntervalSeconds: Math.max(1, Math.min(10, Math.floor(expireInSeconds / 3))) });
  boss.on('error', () => undefined);
  try {
    await boss.start();
    await ensureQueue(boss, expireInSeconds);
  } catch (err) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw new ParleyError('DB_UNAVAILABLE', `cannot open the work queue: ${(err as Error).message}`);
  }
  return {
    boss,
    async enqueue(jobs) {
      for (let i = 0; i < jobs.length; i += 100) {
        await boss.insert(jobs.slice(i, i + 100).map((data) => ({ name: QUEUE_NAME, data })));
      }
    },
    pending: () => boss.getQueueSize(QUEUE_NAME, { before: 'completed' }),
    async take(n) {
      const jobs = await boss.fetch<IngestJob>(QUEUE_NAME, { batchSize: n });
      return (jobs ?? []).map((j) => ({ id: j.id, data: j.data }));
    },
    complete: (id) => boss.complete(QUEUE_NAME, id),
    heartbeat(id) {
      const beat = () => boss.getDb().executeSql(`UPDATE pgboss.job SET started_on = now() WHERE name = $1 AND id = $2 AND state = 'active'`, [QUEUE_NAME, id]).catch(() => undefined);
      const timer = setInterval(beat, beatMs);
      timer.unref();
      return () => clearInterval(timer);
    },
    fail: (id, message) => boss.fail(QUEUE_NAME, id, { message }),
    close: () => boss.stop({ graceful: false, wait: true, close: true }),
  };
}

/** Retries of a failed or expired job, the first after 2-4 s, then doubling. */
const POLICY = { retryLimit: 5, retryDelay: 2, retryBackoff: true };

async function ensureQueue(boss: PgBoss, expireInSeconds: number): Promise<void> {
  const existing = await boss.getQueue(QUEUE_NAME);
  // A queue made by an older Parley (10-minute expiry) takes the current policy for the jobs enqueued from now on.
  if (existing) {
    if (existing.expireInSeconds !== expireInSeconds || existing.retryDelay !== POLICY.retryDelay) await boss.updateQueue(QUEUE_NAME, { name: QUEUE_NAME, ...POLICY, expireInSeconds });
    return;
  }
  try {
    await boss.createQueue(QUEUE_NAME, { name: QUEUE_NAME, ...POLICY, expireInSeconds });
  } catch (err) {
    if (!(await boss.getQueue(QUEUE_NAME))) throw err;
  }
}
