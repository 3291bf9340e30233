/**
 * Runs the pipeline on worker threads (piscina): a pool of min(cores, 2) threads by default (each thread loads
 * its own pipeline and lexicons, so peak memory grows with every thread; PARLEY_THREADS or --threads to
 * override). A batch is split across the threads and comes back in order. A thread that dies (a crash, an
 * exhausted heap) is replaced by piscina and its part of the batch is run once more; a second death fails that
 * part with COMPONENT_FAILED and leaves the other parts and the pool intact. A task given a time budget that
 * runs past it has its thread stopped and fails with ANALYSIS_TIMEOUT, while the rest of the process goes on.
 * With one thread (or a tiny batch before the threads have started) a batch runs inline, unless the pool was
 * made `offThread` (the API: request threads never run the pipeline themselves).
 *
 *   const pool = createAnalysisPool();
 *   const analysed = await pool.analyse(docs);
 *   const checked = await pool.article('<html>…', { kind: 'text', uri: 'api:check' }, {}, { timeoutMs: 10_000 });
 *   await pool.runModule(new URL('./check.worker.js', import.meta.url), task, { timeoutMs: 10_000 });   // a layer above's task
 *   await pool.close();
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { ParleyError, type ErrorCode } from '../../core/errors.js';
import type { Document, SourceRef } from '../../core/types.js';
import { defaultPipeline } from '../../pipeline/index.js';
import type { ReadOptions } from '../read-input.js';
import runInline, { type ArticleOutcome, type PoolTask } from './analysis.worker.js';

export interface AnalysisPool {
  readonly size: number;
  analyse(docs: Document[]): Promise<Document[]>;
  /** Reads and analyses one pasted article (text, Markdown with a header, or HTML) off this thread. */
  article(text: string, source: SourceRef, opts: ReadOptions, budget?: { timeoutMs?: number }): Promise<Document>;
  /**
   * Runs the default export of another worker module (a layer above ingest: the API's check) on these threads,
   * where the pipeline is already loaded, within the same time budget (ANALYSIS_TIMEOUT past it).
   */
  runModule<T>(module: URL, task: unknown, budget?: { timeoutMs?: number }): Promise<T>;
  /** Starts the threads now (each loads the pipeline as it starts) rather than on the first task. */
  warm(): void;
  /** The live threads (empty before the first threaded task); tests stop one to see it replaced. */
  readonly threads: readonly Worker[];
  /** Tasks run again after their thread died. */
  readonly retries: number;
  close(): Promise<void>;
}

export interface PoolOptions {
  /** Never run inline, even with one thread (default false). */
  offThread?: boolean;
  /** Heap ceiling of one thread in MB: a runaway document kills its thread, not the process (default 1024). */
  maxThreadHeapMb?: number;
  /** Modules (file URLs) each thread loads as it starts, so that `runModule` tasks do not load them under a budget. */
  preload?: string[];
}

/** Batches smaller than this run inline until the threads have been started by a larger one. */
const SMALL_BATCH = 4;

/** The default thread count's ceiling (peak RSS budget: 500 MB for a threaded ingest). */
export const MAX_DEFAULT_THREADS = 2;

/**
 * A worker loads its task module with import(), never require(): piscina tries require() first, and Node 20's
 * require() of an ES module racing an import() of the same graph in one thread (the analysis and the check worker
 * share modules) aborts the whole process ("IsGraphAsync must be used on an instantiated module"). The flag makes
 * require() refuse at once, so piscina falls back to import().
 */
const WORKER_EXEC_ARGV = [...process.execArgv, ...(process.allowedNodeEnvironmentFlags.has('--no-experimental-require-module') ? ['--no-experimental-require-module'] : [])];

export function defaultThreads(): number {
  const env = Number(process.env.PARLEY_THREADS);
  return Number.isInteger(env) && env > 0 ? env : Math.max(1, Math.min(availableParallelism(), MAX_DEFAULT_THREADS));
}

export function createAnalysisPool(size = defaultThreads(), opts: PoolOptions = {}): AnalysisPool {
  if (size <= 1 && !opts.offThread) {
    return {
      size: 1,
      threads: [],
      retries: 0,
      warm: () => undefined,
      analyse: async (docs) => docs.map((d) => defaultPipeline().run(d)),
      article: async (text, source, readOpts) => outcome(runInline({ kind: 'article', text, source, opts: readOpts }) as ArticleOutcome),
      runModule: async <T>(module: URL, task: unknown) => ((await import(module.href)) as { default: (t: unknown) => T | Promise<T> }).default(task),
      close: async () => undefined,
    };
  }
  let piscina: Piscina | null = null;
  let retries = 0;
  const threads = (): Piscina => {
    if (piscina) return piscina;
    piscina = new Piscina({
      filename: new URL('./analysis.worker.js', import.meta.url).href,
      minThreads: size, maxThreads: size, idleTimeout: Infinity,
      resourceLimits: { maxOldGenerationSizeMb: opts.maxThreadHeapMb ?? 1024 },
      workerData: { preload: opts.preload ?? [] },
      execArgv: WORKER_EXEC_ARGV,
    });
    // A replaced thread's failure reaches the task that ran on it; an idle thread's death needs no listener's care.
    piscina.on('error', () => undefined);
    return piscina;
  };
  const run = async <T>(task: PoolTask | unknown, timeoutMs?: number, filename?: string): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      const signal = timeoutMs ? AbortSignal.timeout(timeoutMs) : undefined;
      try {
        return (await threads().run(task, { ...(signal ? { signal } : {}), ...(filename ? { filename } : {}) })) as T;
      } catch (err) {
        if (signal?.aborted) {
          throw new ParleyError('ANALYSIS_TIMEOUT', `the analysis took longer than its budget of ${timeoutMs} ms and was stopped`);
        }
        // The thread died under this task (piscina has started a new one): run it once more, then give up.
        if (attempt >= 2) throw new ParleyError('COMPONENT_FAILED', `an analysis thread died twice on the same ${filename ? 'task' : describe(task as PoolTask)}: ${(err as Error).message}`);
        retries++;
      }
    }
  };
  return {
    size,
    warm: () => void threads(),
    get threads() { return piscina?.threads ?? []; },
    get retries() { return retries; },
    async analyse(docs) {
      if (!docs.length) return [];
      // A handful of documents is quicker inline than starting the threads (each loads the pipeline).
      if (!piscina && !opts.offThread && docs.length < SMALL_BATCH) return docs.map((d) => defaultPipeline().run(d));
      const per = Math.ceil(docs.length / size);
      const parts: Promise<Document[]>[] = [];
      for (let i = 0; i * per < docs.length; i++) parts.push(run<Document[]>({ kind: 'analyse', docs: docs.slice(i * per, (i + 1) * per) }));
      return (await Promise.all(parts)).flat();
    },
    async article(text, source, readOpts, budget = {}) {
      return outcome(await run<ArticleOutcome>({ kind: 'article', text, source, opts: readOpts }, budget.timeoutMs));
    },
    runModule: <T>(module: URL, task: unknown, budget: { timeoutMs?: number } = {}) => run<T>(task, budget.timeoutMs, module.href),
    async close() {
      await piscina?.destroy();
    },
  };
}

function outcome(o: ArticleOutcome): Document {
  if (o.error) throw new ParleyError(o.error.code as ErrorCode, o.error.message, o.error.hint);
  return o.doc;
}

function describe(task: PoolTask): string {
  return task.kind === 'analyse' ? `batch of ${task.docs.length} document(s)` : 'article';
}
