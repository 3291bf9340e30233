/**
 * What a threat holds out, read from the tree, through the default pipeline (parser included), on sentences written for
 * this test: "threatened X with Y" holds out Y to X (its scope and act), also as a conjunct of another verb; military action
 * or force held out is an assault; an opening "They" stands for the previous coordinated subject, and a noun of relation
 * ("Ukraine's allies") not for its possessor (who commits).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes, commitmentsOf } from '../../testing/commitments.js';

const commitments = (text: string) => commitmentsOf(text, '2022-10-01');

test('"threatened X with Y": Y is what the threat holds out, to X', () => {
  const [c] = commitments('Biden threatened Putin with unprecedented sanctions.');
  assert.equal(c?.kind, 'threat');
  assert.deepEqual(codes(c!.to), ['RUS']);
  assert.equal(c?.action, 'SANCTION');
  assert.match(c?.scope ?? '', /sanctions/);
});

test('a threat in a conjunct reads its own with-phrase, not the first verb\'s object', () => {
  const cs = commitments('Biden has shipped military equipment to Ukrainian forces, threatened Putin with unprecedented sanctions and rejected the demand.').filter((c) => c.kind === 'threat');
  assert.equal(cs.length, 1);
  assert.equal(cs[0]?.action, 'SANCTION');
  assert.deepEqual(codes(cs[0]!.to), ['RUS']);
});

test('military action held out is an assault', () => {
  const [c] = commitments('China threatened Taiwan with military action.');
  assert.equal(c?.kind, 'threat');
  assert.equal(c?.action, 'ASSAULT');
});

test('an opening "They" stands for the previous sentence\'s coordinated subject', () => {
  const cs = commitments('Britain and Canada announced new aid for Kyiv. They vowed to send artillery and air defence systems to Kyiv.');
  const c = cs.find((x) => x.kind === 'pledge');
  assert.deepEqual(codes(c?.by ?? []), ['CAN', 'GBR']);
});

test('the noun "threat of" with no party of its own names a danger, not a threat made', () => {
  assert.equal(commitments('Residents were moved east over the looming threat of Ukrainian military action.').filter((c) => c.kind === 'threat').length, 0);
  const [c] = commitments('Putin is again violating international law with his threats to annex more of Ukraine.');
  assert.equal(c?.kind, 'threat');
  assert.deepEqual(codes(c!.by), ['RUS']);
});

test('a noun of relation names others than its possessor ("Ukraine\'s allies have pledged …" is no pledge of Ukraine\'s); a name beside it is the party', () => {
  for (const c of commitments("Ukraine's allies have pledged to send more weapons to help it defend against a renewed Russian offensive.")) assert.ok(!codes(c.by).includes('UKR'), JSON.stringify(c.by));
  const [d] = commitments("Putin's ally Alexander Lukashenko, the president of Belarus, warned the West last week against backing Russia into a corner.");
  assert.equal(d?.kind, 'demand');
  assert.deepEqual(codes(d!.to), ['WST']);
});

test('a warning that an act by others "could result in" or "would lead to" consequences or a response threatens that response', () => {
  const [c] = commitments('Beijing warned that any visit by US officials to Taipei could result in serious consequences.');
  assert.equal(c?.kind, 'threat');
  assert.deepEqual(codes(c!.by), ['CHN']);
  assert.match(c?.scope ?? '', /consequences/);
  const [d] = commitments('Moscow warned that new NATO bases in Finland would lead to a military response.');
  assert.equal(d?.kind, 'threat');
  assert.match(d?.scope ?? '', /^military response/);
  assert.deepEqual(commitments('The UN warned that the blockade could lead to famine in Africa.'), [], 'a feared state of affairs is no threat');
  assert.deepEqual(commitments('Economists warned that the sanctions could result in a deep recession.'), []);
});

test('a threat that a verb of danger takes ("raising the threat of", "poses a threat to") is a danger; a warning of another party\'s retaliation threatens nothing of the speaker\'s', () => {
  assert.deepEqual(commitments('Moscow has massed troops near Kharkiv, raising the threat of a new offensive.'), []);
  assert.deepEqual(commitments('Lukashenko has moved troops to the border, increasing the threat of an attack on Lithuania.'), []);
  assert.deepEqual(commitments('Belarus said the drills posed a direct threat to Lithuania.').filter((c) => c.kind === 'threat'), []);
  assert.deepEqual(commitments('The Lithuanian minister warned of possible Belarusian retaliation for the transit ban.').filter((c) => c.kind === 'threat'), []);
  const [own] = commitments('Minsk warned of retaliation for the transit ban.');
  assert.equal(own?.kind, 'threat', "a warning of retaliation with no other party's is the speaker's own");
  assert.deepEqual(codes(own!.by), ['BLR']);
});

test('a pledge of a reaction on another party\'s act is a threat to that party, made', () => {
  const [c] = commitments('Western nations have pledged to take firm action if Russia uses chemical weapons.');
  assert.equal(c?.kind, 'threat');
  assert.deepEqual(codes(c!.by), ['WST']);
  assert.deepEqual(codes(c!.to), ['RUS']);
  assert.equal(c?.status, 'active');
  // (a pledge of aid on a condition stays an offer)
  const [d] = commitments('Germany pledged to send more tanks if Ukraine needed them.');
  assert.equal(d?.kind, 'pledge');
  assert.equal(d?.status, 'proposed');
});
