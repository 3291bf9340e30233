/**
 * Scale-out ingestion on PostgreSQL: `enqueueSources` reads local sources and queues their documents in batches
 * (feed/page URLs are queued for a worker to fetch; GDELT rows are imported at once: they need no analysis);
 * `runWorker` is the loop of `parley worker`: it takes one job at a time with a heartbeat, runs it (`processJob`)
 * and completes it, or fails it for the queue to retry. Both paths record failures like the in-process one.
 *
 *   const { runId, jobs } = await enqueueSources(store, queue, ['news.jsonl'], { allowHosts: [] });
 *   await runWorker(store, queue, pool, { drain: true });   // { jobs: 3, added: 41 }
 */
import type { AnalysisPool } from '../ingest/pool/analysis-pool.js';
import type { IngestJob, Queue } from '../store/queue.js';
import type { Document } from '../core/types.js';
import { isUrl, readSources } from '../ingest/sources/index.js';
import { readUrl } from '../ingest/sources/web.js';
import type { Store } from '../store/index.js';
import { emptyTotals, handleOther, storeDocuments, type IngestOptions, type IngestTotals, type PendingClusters } from './ingest.service.js';

export const JOB_DOCUMENTS = 16;

export interface EnqueueSummary extends IngestTotals { runId: string; jobs: number; documentsQueued: number; backingOff: string[] }

export async function enqueueSources(store: Store, queue: Queue, specs: readonly string[], opts: IngestOptions): Promise<EnqueueSummary> {
  const runId = await store.runs.start([...specs]);
  const totals = emptyTotals();
  const backingOff: string[] = [];
  let jobs = 0;
  let documentsQueued = 0;
  const urlJobs: IngestJob[] = [];
  const local: string[] = [];
  for (const spec of specs) {
    if (!isUrl(spec)) local.push(spec);
    else if (!opts.force && !(await store.runs.isSourceDue(spec))) backingOff.push(spec);
    else urlJobs.push({ kind: 'url', runId, uri: spec, allowHosts: [...opts.allowHosts], ...(opts.date ? { date: opts.date } : {}) });
  }
  if (urlJobs.length) {
    await queue.enqueue(urlJobs);
    jobs += urlJobs.length;
  }
  let batch: Document[] = [];
  const flush = async () => {
    await queue.enqueue([{ kind: 'docs', runId, docs: batch }]);
    jobs++;
    documentsQueued += batch.length;
    batch = [];
  };
  const clusters: PendingClusters = new Map();
  for await (const item of readSources(local, opts, opts.stdin)) {
    if (item.kind === 'document') {
      batch.push(item.doc);
      if (batch.length >= (opts.batchSize ?? JOB_DOCUMENTS)) await flush();
    } else await handleOther(store, item, runId, totals, clusters);
    opts.onProgress?.(totals);
  }
  if (batch.length) await flush();
  await store.refreshClusters([...clusters.values()]);
  await store.runs.finish(runId, totals, 'queued');
  return { ...totals, runId, jobs, documentsQueued, backingOff };
}

/** Runs one queued job: analyses and saves its documents, or fetches its URL. Adds the totals to its run. */
export async function processJob(store: Store, pool: AnalysisPool, job: IngestJob): Promise<IngestTotals> {
  const totals = emptyTotals();
  if (job.kind === 'docs') {
    await storeDocuments(store, pool, job.docs, job.runId, totals);
  } else {
    const docs: Document[] = [];
    for await (const item of readUrl(job.uri, { allowHosts: job.allowHosts, ...(job.date ? { date: job.date } : {}) })) {
      if (item.kind === 'document') docs.push(item.doc);
      else await handleOther(store, item, job.runId, totals);
    }
    for (let i = 0; i < docs.length; i += JOB_DOCUMENTS) await storeDocuments(store, pool, docs.slice(i, i + JOB_DOCUMENTS), job.runId, totals);
  }
  await store.runs.add(job.runId, totals);
  return totals;
}

export interface WorkerOptions {
  /** Return when the queue is empty (batch use, tests); otherwise wait for work until `stopping()`. */
  drain?: boolean;
  /** Asked between jobs: the job in hand is always finished first. */
  stopping?: () => boolean;
  log?: (line: string) => void;
  /** How long to wait before asking an empty queue again (ms). */
  idleMs?: number;
}

/** Takes and runs queued jobs one at a time; a failed job goes back to the queue, which retries it with back-off. */
export async function runWorker(store: Store, queue: Queue, pool: AnalysisPool, opts: WorkerOptions = {}): Promise<{ jobs: number; added: number }> {
  const log = opts.log ?? (() => {});
  let jobs = 0;
  let added = 0;
  while (!opts.stopping?.()) {
    const [job] = await queue.take(1);
    if (!job) {
      if (opts.drain && (await queue.pending()) === 0) break;
      await new Promise((r) => setTimeout(r, opts.idleMs ?? 500));
      continue;
    }
    const stopBeating = queue.heartbeat(job.id);
    try {
      const t = await processJob(store, pool, job.data);
      await queue.complete(job.id);
      jobs++;
      added += t.added;
      log(`job ${job.id}: added ${t.added}, duplicates ${t.duplicates}, failed ${t.failed}`);
    } catch (err) {
      await queue.fail(job.id, (err as Error).message);
      log(`job ${job.id} failed (the queue retries it): ${(err as Error).message}`);
    } finally {
      stopBeating();
    }
  }
  return { jobs, added };
}
