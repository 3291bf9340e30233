/**
 * Which sentences can hold a commitment, decided before parsing so that a pipeline parses only those it reads
 * (with ../events/candidates.ts for events): a commitment trigger of the lexicon (pledge, ceasefire, demand,
 * threat, ultimatum, agreement, their later turns) anywhere in the sentence. The detector reads the others
 * without a tree and finds nothing there either.
 *
 *   mayHoldCommitment(doc, 0, 9)  // true for "Russia pledged to halt strikes on energy sites ."
 *   mayHoldCommitment(doc, 9, 15) // false for "Prices rose in March ."
 */
import type { Document } from '../../core/types.js';
import { TRIGGERS } from './lexicon.js';

export function mayHoldCommitment(doc: Document, first: number, end: number): boolean {
  const tokens = doc.layers.tokens ?? [];
  if (end <= first) return false;
  const sentence = doc.text.slice(tokens[first]!.start, tokens[end - 1]!.end);
  for (const trigger of TRIGGERS) {
    trigger.pattern.lastIndex = 0;
    if (trigger.pattern.test(sentence)) return true;
  }
  return false;
}
