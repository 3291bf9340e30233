/**
 * The act of a commitment read by where its words stand in the content: the head word, then a judging verb's own
 * sense (CAMEO), then the head's arguments, never an adjunct's word; sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commitmentsOf } from '../../testing/commitments.js';

const first = (text: string) => commitmentsOf(text, '2025-03-19')[0];

test('a word in an adjunct of the content names no act ("reparations for the war" is no assault)', () => {
  const c = first('Poland demanded that Germany pay reparations for the war.');
  assert.equal(c?.kind, 'demand');
  assert.notEqual(c?.action, 'ASSAULT');
});

test('a verb that condemns an act is an accusation, whatever its object names', () => {
  assert.equal(first('Washington called on Beijing to condemn the invasion.')?.action, 'ACCUSE');
  assert.equal(first('The EU urged Serbia to condemn the attacks on Ukrainian cities.')?.action, 'ACCUSE');
});

test('a verb of doing takes its kind from its object ("match its military aid" is aid)', () => {
  const c = first('Britain has promised to match its military aid to Ukraine next year.');
  assert.equal(c?.action, 'AID');
});

test("the head's own modifiers name the act before the head ('suspend trade preferences': trade stopped, a sanction)", () => {
  const c = first('The EU threatened to suspend trade preferences for Georgia.');
  assert.equal(c?.kind, 'threat');
  assert.equal(c?.action, 'SANCTION');
  assert.equal(c?.refrain, false);
});

test('the act an enabling verb allows is in its complement clause', () => {
  const c = first('Russia and Ukraine reached an agreement on a plan that would allow Kyiv to export its grain.');
  assert.equal(c?.action, 'COOPERATE');
});

test('the argument names the act when the head word does not ("demanded the withdrawal of troops")', () => {
  assert.equal(first('Kyiv has demanded the withdrawal of all Russian troops from its territory.')?.action, 'RETREAT');
  assert.equal(first('The United States vowed to impose new sanctions on Iran.')?.action, 'SANCTION');
});

test('an agreement of two parties whose act has no more specific type is cooperation; one with a typed act keeps it', () => {
  const c = first('Ukraine and Poland reached an agreement to expand grain transit routes.');
  assert.equal(c?.kind, 'agreement');
  assert.equal(c?.action, 'COOPERATE');
  assert.equal(first('Russia and Ukraine agreed to exchange prisoners of war.')?.action, 'CONCEDE');
  // one party's pledge with no typed act gets no default
  assert.notEqual(first('Serbia promised to align its foreign policy with the EU.')?.action, 'COOPERATE');
});

test('a thing the committing verb gives is read with that verb ("offer the journalist protection" is aid)', () => {
  const c = first('Macron said he wants to offer the journalist protection.');
  assert.equal(c?.action, 'AID');
  assert.equal(c?.status, 'proposed');
  assert.equal(first('Germany offered Kyiv air defence systems.')?.action, 'AID');
});

test('military force used is an assault', () => {
  assert.equal(first('Baku has vowed to use military force against the separatists.')?.action, 'ASSAULT');
});

test('a light verb whose object stops something ("put an end to", "bring a halt to") refrains from what its to-phrase names', () => {
  const c = first('The French president urged Moscow to put an end to its offensive in the Donbas.');
  assert.equal(c?.kind, 'demand');
  assert.equal(c?.action, 'ASSAULT');
  assert.equal(c?.refrain, true);
  const d = first('Germany called on Russia to bring a halt to the shelling of Kharkiv.');
  assert.equal(d?.refrain, true);
  assert.equal(first('Germany called on Russia to bring more troops to the border.')?.refrain, false, 'a light verb with no stopping noun stops nothing');
});

test('support given militarily or financially is aid; letting grain out or escorting merchant ships is trade; driving forces out is fighting', () => {
  assert.equal(first('Italy and Spain agreed to keep backing Kyiv financially.')?.action, 'AID');
  assert.equal(first('Norway and Denmark agreed to keep backing Kyiv, both militarily and financially, for years.')?.action, 'AID');
  assert.equal(first('Paris promised to support Ukraine militarily for as long as it takes.')?.action, 'AID');
  assert.equal(first('Paris promised to support Ukraine politically.')?.action, 'SUPPORT', 'support of another kind stays support');
  assert.equal(first('Turkey urged Russia to allow Ukrainian wheat to leave Odesa.')?.action, 'COOPERATE');
  assert.equal(first('Ankara offered to escort merchant vessels leaving Ukrainian ports.')?.action, 'COOPERATE');
  assert.equal(first('Kyiv vowed to push Russian troops back from the Dnipro.')?.action, 'ASSAULT');
  assert.notEqual(first('The EU pledged to drive prices down from their peak.')?.action, 'ASSAULT', 'driving prices is no fighting');
});

test('a refusal to agree to concessions is a pledge not to concede; a refusal to agree to a ceasefire is no pledge to refrain from fighting', () => {
  const c = first('Georgia will not agree to any territorial concessions, its prime minister said.');
  assert.equal(c?.kind, 'pledge');
  assert.equal(c?.action, 'CONCEDE');
  assert.equal(c?.refrain, true);
  assert.equal(commitmentsOf('Armenia would never agree to a truce that freezes the front line.', '2025-03-19').some((x) => x.action === 'ASSAULT' && x.refrain), false);
});

test("a commitment noun made to a party, with no act after it, is support of that party; an act after it is that act", () => {
  const c = first("The chancellor stressed Germany's lasting commitment to Moldova on the anniversary of the invasion.");
  assert.equal(c?.action, 'SUPPORT');
  assert.deepEqual(c?.to.map((a) => a.code), ['MDA']);
  assert.match(c?.scope ?? '', /support for Moldova/, 'not the words after the party (the invasion)');
  assert.equal(first("Paris reaffirmed its commitment to Ukraine to deliver more howitzers.")?.action, 'AID');
  assert.notEqual(first("Berlin's commitment to NATO's spending target is firm.")?.action, 'SUPPORT', "a party's thing is no party");
});

test('a demand to declare a party a terrorist state or organisation is an accusation, not the attacks given as its reason', () => {
  assert.equal(first('Kyiv urged its allies to declare Russia a terrorist state because of its missile attacks on cities.')?.action, 'ACCUSE');
  assert.equal(first('Vilnius urged Washington to designate the Wagner group a terrorist organisation.')?.action, 'ACCUSE');
});
