import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDocument } from '../../core/document.js';
import type { Document } from '../../core/types.js';
import { tokenizer } from '../tokenizer.js';
import { childrenOf, syntax } from './index.js';

function parse(text: string): Document {
  const doc = createDocument({ text, published: null, source: { kind: 'text', uri: 'syntax-test' } });
  tokenizer.run(doc);
  syntax.run(doc);
  return doc;
}

/** The token index of the first token spelled `word`. */
function at(doc: Document, word: string): number {
  const i = doc.layers.tokens!.findIndex((t) => doc.text.slice(t.start, t.end) === word);
  assert.ok(i >= 0, `no token ${word}`);
  return i;
}

test('deps run parallel to tokens over several sentences, heads stay in their sentence, one root each', () => {
  const doc = parse('Russia attacked Ukraine on Sunday. The city was shelled overnight. Talks will resume in Istanbul next week, officials said.');
  const { tokens, deps, sentences } = doc.layers;
  assert.equal(deps!.length, tokens!.length);
  assert.equal(sentences!.length, 3);
  deps!.forEach((d, i) => {
    if (d.head >= 0) assert.equal(tokens![d.head]!.sentence, tokens![i]!.sentence);
    assert.ok(d.rel && d.upos);
  });
  for (let s = 0; s < sentences!.length; s++) {
    assert.equal(deps!.filter((d, i) => tokens![i]!.sentence === s && d.head === -1).length, 1);
  }
});

test('subjects, objects and passive subjects', () => {
  const doc = parse('The army shelled the city. Kyiv was attacked overnight.');
  const deps = doc.layers.deps!;
  assert.deepEqual(childrenOf(deps, at(doc, 'shelled'), 'nsubj'), [at(doc, 'army')]);
  assert.deepEqual(childrenOf(deps, at(doc, 'shelled'), 'obj'), [at(doc, 'city')]);
  assert.deepEqual(childrenOf(deps, at(doc, 'attacked'), 'nsubj:pass'), [at(doc, 'Kyiv')]);
});

test('the by-phrase of a passive is its agent', () => {
  const doc = parse('Kyiv was shelled by Russian troops on Sunday.');
  const deps = doc.layers.deps!;
  assert.deepEqual(childrenOf(deps, at(doc, 'shelled'), 'obl:agent'), [at(doc, 'troops')]);
  assert.deepEqual(childrenOf(deps, at(doc, 'shelled'), 'nsubj:pass'), [at(doc, 'Kyiv')]);
});

test('relative clauses, coordination and reported speech', () => {
  const doc = parse('Police detained two activists who had organised the protest. Putin and Zelensky met in Istanbul and signed a deal. The president said that the army would withdraw.');
  const deps = doc.layers.deps!;
  const organised = at(doc, 'organised');
  assert.equal(deps[organised]!.rel, 'acl:relcl');
  assert.equal(deps[organised]!.head, at(doc, 'activists'));
  assert.equal(deps[at(doc, 'Zelensky')]!.rel, 'conj');
  assert.equal(deps[at(doc, 'Zelensky')]!.head, at(doc, 'Putin'));
  assert.equal(deps[at(doc, 'signed')]!.head, at(doc, 'met'));
  assert.equal(deps[at(doc, 'withdraw')]!.rel, 'ccomp');
  assert.equal(deps[at(doc, 'withdraw')]!.head, at(doc, 'said'));
});

test('an empty document gets an empty deps layer', () => {
  assert.deepEqual(parse('').layers.deps, []);
});
