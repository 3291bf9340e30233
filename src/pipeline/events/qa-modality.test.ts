/**
 * Systematic errors found by reading coded news: Oxford-comma lists of actors, "occupied" as a lasting
 * state, denials of an act, and third-party speculation read as a threat. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventRecord } from '../../core/types.js';
import { codeText } from './pipeline.js';

const codes = (refs: { code: string }[]) => refs.map((r) => r.code).sort().join('+');
const events = (text: string) => codeText(text, '2025-03-01').layers.events;
const only = (text: string, type: string): EventRecord[] => events(text).filter((e) => e.type === type);

test('a list with an Oxford comma keeps every conjunct, as actor and as recipient', () => {
  const withComma = only('Chile, Peru, and Bolivia criticised Brazil.', 'ACCUSE');
  const without = only('Chile, Peru and Bolivia criticised Brazil.', 'ACCUSE');
  assert.equal(codes(withComma[0]!.actor), 'BOL+CHL+PER');
  assert.equal(codes(without[0]!.actor), codes(withComma[0]!.actor));
  const rec = only('Canada sanctioned Venezuela, Cuba, and Nicaragua.', 'SANCTION');
  assert.equal(codes(rec[0]!.recipient), 'CUB+NIC+VEN');
  // two clauses joined by ", and" are no list
  const two = only('Peru expelled envoys from Chile, and Bolivia criticised Brazil.', 'ACCUSE');
  assert.equal(codes(two[0]!.actor), 'BOL');
  assert.equal(codes(only('The ship reached Chile, and Peru criticised Brazil.', 'ACCUSE')[0]!.actor), 'PER');
});

test('"occupied" before a noun or as a lasting state is no new assault; a dated seizure still is', () => {
  assert.equal(events('Shells fell on the three occupied districts.').filter((e) => e.cameo === '192').length, 0);
  assert.equal(only('Namibia was occupied by South Africa for 75 years.', 'ASSAULT').length, 0);
  assert.equal(only('The dam has been occupied by Russian soldiers since April.', 'ASSAULT').length, 0);
  assert.equal(only('Kyiv vows to regain the towns occupied by Russia.', 'ASSAULT').length, 0);
  assert.equal(only('Russian soldiers occupied the dam on Monday.', 'ASSAULT').length, 1);
});

test('a denial keeps the denied act with modality "denied" and the denier as its actor', () => {
  const e = only('Moscow denied that it had bombed the hospital.', 'ASSAULT');
  assert.equal(e.length, 1);
  assert.equal(e[0]!.modality, 'denied');
  assert.equal(codes(e[0]!.actor), 'RUS');
  assert.equal(only('Syria denies it carried out the attack on the convoy.', 'ASSAULT')[0]?.modality, 'denied');
  assert.equal(only('Kyiv said it had bombed the bridge.', 'ASSAULT')[0]?.modality, 'asserted');
});

test('speculation by others or about the past is hypothetical, not a threat; the actor\'s own words are', () => {
  const past = events('Belarus may have attacked the power lines.');
  assert.equal(past.some((e) => e.type === 'THREATEN'), false);
  assert.equal(past.find((e) => e.type === 'ASSAULT')?.modality, 'hypothetical');
  assert.equal(events('Experts fear that Iran could cut off gas supplies to Japan.').some((e) => e.type === 'THREATEN'), false);
  assert.equal(events('Analysts say Iran could cut off gas supplies to Japan.').some((e) => e.type === 'THREATEN'), false);
  assert.equal(events('Iran said it could cut off gas supplies to Japan.').some((e) => e.type === 'THREATEN'), true);
  assert.equal(events('Iran threatened to cut off gas supplies to Japan.').some((e) => e.type === 'THREATEN'), true);
});

test('a denied content clause is denied whoever its subject is; a withheld confirmation asserts nothing', () => {
  for (const text of ['Beijing denied that Chinese warships had fired on the Philippine vessel.', 'Moscow disputed that Russian soldiers had shelled the village.']) {
    const [e] = only(text, 'ASSAULT');
    assert.equal(e?.modality, 'denied', `denied in "${text}"`);
  }
  for (const text of ['The Pentagon declined to confirm that Israeli jets had struck the convoy.', 'The ministry did not confirm that Serbian troops had withdrawn from the border.', 'Ukrainian officials stopped short of confirming that their forces had recaptured Izium.']) {
    const all = events(text).filter((e) => e.type !== 'REJECT');
    assert.ok(all.length > 0 && all.every((e) => e.modality === 'hypothetical'), `nothing asserted in "${text}": ${all.map((e) => `${e.type} ${e.modality}`)}`);
  }
  const open = events('The army refused to say whether its troops had shelled the village.');
  assert.ok(!open.some((e) => e.type === 'THREATEN'), 'an open question is no threat');
  const modal = events('Lavrov declined to say whether Russia would attack Kyiv.');
  assert.ok(!modal.some((e) => e.type === 'THREATEN'), `a withheld answer is no threat: ${modal.map((e) => e.type)}`);
  assert.equal(only('The ministry confirmed that Serbian troops had withdrawn from the border.', 'RETREAT')[0]?.modality, 'reported');
});

test('a conjoined bare verb shares its first conjunct\'s future, modal or obligation; a negation only across "or"', () => {
  const threat = events('Serbia will attack Pristina and seize the border crossings.');
  assert.ok(!threat.some((e) => e.type === 'COERCE' && e.modality === 'asserted'), `nothing asserted: ${threat.map((e) => `${e.type} ${e.modality}`)}`);
  const asked = only('The EU should keep helping Ukraine and impose new sanctions on Russia.', 'SANCTION');
  assert.equal(asked[0]?.modality, 'hypothetical');
  const neither = events('Russia did not attack Kyiv or seize the capital.');
  assert.ok(neither.length > 0 && neither.every((e) => e.negated), 'both negated');
  const but = events('Russia did not attack Kyiv but seized Kherson.');
  assert.ok(but.some((e) => e.type === 'COERCE' && !e.negated), 'what was done after "but" was done');
});

test('a forecast about a party ("it is likely that X will attack") is no threat; a government saying its country will attack threatens', () => {
  for (const text of ['It is likely that Serbia will attack Kosovo again.', 'Analysts said it was possible that China would invade Taiwan.']) {
    const all = events(text);
    assert.ok(!all.some((e) => e.type === 'THREATEN'), `no threat in "${text}": ${all.map((e) => `${e.type} ${e.modality}`)}`);
  }
  assert.deepEqual(only('Vucic said Serbia will attack Kosovo if the raids continue.', 'THREATEN').map((e) => e.actor.map((a) => a.code).join('+')), ['SRB']);
  assert.equal(only('Vucic was clear that Serbia will attack Kosovo.', 'THREATEN').length, 1, 'a speaker clear about his own side\'s act threatens');
});

test('an infinitive opening a sentence states a purpose; a headline infinitive after its subject is a plan', () => {
  const talks = only('To read the report of the talks between Putin and Erdogan, Moscow won everything.', 'CONSULT');
  assert.ok(talks.length > 0 && talks.every((e) => e.modality !== 'future'), talks.map((e) => e.modality).join());
  const headline = events('Russia to withdraw troops from Kherson');
  assert.ok(headline.length > 0 && headline.every((e) => e.modality === 'future'));
});

test('an act its own clause dates after publication is future, whatever the tense; one dated before it is not', () => {
  // published 2025-03-01 (a Saturday)
  const next = only('Rubio meets Wang Yi in Beijing next week.', 'CONSULT');
  assert.ok(next.length > 0 && next.every((e) => e.modality === 'future'), JSON.stringify(next.map((e) => [e.modality, e.date])));
  const year = only('Rubio meets Wang Yi in Beijing in 2026.', 'CONSULT');
  assert.ok(year.length > 0 && year.every((e) => e.modality === 'future'), JSON.stringify(year.map((e) => [e.modality, e.date])));
  const past = only('Rubio met Wang Yi in Beijing on Thursday.', 'CONSULT');
  assert.ok(past.length > 0 && past.every((e) => e.modality === 'asserted'));
});

test('a meeting planned with no one named to meet is no intent to meet; one with a partner, or two sides, is', () => {
  assert.equal(events('The Security Council will meet on Friday to discuss the crisis.').filter((e) => e.type === 'AGREE' || e.type === 'CONSULT').length, 0);
  const partner = only('Rubio will meet Wang Yi in Beijing on Friday.', 'AGREE');
  assert.deepEqual(partner.map((e) => `${codes(e.actor)}->${codes(e.recipient)}`), ['USA->CHN']);
  assert.equal(only('Putin and Erdogan will meet in Tehran.', 'AGREE').length, 2);
});

test('a gerund after "since" dates the start of a period: background, not news of the day', () => {
  assert.equal(only('Since invading Ukraine, Russia has lost thousands of tanks.', 'ASSAULT').length, 0);
  assert.equal(only('The country has sunk deeper into isolation since launching its war in Ukraine.', 'ASSAULT').length, 0);
  assert.equal(only('Russia has been shelling Kharkiv since Monday.', 'ASSAULT').length, 1);
});

test('an adverbial gerund without its own subject has the subject of the clause it modifies, even after it', () => {
  const met = only('After meeting Putin on Monday, Macron said talks would continue.', 'CONSULT').filter((e) => codes(e.actor) === 'FRA');
  assert.deepEqual(met.map((e) => codes(e.recipient)), ['RUS']);
  // talking to the press is still no consultation
  assert.equal(only('Speaking to the media, Peskov described the move as unprecedented.', 'CONSULT').length, 0);
});

test('lifting a veto or dropping an objection is a concession, not a veto or a cut in aid', () => {
  const veto = events('Turkey lifted its veto on Sweden\'s NATO membership.');
  assert.deepEqual(veto.map((e) => `${e.type} ${codes(e.actor)}`), ['CONCEDE TUR']);
  const dropped = events('Hungary dropped its objection to the aid package.');
  assert.deepEqual(dropped.map((e) => `${e.type} ${codes(e.actor)}`), ['CONCEDE HUN']);
});
