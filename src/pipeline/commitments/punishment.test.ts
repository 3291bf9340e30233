/**
 * Warnings that hold out a punishment (readings.ts sufferedIn, MEASURES_COMING) and warnings whose clause is reached
 * past the one warned or a time, through the default pipeline on sentences written for this test: a threat of the
 * speaker's side when the clause's subject would be punished, prosecuted or made a target with no other doer named, or
 * measures are announced as coming; a fate foretold, or a punishment another party would bring, is no threat.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes, commitmentsOf } from '../../testing/commitments.js';
import { sufferedIn } from './readings.js';

const commitments = (text: string) => commitmentsOf(text, '2022-10-20');
const nobody = () => false;

test('a punishment held out for the clause\'s subject, its doer unnamed or the speaker', () => {
  assert.equal(sufferedIn(' that collaborators would be prosecuted after the war', nobody), 'be prosecuted');
  assert.equal(sufferedIn(' that the bridges may be considered legitimate targets', nobody), 'be considered legitimate targets');
  assert.equal(sufferedIn(' that civilians would be arrested by Russian forces', nobody), null);
  assert.equal(sufferedIn(' that the dam would be destroyed', nobody), null);
});

test('"warned on <day> that … would be annihilated if …": a threat by the speaker, past the time before the clause', () => {
  const [c, ...rest] = commitments('EU foreign policy chief Josep Borrell warned on Thursday that the Russian army would be annihilated if Putin uses nuclear weapons against Ukraine.');
  assert.equal(rest.length, 0);
  assert.equal(c?.kind, 'threat');
  assert.deepEqual(codes(c!.by), ['EUR']);
  assert.deepEqual(c?.conditions, ['Putin uses nuclear weapons against Ukraine']);
});

test('a target declared after the clause it attributes, and measures announced as coming to those warned', () => {
  const [c] = commitments('Bridges used to supply the Ukrainian army may be considered a legitimate target, Medvedev warned.');
  assert.equal(c?.kind, 'threat');
  assert.deepEqual(codes(c!.by), ['RUS']);
  // (a target is struck: the act held out is an assault)
  assert.equal(c?.action, 'ASSAULT');
  const [d] = commitments('President Joe Biden warned oligarchs backing Vladimir Putin that sanctions were coming for them.');
  assert.equal(d?.kind, 'threat');
  assert.deepEqual(codes(d!.by), ['USA']);
});

test('no threat from a fate foretold, a punishment by another party, or a clause whose speaker the actors layer does not know', () => {
  assert.deepEqual(commitments('Human Rights Watch warned on Monday that civilians would be arrested by Russian forces.'), []);
  assert.deepEqual(commitments('The mayor warned residents on Sunday that the dam would be destroyed.'), []);
  // (the party of the clause is no speaker: "Russian" here only qualifies the curriculum)
  const cs = commitments('Teachers who use the Russian curriculum would be punished, Qwertyuiop warned.');
  assert.ok(!cs.some((c) => c.by.some((b) => b.code === 'RUS')), JSON.stringify(cs.map((c) => c.by)));
  // (with a speaker named, the same clause is a threat: this half fails on the starting code)
  const [c] = commitments('Teachers who use the Russian curriculum would be punished, Zelensky warned.');
  assert.equal(c?.kind, 'threat');
  assert.deepEqual(codes(c!.by), ['UKR']);
});

test('a warned clause with quoted words in its subject, or a condition set off by a comma, still threatens the speaker\'s act', () => {
  const [c] = commitments('Putin has warned that any further Ukrainian “terrorist” attacks on Russian soil will be met with a significant military response.');
  assert.equal(c?.kind, 'threat');
  assert.deepEqual(codes(c!.by), ['RUS']);
  const [d] = commitments('Moscow had warned Washington in advance that, should it block the flight, Russia would respond.');
  assert.equal(d?.kind, 'threat');
  assert.deepEqual(codes(d!.by), ['RUS']);
  assert.deepEqual(codes(d!.to), ['USA']);
});
