/**
 * Demands by verbs of pressing, encouraging and proposing that another party act (lexicon.ts, CAMEO 10x), through the
 * default pipeline on sentences written for this test: "pushed for", "pressed for", "encouraged X to", "proposed that X
 * …" (a proposal: never active); "encouraging" as an adjective asks nothing, and a commitment noun pressed for is the
 * demand's content, not a commitment of its own.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes, commitmentsOf } from '../../testing/commitments.js';

const commitments = (text: string) => commitmentsOf(text, '2025-03-19');

test('pressing for an act is a demand of it', () => {
  const [c, ...rest] = commitments('Scholz pressed for new sanctions against Russia.');
  assert.equal(rest.length, 0);
  assert.equal(c?.kind, 'demand');
  assert.deepEqual(codes(c!.by), ['DEU']);
  assert.equal(c?.action, 'SANCTION');
  assert.equal(c?.status, 'active');
});

test('a deal pushed for is the demand\'s content, not an agreement proposed', () => {
  const cs = commitments('Congress has been pushing for a free trade agreement between the US and Taiwan.');
  assert.equal(cs.length, 1, JSON.stringify(cs.map((c) => c.kind)));
  assert.equal(cs[0]?.kind, 'demand');
  assert.deepEqual(codes(cs[0]!.by), ['USA']);
});

test('encouraging a party to act is a demand made to it; an encouraging sign is none', () => {
  const [c] = commitments('Biden encouraged Zelensky to resume talks with Russia.');
  assert.equal(c?.kind, 'demand');
  assert.deepEqual(codes(c!.by), ['USA']);
  assert.ok(codes(c!.to).includes('UKR'));
  assert.equal(c?.action, 'CONSULT');
  assert.deepEqual(commitments('Western officials see encouraging signs for Ukraine in the south.'), []);
});

test('proposing that another party act asks it, as a proposal: never active', () => {
  const [c] = commitments('The U.S. government has proposed that Moscow release the two Americans.');
  assert.equal(c?.kind, 'demand');
  assert.deepEqual(codes(c!.by), ['USA']);
  assert.ok(codes(c!.to).includes('RUS'));
  assert.equal(c?.status, 'proposed');
});
