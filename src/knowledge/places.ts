/**
 * The gazetteer: populated places of at least 15,000 inhabitants -> ISO3 country (data/places.json, derived
 * from GeoNames by build/build-places.mjs). Consulted only where no lexicon phrase matches, and in running
 * text only in a locative context, so a town whose name is also a surname or a word is not read as a place
 * where the text means something else.
 *
 *   const g = new Gazetteer(readPlaceFile(), (key) => surnames.has(key));
 *   g.at(words('shelling in Puerto Peñasco'), 2)              // { end: 4, code: 'MEX', big: false, namesake: false, index: 14210 }
 *   placeContext(words('shelling in Puerto Peñasco'), 2, 4)   // true ("in" before it)
 *   g.bySkeleton(words('near Kafr Nabl'), 1, 3)                // Kafranbel: the same consonants, another transliteration
 */
import type { PlaceFile } from './load.js';
import { lowerBound } from './sorted.js';
import type { Word } from './text.js';

export interface PlaceHit {
  end: number;
  code: string;
  big: boolean;
  /** A small town of a country whose town names often copy European ones: needs a region after a comma. */
  namesake: boolean;
  /** Position of the name in the file, for its coordinates and region (geo.ts). */
  index: number;
}

/** Words before a place that make it a location: "in X", "near X", "from X", "outside X". */
const BEFORE = new Set(['in', 'into', 'near', 'at', 'across', 'throughout', 'inside', 'outside', 'around', 'within', 'toward', 'towards', 'via', 'through', 'from', 'to', 'nearby', 'outskirts', 'suburbs', 'suburb']);
/** Nouns that name a settlement or area: "the town of X", "X province", "the X region". */
const PLACE_NOUNS = new Set(['town', 'towns', 'city', 'cities', 'village', 'villages', 'port', 'province', 'region', 'district', 'municipality', 'county', 'state', 'capital', 'outskirts', 'suburbs', 'suburb', 'area', 'settlement', 'oblast', 'governorate', 'prefecture', 'department', 'commune', 'neighbourhood', 'neighborhood', 'airport', 'border', 'crossing', 'hub', 'resort', 'mayor']);

/**
 * Countries settled from Britain and Europe whose towns often share a name with a European city known by its
 * English exonym ("Geneva", "Hanover"): their smaller towns count only when a region follows ("Hernando, Florida").
 */
const NAMESAKE_COUNTRIES = new Set(['USA', 'CAN', 'AUS', 'NZL', 'ZAF']);

/** Local bodies named after their town: "Lyon police", "Mendoza authorities" (not "Puma drones"). */
const LOCAL_BODIES = new Set(['police', 'authorities', 'officials', 'council', 'councillors', 'governor', 'administration', 'court', 'prosecutor', 'prosecutors', 'residents', 'protesters', 'demonstrators', 'garrison', 'municipality', 'hospital', 'university', 'police station']);

/** Whether a local body of the town follows it ("Lyon police"). */
export function localBodyAfter(ws: readonly Word[], end: number): boolean {
  const w = ws[end];
  return w !== undefined && LOCAL_BODIES.has(w.key);
}

export class Gazetteer {
  /** Sorted by UTF-16 code units (the build sorts them so), searched by bisection: no map to build at load time. */
  private readonly names: string[];
  private readonly codes: string;
  private readonly particles: Set<string>;
  private readonly skip: (key: string) => boolean;
  readonly size: number;

  /** `skip`: single-word names to leave out (frequent surnames). */
  constructor(file: PlaceFile, skip: (key: string) => boolean = () => false) {
    this.names = file.names.split('|');
    this.codes = file.codes;
    this.particles = new Set(file.particles);
    this.skip = skip;
    this.size = this.names.length;
  }

