import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { MAX_PACKED_FEATURES, packRows, scorePacked } from './packed.js';

function reference(w: Int8Array, rows: number, cols: number, feats: Uint32Array): number[] {
  return Array.from({ length: cols }, (_, c) => feats.reduce((s, f) => s + w[(f & (rows - 1)) * cols + c]!, 0));
}

test('packed rows score every column as the byte table sums it, for any weights and up to 256 features', () => {
  for (const cols of [1, 3, 4, 5, 17, 40]) {
    const rows = 16;
    fc.assert(fc.property(fc.array(fc.integer({ min: -128, max: 127 }), { minLength: rows * cols, maxLength: rows * cols }),
      fc.array(fc.nat(), { minLength: 1, maxLength: MAX_PACKED_FEATURES }), (weights, hashes) => {
        const w = Int8Array.from(weights);
        const feats = Uint32Array.from(hashes);
        const out = new Float64Array(cols).fill(NaN);
        scorePacked(packRows(w, rows, cols), feats, feats.length, out);
        assert.deepEqual([...out], reference(w, rows, cols, feats));
      }), { numRuns: 40 });
  }
});

test('the lanes do not overflow into each other at the extremes (256 features of +127 and of -128)', () => {
  for (const v of [127, -128]) {
    const w = new Int8Array(2 * 5).fill(v);
    const out = new Float64Array(5);
    scorePacked(packRows(w, 2, 5), new Uint32Array(MAX_PACKED_FEATURES), MAX_PACKED_FEATURES, out);
    assert.deepEqual([...out], new Array(5).fill(v * MAX_PACKED_FEATURES));
  }
});
