/** The default pipeline parses a sentence with a commitment trigger even when no event trigger is in it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDocument } from '../../core/document.js';
import { defaultPipeline } from '../index.js';
import { mayHoldCommitment } from './candidates.js';

test('a commitment trigger makes a sentence worth parsing; a sentence without one is not', () => {
  const doc = defaultPipeline().run(createDocument({ text: 'Prices rose in March. Moscow issued an ultimatum to Kyiv on Monday.', published: '2022-03-10', source: { kind: 'text', uri: 'candidates' } }));
  const tokens = doc.layers.tokens!;
  const second = tokens.findIndex((t) => t.sentence === 1);
  assert.equal(mayHoldCommitment(doc, 0, second), false);
  assert.equal(mayHoldCommitment(doc, second, tokens.length), true);
  assert.ok(doc.layers.deps![second]!.rel, 'the ultimatum sentence was parsed');
  assert.equal(doc.layers.deps![0]!.rel, '', 'the price sentence was not');
});
