/**
 * The default pipeline, in data-flow order:
 * language -> tokenizer (sentences, tokens) -> actors (knowledge/) -> times -> syntax (deps, of the sentences that can
 * hold an event or a commitment: events/candidates.ts, commitments/candidates.ts) -> events -> locations -> commitments -> claims.
 *
 *   const doc = defaultPipeline().run(createDocument({ text, published: '2025-03-19', source }));
 */
import { actors } from './actors/index.js';
import { claims } from './claims/index.js';
import { mayHoldCommitment } from './commitments/candidates.js';
import { commitments } from './commitments/index.js';
import { mayHoldEvent } from './events/candidates.js';
import { events } from './events/index.js';
import { language } from './language.js';
import { locations } from './locations/index.js';
import { createPipeline, type Pipeline } from './pipeline.js';
import { selectiveSyntax } from './syntax/index.js';
import { times } from './times.js';
import { tokenizer } from './tokenizer.js';

let cached: Pipeline | null = null;

export function defaultPipeline(): Pipeline {
  cached ??= createPipeline([language, tokenizer, actors, times, selectiveSyntax((doc, first, end) => mayHoldEvent(doc, first, end) || mayHoldCommitment(doc, first, end), ['actors']), events, locations, commitments, claims]);
  return cached;
}
