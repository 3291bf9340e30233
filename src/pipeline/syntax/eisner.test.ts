import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bestProjectiveTree } from './eisner.js';
import { isProjectiveTree } from './vote.js';

/** A small deterministic generator (no Math.random in tests). */
function numbers(seed: number): () => number {
  let x = seed;
  return () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

function total(heads: Int32Array, score: Float64Array, rootScore: Float64Array): number {
  const n = heads.length;
  let s = 0;
  heads.forEach((h, d) => { s += h === n ? rootScore[d]! : score[h * n + d]!; });
  return s;
}

/** The best projective one-root tree by trying every assignment of heads. */
function bruteForce(n: number, score: Float64Array, rootScore: Float64Array): number {
  let best = -Infinity;
  const heads = new Int32Array(n);
  const next = (d: number): void => {
    if (d === n) { if (isProjectiveTree(heads)) best = Math.max(best, total(heads, score, rootScore)); return; }
    for (let h = 0; h <= n; h++) if (h !== d) { heads[d] = h; next(d + 1); }
  };
  next(0);
  return best;
}

test('returns a projective tree with one root whose score no other such tree beats (random scores, 1-6 tokens)', () => {
  const rand = numbers(7);
  for (let n = 1; n <= 6; n++) {
    for (let trial = 0; trial < 12; trial++) {
      const score = Float64Array.from({ length: n * n }, () => rand() * 10 - 5);
      const rootScore = Float64Array.from({ length: n }, () => rand() * 10 - 5);
      const heads = bestProjectiveTree(n, score, rootScore);
      assert.ok(isProjectiveTree(heads), `n=${n}: ${[...heads]}`);
      assert.ok(Math.abs(total(heads, score, rootScore) - bruteForce(n, score, rootScore)) < 1e-9, `n=${n} trial ${trial}`);
    }
  }
});

test('one root even when every token scores best as a root', () => {
  const n = 4;
  const heads = bestProjectiveTree(n, new Float64Array(n * n), new Float64Array(n).fill(5));
  assert.equal([...heads].filter((h) => h === n).length, 1);
});
