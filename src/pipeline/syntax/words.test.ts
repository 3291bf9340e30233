import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalise } from './words.js';

test('normalise lower-cases, writes digits as 0 and typographic quotes as plain ones', () => {
  assert.equal(normalise('Russia'), 'russia');
  assert.equal(normalise('Kyiv’s'), "kyiv's");
  assert.equal(normalise('24,000'), '00,000');
  assert.equal(normalise('“Z”'), '"z"');
  assert.equal(normalise('‘`'), "''");
});
