/**
 * The gazetteer (data/places.json) in resolution and in running text: places count where the text makes
 * them locations, never where a town's name is a surname, a word or a continent. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findActorMentions, loadKnowledge } from './index.js';
import { words } from './text.js';

const kb = loadKnowledge();
const ON = '2022-06-01';
const found = (text: string) => findActorMentions(text, ON).map((m) => `${m.text}|${m.code}|${m.kind}`);

test('a phrase that is a town name resolves to its country, with or without diacritics', () => {
  assert.equal(kb.resolve('Puerto Peñasco', ON)?.code, 'MEX');
  assert.equal(kb.resolve('Puerto Penasco', ON)?.code, 'MEX');
  assert.equal(kb.resolve('Balakliya', ON)?.code, 'UKR');
  assert.equal(kb.resolve('Puerto Penasco', ON)?.kind, 'place');
});

test('a sector noun before a town takes the town\'s country: "police in Lyon", "protesters in Sumqayit"', () => {
  assert.deepEqual(kb.resolve('Police in Lyon', ON), { code: 'FRA', kind: 'country', sector: 'COP' });
  assert.equal(kb.resolve('protesters in Sumqayit', ON)?.code, 'AZE');
  assert.equal(kb.resolve('Lyon police', ON)?.sector, 'COP');
});

test('in running text a town needs a locative context', () => {
  assert.deepEqual(found('Artillery struck the town of Balakliya overnight.'), ['Artillery|---|sector', 'Balakliya|UKR|place']);
  assert.deepEqual(found('Two people died in Sumqayit on Monday.'), ['Sumqayit|AZE|place']);
  assert.deepEqual(findActorMentions('Sumqayit residents gathered.', ON).map((m) => `${m.text}|${m.code}|${m.sector}`), ['Sumqayit residents|AZE|CVL']);
  // no context: a name, not a place
  assert.deepEqual(found('Mendoza said the deal was fair.'), []);
  assert.deepEqual(found('Talks with Mendoza ended.'), []);
});

test('a country after a comma decides the country of a town name', () => {
  // the gazetteer's Altai is a Mongolian town; followed by ", Russia" it is the Russian region
  assert.deepEqual(found('The unit is based in Altai, Russia.'), ['Altai|RUS|place', 'Russia|RUS|place']);
  assert.deepEqual(found('She lives in Gyumri, Armenia.'), ['Gyumri|ARM|place', 'Armenia|ARM|place']);
});

test('small towns of settler countries need their region: they often copy a European name', () => {
  assert.deepEqual(found('He grew up in Hernando before the war.'), []);
  assert.deepEqual(found('He grew up in Hernando, Florida, before the war.').map((m) => m.split('|')[1]), ['USA', 'USA']);
});

test('continents, surnames and everyday words are never gazetteer places', () => {
  assert.deepEqual(found('Markets in Asia fell.'), []);
  assert.deepEqual(found('The missile flies at up to Mach 20.'), []);
  assert.deepEqual(found('Letters from Murphy and his aides arrived.'), []);
  assert.equal(kb.resolve('Reading', ON), null);
});

test('in running text a domestic group "in" a place takes its country; troops and refugees do not', () => {
  const brief = (text: string) => findActorMentions(text, ON).map((m) => `${m.text}|${m.code}|${m.sector ?? ''}`);
  assert.deepEqual(brief('Protesters in Tbilisi clashed with riot police.'), ['Protesters in Tbilisi|GEO|OPP', 'riot police|---|COP']);
  assert.deepEqual(brief('Rebels in the Ivory Coast seized a town.'), ['Rebels in the Ivory Coast|CIV|REB']);
  assert.deepEqual(brief('Residents in Sumqayit fled.'), ['Residents in Sumqayit|AZE|CVL']);
  // (they stay generic agents without a country: ---)
  assert.deepEqual(brief('Russia has troops in Ukraine.'), ['Russia|RUS|', 'troops|---|MIL', 'Ukraine|UKR|']);
  assert.deepEqual(brief('Refugees in Poland asked for help.'), ['Refugees|---|REF', 'Poland|POL|']);
});

test('a town in another transliteration is found by its consonants, an English word or a longer name is not', () => {
  const g = loadKnowledge().places;
  const at = (text: string) => { const ws = words(text); return g.bySkeleton(ws, 1, ws.length); };
  assert.equal(at('near Kafr Nabl')?.code, 'SYR');
  assert.equal(at('in Lisichansk')?.code, 'UKR');
  assert.equal(at('in Central'), null, 'Centralia is Central plus an ending');
  assert.equal(at('at University'), null);
  assert.equal(at('in Kyiv'), null, 'too few consonants, and an exact name is not looked up this way');
});
