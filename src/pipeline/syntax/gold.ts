/**
 * Runs the pipeline's tokenizer (wink) over a treebank sentence's text and gives each gold token the wink UPOS
 * tag of the wink token covering its first character, so the tagger is trained and measured on the tags the
 * pipeline really has.
 *
 *   winkTagsFor(readConllu(text)[0]) // ['ADP', 'DET', 'PROPN', …], one per gold token
 */
import { tokenize } from '../tokenizer.js';
import type { GoldSentence } from './conllu.js';

export function winkTagsFor(s: GoldSentence): string[] {
  const { tokens } = tokenize(s.text);
  const out: string[] = [];
  let j = 0;
  for (const w of s.words) {
    while (j + 1 < tokens.length && tokens[j]!.end <= w.start) j++;
    out.push(tokens[j] && tokens[j]!.start <= w.start && tokens[j]!.end > w.start ? tokens[j]!.pos : 'X');
  }
  return out;
}
