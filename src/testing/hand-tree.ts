/**
 * Event coding over a dependency tree written by hand, for tests of tree-reading rules independent of any
 * parser: the text goes through tokenizer, actors and times, the tree is given per token as `head:rel`
 * (1-based heads as in CoNLL-U, 0 for the root; `head:rel/UPOS` overrides the tagger's tag), then the events
 * coder runs.
 *
 *   codeWithTree('Russia shelled Kharkiv .', '2:nsubj 0:root 2:obj 2:punct', '2024-05-12').layers.events
 */
import { createDocument } from '../core/document.js';
import type { Dependency, Document, EventRecord } from '../core/types.js';
import { actors } from '../pipeline/actors/index.js';
import { codeEvents } from '../pipeline/events/coder.js';
import { createPipeline, type Pipeline } from '../pipeline/pipeline.js';
import { times } from '../pipeline/times.js';
import { tokenizer } from '../pipeline/tokenizer.js';

let cached: Pipeline | null = null;

/** Parses "2:nsubj 0:root 2:obj" into deps for tokens [from, from + n). */
export function handDeps(spec: string, from = 0): Dependency[] {
  return spec.trim().split(/\s+/).map((item) => {
    const [h, rest] = item.split(/:(.+)/) as [string, string];
    const [rel, upos] = (rest ?? '').split('/');
    const head = Number(h);
    if (!Number.isInteger(head) || !rel) throw new Error(`hand tree: bad item "${item}"`);
    return { head: head === 0 ? -1 : from + head - 1, rel, upos: upos ?? '' };
  });
}

export function codeWithTree(text: string, spec: string, date: string | null = '2024-05-12'): Document & { layers: { events: EventRecord[] } } {
  cached ??= createPipeline([tokenizer, actors, times]);
  const doc = cached.run(createDocument({ text, published: date, source: { kind: 'text', uri: 'hand-tree' } }));
  const tokens = doc.layers.tokens ?? [];
  const deps = handDeps(spec);
  if (deps.length !== tokens.length) {
    throw new Error(`hand tree: ${deps.length} items for ${tokens.length} tokens: ${tokens.map((t, i) => `${i + 1}:${text.slice(t.start, t.end)}`).join(' ')}`);
  }
  doc.layers.deps = deps.map((d, i) => ({ ...d, upos: d.upos || tokens[i]!.pos }));
  doc.layers.events = codeEvents(doc);
  return doc as Document & { layers: { events: EventRecord[] } };
}
