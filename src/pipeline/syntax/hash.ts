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

function round(h: number, v: number): number {
  h ^= Math.imul(v | 0, 0xcc9e2d51);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function mix1(t: number, a: number): number {
  return finish(round(round(0x9747b28c, t), a));
}

export function mix2(t: number, a: number, b: number): number {
  return finish(round(round(round(0x9747b28c, t), a), b));
}

export function mix3(t: number, a: number, b: number, c: number): number {
  return finish(round(round(round(round(0x9747b28c, t), a), b), c));
}
