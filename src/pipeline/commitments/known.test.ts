/**
 * Commitments known by name (known.ts, data/known-commitments.json): a mention that names one, a bare "the deal"
 * after the article named one, and through the pipeline, parties that are never the mediators.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes, commitmentsOf } from '../../testing/commitments.js';
import { knownBefore, knownIn, KNOWN_REACH } from './known.js';

test('knownIn: a short name, a modifier or a content names a known commitment; other deals name none', () => {
  assert.equal(knownIn('the grain deal brokered by Turkey')?.name, 'Black Sea Grain Initiative');
  assert.equal(knownIn('helped broker a deal earlier this summer to restart grain shipments from Ukrainian ports')?.name, 'Black Sea Grain Initiative');
  assert.equal(knownIn('the 2007 visa facilitation agreement')?.name, 'EU-Russia visa facilitation agreement');
  assert.equal(knownIn('a gas deal with Qatar'), null);
  assert.equal(knownIn('grain prices rose after the deal with Qatar'), null);
});

test('knownBefore: the last known commitment named before, for a noun it goes by, within reach', () => {
  const text = 'The grain deal was signed in July. Officials said the deal was working.';
  const at = text.indexOf('Officials');
  assert.equal(knownBefore(text, at, 'deal')?.name, 'Black Sea Grain Initiative');
  assert.equal(knownBefore(text, at, 'treaty'), null);
  assert.equal(knownBefore(' '.repeat(KNOWN_REACH) + text.slice(at), KNOWN_REACH + 1, 'deal'), null);
});

test('through the pipeline: a mention of a known deal binds its parties, not its broker, and stands as made', () => {
  const [c] = commitmentsOf('Erdogan, whose government helped broker a deal earlier this summer to restart grain shipments from Ukrainian ports, said the exchange was an important step.', '2022-09-22');
  assert.equal(c?.kind, 'agreement');
  assert.deepEqual(codes(c!.by), ['RUS', 'UKR']);
  assert.equal(c?.action, 'COOPERATE');
  assert.equal(c?.status, 'active');
  const later = commitmentsOf('EU ministers plan to suspend the visa facilitation agreement with Russia. The suspension of the agreement would make visas more expensive.', '2022-08-28');
  const back = later.find((x) => x.sentence === 1);
  assert.deepEqual(codes(back!.by), ['EUR', 'RUS']);
});

test('a known deal only proposed stays proposed and its proposer\'s', () => {
  const [c] = commitmentsOf('Ukraine could propose a new grain deal to Russia.', '2022-10-01');
  assert.equal(c?.status, 'proposed');
  assert.deepEqual(codes(c!.by), ['UKR']);
});

test('a party that scraps, freezes, tears up or stops complying with a deal withdraws from it; a known one keeps its act', () => {
  const [a] = commitmentsOf('Poland said it was scrapping the visa facilitation agreement with Belarus.', '2022-10-01').filter((c) => c.phase === 'withdrawn');
  assert.equal(a?.kind, 'agreement');
  assert.equal(a?.action, 'COOPERATE');
  const after = commitmentsOf('Turkey and the UN brokered the grain deal in July. Moscow has stopped its participation in the agreement, citing the raid on Sevastopol.', '2022-10-30');
  const w = after.find((c) => c.phase === 'withdrawn');
  assert.deepEqual(codes(w!.by), ['RUS']);
  assert.equal(w?.action, 'COOPERATE', 'the act of the grain deal, not the raid the sentence gives as the reason');
  const [t] = commitmentsOf('Hungary tore up a fishing accord with Croatia.', '2022-10-01');
  assert.equal(t?.phase, 'withdrawn');
  assert.equal(t?.action, 'COOPERATE', 'an agreement with another party whose act has no type is cooperation');
  assert.equal(commitmentsOf('Moscow halted its strikes on Kyiv despite the deal with Ankara.', '2022-10-01').filter((c) => c.phase === 'withdrawn').length, 0, 'halting something else under a deal is no withdrawal');
});

test('a deal named with the two parties it is between exists; the known deal of exactly those parties the article named is that deal; a deal talked of is none', () => {
  const [c] = commitmentsOf('Trade resumed after a deal between Serbia and Kosovo last month.', '2022-10-01');
  assert.equal(c?.kind, 'agreement');
  assert.deepEqual(codes(c!.by).sort(), ['SRB', 'XKX']);
  const after = commitmentsOf('Russia and Ukraine signed the grain deal in Istanbul in July. Ships sailed under a deal between Kyiv and Moscow brokered by Ankara.', '2022-09-01');
  assert.equal(after.length, 2);
  assert.equal(after[1]?.action, 'COOPERATE', 'the grain deal the article named');
  assert.deepEqual(commitmentsOf('Talks on a deal between Serbia and Kosovo stalled last month.', '2022-10-01'), []);
  assert.deepEqual(commitmentsOf('Diplomats voiced support for a truce between Armenia and Azerbaijan.', '2022-10-01'), []);
});
