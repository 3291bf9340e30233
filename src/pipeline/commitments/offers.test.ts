/**
 * Commitments that wire reports phrase as nouns of readiness, progressive appeals, assurances given and warnings of
 * a response; sentences written for this test. An offer is never active.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes, commitmentsOf } from '../../testing/commitments.js';

const commitments = (text: string) => commitmentsOf(text, '2025-03-19');

test('a noun of readiness with its infinitive or to-phrase is an offer, proposed', () => {
  const [c] = commitments('The Kremlin signalled its readiness to resume negotiations with Kyiv.');
  assert.equal(c?.kind, 'pledge');
  assert.deepEqual(codes(c!.by), ['RUS']);
  assert.equal(c?.action, 'CONSULT');
  assert.equal(c?.status, 'proposed');
  const [d] = commitments('Maduro signaled his openness to more talks with the United States.');
  assert.equal(d?.status, 'proposed');
  assert.ok(codes(d!.to).includes('USA'));
});

test("a party's willingness to fight or a will described is no offer", () => {
  assert.equal(commitments("Predictions of a quick victory have been upended by the Ukrainians' willingness to fight.").length, 0);
  assert.equal(commitments('The Kremlin has shown its willingness to use force.').length, 0);
  // an offer voiced, whose act is named by the argument of a verb of going ("return to the talks")
  const [c] = commitments('Iran expressed willingness to return to the nuclear talks.');
  assert.equal(c?.action, 'CONSULT');
  assert.equal(c?.status, 'proposed');
});

test('an appeal in the progressive is made ("is asking Ukraine to …"); a passive "is asked" is not the asker\'s', () => {
  const [c] = commitments('Russia is asking Ukraine to recognise the annexed regions.');
  assert.equal(c?.kind, 'demand');
  assert.deepEqual(codes(c!.by), ['RUS']);
  assert.deepEqual(codes(c!.to), ['UKR']);
  assert.ok(!commitments('Ukraine is asked to recognise the annexed regions.').some((x) => x.kind === 'demand' && codes(x.by).includes('UKR')));
});

test('assurances offered are a pledge made, not a proposal', () => {
  const [c] = commitments('Moscow offered reassurances that it would not invade Ukraine.');
  assert.equal(c?.kind, 'pledge');
  assert.equal(c?.status, 'active');
  assert.equal(c?.action, 'ASSAULT');
  assert.equal(c?.refrain, true);
});

test("a warning that another party's act would meet a response threatens the response, not that act", () => {
  const [c] = commitments('NATO warned Russia that any use of chemical weapons would trigger a severe response.');
  assert.equal(c?.kind, 'threat');
  assert.deepEqual(codes(c!.by), ['NATO']);
  assert.deepEqual(codes(c!.to), ['RUS']);
  assert.equal(c?.action, null);
  const [d] = commitments('The Kremlin warned that any attack on Crimea would be met with a nuclear response.');
  assert.equal(d?.kind, 'threat');
  assert.equal(d?.action, 'ASSAULT');
  assert.equal(d?.refrain, false);
  // a prediction of a state of affairs is no threat
  assert.equal(commitments('The Kremlin warned that any attack on Crimea would spark a wider war.').length, 0);
});

test("a pledge made as part of a deal with a party is made to that party; a deal named elsewhere in the sentence is not", () => {
  const [c] = commitments('Sweden pledged to crack down on Kurdish militants as part of a deal with Turkey.');
  assert.equal(c?.kind, 'pledge');
  assert.deepEqual(codes(c!.to), ['TUR']);
  const [d] = commitments('Sweden pledged to crack down on Kurdish militants, and a deal with Turkey was also signed.');
  assert.ok(!codes(d?.to ?? []).includes('TUR'));
});

test('a demand or offer refused in the passive is rejected, and put to the party that refused it', () => {
  const [c] = commitments("Zelensky's call for a no-fly zone was rejected by NATO.");
  assert.equal(c?.kind, 'demand');
  assert.equal(c?.status, 'rejected');
  assert.deepEqual(codes(c!.to), ['NATO']);
  const [d] = commitments("Russia's offer to open a humanitarian corridor to Russia was rejected by Kyiv as cynical.");
  assert.equal(d?.status, 'rejected');
  assert.deepEqual(codes(d!.to), ['UKR']);
  // a refusal of something else, in another clause, is not this offer's
  const [e] = commitments("Russia offered to open a humanitarian corridor, and a Ukrainian proposal on prisoners was rejected by Moscow.");
  assert.notEqual(e?.status, 'rejected');
});

test('a warning of the speaker\'s own act with "that" left out is a threat; of a state of affairs it is none', () => {
  const [c] = commitments('The US warned it would impose sanctions on any company helping Russia evade export controls.');
  assert.equal(c?.kind, 'threat');
  assert.deepEqual(codes(c!.by), ['USA']);
  assert.equal(c?.action, 'SANCTION');
  assert.equal(commitments('The agency warned it would take years to restore the grid.').length, 0);
  assert.equal(commitments('Officials warned they would run out of ammunition.').length, 0);
});

test('a finite clause after a subordinator the parse read as a preposition keeps its own subject', () => {
  const [c] = commitments('Russia carried out its latest strikes on Tuesday after the United States warned it would impose new sanctions on Moscow.');
  assert.equal(c?.kind, 'threat');
  assert.deepEqual(codes(c!.by), ['USA']);
});

test('an agreement with another party names both as parties; an opinion shared with one is no agreement', () => {
  const [c] = commitments('India agreed with Russia on a plan to pay for oil in rupees.');
  assert.equal(c?.kind, 'agreement');
  assert.deepEqual(codes(c!.by).sort(), ['IND', 'RUS']);
  assert.equal(commitments('Erdogan agreed with Putin that the West was to blame.').length, 0);
});

test('assuring a party that one will act is a pledge made to it', () => {
  const [c] = commitments('Sunak assured Zelensky that Britain would keep supplying weapons.');
  assert.equal(c?.kind, 'pledge');
  assert.deepEqual(codes(c!.to), ['UKR']);
  assert.equal(c?.action, 'AID');
  assert.equal(c?.status, 'active');
});

test('ruling out one\'s own act is a pledge to refrain from it; ruling out a past involvement is a denial, none', () => {
  const [c] = commitments('Scholz ruled out sending fighter jets to Ukraine.');
  assert.equal(c?.kind, 'pledge');
  assert.deepEqual(codes(c!.by), ['DEU']);
  assert.equal(c?.action, 'AID');
  assert.equal(c?.refrain, true);
  assert.equal(commitments('The Kremlin ruled out any involvement in the attack.').length, 0);
  assert.equal(commitments('Analysts have ruled out holding early elections.').length, 0);
});

test('a threat holding out consequences to a party is made with no act named; a package of aid announced is a pledge', () => {
  const [c] = commitments('Biden threatened China with consequences if it provided military aid to Russia.');
  assert.equal(c?.kind, 'threat');
  assert.deepEqual(codes(c!.to), ['CHN']);
  assert.equal(c?.action, null);
  const [d] = commitments('The Pentagon announced a new $400 million package of military aid for Ukraine.');
  assert.equal(d?.kind, 'pledge');
  assert.equal(d?.action, 'AID');
  assert.deepEqual(codes(d!.to), ['UKR']);
  assert.equal(commitments('Lawmakers debated a package of weapons for Taiwan.').length, 0);
});

test('a commitment word with no party does not hide a second one of its kind in the sentence', () => {
  const cs = commitments('While reports said those demands were not in the draft agreement, Russia is still asking for Ukraine to stay out of NATO.');
  const d = cs.find((c) => c.kind === 'demand');
  assert.deepEqual(codes(d?.by ?? []), ['RUS']);
  assert.ok(codes(d!.to).includes('UKR'));
  // an offer voiced as a noun and a pledge by verb are two commitments
  const two = commitments('Maduro signaled his openness to more talks with the United States and pledged to restart negotiations with the opposition.');
  assert.equal(two.filter((c) => c.kind === 'pledge').length, 2);
});

test('talks offered with no other side named are with the side of the talks the article reported before', () => {
  const [c] = commitments('Russia and Ukraine held talks in Istanbul on Tuesday. Kyiv said it was ready to continue the talks next week.');
  assert.equal(c?.action, 'CONSULT');
  assert.deepEqual(codes(c!.to), ['RUS']);
  const [d] = commitments('Kyiv said it was ready to continue the talks next week.');
  assert.deepEqual(codes(d!.to), []);
});

test("one's own future act insisted on is a pledge, refrained from when negated; insisting that another act is a demand", () => {
  const [c] = commitments("Despite Keir Starmer joking that she will be 'out by Christmas', Ms Truss insisted she will not resign.");
  assert.equal(c?.kind, 'pledge');
  assert.deepEqual(codes(c!.by), ['GBR']);
  assert.equal(c?.action, null);
  assert.equal(c?.refrain, true);
  assert.equal(c?.scope, 'resign');
  const [d] = commitments('Zelensky insisted that Russia must withdraw.');
  assert.equal(d?.kind, 'demand');
  // what a joke tells is still no commitment
  assert.equal(commitments('The comedian joked that Putin promised to behave.').length, 0);
  assert.equal(commitments('The host joked that Zelensky, of all people, promised to stop the war.').length, 0);
});

test('a promise that one\'s own country will act on an object is made, though no PLOVER type names the act; resolve is not', () => {
  const [c] = commitments('Scholz promised that Germany would spend 2% of its GDP on defence.');
  assert.equal(c?.kind, 'pledge');
  assert.equal(c?.action, null);
  assert.equal(commitments('Sunak vowed that Britain will not buckle.').length, 0);
  assert.equal(commitments('Putin vowed that Moscow was taking all measures.').length, 0);
});

test('a deadline given to a noun phrase is a demand; laying down arms is a concession, not arms supplied', () => {
  const [c] = commitments('Russia gave Ukrainian troops in Mariupol until 5 a.m. to lay down their arms.');
  assert.equal(c?.kind, 'demand');
  assert.deepEqual(codes(c!.to), ['UKR']);
  assert.equal(c?.action, 'CONCEDE');
  const [d] = commitments('Moscow gave Kyiv until Friday to accept the terms.');
  assert.equal(d?.kind, 'demand');
  assert.equal(d?.action, 'CONCEDE');
  assert.equal(commitments('The landlord gave the tenants until Friday to pay the rent.').length, 0);
});

test('a ceasefire a party would accept on a condition is offered, never active', () => {
  const [c] = commitments('Kyiv would accept a ceasefire only if Russian troops withdrew.');
  assert.equal(c?.kind, 'ceasefire');
  assert.deepEqual(codes(c!.by), ['UKR']);
  assert.equal(c?.status, 'proposed');
});

test("a warning verb after the clause it attributes threatens the speaker's own hostile act or consequences, never a forecast", () => {
  const [c] = commitments('Russia will strike decision-making centres in Kyiv, Medvedev warned.');
  assert.equal(c?.kind, 'threat');
  assert.deepEqual(codes(c!.by), ['RUS']);
  assert.equal(c?.action, 'ASSAULT');
  const [d] = commitments('Any attack on Crimea will be met with a devastating response, Medvedev warned.');
  assert.equal(d?.kind, 'threat');
  assert.equal(d?.action, null);
  assert.equal(commitments('Ukraine will run out of ammunition within weeks, Zelensky warned.').length, 0);
  assert.equal(commitments('The war could last for years, Stoltenberg warned.').length, 0);
  // one threat when the attributed clause makes it itself
  assert.equal(commitments('"We will strike Kyiv if they attack Crimea," Medvedev warned.').filter((x) => x.kind === 'threat').length, 1);
});

test('a plea or request named with its party is a demand; one with no party is none', () => {
  const [c] = commitments("Kyiv's plea for more air defence systems was heard in Berlin.");
  assert.equal(c?.kind, 'demand');
  assert.deepEqual(codes(c!.by), ['UKR']);
  assert.equal(c?.action, 'AID');
  assert.equal(commitments('The request for comment was not answered.').length, 0);
});

test('a commitment only needed is not made; a passive call with no caller is no demand', () => {
  assert.equal(commitments("Grossi said last September's deal requires an agreement with the IAEA to ensure that the nuclear material is safe.").filter((c) => c.kind === 'agreement' && codes(c.by).includes('UNO')).length, 0);
  assert.equal(commitments('He said the Dutch gas field could still be called upon to help neighbouring countries.').length, 0);
  const [c] = commitments('Germany was called on by Poland to send tanks.');
  assert.deepEqual([c?.kind, codes(c!.by), codes(c!.to)], ['demand', ['POL'], ['DEU']]);
});

test('"insisted that" with an auxiliary before its negation or "be", or a time and no clause, asserts a fact', () => {
  assert.deepEqual(commitments('Beijing insisted that its navy did not enter the disputed waters.'), []);
  assert.deepEqual(commitments('Tehran insisted that the drones would only be used for defence.'), []);
  assert.deepEqual(commitments('The offensive near Kupiansk has stalled, the Ukrainian general staff insisted on Friday, citing heavy losses.'), []);
  assert.deepEqual(commitments('Berlin insisted on Tuesday that the pipeline was not damaged by sabotage.'), []);
  const [d] = commitments('Seoul insisted that Pyongyang not test another missile.');
  assert.equal(d?.kind, 'demand', 'a subjunctive negation is still a demand');
  const [e] = commitments('Ankara insisted that the refugees should return home.');
  assert.equal(e?.kind, 'demand');
});

test("a named party's own act on a condition opening its clause, said by one of its own, is an offer with that condition", () => {
  const [c] = commitments('Erdogan said that if Sweden extradited the militants, Turkey would lift its veto.');
  assert.equal(c?.kind, 'pledge');
  assert.deepEqual(codes(c!.by), ['TUR']);
  assert.equal(c?.status, 'proposed');
  assert.deepEqual(c?.conditions, ['Sweden extradited the militants']);
  assert.deepEqual(commitments('If the West sends more tanks, Russia will lose the war, analysts said.'), [], 'a forecast by others is none');
});

test('a condition belongs to the pledge it follows unless another commitment word comes between them', async () => {
  const { ownCondition } = await import('./detect.js');
  assert.equal(ownCondition(' to cut energy bills if she becomes prime minister.', 'she becomes prime minister'), true);
  assert.equal(ownCondition(' not to recognize their results and promising to slap more sanctions on Russia if it accepts new territories.', 'it accepts new territories'), false);
  assert.equal(ownCondition(' more aid to Kyiv amid worries that support could fade if the opposition wins.', 'the opposition wins'), false, 'the condition of another clause');
  assert.equal(ownCondition(' not to talk to Minsk as long as Lukashenko stays in office.', 'Lukashenko stays in office'), false, 'a term of the pledge, no offer');
  const { commitmentsOf } = await import('../../testing/commitments.js');
  const [c] = commitmentsOf('Canada will send $50 million more in military aid to Ukraine, officials said, amid concerns that support could wane if the opposition wins.', '2022-10-01');
  assert.equal(c?.status, 'active', 'a pledge made, whatever the later clause weighs');
});
