/**
 * Worker-thread side of the analysis pool (run by piscina): one task is either a batch of Documents to run
 * through the default pipeline, or a pasted article (text + options) to read and analyse, as the API's check
 * and ingest do. A bad article comes back as `{ error: { code, message, hint } }`, never as a thrown error,
 * so that a rejected task always means a thread that died or ran out of time.
 *
 *   await piscina.run({ kind: 'analyse', docs })                                  // Document[]
 *   await piscina.run({ kind: 'article', text, source: { kind: 'text', uri: 'api:check' }, opts: {} })
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { ParleyError } from '../../core/errors.js';
import type { Document, SourceRef } from '../../core/types.js';
import { defaultPipeline } from '../../pipeline/index.js';
import { articleFromText, type ReadOptions } from '../read-input.js';

export type PoolTask =
  | { kind: 'analyse'; docs: Document[] }
  | { kind: 'article'; text: string; source: SourceRef; opts: ReadOptions };

export type ArticleOutcome = { doc: Document; error?: undefined } | { error: { code: string; message: string; hint: string }; doc?: undefined };

// A pool thread loads the pipeline, and the modules of `preload` (the API's check), as it starts (piscina loads
// this module then), not under a task's time budget.
if (!isMainThread) {
  defaultPipeline();
  for (const href of (workerData as { preload?: string[] } | null)?.preload ?? []) await import(href);
}

export default function runTask(task: PoolTask): Document[] | ArticleOutcome {
  const pipeline = defaultPipeline();
  if (task.kind === 'analyse') {
    // Token layers are not stored (store/rows.ts drops them): leaving them out here keeps both heaps small.
    return task.docs.map((d) => {
      const { tokens: _tokens, ...layers } = pipeline.run(d).layers;
      return { ...d, layers };
    });
  }
  try {
    return { doc: pipeline.run(articleFromText(task.text, task.source, task.opts)) };
  } catch (err) {
    if (err instanceof ParleyError) return { error: { code: err.code, message: err.message, hint: err.hint } };
    throw err;
  }
}
