/**
 * Analyse articles: read each file, run the default pipeline, and hand back a result per file. A file that
 * cannot be read becomes an error result; the other files still run.
 *
 *   for (const r of analyzeFiles(['a.txt', 'b.html'], { date: '2025-03-19' })) if (r.ok) console.log(r.doc.layers.events);
 */
import { asParleyError, type ParleyError } from '../core/errors.js';
import type { Document } from '../core/types.js';
import { readArticleFile, type ReadOptions } from '../ingest/read-input.js';
import { defaultPipeline } from '../pipeline/index.js';

export type FileResult = { path: string; ok: true; doc: Document } | { path: string; ok: false; error: ParleyError };

export function analyzeDocument(doc: Document): Document {
  return defaultPipeline().run(doc);
}

export function* analyzeFiles(paths: string[], opts: ReadOptions = {}): Generator<FileResult> {
  for (const path of paths) {
    try {
      const doc = readArticleFile(path, opts);
      yield { path, ok: true, doc: analyzeDocument(doc) };
    } catch (err) {
      yield { path, ok: false, error: asParleyError(err) };
    }
  }
}
