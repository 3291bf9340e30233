import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findActorMentions } from './index.js';

const ON = '2022-06-01';
const mentions = (text: string) => findActorMentions(text, ON).map((m) => `${m.text}=${m.code}/${m.sector ?? ''}`);

test('a state institution or its members named without a country is a party coded --- with its sector', () => {
  // wire reports (Africa, Asia, Latin America), diplomatic news, explainers
  assert.deepEqual(mentions('The government said it would send more troops to the border.'), ['government=---/GOV', 'troops=---/MIL']);
  assert.deepEqual(mentions('The ministry accused the opposition of stoking unrest.'), ['ministry=---/GOV', 'opposition=---/OPP']);
  assert.deepEqual(mentions('Defence ministers will meet on Friday to discuss the request.'), ['ministers=---/GOV']);
  assert.deepEqual(mentions('Lawmakers approved the budget late on Tuesday after a stormy debate.'), ['Lawmakers=---/LEG']);
  assert.deepEqual(mentions('The court sentenced the journalist to nine years in prison.'), ['The court=---/JUD', 'journalist=---/JRN']);
  assert.deepEqual(mentions('Officials said the convoy had been ambushed near the border.'), ['Officials=---/GOV']);
  assert.deepEqual(mentions('The authorities imposed a dusk-to-dawn curfew.'), ['authorities=---/GOV']);
  assert.deepEqual(mentions('The government plans to raise fuel prices.'), ['government=---/GOV']);
  assert.deepEqual(mentions('Prosecutors charged the former mayor with fraud.'), ['Prosecutors=---/JUD']);
  // British style capitalises the body; the interim government is one too
  assert.deepEqual(mentions('The Government rejected the findings of the inquiry.'), ['Government=---/GOV']);
  assert.deepEqual(mentions('The interim government announced elections for March.'), ['interim government=---/GOV']);
});

test('no institution party where the noun modifies another, has "of", belongs to someone, or is no body of the state', () => {
  // each beside the same noun heading its phrase
  assert.deepEqual(mentions('The ministry said the ministry building was set on fire.'), ['ministry=---/GOV']);
  assert.deepEqual(mentions('Officials said that officials\' cars were set on fire.'), ['Officials=---/GOV']);
  assert.deepEqual(mentions('Government troops shelled the town.'), ['Government troops=---/MIL']);
  assert.deepEqual(mentions('The ministry building was set on fire.'), []);
  assert.deepEqual(mentions("Officials' cars were set on fire."), []);
  assert.deepEqual(mentions('The ministry of finance said prices would rise.'), []);
  assert.deepEqual(mentions('His government accused the opposition of treason.'), ['opposition=---/OPP']);
  assert.deepEqual(mentions('The student government voted to condemn the war.'), []);
  assert.deepEqual(mentions('Party officials said the vote was rigged.'), []);
  assert.deepEqual(mentions('Club officials said the match would go ahead.'), []);
  // a singular body needs "the" or "this": bare, it is a manner or a place ("in court"); after "a", a generic
  assert.deepEqual(mentions('He appeared in court on Monday.'), []);
  assert.deepEqual(mentions('Critics say government has failed.'), []);
  assert.deepEqual(mentions('He demanded that a foreign government investigate his rival.'), []);
  // "the key government agencies": a plural noun after it is its head, not a verb
  assert.deepEqual(mentions('The FSB and the army were the key government agencies planning the invasion.').filter((m) => m.startsWith('government')), []);
  // plural bodies are mostly generic; a singular member is a person of their own
  assert.deepEqual(mentions('Governments must do more to curb emissions.'), []);
  assert.deepEqual(mentions('An official said the talks had stalled.'), []);
  // "the Government Accountability Office": a capitalised name follows
  assert.deepEqual(mentions('The Government Accountability Office published its audit.'), []);
  // the country in the phrase or a place after "in" still wins
  assert.deepEqual(mentions('The Kenyan government accused Somalia of meddling.'), ['Kenyan government=KEN/GOV', 'Somalia=SOM/']);
  assert.deepEqual(mentions('Officials in Nairobi accused Somalia of meddling.'), ['Officials in Nairobi=KEN/GOV', 'Somalia=SOM/']);
  assert.deepEqual(mentions('The government in Kabul accused Pakistan of shelling.'), ['government in Kabul=AFG/GOV', 'Pakistan=PAK/']);
});

