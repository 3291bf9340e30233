import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAllTagged, parseTagged, tagWords } from './annotate.js';
import { parserTokens } from './features.js';
import { syntaxModel } from './model.js';
import { arcWeight, parseBackward, parsePair, voteCalibration } from './pair.js';
import { parseSentence } from './parse.js';
import { isProjectiveTree } from './vote.js';

const forms = ['The', 'minister', 'who', 'met', 'Blinken', 'on', 'Monday', 'said', 'talks', 'would', 'resume', '.'];
const wink = ['DET', 'NOUN', 'PRON', 'VERB', 'PROPN', 'ADP', 'PROPN', 'VERB', 'NOUN', 'AUX', 'VERB', 'PUNCT'];

test('an arc weighs its side\'s forced-move precision when its move was forced, more the wider its margin, less than 1', () => {
  const c = { a: -1, b: 2, forced: 0.7 };
  assert.equal(arcWeight(NaN, c), 0.7);
  assert.ok(arcWeight(10, c) < arcWeight(100, c) && arcWeight(100, c) < 1);
  // the shipped calibration: a confident move's arc outweighs a barely chosen one on either side
  const { forward, backward } = voteCalibration();
  assert.ok(arcWeight(300, backward) > arcWeight(5, forward) && arcWeight(300, forward) > arcWeight(5, backward));
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
  const pair = parsePair(model, model, parserTokens(attrs, tag), attrs, tag);
  assert.ok(isProjectiveTree(pair.heads));
  const alone = parseSentence(model, parserTokens(attrs, tag));
  // every arc of the vote was proposed by one of the two
  pair.heads.forEach((h, d) => assert.ok(h === alone.heads[d] || h === back.heads[d], `token ${d}`));
});

test('parsing many sentences in passes (all forward, all backward, then the votes) gives what parsing each alone gives', () => {
  const model = syntaxModel();
  const other = ['Kyiv', 'was', 'shelled', 'overnight', ',', 'officials', 'said', '.'];
  const otherWink = ['PROPN', 'AUX', 'VERB', 'ADV', 'PUNCT', 'NOUN', 'VERB', 'PUNCT'];
  const tagged = [tagWords(model, forms, wink), tagWords(model, other, otherWink)];
  assert.deepEqual(parseAllTagged(model, tagged, model), tagged.map((t) => parseTagged(model, t, model)));
  assert.deepEqual(parseAllTagged(model, tagged, null), tagged.map((t) => parseTagged(model, t)));
});
