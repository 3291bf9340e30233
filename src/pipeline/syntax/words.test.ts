import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { hashString, hashTail } from './hash.js';
import { normalise, shapeHash } from './words.js';

test('normalise lower-cases, writes digits as 0 and typographic quotes as plain ones', () => {
  assert.equal(normalise('Russia'), 'russia');
  assert.equal(normalise('Kyiv’s'), "kyiv's");
  assert.equal(normalise('24,000'), '00,000');
  assert.equal(normalise('“Z”'), '"z"');
  assert.equal(normalise('‘`'), "''");
});

/** The shape as a string: the definition shapeHash hashes. */
function shapeOf(form: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of form) {
    const c = ch >= 'A' && ch <= 'Z' ? 'X' : ch >= 'a' && ch <= 'z' ? 'x' : ch >= '0' && ch <= '9' ? 'd' : ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    if (c === last) { if (++run > 2) continue; } else { run = 1; last = c; }
    out += c;
  }
  return out;
}

test('shapeHash is the hash of the shape string, for any text (surrogate pairs, lone surrogates, cased non-Latin letters)', () => {
  for (const s of ['Kyiv', '24,000', 'U.S.', 'Zelenskyy’s', 'Erdoğan', 'İstanbul', 'ΑΘΗΝΑ', '😀😀😀x', '\ud83d', 'ǅemal', '']) {
    assert.equal(shapeHash(s), hashString(shapeOf(s)), s);
  }
  assert.equal(shapeOf('Kyiv'), 'Xxx');
  fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => shapeHash(s) === hashString(shapeOf(s))), { numRuns: 2000 });
  const utf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)) });
  fc.assert(fc.property(utf16, (s) => shapeHash(s) === hashString(shapeOf(s))), { numRuns: 2000 });
});

test('hashTail is the hash of the last characters', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: 1, max: 5 }), (s, k) => hashTail(s, k) === hashString(s.slice(-k))));
});
