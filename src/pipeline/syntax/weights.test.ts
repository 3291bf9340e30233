import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Table } from './weights.js';

/** The plain definition: out[c] = sum over the features of w[row(f)][c]. */
function reference(t: Table, feats: Uint32Array, n: number, cols: number[]): number[] {
  return cols.map((c) => {
    let s = 0;
    for (let f = 0; f < n; f++) s += t.w[(feats[f]! & (t.rows - 1)) * t.cols + c]!;
    return s;
  });
}

test('the run-time table scores every column, and chosen columns, as the row-by-row sum does', () => {
  for (const cols of [3, 17, 40]) {
    const rows = 64;
    const w = Int8Array.from({ length: rows * cols }, (_, i) => ((i * 2654435761) >>> 24) - 128);
    const t = new Table(rows, cols, w, 1);
    fc.assert(fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 300 }), fc.uniqueArray(fc.nat({ max: cols - 1 }), { minLength: 1 }), (hashes, some) => {
      const feats = Uint32Array.from(hashes);
      const out = new Float64Array(cols).fill(NaN);
      t.score(feats, feats.length, out);
      assert.deepEqual([...out], reference(t, feats, feats.length, [...Array(cols).keys()]));
      const part = new Float64Array(cols).fill(NaN);
      t.scoreSome(feats, feats.length, Int32Array.from(some), part);
      assert.deepEqual(some.map((c) => part[c]), reference(t, feats, feats.length, some));
    }), { numRuns: 50 });
  }
});
