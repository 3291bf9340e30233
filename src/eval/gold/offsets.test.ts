import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseText } from '../../core/document.js';
import { normalisedOffsets } from './offsets.js';

test('raw offsets map onto the normalised text the pipeline reads', () => {
  const raw = '  Russia shelled Kharkiv.   \r\nKyiv said  \n\n\n\nMoscow denied it.';
  const norm = normaliseText(raw);
  const at = normalisedOffsets(raw, norm);
  for (const word of ['Russia', 'Kharkiv', 'Kyiv', 'Moscow', 'denied']) {
    const r = raw.indexOf(word);
    assert.equal(norm.slice(at(r), at(r) + word.length), word);
  }
  assert.equal(at(raw.length), norm.length);
});

test('unchanged text maps to itself', () => {
  const at = normalisedOffsets('abc', 'abc');
  assert.equal(at(2), 2);
});

test('offsets after a character NFC composes still land on their words', () => {
  const raw = 'Cafe\u0301 Kyiv. Russia attacked.';
  const norm = normaliseText(raw);
  const at = normalisedOffsets(raw, norm);
  const r = raw.indexOf('Russia');
  assert.equal(norm.slice(at(r), at(r) + 6), 'Russia');
});
