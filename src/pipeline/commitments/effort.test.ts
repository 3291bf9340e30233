/**
 * Effort and resolve asked of another party (lexicon.ts EFFORT_IDIOMS), through the default pipeline on sentences written
 * for this test: "do everything", "do so", "stay the course" vowed of oneself are idioms, no commitment; asked of a party
 * addressed ("called on Moscow to do so", "urged Biden to do everything he can") they are the demand.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes, commitmentsOf } from '../../testing/commitments.js';
import { EFFORT_IDIOMS } from './lexicon.js';

const commitments = (text: string) => commitmentsOf(text, '2025-03-19');

test('the idioms of effort', () => {
  assert.ok(EFFORT_IDIOMS.test('to do everything he can to bring her home'));
  assert.ok(EFFORT_IDIOMS.test('stay the course'));
  assert.ok(!EFFORT_IDIOMS.test('to strike an optimistic tone'));
});

test('effort asked of a party addressed is a demand made to it', () => {
  const [c] = commitments('The G7 called on Moscow to do so by August.');
  assert.equal(c?.kind, 'demand');
  assert.deepEqual(codes(c!.to), ['RUS']);
  const [d] = commitments('Zelensky urged President Joe Biden to do everything he can to bring her home.');
  assert.equal(d?.kind, 'demand');
  assert.deepEqual(codes(d!.by), ['UKR']);
  assert.deepEqual(codes(d!.to), ['USA']);
  const [e] = commitments('Johnson called on the international community to stay the course.');
  assert.equal(e?.kind, 'demand');
  assert.deepEqual(codes(e!.by), ['GBR']);
  // (vowed of oneself, the same words stay an idiom, no commitment)
  assert.deepEqual(commitments('Zelensky vowed to do everything possible to win.'), []);
  assert.deepEqual(commitments('Johnson vowed to stay the course.'), []);
});
