/**
 * The party a commitment's act bears on and the act's type, read from the content's tree, through the default
 * pipeline (parser included), on sentences written for this test: the party helped ("help Ukraine rebuild its grid")
 * is aided; weapon systems given to another party are military aid; what a reaction answers is not its act
 * ("respond to any NATO deployment"); a generic addressee with the speaker's own possessive ("its citizens") is the
 * speaker's country, and a pair named before ("both nations") is not.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes, commitmentsOf } from '../../testing/commitments.js';

const commitments = (text: string) => commitmentsOf(text, '2022-10-01');

test('the party a pledge helps is the one it is made to, and the help is aid', () => {
  const [c] = commitments('Germany pledged to help Ukraine rebuild its energy grid.');
  assert.equal(c?.kind, 'pledge');
  assert.deepEqual(codes(c!.to), ['UKR']);
  assert.equal(c?.action, 'AID');
  const [d] = commitments('The EU promised to help Moldova cope with the energy crisis.');
  assert.deepEqual(codes(d!.to), ['MDA']);
  assert.equal(d?.action, 'AID');
  // (the helped act's object is not the one helped)
  for (const e of commitments('The volunteer promised to help push Russian troops back.')) assert.ok(!(e.action === 'AID' && codes(e.to).includes('RUS')), JSON.stringify(e));
});

test('weapon systems promised to another party are military aid', () => {
  const [c] = commitments('Washington promised Kyiv more Patriot batteries.');
  assert.equal(c?.kind, 'pledge');
  assert.deepEqual(codes(c!.to), ['UKR']);
  assert.equal(c?.action, 'AID');
});

test('weapons a threat would use, or a party buys, are no aid', () => {
  for (const c of commitments('Medvedev threatened to use hypersonic missiles against Kyiv.')) assert.notEqual(c.action, 'AID');
  const [c] = commitments('Russia agreed to buy hundreds of drones from Iran.');
  assert.notEqual(c?.action, 'AID');
});

test('what a reaction answers is not its act; what it is made by is', () => {
  const [c] = commitments('Lavrov warned that Russia would respond to any NATO deployment in Finland.');
  assert.equal(c?.kind, 'threat');
  assert.notEqual(c?.action, 'MOBILIZE');
  const [d] = commitments('The Kremlin vowed to respond to the sanctions by cutting gas supplies to Europe.');
  assert.equal(d?.action, 'SANCTION');
});

test('a generic addressee with the speaker\'s possessive is the speaker\'s country', () => {
  const [c] = commitments('The European Union is asking its citizens to drive less and turn down the heating.');
  assert.equal(c?.kind, 'demand');
  assert.deepEqual(codes(c!.to), ['EUR']);
  assert.equal(c?.to[0]?.sector, 'CVL');
  // ("his" is the speaker's only when the speaker is a person)
  for (const d of commitments('The G7 leaders called on Lukashenko to stop enabling the war, and urged his government to abide by its obligations.')) assert.ok(!codes(d.to).includes('IGO'), JSON.stringify(d.to));
});

test('a pair named before ("both nations") is no generic addressee of the speaker\'s own country', () => {
  const cs = commitments('Finland and Sweden applied to join NATO. The Kremlin has warned both nations against joining the alliance.');
  assert.ok(cs.length >= 1);
  for (const c of cs) assert.ok(!codes(c.to).includes('RUS'), JSON.stringify(c.to));
});

test('weapons removed are a withdrawal, not aid; nations in the plural are other countries', () => {
  const [c] = commitments('The Kremlin said it was ready to remove its missiles from Cuba.');
  assert.equal(c?.action, 'RETREAT');
  const [d] = commitments('Zelensky called on nations to impose stronger sanctions against Russia.');
  assert.equal(d?.kind, 'demand');
  assert.ok(!codes(d!.to).includes('UKR'), JSON.stringify(d!.to));
});

test('the one a pledge verb addresses stands, though its act is hostile and the addressee of the speaker\'s country', () => {
  const [c] = commitments("Zelenskyy's chief of staff Andriy Yermak assured Ukrainians that their forces could hold off the offensive.");
  assert.equal(c?.kind, 'pledge');
  assert.ok(codes(c!.to).includes('UKR'), JSON.stringify(c!.to));
});
