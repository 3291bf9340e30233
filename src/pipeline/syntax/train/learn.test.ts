import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readConllu } from '../conllu.js';
import { encodeModel, decodeModel } from '../model.js';
import { annotateSentence } from '../annotate.js';
import { toExample } from './data.js';
import { trainParser, trainTagger } from './learn.js';
import { labelSet } from './labels.js';
import { TINY_TREEBANK } from './tiny-treebank.js';

const TREEBANK = TINY_TREEBANK;

function train(seed: number) {
  const examples = readConllu(TREEBANK).map((s) => toExample(s, null));
  const set = labelSet(examples);
  const tagger = trainTagger(examples, { epochs: 4, seed, rows: 1 << 12 });
  const tags = examples.map((ex) => ex.goldTags);
  return { tagger, ...trainParser(examples, tags, set, { epochs: 6, seed, rows: 1 << 14, labelRows: 1 << 12 }), labels: set.labels, clusters: null, meta: {} };
}

test('training is deterministic for a seed, and a model survives encoding', () => {
  const a = encodeModel(train(3));
  const b = encodeModel(train(3));
  assert.ok(a.equals(b));
  const m = decodeModel(a);
  const got = annotateSentence(m, ['Russia', 'attacked', 'Ukraine', '.'], ['PROPN', 'VERB', 'PROPN', 'PUNCT']);
  assert.deepEqual(got.heads, [1, -1, 1, 1]);
  assert.deepEqual(got.rels, ['nsubj', 'root', 'obj', 'punct']);
});
