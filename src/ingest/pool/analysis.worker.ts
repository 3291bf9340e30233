/**
 * Worker-thread side of the analysis pool: receives Documents, runs the default pipeline on each, sends them back.
 *
 *   new Worker(new URL('./analysis.worker.js', import.meta.url)) // used by analysis-pool.ts only
 */
import { parentPort } from 'node:worker_threads';
import type { Document } from '../../core/types.js';
import { defaultPipeline } from '../../pipeline/index.js';

parentPort?.on('message', (msg: { id: number; docs: Document[] }) => {
  try {
    const pipeline = defaultPipeline();
    // Token layers are not stored (store/rows.ts drops them): leaving them out here keeps both heaps small.
    const docs = msg.docs.map((d) => {
      const analysed = pipeline.run(d);
      const { tokens: _tokens, ...layers } = analysed.layers;
      return { ...analysed, layers };
    });
    parentPort!.postMessage({ id: msg.id, docs });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});
