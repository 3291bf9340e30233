/**
 * Frames of commitments in news prose, through the default pipeline on sentences written for this test: "agreed on
 * a package of …", a possessive pronoun's commitment, a commitment kept, and a thing sent that the actors layer
 * codes as a generic agent ("tanks").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes, commitmentsOf } from '../../testing/commitments.js';

const commitments = (text: string) => commitmentsOf(text, '2022-10-01');

test('"agreed on a package of sanctions" commits the subject; "agreed on the need for" is an opinion', () => {
  const [c] = commitments('The EU agreed on a ninth package of sanctions against Russia.');
  assert.equal(c?.kind, 'pledge');
  assert.deepEqual(codes(c!.by), ['EUR']);
  assert.equal(c?.action, 'SANCTION');
  assert.deepEqual(codes(c!.to), ['RUS']);
  assert.equal(commitments('Leaders agreed on the need for more talks.').length, 0);
});

test('a possessive pronoun\'s offer is the subject\'s when its kind fits', () => {
  const [c] = commitments('Turkey said its offer to mediate between Russia and Ukraine still stands.');
  assert.deepEqual(codes(c!.by), ['TUR']);
  assert.equal(c?.status, 'proposed');
  assert.equal(c?.action, 'CONSULT');
});

test('a promise kept is kept; a promise made is active', () => {
  const [k] = commitments('The US kept its promise to send tanks to Ukraine.');
  assert.equal(k?.status, 'kept');
  assert.deepEqual(codes(k!.by), ['USA']);
  const [m] = commitments('The US made a promise to send tanks to Ukraine.');
  assert.equal(m?.status, 'active');
});

test('a generic agent noun sent is the scope, not a party', () => {
  const [c] = commitments('Germany pledged to send tanks to Ukraine.');
  assert.equal(c?.scope, 'tanks');
  assert.deepEqual(codes(c!.to), ['UKR']);
});

test('deadlines of a year, a month, the end of the year and a bare weekday end the window on their last day', () => {
  assert.equal(commitments('Germany remains committed to ending its greenhouse gas emissions by 2045.')[0]?.ends, '2045-12-31');
  assert.equal(commitments('Russia agreed to withdraw its troops by the end of the year.')[0]?.ends, '2022-12-31');
  // published on Saturday 1 October 2022: August is next year's, Friday is the coming one
  assert.equal(commitments('The EU pledged to stop buying Russian coal by August.')[0]?.ends, '2023-08-31');
  const [d] = commitments('Ukraine gave Russia until Friday to withdraw its troops.');
  assert.equal(d?.ends, '2022-10-07');
  assert.equal(d?.status, 'active');
  assert.equal(commitments('In August, the EU pledged to stop buying Russian coal.')[0]?.ends, null);
});

test('an amount is named with what it buys; a commitment noun\'s modifiers name its object when it has no content', () => {
  const [a] = commitments('Britain has already pledged more than £1.3 billion ($1.6 billion) in economic and humanitarian support to Ukraine.');
  assert.match(a?.scope ?? '', /^1\.3 billion in economic and humanitarian support$/);
  const [b] = commitments('Poland sealed a deal with South Korea on Friday to purchase $5.8 billion worth of tanks and howitzers.');
  assert.match(b?.scope ?? '', /worth of tanks and howitzers/);
  const [c] = commitments("Putin's nuclear threats should be taken seriously.");
  assert.equal(c?.scope, 'nuclear');
});

test('a known commitment signed keeps its own act, whatever the verb around it', () => {
  const [c] = commitments('Russia and Ukraine signed the grain deal.');
  assert.equal(c?.kind, 'agreement');
  assert.equal(c?.action, 'COOPERATE');
});

test('an aid package announced is a pledge of aid to its receiver; one only talked about is none', () => {
  const [c] = commitments('Washington announced a new $800 million military aid package for Ukraine.');
  assert.equal(c?.kind, 'pledge');
  assert.deepEqual(codes(c!.by), ['USA']);
  assert.deepEqual(codes(c!.to), ['UKR']);
  assert.equal(c?.action, 'AID');
  assert.equal(commitments('Economists said the aid package would not be enough.').length, 0);
});

test('a modal of obligation in reported speech is a demand by the speaker of the obliged party; an opinion or a state is none', () => {
  const [c] = commitments('The EU must stop buying Russian gas, Zelensky said.');
  assert.equal(c?.kind, 'demand');
  assert.deepEqual(codes(c!.by), ['UKR']);
  assert.deepEqual(codes(c!.to), ['EUR']);
  assert.equal(c?.action, 'SANCTION');
  const [d] = commitments('Biden said Russia has to withdraw its troops from Ukraine.');
  assert.deepEqual([codes(d!.by), codes(d!.to), d?.action], [['USA'], ['RUS'], 'RETREAT']);
  assert.equal(commitments('Ukraine must win this war, Biden said.').length, 0);
  assert.equal(commitments('Zelensky said that Ukraine has to be ready for a long war.').length, 0);
  assert.equal(commitments('Prices must fall next year.').length, 0, 'no speaker, no party');
});

test('an idea agreed with is a proposal; a commitment with open questions is announced, never active', () => {
  const [c] = commitments('Putin said he agrees with the idea of a ceasefire, but questions remain.');
  assert.equal(c?.status, 'proposed');
  const [d] = commitments('Russia agreed to a ceasefire, but details have yet to be worked out.');
  assert.equal(d?.status, 'announced');
  assert.equal(commitments('Russia agreed to a ceasefire.')[0]?.status, 'active');
});

test('a party\'s own act on a condition, said of itself, is an offer; a condition\'s words are not its act', () => {
  const [c] = commitments('Russia said it would resume gas supplies if sanctions were lifted.');
  assert.deepEqual([c?.kind, c?.status, c?.action], ['pledge', 'proposed', 'COOPERATE']);
  const [d] = commitments('On Crimea, Ukrainian negotiators said they could continue holding talks with Russia, assuming both countries held off.');
  assert.deepEqual(codes(d!.by), ['UKR'], 'an opening phrase set off by a comma is no co-subject');
  assert.deepEqual(codes(d!.to), ['RUS'], 'talks with X are addressed to X');
  assert.equal(d?.status, 'proposed');
  assert.equal(commitments('Analysts said Russia would resume gas supplies if sanctions were lifted.').length, 0);
});

test('commas alone join no parties; "X, Y and Z" does', () => {
  const [c] = commitments('In a meeting with Erdogan, Khamenei delivered a stern warning against the planned Turkish incursion.');
  assert.deepEqual(codes(c!.by), ['IRN']);
  const [d] = commitments('Russia, Ukraine and Turkey agreed to a deal on grain exports.');
  assert.deepEqual(codes(d!.by), ['RUS', 'TUR', 'UKR']);
});

test('a demonstrative mention ("this promise") refers back to the commitment reported before, no new record', () => {
  const all = commitments('Putin pledged to halt strikes on energy sites. Kyiv doubted this promise.');
  assert.equal(all.length, 1);
  assert.equal(all[0]?.evidence.length, 2);
});

test('a hostile act on a condition said of itself is one threat, not also a proposed offer', () => {
  const all = commitments('Moscow said it would strike Kyiv if Ukraine attacked Crimea.');
  assert.equal(all.length, 1);
  assert.deepEqual([all[0]?.kind, all[0]?.status], ['threat', 'active']);
});
