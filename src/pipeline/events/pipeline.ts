/**
 * The pipeline `parley code`, the evaluation and the benchmark run: raw text to events, nothing more
 * (language -> tokenizer -> actors -> times -> syntax -> events -> locations; no commitments or claims). The
 * parser reads only the sentences that can hold an event (candidates.ts); `keepUnattributed` parses them all.
 *
 *   const doc = codingPipeline().run(createDocument({ text: 'Russia shelled Kharkiv.', published: '2022-03-01', source }));
 *   doc.layers.events // [{ type: 'ASSAULT', cameo: '194', … }]
 */
import type { Document, EventRecord } from '../../core/types.js';
import { createDocument } from '../../core/document.js';
import { actors } from '../actors/index.js';
import { language } from '../language.js';
import { locations } from '../locations/index.js';
import { createPipeline, type Pipeline } from '../pipeline.js';
import { selectiveSyntax, syntax } from '../syntax/index.js';
import { times } from '../times.js';
import { tokenizer } from '../tokenizer.js';
import { mayHoldEvent } from './candidates.js';
import { type CoderOptions, codeEvents } from './coder.js';
import { events } from './index.js';

let cached: Pipeline | null = null;
let everySentence: Pipeline | null = null;

export function codingPipeline(): Pipeline {
  cached ??= createPipeline([language, tokenizer, actors, times, selectiveSyntax(mayHoldEvent, ['actors']), events, locations]);
  return cached;
}

/** The coding pipeline parsing every sentence (for events without a party, kept only on request). */
function codingPipelineParsingAll(): Pipeline {
  everySentence ??= createPipeline([language, tokenizer, actors, times, syntax, events, locations]);
  return everySentence;
}

/**
 * Codes one text; `date` (YYYY-MM-DD) anchors relative dates and is the events' default date. With
 * `keepUnattributed`, events whose actors are unknown are kept (for trigger classification only).
 */
export function codeText(text: string, date: string | null = null, uri = '-', options: CoderOptions = {}): Document & { layers: { events: EventRecord[] } } {
  const pipeline = options.keepUnattributed ? codingPipelineParsingAll() : codingPipeline();
  const doc = pipeline.run(createDocument({ text, published: date, source: { kind: 'text', uri } }));
  if (options.keepUnattributed && doc.layers.events) doc.layers.events = codeEvents(doc, options);
  doc.layers.events ??= [];
  return doc as Document & { layers: { events: EventRecord[] } };
}
