import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attachPunctuation } from './punct.js';

// Our own sentences; heads sentence-relative, -1 the root.
test('a final mark attaches to the root, a comma between clauses to the lower candidate (EWT) or the higher', () => {
  // In the city , guerrillas detonated a bomb .
  const forms = ['In', 'the', 'city', ',', 'guerrillas', 'detonated', 'a', 'bomb', '.'];
  const upos = ['ADP', 'DET', 'NOUN', 'PUNCT', 'NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT'];
  const wrong = () => [2, 2, 5, 7, 5, -1, 7, 5, 7];
  const rels = () => ['case', 'det', 'obl', 'punct', 'nsubj', 'root', 'det', 'obj', 'punct'];
  const lower = wrong();
  attachPunctuation(forms, upos, lower, rels());
  assert.equal(lower[8], 5);
  assert.equal(lower[3], 2);
  const higher = wrong();
  attachPunctuation(forms, upos, higher, rels(), { convention: 'higher' });
  assert.equal(higher[3], 5);
});

test('a comma before a conjunct attaches to it; quotes to the head of what they enclose', () => {
  // troops , tanks and planes
  const h = [-1, 2, 0, 4, 0];
  attachPunctuation(['troops', ',', 'tanks', 'and', 'planes'], ['NOUN', 'PUNCT', 'NOUN', 'CCONJ', 'NOUN'], h, ['root', 'punct', 'conj', 'cc', 'conj']);
  assert.equal(h[1], 2);
  // he said " we won "
  const q = [1, -1, 1, 4, 1, 1];
  attachPunctuation(['he', 'said', '"', 'we', 'won', '"'], ['PRON', 'VERB', 'PUNCT', 'PRON', 'VERB', 'PUNCT'], q, ['nsubj', 'root', 'punct', 'nsubj', 'ccomp', 'punct']);
  assert.deepEqual([q[2], q[5]], [4, 4]);
});

test('punctuation keeps no dependents and words keep their heads', () => {
  // a word the parser hung on a comma moves to the comma's head
  const h = [1, -1, 1, 2];
  const rels = ['nsubj', 'root', 'punct', 'obj'];
  attachPunctuation(['we', 'won', ',', 'again'], ['PRON', 'VERB', 'PUNCT', 'ADV'], h, rels);
  assert.equal(h[3], 1);
  assert.equal(h[0], 1);
  assert.equal(rels[2], 'punct');
});
