/**
 * Verbs of requesting and pressing (CAMEO 10x) and the party a request is put to, through the default pipeline
 * (parser included), on sentences written for this test: "requested that X …", "requested Y from X", "pressured X to
 * …" are demands on X; "demanded Y from X" is put to X; a participle or noun of the same word is no party's demand;
 * one addressed that no code names leaves no party the act is done to as addressee; "our offer" in a quote is its
 * speaker's.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes, commitmentsOf } from '../../testing/commitments.js';

const commitments = (text: string) => commitmentsOf(text, '2022-10-01');
const demands = (text: string) => commitments(text).filter((c) => c.kind === 'demand');

test('"requested that X …": a demand on the subject of the requested clause', () => {
  const [c] = demands('Moscow requested that the UN Security Council hold an emergency meeting on the pipelines.');
  assert.deepEqual(codes(c?.by ?? []), ['RUS']);
  assert.deepEqual(codes(c!.to), ['UNO']);
  assert.equal(c?.action, 'CONSULT');
});

test('"requested Y from X": a demand put to X, of the thing requested', () => {
  const [c] = demands('Poland has requested more air defence systems from Germany.');
  assert.deepEqual(codes(c?.by ?? []), ['POL']);
  assert.deepEqual(codes(c!.to), ['DEU']);
  assert.equal(c?.action, 'AID');
});

test('"pressured X to …": a demand on X', () => {
  const [c] = demands('The United States pressured Kyiv to resume talks with Moscow.');
  assert.deepEqual(codes(c?.by ?? []), ['USA']);
  assert.deepEqual(codes(c!.to), ['UKR']);
  assert.equal(c?.action, 'CONSULT');
});

test('"demanded Y from X": the party the demand is put to is X', () => {
  const [c] = demands('Russia demanded security guarantees from the United States.');
  assert.deepEqual(codes(c?.by ?? []), ['RUS']);
  assert.deepEqual(codes(c!.to), ['USA']);
});

test('the requested thing, a participle, is no demand', () => {
  assert.equal(demands('The requested weapons from Germany arrived in Kyiv on Monday.').length, 0);
  assert.equal(demands('Officials said the pressure on Kyiv to negotiate was growing.').length, 0);
});

test('one addressed that no code names is no reason to address the party the asked act is done to', () => {
  const [c] = commitments('The Russian Foreign Ministry called on the international community to condemn Ukraine for the shelling.');
  assert.equal(c?.kind, 'demand');
  assert.ok(!codes(c!.to).includes('UKR'), JSON.stringify(c!.to));
  const [d] = commitments('Johnson urged allies to maintain their support to Ukraine through the winter.');
  assert.equal(d?.kind, 'demand');
  assert.ok(!codes(d!.to).includes('UKR'), JSON.stringify(d!.to));
});

test('a first-person possessive commitment noun in a quote is its speaker\'s ("our offer", "our commitment")', () => {
  const [c] = commitments('"Our offer of talks with Kyiv still stands," the Kremlin said.');
  assert.equal(c?.kind, 'pledge');
  assert.deepEqual(codes(c!.by), ['RUS']);
  assert.equal(c?.status, 'proposed');
  const [d] = commitments('"We stand by our commitment to supply gas to Europe," Gazprom said.');
  assert.deepEqual(codes(d?.by ?? []), ['RUS']);
});
