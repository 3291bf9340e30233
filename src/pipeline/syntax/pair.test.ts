import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagWords } from './annotate.js';
import { parserTokens } from './features.js';
import { syntaxModel } from './model.js';
import { arcWeight, parseBackward, parsePair } from './pair.js';
import { parseSentence } from './parse.js';
import { isProjectiveTree } from './vote.js';

const forms = ['The', 'minister', 'who', 'met', 'Blinken', 'on', 'Monday', 'said', 'talks', 'would', 'resume', '.'];
const wink = ['DET', 'NOUN', 'PRON', 'VERB', 'PROPN', 'ADP', 'PROPN', 'VERB', 'NOUN', 'AUX', 'VERB', 'PUNCT'];

test('an arc weighs its side\'s forced-move precision when its move was forced, more the wider its margin, less than 1', () => {
  const c = { a: -1, b: 2, forced: 0.7 };
  assert.equal(arcWeight(NaN, c), 0.7);
  assert.ok(arcWeight(10, c) < arcWeight(100, c) && arcWeight(100, c) < 1);
});

test('the parser reports a margin per token: NaN for forced moves, otherwise at least 0', () => {
  const model = syntaxModel();
  const { attrs, tag } = tagWords(model, forms, wink);
  const margins = new Float64Array(forms.length).fill(-1);
  parseSentence(model, parserTokens(attrs, tag), margins);
  assert.ok([...margins].every((m) => Number.isNaN(m) || m >= 0), `${[...margins]}`);
  assert.ok([...margins].some((m) => m > 0));
});

test('a backward parse is read back left to right as a tree; the pair votes a projective tree with one root', () => {
  // the shipped forward model stands in for a backward one: a poor parse, but a tree all the same
  const model = syntaxModel();
  const { attrs, tag } = tagWords(model, forms, wink);
  const back = parseBackward(model, model, attrs, tag);
  assert.ok(isProjectiveTree(back.heads));
  const c = { a: 0, b: 1, forced: 0.5 };
  const pair = parsePair(model, model, parserTokens(attrs, tag), attrs, tag, { forward: c, backward: c });
  assert.ok(isProjectiveTree(pair.heads));
  const alone = parseSentence(model, parserTokens(attrs, tag));
  // every arc of the vote was proposed by one of the two
  pair.heads.forEach((h, d) => assert.ok(h === alone.heads[d] || h === back.heads[d], `token ${d}`));
});
