import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { mix1, mix2, mix3 } from './hash.js';
import { FeatureTemplates } from './templates.js';

test('templates hash their atoms exactly as mix1, mix2 and mix3 do (the model was trained on those hashes)', () => {
  const T = new FeatureTemplates([[7, 0], [20, 1, 2], [41, 2, 0, 1], [0, 1]]);
  const feats = new Uint32Array(4);
  fc.assert(fc.property(fc.integer(), fc.integer(), fc.integer(), (a, b, c) => {
    const atoms = Int32Array.of(a, b, c);
    assert.equal(T.fill(atoms, feats), 4);
    assert.deepEqual([...feats], [mix1(7, a), mix2(20, b, c), mix3(41, c, a, b), mix1(0, b)].map((h) => h >>> 0));
  }));
});
