/**
 * The other side of a pledge or threat whose clause names no addressee (counterpart.ts), through the default
 * pipeline, on sentences written for this test: the one other party of the sentence, else the article's clearly
 * leading other party; never for a demand, a pledge of two parties, an act of no type or a sentence naming two
 * other parties.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes, commitmentsOf } from '../../testing/commitments.js';

const commitments = (text: string) => commitmentsOf(text, '2022-10-01');

test('a threat aimed at the one other party its sentence names', () => {
  const [c] = commitments('Facing new Iranian drills near the strait, the Saudi defence minister vowed to strike back hard.');
  assert.equal(c?.kind, 'pledge');
  assert.deepEqual(codes(c!.by), ['SAU']);
  assert.deepEqual(codes(c!.to), ['IRN']);
});

test('with no other party in its sentence, the party the article clearly led with', () => {
  const cs = commitments('Armenia accused Azerbaijan of shelling border villages. Azerbaijan denied it. The Azerbaijani army said it fired back. Yerevan has vowed to retake the lost positions.');
  const c = cs.find((x) => codes(x.by).includes('ARM'));
  assert.equal(c?.kind, 'pledge');
  assert.deepEqual(codes(c!.to), ['AZE']);
});

test('no guess when the sentence names two other parties, for a demand, or for a pledge of two parties', () => {
  const [a] = commitments('Days after France and Italy traded accusations, the Spanish government vowed to strike back hard.');
  assert.equal(a?.kind, 'pledge');
  assert.deepEqual(codes(a!.to), []);
  const [b] = commitments('Armenia accused Azerbaijan of shelling border villages. Yerevan urged its allies to send help.').filter((x) => x.kind === 'demand');
  assert.ok(!codes(b?.to ?? []).includes('AZE'), JSON.stringify(b?.to));
  const [d] = commitments('Chile and Peru pledged to double bilateral trade, while Bolivia watched.');
  assert.ok(!codes(d?.to ?? []).includes('BOL'), JSON.stringify(d?.to));
});

test('a party named as where an act is ("in Armenia") is not whom it is aimed at', () => {
  const cs = commitments('Armenia accused Azerbaijan of shelling border villages. Azerbaijan denied it. The Azerbaijani army said it fired back. Paris has vowed never to recognise any seizure of land in Armenia.');
  const c = cs.find((x) => codes(x.by).includes('FRA'));
  assert.deepEqual(codes(c!.to), ['AZE']);
});
