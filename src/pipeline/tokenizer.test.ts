/** Tests for the `tokenizer` component: offsets point into the text, sentences hold their tokens. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from './tokenizer.js';

test('token offsets slice back to the token text, even after curly quotes and dashes', () => {
  const text = 'Putin’s pledge — “a pause” — did not last. Kyiv was struck by Russian missiles on Tuesday.';
  const { tokens } = tokenize(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end).toLowerCase(), t.norm, `token at ${t.start}`);
});

test('sentences cover their tokens and are in order', () => {
  const text = 'Russia attacked Ukraine. The United States imposed sanctions on Russia. Talks failed.';
  const { sentences, tokens } = tokenize(text);
  assert.equal(sentences.length, 3);
  for (const t of tokens) {
    const s = sentences[t.sentence]!;
    assert.ok(t.start >= s.start && t.end <= s.end);
  }
  assert.equal(text.slice(sentences[1]!.start, sentences[1]!.end), 'The United States imposed sanctions on Russia.');
});

test('tokens carry POS, lemmas and negation', () => {
  const { tokens } = tokenize('Russian forces did not attack the city.');
  const attack = tokens.find((t) => t.norm === 'attack')!;
  assert.equal(attack.pos, 'VERB');
  assert.equal(attack.negated, true);
  assert.equal(tokens.find((t) => t.norm === 'forces')!.lemma, 'force');
});
