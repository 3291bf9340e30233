/**
 * Agreements told in the passive ("was agreed by", "was signed by", "was agreed with"), through the default pipeline on
 * sentences written for this test: the parties follow the verb, the subject is what was agreed (its act read from
 * it); an impersonal "it was agreed that" or a deal of parties no code names is none.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes, commitmentsOf } from '../../testing/commitments.js';

const commitments = (text: string) => commitmentsOf(text, '2023-03-01');

test('funding agreed by a council is its agreement, the act read from the subject', () => {
  const [c, ...rest] = commitments('The latest round of military funding for Ukraine, worth 500 million euros, was agreed by the European Council in July.');
  assert.equal(rest.length, 0);
  assert.equal(c?.kind, 'agreement');
  assert.deepEqual(codes(c!.by), ['EUR']);
  assert.equal(c?.action, 'AID');
  // (made for Ukraine; what was agreed is the subject)
  assert.deepEqual(codes(c!.to), ['UKR']);
  assert.match(c?.scope ?? '', /funding for Ukraine/);
});

test('a text signed by two parties binds both; agreed with a party binds it', () => {
  const [c] = commitments('The final text was signed by Russia and Ukraine in Istanbul.');
  assert.equal(c?.kind, 'agreement');
  assert.deepEqual(codes(c!.by), ['RUS', 'UKR']);
  const [d] = commitments('On Monday a humanitarian corridor was agreed with Russia.');
  assert.ok(codes(d!.by).includes('RUS'));
  assert.deepEqual(commitments('It was agreed that the talks would continue.'), []);
  assert.deepEqual(commitments('The plan was agreed by negotiators on Sunday.'), []);
});
