/**
 * Per-token integer attributes the tagger and the parser read: the hashed lower-cased form (digits as 0), its
 * suffixes, prefix and shape, wink's UPOS tag, and the word's distributional cluster (a bit string learned
 * from unlabelled news, see clusters.ts). Computed once per sentence into typed arrays.
 *
 *   const a = wordAttributes(['Russia', 'attacked', 'Kyiv'], ['PROPN', 'VERB', 'PROPN'], clusters);
 *   a.word[1] === hashString('attacked')
 */
import { hashString, hashTail } from './hash.js';
import { givenNames } from './names.js';

export const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'] as const;
export const TAG_X = UPOS.indexOf('X');
/** Tag ids beyond the UPOS set: no token at that position, and the artificial root. */
export const TAG_NONE = UPOS.length;
export const TAG_ROOT = UPOS.length + 1;
const TAG_ID = new Map<string, number>(UPOS.map((t, i) => [t, i]));

export function tagId(tag: string): number {
  return TAG_ID.get(tag) ?? TAG_X;
}

/** Word -> cluster bit string, as hashed lookup (see clusters.ts). */
export interface ClusterLookup { get(wordHash: number): number }

export interface WordAttributes {
  n: number;
  word: Int32Array;
  suffix3: Int32Array;
  suffix2: Int32Array;
  prefix1: Int32Array;
  shape: Int32Array;
  wink: Int32Array;
  /** Cluster bit strings with a leading 1 (so prefixes of different lengths differ): 0 when unknown. */
  cluster: Int32Array;
  /** 1 for a capitalised given name ("Nathan"; names.ts), else 0. */
  given: Int32Array;
}

const SPECIAL = /[0-9’‘`“”]/;

export function normalise(form: string): string {
  const lower = form.toLowerCase();
  // most words hold no digit or quote: one test instead of three replacements
  return SPECIAL.test(lower) ? lower.replace(/[0-9]/g, '0').replace(/[’‘`]/g, "'").replace(/[“”]/g, '"') : lower;
}

/**
 * The hash (hashString) of a word's shape: per character X (upper case), x (lower case), d (digit) or the
 * character itself, runs cut to two ("Kyiv" Xxx, "24,000" dd,dd; by code point). Hashed as it is read, without
 * building the string (words.test.ts holds the string definition it is tested against).
 */
export function shapeHash(form: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  let run = 0;
  for (let i = 0; i < form.length; i++) {
    const u = form.charCodeAt(i);
    let c: number;
    if (u >= 65 && u <= 90) c = 88; // X
    else if (u >= 97 && u <= 122) c = 120; // x
    else if (u >= 48 && u <= 57) c = 100; // d
    else if (u < 128) c = u;
    else {
      const ch = String.fromCodePoint(form.codePointAt(i)!);
      i += ch.length - 1;
      c = ch.toLowerCase() !== ch ? 88 : ch.toUpperCase() !== ch ? 120 : ch.codePointAt(0)!;
    }
    if (c === last) { if (++run > 2) continue; } else { run = 1; last = c; }
    if (c > 0xffff) {
      h = Math.imul(h ^ (0xd800 + ((c - 0x10000) >> 10)), 0x01000193);
      h = Math.imul(h ^ (0xdc00 + ((c - 0x10000) & 0x3ff)), 0x01000193);
    } else {
      h = Math.imul(h ^ c, 0x01000193);
    }
  }
  return h >>> 0;
}

export function wordAttributes(forms: readonly string[], winkTags: readonly string[], clusters: ClusterLookup | null): WordAttributes {
  const n = forms.length;
  // one buffer for the eight arrays (a typed array of this size is a separate allocation outside the heap)
  const buf = new Int32Array(8 * n);
  const part = (k: number) => buf.subarray(k * n, (k + 1) * n);
  const a: WordAttributes = {
    n, word: part(0), suffix3: part(1), suffix2: part(2), prefix1: part(3), shape: part(4), wink: part(5), cluster: part(6), given: part(7),
  };
  const given = givenNames();
  for (let i = 0; i < n; i++) {
    const f = forms[i]!;
    const norm = normalise(f);
    a.word[i] = hashString(norm);
    a.suffix3[i] = hashTail(norm, 3);
    a.suffix2[i] = hashTail(norm, 2);
    a.prefix1[i] = f.charCodeAt(0) | 0;
    a.shape[i] = shapeHash(f);
    a.wink[i] = tagId(winkTags[i] ?? 'X');
    a.cluster[i] = clusters ? clusters.get(a.word[i]!) : 0;
    const c0 = f.charCodeAt(0);
    a.given[i] = c0 >= 65 && c0 <= 90 && given.has(a.word[i]!) ? 1 : 0;
  }
  return a;
}

/** The first `bits` bits of a cluster bit string with its leading 1 (the whole string when shorter). */
export function clusterPrefix(c: number, bits: number): number {
  if (c === 0) return 0;
  const len = 31 - Math.clz32(c);
  return len <= bits ? c : c >>> (len - bits);
}

/** The same attributes read right to left (what a model trained on reversed sentences parses). */
export function reversedAttributes(a: WordAttributes): WordAttributes {
  const r = (x: Int32Array) => x.slice().reverse();
  return {
    n: a.n, word: r(a.word), suffix3: r(a.suffix3), suffix2: r(a.suffix2), prefix1: r(a.prefix1),
    shape: r(a.shape), wink: r(a.wink), cluster: r(a.cluster), given: r(a.given),
  };
}
