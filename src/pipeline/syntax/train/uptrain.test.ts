import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readConllu } from '../conllu.js';
import { LEFT, ParseState, RIGHT, SHIFT } from '../state.js';
import { toExample, UNKNOWN, UNKNOWN_REL } from './data.js';
import { labelSet } from './labels.js';
import { trainParser, trainTagger } from './learn.js';
import { moveCost } from './oracle.js';
import { TINY_TREEBANK } from './tiny-treebank.js';
import { agreedExamples, backwardTeacher, forwardTeacher, reverseExample, type Teacher } from './uptrain.js';
import type { Example } from './data.js';
import type { SyntaxModel } from '../model.js';

const TREEBANK = TINY_TREEBANK;

const examples = () => readConllu(TREEBANK).map((s) => toExample(s, null));

function train(data: Example[]): SyntaxModel {
  const set = labelSet(data);
  const tagger = trainTagger(data, { epochs: 4, seed: 1, rows: 1 << 12 });
  return { tagger, ...trainParser(data, data.map((ex) => ex.goldTags), set, { epochs: 6, seed: 1, rows: 1 << 14, labelRows: 1 << 12 }), labels: set.labels, clusters: null, meta: {} };
}

test('a sentence reversed twice is itself, and reversed its heads are renumbered (the root stays n)', () => {
  const ex = examples()[0]!;
  const r = reverseExample(ex);
  assert.deepEqual([...r.goldHeads], [2, 2, 4, 2], '". Ukraine attacked Russia": attacked (2) heads the others, the root (4) heads it');
  assert.deepEqual(r.rels, ['punct', 'obj', 'root', 'nsubj']);
  assert.deepEqual([...r.attrs.word], [...ex.attrs.word].reverse());
  const withTags = reverseExample({ ...ex, inputTags: Int32Array.from([1, 2, 3, 4]) });
  assert.deepEqual([...withTags.inputTags!], [4, 3, 2, 1], "a parsed news sentence's input tags are read right to left too");
  const back = reverseExample(r);
  assert.deepEqual([...back.goldHeads], [...ex.goldHeads]);
  assert.deepEqual(back.sentence.words, ex.sentence.words);
});

test('an open head costs nothing: the dynamic oracle counts only the known arcs', () => {
  const st = new ParseState();
  st.reset(3);
  st.apply(SHIFT, 0);
  const open = Int32Array.from([UNKNOWN, 3, 1]);
  assert.equal(moveCost(st, open, LEFT), 0, "token 0's head is open: attaching it to b0 loses no known arc");
  assert.equal(moveCost(st, Int32Array.from([2, 3, 1]), LEFT), 1, 'its known head 2 is lost');
  st.apply(SHIFT, 0);
  assert.equal(moveCost(st, Int32Array.from([UNKNOWN, UNKNOWN, 3]), RIGHT), 0);
  assert.equal(moveCost(st, Int32Array.from([UNKNOWN, 2, 3]), RIGHT), 1, "token 1's known head 2 is in the buffer");
  assert.equal(moveCost(st, Int32Array.from([UNKNOWN, UNKNOWN, 1]), RIGHT), 1, "token 2's known head 1 would be gone");
});

test('forward and backward models trained on the same trees agree on them; disagreeing teachers leave arcs open', () => {
  const data = examples();
  const fwd = forwardTeacher(train(data));
  const bwd = backwardTeacher(train(data.map(reverseExample)));
  const forms = ['Russia', 'attacked', 'Ukraine', '.'];
  const wink = ['PROPN', 'VERB', 'PROPN', 'PUNCT'];
  assert.deepEqual(bwd(forms, wink), fwd(forms, wink));
  assert.deepEqual(fwd(forms, wink).heads, [1, -1, 1, 1]);
  const sentence = { id: 's', forms, winkTags: wink };
  const both = agreedExamples([fwd, bwd], [sentence], null);
  assert.equal(both.rate, 1);
  assert.deepEqual([...both.agreed[0]!.goldHeads], [1, 4, 1, 1]);
  // a teacher that attaches Ukraine to the root's sibling instead: that arc is open, the others kept
  const odd: Teacher = (f, w) => { const p = fwd(f, w); p.heads = [...p.heads]; p.heads[2] = 0; return p; };
  const partial = agreedExamples([fwd, odd], [sentence], null, 0.7);
  assert.deepEqual([...partial.agreed[0]!.goldHeads], [1, 4, UNKNOWN, 1]);
  assert.equal(partial.agreed[0]!.rels[2], UNKNOWN_REL);
  assert.deepEqual([...partial.agreed[0]!.inputTags!], [...both.agreed[0]!.goldTags], 'the parser reads the first teacher\'s tags');
  assert.equal(agreedExamples([fwd, odd], [sentence], null, 0.8).agreed.length, 0, '3 of 4 heads agreed, fewer than 80%');
});
