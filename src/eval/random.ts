/**
 * A small deterministic random generator (mulberry32) for the evaluation suites, so their samples are the same on
 * every run.
 *
 *   const random = seeded(42); random() // 0.6011…, always
 */
export function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
