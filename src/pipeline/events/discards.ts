/**
 * PETRARCH's discard list (./data/discards.json, from Phoenix.discards.txt, MIT): phrases that mark a sentence, or
 * a whole story, as no political news (sports, entertainment, historical chronologies). Matching is case-blind; a
 * phrase must start at a word boundary, and one written with a final "_" must also end at one (others match as stems).
 *
 *   discardPhrase('He won the World Cup final on Sunday') // { phrase: 'world cup', story: false }
 *   discardPhrase('Troops shelled the town')              // null
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../../core/paths.js';

interface DiscardFile { sentence: string[]; story: string[] }

let compiled: Array<{ phrase: string; re: RegExp; story: boolean }> | null = null;

function load(): NonNullable<typeof compiled> {
  if (compiled) return compiled;
  const file = JSON.parse(readFileSync(packagePath('src', 'pipeline', 'events', 'data', 'discards.json'), 'utf8')) as DiscardFile;
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const one = (p: string, story: boolean) => {
    const whole = p.endsWith('_');
    const phrase = p.replace(/_+$/, '').replace(/_/g, ' ');
    return { phrase, story, re: new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase).replace(/ /g, '\\s+')}${whole ? '(?![\\p{L}\\p{N}])' : ''}`, 'iu') };
  };
  compiled = [...file.story.map((p) => one(p, true)), ...file.sentence.map((p) => one(p, false))];
  return compiled;
}

/** The first discard phrase in a text (story-level ones first), or null. */
export function discardPhrase(text: string): { phrase: string; story: boolean } | null {
  for (const d of load()) if (d.re.test(text)) return { phrase: d.phrase, story: d.story };
  return null;
}
