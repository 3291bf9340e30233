/**
 * Test support: a tiny actor gazetteer standing in for the `actors` component, so the commitment and claim
 * tests exercise their own rules whatever the actor resolver does. Also a helper that runs tokenizer + times.
 *
 *   const doc = prepared('Putin pledged to halt strikes.', '2025-03-19'); doc.layers.actors // [{ code: 'RUS', … }]
 */
import { createDocument } from '../../core/document.js';
import type { ActorMention, Document } from '../../core/types.js';
import { sentenceAt, times } from '../../pipeline/times.js';
import { tokenizer } from '../../pipeline/tokenizer.js';

const NAMES: [RegExp, Omit<ActorMention, 'start' | 'end' | 'sentence'>][] = [
  [/\b(?:(?:Russian )?President )?Vladimir Putin\b|\bPutin\b/g, { code: 'RUS', sector: 'GOV', kind: 'person', name: 'Vladimir Putin' }],
  [/\b[Tt]he Kremlin\b|\bMoscow\b/g, { code: 'RUS', sector: 'GOV', kind: 'place' }],
  [/\bRussia\b/g, { code: 'RUS', kind: 'country' }],
  [/\b(?:Donald )?Trump\b|\bWashington\b|\b[Tt]he White House\b/g, { code: 'USA', sector: 'GOV', kind: 'person', name: 'Donald Trump' }],
  [/\b[Tt]he United States\b/g, { code: 'USA', kind: 'country' }],
  [/\bKyiv\b|\b(?:Volodymyr )?Zelensky\b/g, { code: 'UKR', sector: 'GOV', kind: 'place' }],
  [/\bUkraine\b/g, { code: 'UKR', kind: 'country' }],
  [/\bTurkey\b|\bAnkara\b/g, { code: 'TUR', kind: 'country' }],
  [/\b[Tt]he United Nations\b|\b[Tt]he UN\b/g, { code: 'UNO', kind: 'organisation' }],
  [/\bIsrael\b/g, { code: 'ISR', kind: 'country' }],
  [/\bHamas\b/g, { code: 'PSE', sector: 'REB', kind: 'group', name: 'Hamas' }],
  [/\bQatar\b|\bDoha\b/g, { code: 'QAT', kind: 'country' }],
  [/\bEgypt\b/g, { code: 'EGY', kind: 'country' }],
];

export function gazetteerActors(doc: Document): ActorMention[] {
  const out: ActorMention[] = [];
  for (const [re, actor] of NAMES) {
    for (const m of doc.text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (out.some((a) => a.start < end && start < a.end)) continue;
      out.push({ ...actor, start, end, text: m[0], sentence: sentenceAt(doc.layers.sentences ?? [], start) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** tokenizer + times + gazetteer actors, no events. */
export function prepared(text: string, published: string | null): Document {
  const doc = createDocument({ text, published, source: { kind: 'text', uri: 'test' } });
  tokenizer.run(doc);
  times.run(doc);
  doc.layers.actors = gazetteerActors(doc);
  doc.layers.events = [];
  return doc;
}