  /** The longest place name starting at ws[i], capitalised as a name is (particles such as "de" may be lower-case). */
  at(ws: readonly Word[], i: number, limit = ws.length): PlaceHit | null {
    const w = ws[i];
    if (!w || !w.upper || w.key.length < 3) return null;
    let best: PlaceHit | null = null;
    let key = w.key;
    let lo = 0;
    for (let j = i; j < limit; j++) {
      if (j > i) {
        const x = ws[j]!;
        if (!x.upper && !this.particles.has(x.key)) break;
        key += ' ' + x.key;
      }
      const k = lowerBound(this.names, key, lo);
      const exact = this.names[k] === key;
      // a name cannot end on a lower-case particle; a single word that is a frequent surname is skipped
      if (exact && ws[j]!.upper && (j > i || !this.skip(key))) {
        const code = this.codes.slice(3 * k, 3 * k + 3);
        const big = code.charCodeAt(0) < 97;
        const upper = big ? code : code.toUpperCase();
        best = { end: j + 1, code: upper, big, namesake: !big && NAMESAKE_COUNTRIES.has(upper), index: k };
      }
      // names that go on after these words sort right after them (" " sorts before every letter, "-" and "'")
      const next = this.names[exact ? k + 1 : k];
      if (next === undefined || next.length <= key.length || next.charCodeAt(key.length) !== 32 || !next.startsWith(key)) break;
      lo = k;
    }
    return best;
  }

  /**
   * A town written in another transliteration ("Kafr Nabl" for Kafranbel, "Maarat" for Ma'arrat): the words
   * ws[i..end) have the consonants of exactly one gazetteer name, in order, and at least MIN_SKELETON of them.
   * For the caller's locative contexts only, after every exact name failed.
   */
  bySkeleton(ws: readonly Word[], i: number, end: number): PlaceHit | null {
    if (end <= i || ws.slice(i, end).some((w) => !w.upper)) return null;
    const written = ws.slice(i, end).map((w) => w.key).join(' ');
    const key = skeleton(written);
    if (key.length < MIN_SKELETON) return null;
    this.skeletons ??= this.skeletonIndex();
    const k = this.skeletons.get(key);
    if (k === undefined || k < 0) return null;
    // a name as written is the exact lookup's business (with its guards); the spellings must be close, begin
    // alike, and neither may be the other plus an ending ("Central" is not Centralia)
    const name = this.names[k]!;
    const a = written.replace(/[^a-z]/g, '');
    const b = name.replace(/[^a-z]/g, '');
    if (this.names[lowerBound(this.names, written, 0)] === written || a[0] !== b[0] || a.startsWith(b) || b.startsWith(a)) return null;
    if (editDistance(a, b) > Math.max(a.length, b.length) / 3) return null;
    const code = this.codes.slice(3 * k, 3 * k + 3);
    const big = code.charCodeAt(0) < 97;
    const upper = big ? code : code.toUpperCase();
    return { end, code: upper, big, namesake: !big && NAMESAKE_COUNTRIES.has(upper), index: k };
  }

  private skeletons: Map<string, number> | null = null;

  /** skeleton -> name index, or -1 when several names share it. */
  private skeletonIndex(): Map<string, number> {
    const index = new Map<string, number>();
    this.names.forEach((name, k) => {
      const key = skeleton(name);
      if (key.length < MIN_SKELETON) return;
      index.set(key, index.has(key) && index.get(key) !== k ? -1 : k);
    });
    return index;
  }

}

/** Fewer consonants than this match too many names. */
const MIN_SKELETON = 5;

/** Levenshtein distance of two short strings. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** The consonants of a folded name, doubled ones once ("kafr nabl", "kafranbel" -> "kfrnbl"; "dj" -> "j", "q" -> "k"). */
export function skeleton(key: string): string {
  return key.replace(/[^a-z]/g, '').replace(/dj/g, 'j').replace(/q/g, 'k').replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}

/**
 * Whether the words around ws[start..end) make it a location: a locative word before it ("in", "near",
 * "from", "the outskirts of", "the town of"), a place noun after it ("X province", "X's mayor"), or a
 * country or region after a comma ("Mongbwalu, Ituri" is checked by the caller with the trie).
 */
export function placeContext(ws: readonly Word[], start: number, end: number): boolean {
  let p = start - 1;
  if (ws[p]?.key === 'the') p--;
  const before = ws[p]?.key;
  if (before !== undefined && BEFORE.has(before) && !(before === 'to' && ws[p - 1]?.key === 'according')) return true;
  if (before === 'of') {
    let q = p - 1;
    while (q >= 0 && !PLACE_NOUNS.has(ws[q]!.key) && p - q < 3) q--;
    if (q >= 0 && PLACE_NOUNS.has(ws[q]!.key)) return true;
  }
  let a = end;
  if (ws[a]?.key === "'s") a++;
  const after = ws[a]?.key;
  return after !== undefined && PLACE_NOUNS.has(after);
}
