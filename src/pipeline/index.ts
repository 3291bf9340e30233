/**
 * The default pipeline, in data-flow order:
 * tokenizer (sentences, tokens) -> syntax (deps) -> actors (knowledge/) -> times -> events -> commitments -> claims.
 *
 *   const doc = defaultPipeline().run(createDocument({ text, published: '2025-03-19', source }));
 */
import { actors } from './actors/index.js';
import { claims } from './claims/index.js';
import { commitments } from './commitments/index.js';
import { events } from './events/index.js';
import { createPipeline, type Pipeline } from './pipeline.js';
import { syntax } from './syntax/index.js';
import { times } from './times.js';
import { tokenizer } from './tokenizer.js';

let cached: Pipeline | null = null;

export function defaultPipeline(): Pipeline {
  cached ??= createPipeline([tokenizer, syntax, actors, times, events, commitments, claims]);
  return cached;
}
