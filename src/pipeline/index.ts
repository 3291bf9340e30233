/**
 * The default pipeline, in data-flow order:
 * language -> tokenizer (sentences, tokens) -> actors (knowledge/) -> times -> events -> locations -> commitments -> claims.
 *
 *   const doc = defaultPipeline().run(createDocument({ text, published: '2025-03-19', source }));
 */
import { actors } from './actors/index.js';
import { claims } from './claims/index.js';
import { commitments } from './commitments/index.js';
import { events } from './events/index.js';
import { language } from './language.js';
import { locations } from './locations/index.js';
import { createPipeline, type Pipeline } from './pipeline.js';
import { times } from './times.js';
import { tokenizer } from './tokenizer.js';

let cached: Pipeline | null = null;

export function defaultPipeline(): Pipeline {
  cached ??= createPipeline([language, tokenizer, actors, times, events, locations, commitments, claims]);
  return cached;
}
