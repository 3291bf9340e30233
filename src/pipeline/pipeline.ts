/**
 * Runs named components over a Document in order. A component that throws records an error on the
 * document (code + message) and the later components that need its layers are skipped; the batch goes on.
 * Once a document's language is known not to be English, only components marked `anyLanguage` run.
 *
 *   const pipeline = createPipeline([tokenizer, times, actors, events]);
 *   const doc = pipeline.run(createDocument({ text, source }));
 */
import { ParleyError } from '../core/errors.js';
import type { Document, LayerName } from '../core/types.js';
import type { Component } from './component.js';

export interface Pipeline {
  readonly components: readonly Component[];
  run(doc: Document): Document;
}

/** Reports every component whose requirements no earlier component assigns. */
export function analysePipeline(components: readonly Component[]): string[] {
  const problems: string[] = [];
  const available = new Set<LayerName>();
  const names = new Set<string>();
  for (const c of components) {
    if (names.has(c.name)) problems.push(`component "${c.name}" appears twice`);
    names.add(c.name);
    for (const need of c.requires) {
      if (!available.has(need)) problems.push(`component "${c.name}" requires "${need}", which no earlier component assigns`);
    }
    for (const out of c.assigns) available.add(out);
  }
  return problems;
}

export function createPipeline(components: readonly Component[]): Pipeline {
  const problems = analysePipeline(components);
  if (problems.length) throw new ParleyError('INTERNAL', `invalid pipeline: ${problems.join('; ')}`);
  return {
    components,
    run(doc: Document): Document {
      const failed = new Set<LayerName>();
      const started = performance.now();
      for (const c of components) {
        if (c.requires.some((r) => failed.has(r)) || (doc.language !== 'en' && !c.anyLanguage)) {
          c.assigns.forEach((a) => failed.add(a));
          continue;
        }
        const t0 = performance.now();
        try {
          c.run(doc);
        } catch (err) {
          c.assigns.forEach((a) => failed.add(a));
          doc.errors.push({
            component: c.name,
            code: 'PARLEY_E_COMPONENT_FAILED',
            message: err instanceof Error ? err.message : String(err),
          });
        }
        doc.timings[c.name] = round(performance.now() - t0);
      }
      doc.timings.totalMs = round(performance.now() - started);
      return doc;
    },
  };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
