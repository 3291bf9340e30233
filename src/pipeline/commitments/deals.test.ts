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

test('who receives or rejects a demand is the one it is put to; its from-phrase names its maker', () => {
  const [d] = commitments('Ukrainian troops received a demand from Russia to surrender.');
  assert.equal(d?.kind, 'demand');
  assert.deepEqual(codes(d!.by), ['RUS']);
  assert.deepEqual(codes(d!.to), ['UKR']);
  const [r] = commitments("Kyiv rejected Moscow's demand to surrender Mariupol.");
  assert.deepEqual(codes(r!.by), ['RUS']);
  assert.equal(r?.action, 'RETREAT', 'surrendering a city is giving up territory');
  assert.equal(r?.status, 'rejected');
});

test('a warning of consequences by a party the clause names is a threat with no act named', () => {
  const [t] = commitments('Russia sees NATO as a threat and has warned of "consequences".');
  assert.equal(t?.kind, 'threat');
  assert.deepEqual(codes(t!.by), ['RUS']);
  assert.equal(t?.action, null);
});

test('a purpose infinitive is done by its verb\'s subject; a subject the actors layer cannot code is not replaced by a nearby party', () => {
  const [p] = commitments('Biden met Zelensky on Monday to promise more air defence systems.');
  assert.deepEqual(codes(p!.by), ['USA']);
  assert.equal(p?.action, 'AID');
  assert.equal(commitments('The ambassador Jorge Smithfield urged Kyiv to accept the deal.').filter((c) => codes(c.by).includes('UKR')).length, 0);
});

test('consequences announced ("warned there would be consequences") are a threat; demand in the economic sense is none', () => {
  const [t] = commitments('Putin warned that there will be a harsh response.');
  assert.equal(t?.kind, 'threat');
  assert.deepEqual(codes(t!.by), ['RUS']);
  assert.equal(t?.status, 'active');
  assert.equal(commitments('The EU must fill its gas storage before winter, when demand rises.').length, 0);
  assert.equal(commitments('Germany said energy demand for gas fell in March.').length, 0);
  assert.equal(commitments('Kyiv renewed its demand for more tanks.')[0]?.kind, 'demand');
});

test('a party called on to release a person is asked to concede; "secure her release" asks no release of the one asked', () => {
  assert.equal(commitments('Biden called on Russia to release her immediately.')[0]?.action, 'CONCEDE');
});

test('acts the gold names: a release of people is CONCEDE, a build-up of forces MOBILIZE, "all available means" force, training soldiers aid; punishment of no stated form no act', () => {
  assert.equal(commitments("Russia's foreign ministry demanded the release of its diplomats.")[0]?.action, 'CONCEDE');
  assert.equal(commitments('NATO leaders agreed to boost their forces on the eastern flank.')[0]?.action, 'MOBILIZE');
  assert.equal(commitments("Putin has threatened to use 'all available means' to defend Russian territory.")[0]?.action, 'ASSAULT');
  const [t] = commitments('Britain will train 10,000 Ukrainian soldiers.');
  assert.equal(t?.kind, 'pledge');
  assert.equal(t?.action, 'AID');
  const [h] = commitments('The G7 vowed to hold Russia accountable for war crimes.');
  assert.equal(h?.kind, 'pledge');
  assert.equal(h?.action, null, 'no stated form of punishment, and no war');
  const [j] = commitments('Zelensky demanded just punishment for the crimes.');
  assert.equal(j?.kind, 'demand');
  assert.equal(j?.action, null);
});

test('a question reports no commitment; a turn of nothing the sentence names as a commitment is none', () => {
  assert.equal(commitments('Has Russia threatened to cut gas supplies to Germany?').length, 0);
  assert.equal(commitments('Will Russia agree to a ceasefire?').length, 0);
  assert.equal(commitments('Moscow accused Kyiv of violating the rules of war.').filter((c) => c.kind === 'ceasefire').length, 0);
  const [t] = commitments('Riyadh agreed to a deal on oil output with Washington, only to renege on the matter in October.');
  assert.ok(!t || t.kind !== 'ceasefire', JSON.stringify(t?.kind));
});

test('a party\'s proposal of peace or of guarantees is a proposed agreement', () => {
  const [c] = commitments("Ukraine's proposal for Western security guarantees was criticised by Moscow.");
  assert.equal(c?.kind, 'agreement');
  assert.deepEqual(codes(c!.by), ['UKR']);
  assert.equal(c?.status, 'proposed');
});

test('a first person in a quote is its speaker though a party is named in an earlier clause of the quote', () => {
  const [d] = commitments('“A crime has been committed against Poland, and we demand just punishment,” the Polish president told the UN General Assembly.');
  assert.equal(d?.kind, 'demand');
  assert.deepEqual(codes(d!.by), ['POL']);
  assert.equal(d?.action, null);
  assert.equal(d?.refrain, false);
});

test('a warning of what others\' acts would cause is no threat; the speaker\'s own force is', () => {
  assert.equal(commitments('Putin has warned that direct clashes with Russia would spark a global catastrophe.').length, 0);
  const [t] = commitments('Putin warned that Russia would respond with force.');
  assert.equal(t?.kind, 'threat');
  assert.equal(t?.action, 'ASSAULT');
});

test('a denial names a commitment only when its own words do; a subject no one can code is not replaced by a party nearby', () => {
  const cs = commitments('Iran has denied that it is providing Russia with weapons, but Reuters reported that Tehran had agreed to provide Russia with more weapons in a new deal.');
  assert.ok(!cs.some((c) => c.kind === 'ceasefire'), JSON.stringify(cs.map((c) => c.kind)));
  assert.equal(commitments('Pro-Putin war supporters were quick to demand an all out attack on Kyiv.').length, 0);
});

test('"pulled out of the deal" is a withdrawal; a turn on a condition has not happened', () => {
  const [c] = commitmentsOf('Pyongyang pulled out of the fisheries agreement on Monday.', '2022-10-01');
  assert.equal(c?.phase, 'withdrawn');
  assert.deepEqual(commitmentsOf('Seoul warned that if Pyongyang suspends the fisheries agreement, prices will soar.', '2022-10-01'), []);
  assert.deepEqual(commitmentsOf('Tehran wants guarantees in case a future government pulls out of the accord.', '2022-10-01'), []);
});
