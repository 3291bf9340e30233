/**
 * The pipeline `parley code`, the evaluation and the benchmark run: raw text to events, nothing more
 * (tokenizer -> syntax -> actors -> times -> events; no commitments or claims).
 *
 *   const doc = codingPipeline().run(createDocument({ text: 'Russia shelled Kharkiv.', published: '2022-03-01', source }));
 *   doc.layers.events // [{ type: 'ASSAULT', cameo: '194', … }]
 */
import type { Document, EventRecord } from '../../core/types.js';
import { createDocument } from '../../core/document.js';
import { actors } from '../actors/index.js';
import { createPipeline, type Pipeline } from '../pipeline.js';
import { syntax } from '../syntax/index.js';
import { times } from '../times.js';
import { tokenizer } from '../tokenizer.js';
import { type CoderOptions, codeEvents } from './coder.js';
import { events } from './index.js';

let cached: Pipeline | null = null;

export function codingPipeline(): Pipeline {
  cached ??= createPipeline([tokenizer, syntax, actors, times, events]);
  return cached;
}

/**
 * Codes one text; `date` (YYYY-MM-DD) anchors relative dates and is the events' default date. With
 * `keepUnattributed`, events whose actors are unknown are kept (for trigger classification only).
 */
export function codeText(text: string, date: string | null = null, uri = '-', options: CoderOptions = {}): Document & { layers: { events: EventRecord[] } } {
  const doc = codingPipeline().run(createDocument({ text, published: date, source: { kind: 'text', uri } }));
  if (options.keepUnattributed && doc.layers.events) doc.layers.events = codeEvents(doc, options);
  doc.layers.events ??= [];
  return doc as Document & { layers: { events: EventRecord[] } };
}
