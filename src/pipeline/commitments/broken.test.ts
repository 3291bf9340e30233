/**
 * Commitments named as broken (lexicon.ts BROKEN_BEFORE), through the default pipeline on sentences written for this
 * test: a negated or failed verb of keeping before a commitment noun ("had not fulfilled their promise", "failing to
 * honour the deal") says the commitment exists and was violated; a plain negation of the noun still denies it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes, commitmentsOf } from '../../testing/commitments.js';

const commitments = (text: string) => commitmentsOf(text, '2022-10-01');

test('a promise not fulfilled exists and is violated', () => {
  const [c, ...rest] = commitments('Lavrov said that Western countries had not fulfilled their promise to lift restrictions on Russian grain exports.');
  assert.equal(rest.length, 0);
  assert.equal(c?.kind, 'pledge');
  assert.deepEqual(codes(c!.by), ['WST']);
  assert.equal(c?.status, 'violated');
});

test('a deal its party failed to honour is violated; one honoured is kept; no promise is none', () => {
  const [c] = commitments('Kyiv accused Moscow of failing to honour the grain deal.');
  assert.equal(c?.kind, 'agreement');
  assert.equal(c?.status, 'violated');
  const [d] = commitments('Western countries have fulfilled their promise to send tanks to Ukraine.');
  assert.equal(d?.status, 'kept');
  assert.deepEqual(commitments('There was no promise to lift sanctions.'), []);
});
