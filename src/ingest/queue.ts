/**
 * The scale-out work queue on PostgreSQL (pg-boss 10): `parley ingest --db postgres://…` enqueues jobs (batches
 * of documents read from local files, or feed/page URLs for a worker to fetch) and `parley worker` processes
 * them. A job that fails is retried with back-off by pg-boss; a worker killed mid-job leaves its job to expire
 * and be retried elsewhere. Saving is transactional and idempotent, so nothing is lost or duplicated.
 *
 *   const queue = await openQueue('postgres://…'); await queue.enqueue([{ kind: 'docs', runId, docs }]); await queue.close();
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
  fail(id: string, message: string): Promise<void>;
  close(): Promise<void>;
}

export async function openQueue(url: string, opts: { expireInSeconds?: number } = {}): Promise<Queue> {
  const boss = new PgBoss({ connectionString: url, max: 4 });
  boss.on('error', () => undefined);
  try {
    await boss.start();
    await ensureQueue(boss, opts.expireInSeconds ?? 600);
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
    fail: (id, message) => boss.fail(QUEUE_NAME, id, { message }),
    close: () => boss.stop({ graceful: false, wait: true, close: true }),
  };
}

async function ensureQueue(boss: PgBoss, expireInSeconds: number): Promise<void> {
  if (await boss.getQueue(QUEUE_NAME)) return;
  try {
    await boss.createQueue(QUEUE_NAME, { name: QUEUE_NAME, retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds });
  } catch (err) {
    if (!(await boss.getQueue(QUEUE_NAME))) throw err;
  }
}
