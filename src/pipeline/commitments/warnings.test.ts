/**
 * Warnings whose clause opens with a condition ("warned X that if …, Y would …"), through the default pipeline, on
 * sentences written for this test: a threat of the speaker's act, made to the one warned, its act read after the
 * condition and the condition kept; one threat when the clause's verb is a conditional trigger too; a condition
 * followed by a forecast is no threat; an event or thing that threatens, or a danger threatened, is no threat of a
 * party.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes, commitmentsOf } from '../../testing/commitments.js';
import { mainClause } from './readings.js';

const commitments = (text: string) => commitmentsOf(text, '2022-10-01');

test('a condition opening a that-clause is passed over', () => {
  assert.equal(mainClause(' that if it caps the price, Moscow would stop deliveries'), ' that Moscow would stop deliveries');
  assert.equal(mainClause(' that Moscow would stop deliveries if it caps the price'), ' that Moscow would stop deliveries if it caps the price');
});

test('"warned X that if …, Y would …": a threat of the speaker\'s act, with its condition', () => {
  const cs = commitments('Ankara warned Stockholm that if it kept hosting the exiles, Turkey would block its NATO bid.');
  assert.equal(cs.length, 1);
  const [c] = cs;
  assert.equal(c?.kind, 'threat');
  assert.deepEqual(codes(c!.by), ['TUR']);
  assert.deepEqual(codes(c!.to), ['SWE']);
  assert.equal(c?.action, 'REJECT');
  assert.deepEqual(c?.conditions, ['it kept hosting the exiles']);
});

test('the warning and the conditional verb of its clause are one threat, made to the one warned', () => {
  const cs = commitments('Beijing warned Vilnius that if it let Taipei open an office, China would cut all trade ties.');
  assert.equal(cs.length, 1);
  assert.deepEqual(codes(cs[0]!.to), ['LTU']);
  assert.equal(cs[0]?.action, 'SANCTION');
});

test('a condition followed by a forecast is no threat', () => {
  assert.deepEqual(commitments('The minister warned that if prices kept rising, households would suffer.'), []);
});

test('an event or thing that threatens, and a danger threatened, are no threats of a party', () => {
  assert.deepEqual(commitments('The drought in Somalia threatens to push millions into famine.'), []);
  assert.deepEqual(commitments('The Azerbaijani blockade threatens to cut the town off from food.'), []);
  assert.deepEqual(commitments('Russian missile strikes threaten to leave Kyiv without heat this winter.'), []);
  assert.deepEqual(commitments('Critics say Beijing is threatening the stability of the whole region.'), []);
  assert.deepEqual(commitments('Armenian forces are now threatening the town of Lachin.'), []);
  const [c] = commitments('Moscow threatened reprisals if Helsinki joined the alliance.');
  assert.equal(c?.kind, 'threat', 'reprisals held out are a threat');
  const [d] = commitments('A bill passed by the Senate calls on the president to seize the oligarchs\' yachts.');
  assert.equal(d?.kind, 'demand', 'a document speaks for its makers');
});
