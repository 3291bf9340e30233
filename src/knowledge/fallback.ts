/**
 * Last resorts of `kb.resolve()` for a proper name nothing else matched (phrases only, never running text):
 *   - a transliteration or spelling variant of a known organisation's name ("Ahlu Sunnah Wa-Jama" for
 *     "Ahlu Sunna Wal Jama'a"): letters only, doubled letters collapsed, within a small edit distance;
 *   - a place inside the name ("Aboriginal Medical Services Alliance Northern Territory" -> AUS): the country of
 *     the first country, region, city or gazetteer town the name contains.
 *
 *   looseKey("Ahlu Sunna Wal Jama'a")      // 'ahlusunawaljama'
 *   editDistanceWithin('kitten', 'sitting', 3) // true
 */
import type { Hit } from './lookup.js';
import type { Gazetteer } from './places.js';
import type { PhraseTrie } from './trie.js';
import { keyOf, type Word } from './text.js';

/** Letters only, lower-case, without diacritics, doubled letters collapsed: "Jama'a" and "Jamaa" -> "jama". */
export function looseKey(name: string): string {
  return keyOf(name).replace(/[^a-z]/g, '').replace(/(.)\1+/g, '$1');
}

/** Whether the Levenshtein distance of a and b is at most `max` (banded, stops early). */
export function editDistanceWithin(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return false;
    prev = cur;
  }
  return prev[b.length]! <= max;
}

/** A proper name: at least two words, every word of four letters or more capitalised. */
export function isProperName(ws: readonly Word[]): boolean {
  const letters = ws.filter((w) => /^\p{L}/u.test(w.text));
  return letters.length >= 2 && letters.every((w) => w.upper || w.key.length < 4);
}

export type OrgHit = Extract<Hit, { t: 'org' }>;

/** Organisation names of at least 12 loose letters, for the variant search. */
export function looseOrgIndex(names: Iterable<[string, OrgHit]>): Array<{ key: string; hit: OrgHit }> {
  const out: Array<{ key: string; hit: OrgHit }> = [];
  for (const [name, hit] of names) {
    const key = looseKey(name);
    if (key.length >= 12) out.push({ key, hit });
  }
  return out;
}

/** The organisation whose name the phrase spells differently (edit distance up to 1 per 7 letters), if exactly one. */
export function orgByVariant(index: ReadonlyArray<{ key: string; hit: OrgHit }>, phrase: string): OrgHit | undefined {
  const key = looseKey(phrase);
  if (key.length < 12) return undefined;
  const max = Math.floor(key.length / 7);
  const found = new Set<OrgHit>();
  let best: OrgHit | undefined;
  for (const e of index) if (editDistanceWithin(key, e.key, max)) { found.add(e.hit); best = e.hit; }
  // several organisations spelled alike: no guess
  return found.size === 1 || new Set([...found].map((h) => h.name)).size === 1 ? best : undefined;
}

/** The country of the first country, region, city or town inside a proper name. */
export function countryInside(trie: PhraseTrie<Hit>, places: Gazetteer, ws: readonly Word[]): string | undefined {
  for (let i = 0; i < ws.length; i++) {
    const h = trie.longest(ws, i);
    const c = h?.values.find((v): v is Extract<Hit, { t: 'country' }> => v.t === 'country' && v.form !== 'seat');
    if (c) return c.code;
    if (h) { i = h.end - 1; continue; }
    const p = places.at(ws, i);
    if (p && !p.namesake) return p.code;
  }
  return undefined;
}
