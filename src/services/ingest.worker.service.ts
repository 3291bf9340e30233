/**
 * Scale-out ingestion on PostgreSQL: `enqueueSources` reads local sources and queues their documents in batches
 * (feed/page URLs are queued for a worker to fetch; GDELT rows are imported at once: they need no analysis);
 * `processJob` is what `parley worker` runs for each job. Both record failures like the in-process path.
 *
 *   const { runId, jobs } = await enqueueSources(store, queue, ['news.jsonl'], { allowHosts: [] });
 *   for (const job of await queue.take(1)) await processJob(store, pool, job.data);
 */
import type { AnalysisPool } from '../ingest/pool/analysis-pool.js';
import type { IngestJob, Queue } from '../ingest/queue.js';
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
