/**
 * Runs the pipeline on worker threads: a pool (default: min(cores, 2), since each thread loads its own
 * pipeline and lexicons and the peak memory grows with every thread; PARLEY_THREADS or --threads to override), started on the first batch big enough to be worth it; a batch is split across the threads and
 * comes back in order. With one thread (or a tiny batch) it runs inline.
 *
 *   const pool = createAnalysisPool();
 *   const analysed = await pool.analyse(docs);
 *   await pool.close();
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ParleyError } from '../../core/errors.js';
import type { Document } from '../../core/types.js';
import { defaultPipeline } from '../../pipeline/index.js';

export interface AnalysisPool {
  readonly size: number;
  analyse(docs: Document[]): Promise<Document[]>;
  close(): Promise<void>;
}

/** Batches smaller than this run inline until the threads have been started by a larger one. */
const SMALL_BATCH = 4;

/** The default thread count's ceiling (peak RSS budget: 500 MB for a threaded ingest). */
export const MAX_DEFAULT_THREADS = 2;

export function defaultThreads(): number {
  const env = Number(process.env.PARLEY_THREADS);
  return Number.isInteger(env) && env > 0 ? env : Math.max(1, Math.min(availableParallelism(), MAX_DEFAULT_THREADS));
}

export function createAnalysisPool(size = defaultThreads()): AnalysisPool {
  if (size <= 1) {
    return { size: 1, analyse: async (docs) => docs.map((d) => defaultPipeline().run(d)), close: async () => undefined };
  }
  const workers: Worker[] = [];
  const pending = new Map<number, { resolve: (d: Document[]) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  const spawn = () => {
    const w = new Worker(new URL('./analysis.worker.js', import.meta.url));
    w.on('message', (msg: { id: number; docs?: Document[]; error?: string }) => {
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      if (!p) return;
      if (msg.docs) p.resolve(msg.docs);
      else p.reject(new ParleyError('COMPONENT_FAILED', `analysis failed: ${msg.error}`));
    });
    w.on('error', (err) => {
      for (const p of pending.values()) p.reject(new ParleyError('INTERNAL', `an analysis thread crashed: ${err.message}`));
      pending.clear();
    });
    return w;
  };
  const start = () => {
    while (workers.length < size) workers.push(spawn());
  };
  const run = (w: Worker, docs: Document[]) =>
    new Promise<Document[]>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      w.postMessage({ id, docs });
    });
  return {
    size,
    async analyse(docs) {
      if (!docs.length) return [];
      // A handful of documents is quicker inline than starting the threads (each loads the pipeline).
      if (!workers.length && docs.length < SMALL_BATCH) return docs.map((d) => defaultPipeline().run(d));
      start();
      const per = Math.ceil(docs.length / workers.length);
      const parts: Promise<Document[]>[] = [];
      for (let i = 0; i * per < docs.length; i++) parts.push(run(workers[i]!, docs.slice(i * per, (i + 1) * per)));
      return (await Promise.all(parts)).flat();
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
