/**
 * Integer hashing for the tagger's and the parser's features: a string hashes once to a 32-bit id (FNV-1a),
 * and a feature is a template number mixed with one to three ids into a row of a typed-array weight table.
 * No string keys and no Map at run time.
 *
 *   const w = hashString('attacked'); const row = mix2(7, w, tagId) & (ROWS - 1);
 */

export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** hashString(s.slice(-k)) without the slice: the last k characters (all of a shorter string). */
export function hashTail(s: string, k: number): number {
  let h = 0x811c9dc5;
  for (let i = Math.max(0, s.length - k); i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Multiply-xorshift mixing: cheap, and spreads the low bits the table masks keep. The 32 bits come back as a
 * signed integer (what the engine keeps unboxed; an unsigned value above 2^31 was a heap number per feature):
 * callers store them in typed arrays or mask them, where the sign does not matter.
 */
export function fold(h: number): number {
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return h ^ (h >>> 15);
}

/** The multipliers of the template number and of the first and second atom (templates.ts mixes the same way). */
export const MIX_T = 0x9e3779b1;
export const MIX_A = 0x85ebca77;
export const MIX_B = 0xc2b2ae3d;

export function mix1(t: number, a: number): number {
  return fold(Math.imul(t, MIX_T) ^ a);
}

export function mix2(t: number, a: number, b: number): number {
  return fold(Math.imul(Math.imul(t, MIX_T) ^ a, MIX_A) ^ b);
}

export function mix3(t: number, a: number, b: number, c: number): number {
  return fold(Math.imul(Math.imul(Math.imul(t, MIX_T) ^ a, MIX_A) ^ b, MIX_B) ^ c);
}
