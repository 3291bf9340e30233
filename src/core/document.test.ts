/** Tests for Document creation: normalisation and content-hash ids. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDocument, normaliseText } from './document.js';

const source = { kind: 'text', uri: '-' } as const;

test('the id is the sha256 of the normalised text, so CRLF, BOM and trailing spaces do not change it', () => {
  const a = createDocument({ text: 'Russia attacked.\nKyiv replied.', source });
  const b = createDocument({ text: '\uFEFFRussia attacked.  \r\nKyiv replied.\r\n', source });
  assert.equal(a.id, b.id);
  assert.match(a.id, /^sha256:[0-9a-f]{64}$/);
  assert.notEqual(a.id, createDocument({ text: 'Russia attacked. Kyiv replied!', source }).id);
});

test('normalisation composes Unicode and collapses blank lines', () => {
  assert.equal(normaliseText('Zelenskyy\u0301\n\n\n\nx'), 'Zelensky\u00fd\n\nx'.replace('\u00fd', 'y\u0301').normalize('NFC'));
});

test('a title defaults to the first line and the date provenance to none', () => {
  const d = createDocument({ text: 'Headline here\nBody text.', source });
  assert.equal(d.title, 'Headline here');
  assert.equal(d.published, null);
  assert.equal(d.publishedProvenance, 'none');
});

test('trailing spaces and tabs before a line break are removed, however long the run', () => {
  assert.equal(normaliseText('a \t \nb' + ' '.repeat(100_000) + '\nc'), 'a\nb\nc');
});
