import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GoldSentence, GoldWord } from '../conllu.js';
import { readConllu } from '../conllu.js';
import { tagSentence } from '../tagger.js';
import { tagId, wordAttributes } from '../words.js';
import { toExample } from './data.js';
import { invertedOrder, isMadeUp, reorder } from './invert.js';
import { TINY_TREEBANK } from './tiny-treebank.js';
import { trainModel } from './train-model.js';

function sentence(spec: [string, string, number, string][]): GoldSentence {
  let text = '';
  const words: GoldWord[] = spec.map(([form, upos, head, rel], i) => {
    if (i > 0) text += ' ';
    const start = text.length;
    text += form;
    return { form, upos, head, rel, start, end: text.length };
  });
  return { id: 's', text, words };
}

// " We will win , " the minister said .
const report = sentence([['"', 'PUNCT', 3, 'punct'], ['We', 'PRON', 3, 'nsubj'], ['will', 'AUX', 3, 'aux'], ['win', 'VERB', -1, 'root'],
  [',', 'PUNCT', 3, 'punct'], ['"', 'PUNCT', 3, 'punct'], ['the', 'DET', 7, 'det'], ['minister', 'NOUN', 8, 'nsubj'],
  ['said', 'VERB', 3, 'parataxis'], ['.', 'PUNCT', 3, 'punct']]);

test('a reporting clause after a quotation is inverted with its tree', () => {
  const order = invertedOrder(report.words);
  assert.deepEqual(order, [0, 1, 2, 3, 4, 5, 8, 6, 7, 9]);
  const s = reorder(report, order!);
  assert.equal(s.text, '" We will win , " said the minister .');
  assert.deepEqual(s.words.map((w) => w.form), ['"', 'We', 'will', 'win', ',', '"', 'said', 'the', 'minister', '.']);
  assert.deepEqual(s.words.map((w) => w.head), [3, 3, 3, -1, 3, 3, 3, 8, 6, 3]);
  assert.equal(s.words[8]!.rel, 'nsubj');
  assert.equal(s.text.slice(s.words[8]!.start, s.words[8]!.end), 'minister');
});

test('no inversion for a pronoun subject, a verb with an object or a clause not after a quotation or comma', () => {
  const pronoun = sentence([['"', 'PUNCT', 1, 'punct'], ['Go', 'VERB', -1, 'root'], [',', 'PUNCT', 1, 'punct'], ['"', 'PUNCT', 1, 'punct'],
    ['he', 'PRON', 5, 'nsubj'], ['said', 'VERB', 1, 'parataxis'], ['.', 'PUNCT', 1, 'punct']]);
  assert.equal(invertedOrder(pronoun.words), null);
  const object = sentence([[',', 'PUNCT', 3, 'punct'], ['the', 'DET', 2, 'det'], ['army', 'NOUN', 3, 'nsubj'], ['took', 'VERB', -1, 'root'], ['Kherson', 'PROPN', 3, 'obj']]);
  assert.equal(invertedOrder(object.words), null);
  const plain = sentence([['The', 'DET', 1, 'det'], ['minister', 'NOUN', 2, 'nsubj'], ['said', 'VERB', -1, 'root'], ['.', 'PUNCT', 2, 'punct']]);
  assert.equal(invertedOrder(plain.words), null);
});

test('the taggers never learn the made-up copies: a model trained with one has the same tagger', () => {
  const examples = readConllu(TINY_TREEBANK).map((s) => toExample(s, null));
  // a made-up copy whose tags are all wrong
  const copy = toExample(reorder(report, [0, 1, 2, 3, 4, 5, 8, 6, 7, 9]), null);
  copy.goldTags.fill(tagId('INTJ'));
  assert.ok(isMadeUp(copy));
  const opts = { epochs: 1, taggerEpochs: 2, seed: 1, clusters: null, folds: 2 };
  const plain = trainModel(examples, opts);
  const withCopy = trainModel([...examples, copy], opts);
  const attrs = wordAttributes(copy.sentence.words.map((w) => w.form), copy.winkTags, null);
  assert.deepEqual([...tagSentence(withCopy.tagger, attrs)], [...tagSentence(plain.tagger, attrs)]);
  assert.ok(![...tagSentence(withCopy.tagger, attrs)].includes(tagId('INTJ')));
});
