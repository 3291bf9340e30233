/**
 * Commitments reported by others and made together, through the default pipeline (parser included), on sentences
 * written for this test: a first person inside a quote is the quote's speaker, an agreement announced by a third
 * party binds the parties that agreed (never the announcer or the broker), coordinated pledges of the same act
 * share their recipient, a verb whose sense is the subject's own going names no act, and a pronoun opening a
 * sentence stands for the last sentence's subject (a person of its gender).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes, commitmentsOf } from '../../testing/commitments.js';

const commitments = (text: string) => commitmentsOf(text, '2022-10-01');

test('a first person inside a quote is its speaker, attributed after or before the quote', () => {
  const [a] = commitments('"We will never recognise the annexation," the Ukrainian foreign minister said.');
  assert.equal(a?.kind, 'pledge');
  assert.deepEqual(codes(a!.by), ['UKR']);
  assert.equal(a?.action, 'SUPPORT');
  assert.equal(a?.refrain, true);
  const [b] = commitments('"We will supply more tanks to Ukraine," the German chancellor told reporters.');
  assert.deepEqual(codes(b!.by), ['DEU']);
  assert.equal(b?.action, 'AID');
  const [c] = commitments('Zelensky said: "We will not negotiate with Putin."');
  assert.deepEqual(codes(c!.by), ['UKR']);
  assert.equal(c?.action, 'CONSULT');
  assert.equal(c?.refrain, true);
});

test('a quote with no first person or no attribution names no party', () => {
  assert.deepEqual(commitments('"They will never recognise the annexation," a commentator wrote.'), []);
});

test('an agreement announced by a third party binds the two that agreed', () => {
  const [c] = commitments("The European Union's foreign policy chief announced Saturday that Serbia and Kosovo have agreed on how to resolve a dispute over their identity documents.");
  assert.equal(c?.kind, 'agreement');
  assert.deepEqual(codes(c!.by), ['SRB', 'XKX']);
  assert.deepEqual(commitments('The ministers have agreed on the need for more talks.'), []);
});

test('a brokered deal binds the parties it was made between, not its brokers', () => {
  const [c] = commitments('The Turkey and UN-brokered deal to unlock grain exports signed between Russia and Ukraine in July is critical to easing the food crisis.');
  assert.equal(c?.kind, 'agreement');
  assert.deepEqual(codes(c!.by), ['RUS', 'UKR']);
  assert.ok(codes(c!.mediators ?? []).includes('TUR'), JSON.stringify(c?.mediators));
});

test('coordinated pledges of the same act share the recipient the first names', () => {
  const cs = commitments('Germany pledged 14 tanks to Ukraine, while France promised to send air defence systems.');
  assert.equal(cs.length, 2);
  for (const c of cs) assert.deepEqual(codes(c.to), ['UKR'], JSON.stringify(c));
  assert.deepEqual(cs.map((c) => codes(c.by)[0]), ['DEU', 'FRA']);
});

test('people told to evacuate leave themselves (no act); evacuating civilians is aid', () => {
  const [told] = commitments('The Ukrainian deputy prime minister warned civilians in the occupied region to urgently evacuate.');
  assert.equal(told?.kind, 'demand');
  assert.equal(told?.action, null);
  assert.deepEqual(codes(told!.to), ['UKR']);
  const [agreed] = commitments('Russia agreed to evacuate civilians from the steel plant.');
  assert.equal(agreed?.action, 'AID');
});

test('a threat to stop contact is a sanction; an owned nuclear threat is one; reneging on a deal is a violation reported', () => {
  const [t] = commitments('Zelensky also reiterated his threat to stop any contact with Russia should it implement the results.');
  assert.equal(t?.kind, 'threat');
  assert.deepEqual(codes(t!.by), ['UKR']);
  assert.equal(t?.action, 'SANCTION');
  const [n] = commitments("Officials stressed that while Putin's nuclear threats are unlikely to materialize, they should be taken seriously.");
  assert.equal(n?.kind, 'threat');
  assert.equal(n?.action, 'ASSAULT');
  assert.deepEqual(commitments('The threats facing Europe are many.'), []);
  const [r] = commitments('Then the Saudis showed signs they were reneging on the oil deal.');
  assert.equal(r?.phase, 'accused-violation');
});

test('offering to supply gas is trade (COOPERATE); asking a country to stay out of NATO is a concession asked', () => {
  const [g] = commitments('Moscow said one line remained intact and offered to supply gas to Europe through it.');
  assert.equal(g?.action, 'COOPERATE');
  assert.equal(g?.status, 'proposed');
  const [d] = commitments('Russia is still asking for Ukraine to stay out of the NATO alliance.');
  assert.equal(d?.kind, 'demand');
  assert.equal(d?.action, 'CONCEDE');
  assert.ok(codes(d!.to).includes('UKR'));
});

test('one side\'s yes awaiting the other is announced, not active; a frame is never the act', () => {
  const [a] = commitments('Kyiv has agreed to the proposal, but Moscow has yet to respond.');
  assert.equal(a?.status, 'announced');
  assert.notEqual(a?.action, 'AGREE');
  const [b] = commitments("Hamas has accepted the truce plan, which still needs Israel's approval.");
  assert.equal(b?.status, 'announced');
  const [c] = commitments('Russia and Ukraine agreed to a prisoner swap, and the exchange took place on Friday.');
  assert.equal(c?.status, 'active');
});

test('a joke and a vow to keep fighting are no commitments', () => {
  assert.deepEqual(commitments('The comedian joked that Putin promised to behave.'), []);
  assert.deepEqual(commitments('Zelensky thanked Johnson for his support and promised to keep fighting.'), []);
  assert.equal(commitments('Putin promised to halt strikes on energy sites.')[0]?.refrain, true);
});

test('a listed subject the parse kept only in part: every listed party agreed', () => {
  const [c] = commitments('The United Nations, Russia, Ukraine and Turkey on Friday agreed to allow the export of Ukrainian grain in a bid to alleviate a global food crisis.');
  assert.equal(c?.kind, 'agreement');
  assert.deepEqual(codes(c!.by), ['RUS', 'TUR', 'UKR', 'UNO']);
});

test('the press asks and comments but makes no commitments: a reporter\'s question or a correspondent\'s demand is not on the record', () => {
  assert.deepEqual(commitments('A reporter asked Mulvaney to confirm that the administration had withheld military assistance from Ukraine.').map((c) => c.kind), []);
  assert.deepEqual(commitments('An NBC News correspondent demanded that Russia withdraw its troops.').map((c) => c.kind), []);
  assert.deepEqual(commitments('Zelensky demanded that Russia withdraw its troops.').map((c) => c.kind), ['demand']);
});

test('a pronoun opening a sentence stands for the last sentence\'s subject', () => {
  const [c] = commitments('Putin met Erdogan in Sochi. He promised to keep gas flowing to Turkey.');
  assert.deepEqual(codes(c!.by), ['RUS']);
});
