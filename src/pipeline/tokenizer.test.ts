/** Tests for the `tokenizer` component: offsets point into the text, sentences hold their tokens. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDocument } from '../core/document.js';
import { blankLongWords, MAX_SENTENCE_CHARS, MAX_SENTENCE_TOKENS, MAX_WORD_CHARS, SENTENCE_SPLIT_CODE, testing, tokenize, tokenizer, WORD_SKIPPED_CODE } from './tokenizer.js';

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

test('the raw-document reader and wink\'s public output API give the same tokens', async () => {
  const { wink } = await import('./nlp.js');
  const text = 'Zelensky didn’t sign it. “We won’t retreat,” the U.S.-backed forces said on Jan. 3rd — e-mails show 1,200 km of lines.';
  const wdoc = wink().nlp.readDoc(text);
  const raw = testing.rawDocument(wdoc);
  assert.ok(raw, 'wink still hands its raw document to add-ons');
  const viaRaw = tokenize(text).tokens;
  const viaPublic = testing.readPublic(text, wdoc).tokens;
  assert.deepEqual(viaRaw.map((t) => ({ ...t, sentence: 0 })), viaPublic);
  assert.deepEqual(tokenize(text).tokens, viaRaw, 'lemma and norm caches give the same answer the second time');
});

test('a sentence over the token limit is split at clause boundaries and noted on the document', () => {
  const clause = 'the convoy moved north past the river and the villages near the border';
  const text = Array.from({ length: 60 }, () => clause).join(', ') + '.';
  const doc = createDocument({ text, source: { kind: 'text', uri: 'long' } });
  tokenizer.run(doc);
  const tokens = doc.layers.tokens!;
  const sentences = doc.layers.sentences!;
  assert.ok(tokens.length > MAX_SENTENCE_TOKENS * 2);
  assert.ok(sentences.length >= 3);
  for (let s = 0; s < sentences.length; s++) {
    const own = tokens.filter((t) => t.sentence === s);
    assert.ok(own.length > 0 && own.length <= MAX_SENTENCE_TOKENS, `sentence ${s} has ${own.length} tokens`);
    if (s < sentences.length - 1) assert.equal(own.at(-1)!.norm, ',', 'pieces end at a comma');
    assert.ok(own.every((t) => t.start >= sentences[s]!.start && t.end <= sentences[s]!.end));
  }
  assert.equal(doc.errors.length, 1);
  assert.equal(doc.errors[0]!.code, SENTENCE_SPLIT_CODE);
});

test('without any boundary an overlong sentence is cut at the limit; a character limit holds too', () => {
  const words = Array.from({ length: 900 }, (_, i) => `w${i}`).join(' ');
  const { sentences, tokens, split } = tokenize(words);
  assert.equal(split.count, 1);
  assert.deepEqual(sentences.map((_, s) => tokens.filter((t) => t.sentence === s).length), [400, 400, 100]);
  const long = Array.from({ length: 300 }, () => 'x'.repeat(40)).join(' ');
  const byChars = tokenize(long);
  assert.ok(byChars.sentences.every((s) => s.end - s.start <= MAX_SENTENCE_CHARS));
  assert.ok(byChars.sentences.length >= 3);
});

test('a run without white space over the word limit gives no tokens and a note; offsets stay right', () => {
  const blob = 'Q'.repeat(MAX_WORD_CHARS + 1);
  const text = `Russia shelled Kharkiv. ${blob} Kyiv replied on Monday.`;
  const doc = createDocument({ text, source: { kind: 'text', uri: 'blob' } });
  tokenizer.run(doc);
  const tokens = doc.layers.tokens!;
  assert.ok(tokens.every((t) => !doc.text.slice(t.start, t.end).includes('Q')));
  assert.equal(doc.text.slice(tokens.at(-2)!.start, tokens.at(-2)!.end), 'Monday');
  assert.deepEqual(doc.errors.map((e) => e.code), [WORD_SKIPPED_CODE]);
  assert.equal(blankLongWords('a ' + 'b'.repeat(MAX_WORD_CHARS) + ' c').skipped.count, 0, 'a run at the limit is kept');
});
