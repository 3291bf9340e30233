/**
 * A possessive pronoun in a phrase that opens the sentence (parties.ts pronounOwner, openingPhraseSubject), through the
 * default pipeline on sentences written for this test: with no party before it, "its" stands for the subject of the
 * main clause named right after the phrase's comma, who owns the commitment noun (with no act and no committing verb
 * around the noun, nothing else names its party).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes, commitmentsOf } from '../../testing/commitments.js';

const commitments = (text: string) => commitmentsOf(text, '2025-03-19');

test('"Stressing its commitment to Moldova, Romania …": the commitment is the main subject\'s, to the party named', () => {
  const [c, ...rest] = commitments('Stressing its commitment to Moldova, Romania on Monday opened a new border crossing.');
  assert.equal(rest.length, 0);
  assert.equal(c?.kind, 'pledge');
  assert.deepEqual(codes(c!.by), ['ROU']);
  assert.ok(codes(c!.to).includes('MDA'));
});

test('"In keeping with its promise to Ukraine, Japan …": a promise kept, owned by the main subject', () => {
  const [c] = commitments('In keeping with its promise to Ukraine, Japan sent generators.');
  assert.equal(c?.kind, 'pledge');
  assert.deepEqual(codes(c!.by), ['JPN']);
  assert.equal(c?.status, 'kept');
});
