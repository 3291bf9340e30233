/**
 * Deals signed, dated and negated, through the default pipeline on sentences written for this test: a deal signed
 * with a partner binds both and its act is its infinitive ("a deal with Azerbaijan to buy gas" is COOPERATE, not
 * talks); a signed truce is a ceasefire; a clause dated to a past year is background; a negation closed by "and
 * instead" far before a trigger no longer negates it; offering versions of events commits to nothing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes, commitmentsOf } from '../../testing/commitments.js';

const commitments = (text: string) => commitmentsOf(text, '2022-10-01');

test('a deal signed with a partner binds both, and its infinitive is its act', () => {
  const [c] = commitments('The EU signed a deal with Azerbaijan to buy more gas.');
  assert.equal(c?.kind, 'agreement');
  assert.deepEqual(codes(c!.by), ['AZE', 'EUR']);
  assert.equal(c?.action, 'COOPERATE', 'buying gas, not talks with Azerbaijan');
  const [d] = commitments('Poland signed a contract with South Korea to buy tanks.');
  assert.deepEqual(codes(d!.by), ['KOR', 'POL']);
  // the verb "deal with" a named party is still engagement
  assert.equal(commitments('Russia asked the UK to deal with the DPR directly.')[0]?.action, 'CONSULT');
});

test('a truce signed is a ceasefire of both sides', () => {
  const [c] = commitments('Israel signed a truce with Hamas on Monday.');
  assert.equal(c?.kind, 'ceasefire');
  assert.equal(c?.action, 'ASSAULT');
  assert.equal(c?.refrain, true);
  assert.deepEqual(codes(c!.by), ['ISR', 'PSE']);
});

test('a commitment dated by its own clause to a past year is background, not news', () => {
  assert.equal(commitments('Medvedev signed the deal with US President Barack Obama in April 2010.').length, 0);
  assert.equal(commitments('Russia and Ukraine signed a deal to resume grain exports in July.').length, 1);
});

test('a negation closed far before the trigger does not negate it', () => {
  const [c] = commitments('Moscow has not confirmed receiving any proposals and instead said Lavrov urged the US to return to dialogue.');
  assert.equal(c?.kind, 'demand');
  assert.deepEqual(codes(c!.to), ['USA']);
  assert.equal(commitments('Moscow has not urged the US to return to dialogue.').length, 0);
});

test('offering versions or accounts of events commits to nothing', () => {
  assert.equal(commitments('Ukraine and Russia offered differing versions of the attack.').length, 0);
});

test('an of-phrase of a commitment noun is its content; a commitment to a party with no act named is support', () => {
  const [o] = commitments("Johnson's offer of military assistance to Sweden and Finland was welcomed.");
  assert.equal(o?.kind, 'pledge');
  assert.equal(o?.action, 'AID');
  assert.deepEqual(codes(o!.to), ['FIN', 'SWE']);
  const [c] = commitments("Johnson underlined Britain's unwavering, long-term commitment to Ukraine on the anniversary of the invasion.");
  assert.equal(c?.action, 'SUPPORT', 'not the invasion of its occasion');
  assert.deepEqual(codes(c!.to), ['UKR']);
});
