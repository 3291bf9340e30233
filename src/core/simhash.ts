/**
 * Near-duplicate fingerprints: a 64-bit SimHash over 3-word shingles of the lower-cased text. Wire copies and
 * lightly edited articles land within a few bits of each other; the four 16-bit bands let the ledger find
 * candidates with an index (two fingerprints within 3 bits share at least one band exactly).
 *
 *   const a = simhash('Russia and Ukraine agreed to a 30-day truce on Tuesday …');
 *   hammingDistance(a, simhash(sameTextWithOneWordChanged)) // small, e.g. 2
 */

export interface SimHash {
  /** 16 hex digits. */
  hex: string;
  /** The four 16-bit bands, high to low. */
  bands: [number, number, number, number];
}

export const NEAR_DUPLICATE_BITS = 3;
const SHINGLE = 3;

export function simhash(text: string): SimHash {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const weights = new Int32Array(64);
  const n = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const shingle = words.slice(i, i + SHINGLE).join(' ');
    const hi = fnv1a(shingle, 0x811c9dc5);
    const lo = fnv1a(shingle, 0x01000193 ^ 0x5bd1e995);
    for (let b = 0; b < 32; b++) {
      weights[b] += (hi >>> (31 - b)) & 1 ? 1 : -1;
      weights[32 + b] += (lo >>> (31 - b)) & 1 ? 1 : -1;
    }
  }
  const bands: [number, number, number, number] = [0, 0, 0, 0];
  for (let b = 0; b < 64; b++) {
    if (weights[b]! > 0) bands[b >> 4] = bands[b >> 4]! | (1 << (15 - (b & 15)));
  }
  return { hex: bands.map((x) => x.toString(16).padStart(4, '0')).join(''), bands };
}

export function hammingDistance(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < 16; i += 4) {
    let x = parseInt(a.slice(i, i + 4), 16) ^ parseInt(b.slice(i, i + 4), 16);
    while (x) {
      d += x & 1;
      x >>>= 1;
    }
  }
  return d;
}

function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d) >>> 0;
  h ^= h >>> 12;
  return h >>> 0;
}
