/**
 * Given names (data/first-names.json: first words of office holders' and leaders' names in Wikidata, CC0; built
 * by build/first-names.mjs) as a set of word hashes (signed, as in `WordAttributes.word`), read once. A capitalised token whose lower-cased form is
 * in it is flagged for the tagger's and parser's features: "Nathan Law" is a name headed by "Nathan".
 *
 *   givenNames().has(hashString('nathan') | 0) // true
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../../core/paths.js';
import { hashString } from './hash.js';

let names: Set<number> | null = null;

export function givenNames(): Set<number> {
  names ??= new Set((JSON.parse(readFileSync(packagePath('src', 'pipeline', 'syntax', 'data', 'first-names.json'), 'utf8')) as { names: string[] }).names.map((w) => hashString(w) | 0));
  return names;
}