test('a hyphenated compound of a country and a participle before an actor noun: its own actor, or one it backs', () => {
  // occupation and proxy news (Ukraine, Yemen, the Sahel), media reports, explainers
  assert.deepEqual(mentions('Russian-appointed officials in the occupied south said grain was shipped.'), ['Russian-appointed officials=RUS/GOV']);
  assert.deepEqual(mentions('Moscow-installed authorities announced a referendum.'), ['Moscow-installed authorities=RUS/GOV']);
  assert.deepEqual(mentions('Kremlin-run media praised the decision.'), ['Kremlin-run media=RUS/JRN']);
  assert.deepEqual(mentions('Russian-installed local officials accused Kyiv of shelling the town.'), ['Russian-installed local officials=RUS/GOV', 'Kyiv=UKR/GOV']);
  // any actor noun, not only institutions
  assert.deepEqual(mentions('French-commanded troops patrolled the border.'), ['French-commanded troops=FRA/MIL']);
  // no actor noun after it: no party ("a Russian-owned superyacht")
  assert.deepEqual(mentions('A Russian-owned superyacht was seized.'), []);
  // backed by a state: someone else's; the agent keeps no country, the institution is none the context may give a country
  assert.deepEqual(mentions('Iran-backed militias shelled the base.'), ['militias=---/REB']);
  assert.deepEqual(mentions('Kremlin-backed officials said the vote would go ahead.'), []);
  assert.deepEqual(mentions('The pro-Russian authorities accused Kyiv of shelling.'), ['Kyiv=UKR/GOV']);
});

test('members of a state body named after them take its country and sector', () => {
  // diplomatic news, war reports, Washington briefings
  assert.deepEqual(mentions('Most officials in the Russian Foreign Ministry opposed the war.'), ['officials in the Russian Foreign Ministry=RUS/GOV']);
  assert.deepEqual(mentions('Officials at the State Department said the talks had stalled.'), ['Officials at the State Department=USA/GOV']);
  assert.deepEqual(mentions('Officials of the Ukrainian army said the town was retaken.'), ['Officials of the Ukrainian army=UKR/MIL']);
  assert.deepEqual(mentions('Officials at NATO said the drills would go ahead.'), ['Officials at NATO=NATO/GOV']);
  assert.deepEqual(mentions('Authorities in the DPR accused Ukrainian forces of shelling.'), ['Authorities in the DPR=UKR/REB', 'Ukrainian forces=UKR/MIL']);
  // whom they represent
  assert.deepEqual(mentions('Diplomats representing Russia walked out of the talks.'), ['Diplomats representing Russia=RUS/GOV']);
  // a demonym two coordinated plurals share
  assert.deepEqual(mentions('The president imposed sanctions on Russian institutions and officials.'), ['Russian=RUS/', 'officials=RUS/GOV']);
  assert.deepEqual(mentions('Ukrainian troops and officials entered the town.'), ['Ukrainian troops=UKR/MIL', 'officials=UKR/GOV']);
  assert.deepEqual(mentions('The Russian invasion and officials in the region were discussed.').filter((m) => m.startsWith('officials')), ['officials=---/GOV']);
  // no state body after the noun: the member keeps no country, the other party is its own mention
  assert.deepEqual(mentions('Officials at the agency resigned.'), ['Officials=---/GOV']);
  assert.deepEqual(mentions('Officials from Gazprom said supplies would fall.'), ['Officials=---/GOV', 'Gazprom=RUS/BUS']);
});

test('judges are a party only in a sentence about the law; a system named "regime" is no body', () => {
  // court reports
  assert.deepEqual(mentions('The judges ruled that the channel had broken the law.'), ['judges=---/JUD']);
  assert.deepEqual(mentions('The prosecutor told judges the evidence was overwhelming.'), ['judges=---/JUD']);
  // a wine competition, a boxing match
  assert.deepEqual(mentions('The tasting is blind, so the judges had no idea who made the wine.'), []);
  assert.deepEqual(mentions('Two judges gave the fight to the champion.'), []);
  // trade and travel rules
  assert.deepEqual(mentions('The sanctions regime has hurt exporters.'), []);
  assert.deepEqual(mentions('The new visa regime will start in July.'), []);
  assert.deepEqual(mentions('The regime jailed the activists.'), ['regime=---/GOV', 'activists=---/OPP']);
});

test('a name several bodies bear, with an owner before it, is that owner\'s body, not the UN\'s; without one it stays the UN\'s', () => {
  // Russia's, Armenia's, Kazakhstan's Security Council: the owner is a person or a pronoun, the context gives its country
  assert.deepEqual(mentions('The president convened his Security Council on Friday.'), ['Security Council=---/GOV']);
  assert.deepEqual(mentions("Tokayev's Security Council met overnight."), ['Tokayev=KAZ/GOV', 'Security Council=---/GOV']);
  assert.deepEqual(mentions("The republic's General Assembly passed the bill."), ['General Assembly=---/LEG']);
  // the UN's own, and the body with no owner, remain the UN's
  assert.deepEqual(mentions("The UN's Security Council met."), ["The UN's Security Council=UNO/GOV"]);
  assert.deepEqual(mentions('The Security Council voted on the resolution.'), ['Security Council=UNO/GOV']);
});
