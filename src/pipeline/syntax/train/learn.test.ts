import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readConllu } from '../conllu.js';
import { encodeModel, decodeModel } from '../model.js';
import { annotateSentence } from '../annotate.js';
import { toExample } from './data.js';
import { trainParser, trainTagger } from './learn.js';
import { labelSet } from './labels.js';

// Our own sentences, hand-annotated in CoNLL-U.
const rows = (s: string) => s.trim().split('\n').map((l) => l.trim().split(/\s+/)).map(([id, form, upos, head, rel]) => `${id}\t${form}\t_\t${upos}\t_\t_\t${head}\t${rel}\t_\t_`).join('\n');
const TREEBANK = [
  rows(`1 Russia PROPN 2 nsubj
        2 attacked VERB 0 root
        3 Ukraine PROPN 2 obj
        4 . PUNCT 2 punct`),
  rows(`1 The DET 2 det
        2 army NOUN 3 nsubj
        3 shelled VERB 0 root
        4 the DET 5 det
        5 city NOUN 3 obj
        6 . PUNCT 3 punct`),
  rows(`1 Kyiv PROPN 3 nsubj:pass
        2 was AUX 3 aux:pass
        3 shelled VERB 0 root
        4 by ADP 5 case
        5 troops NOUN 3 obl:agent
        6 . PUNCT 3 punct`),
].join('\n\n') + '\n';

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
