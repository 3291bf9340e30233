import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wordAttributes } from './words.js';

test('a capitalised given name is flagged; a surname, a lower-case word and a title are not', () => {
  const a = wordAttributes(['Nathan', 'Law', 'met', 'nathan', 'President', 'Ann'], ['PROPN', 'PROPN', 'VERB', 'NOUN', 'PROPN', 'PROPN'], null);
  assert.deepEqual([...a.given], [1, 0, 0, 0, 0, 1]);
});
