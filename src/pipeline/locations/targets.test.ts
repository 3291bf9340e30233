/**
 * Tests of targets.ts on sentences written for these tests: a capital the act is done to is where it happened,
 * a capital that stands for its government is not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument } from '../../core/document.js';
import type { EventRecord } from '../../core/types.js';
import { actors } from '../actors/index.js';
import { events } from '../events/index.js';
import { createPipeline } from '../pipeline.js';
import { syntax } from '../syntax/index.js';
import { times } from '../times.js';
import { tokenizer } from '../tokenizer.js';
import { locations } from './index.js';

const parsing = createPipeline([tokenizer, actors, times, syntax, events, locations]);

function event(text: string, type: string): EventRecord {
  const found = (parsing.run(createDocument({ text, published: '2025-03-18', source: { kind: 'text', uri: 'test' } })).layers.events ?? []).find((e) => e.type === type);
  assert.ok(found, `no ${type} event in: ${text}`);
  return found;
}

test('a capital an attack is done to is where it happened: its object, or the place of its object', () => {
  for (const [text, name, country] of [
    ['Russian missiles struck Kyiv on Monday morning.', 'Kyiv', 'UKR'],
    ['Paramilitary fighters shelled residential districts of Khartoum.', 'Khartoum', 'SDN'],
    ['Rebel artillery pounded the outer neighbourhoods of Damascus overnight.', 'Damascus', 'SYR'],
  ] as const) {
    const e = event(text, 'ASSAULT');
    assert.equal(e.location?.name, name, text);
    assert.equal(e.location?.country, country, text);
    assert.ok(e.location?.span, `the place is named in the sentence: ${text}`);
  }
});

test('the target of an attack noun wins over a place its modifier names', () => {
  const e = event('A Belarusian group played down fears of a fresh Russian ground assault on Kyiv coming from Minsk.', 'ASSAULT');
  assert.equal(e.location?.name, 'Kyiv');
});

test('a capital that stands for its government is no place of an accusation or a proposal', () => {
  assert.equal(event('Moscow blamed Kyiv for the explosion at the depot.', 'ACCUSE').location?.name === 'Kyiv', false);
});

test('a town the gazetteer does not know is placed by the region or country after its comma; a month is no town', () => {
  const owo = event('Armed men stormed a church in Owo, Ondo state, killing dozens of worshippers.', 'ASSAULT');
  assert.deepEqual([owo.location?.name, owo.location?.country, owo.location?.precision], ['Ondo State', 'NGA', 'admin1']);
  assert.equal(owo.actor[0]?.code, 'NGA', 'the gunmen take the country of the place');
  assert.equal(event('Ukrainian artillery shelled houses in Tetkino, Kursk region, on Saturday.', 'ASSAULT').location?.admin1, 'Kursk Oblast');
  assert.notEqual(event('In March, Russia shelled Kharkiv.', 'ASSAULT').location?.name, 'Russia');
});

test('a place inside the subject says where the doers are based, the place of the act\'s own phrase where it happened', () => {
  assert.equal(event('Security forces in Guinea fired live rounds at demonstrators in Conakry.', 'ASSAULT').location?.name, 'Conakry');
  assert.equal(event('Police in Karachi arrested five suspects on Monday.', 'COERCE').location?.name, 'Karachi');
});

test('the stretch between two towns of one country is in their region or country; two countries name no place', () => {
  const road = event('Gunmen abducted 20 passengers on the highway between Abuja and Kaduna.', 'ASSAULT');
  assert.deepEqual([road.location?.country, road.location?.precision], ['NGA', 'country']);
  assert.equal(road.actor[0]?.code, 'NGA', 'the gunmen take the country of the road');
  assert.equal(event('Russian troops shelled villages between Kharkiv and Izium.', 'ASSAULT').location?.admin1, 'Kharkiv Oblast');
});

test('a village of a country the article names is where the act happened, after a locative word or as its target', () => {
  const held = event('Police arrested 12 protesters in Soledar on Tuesday, Ukrainian officials said.', 'COERCE');
  assert.deepEqual([held.location?.name, held.location?.country, held.location?.precision], ['Soledar', 'UKR', 'town']);
  assert.ok(held.location?.lat !== undefined && held.location?.admin1, 'with its coordinates and region');
  assert.equal(event('Russian troops shelled Hostomel and Soledar overnight, Ukraine said.', 'ASSAULT').location?.name, 'Hostomel');
  assert.equal(event('Police arrested 12 protesters in Soledar on Tuesday.', 'COERCE').location, undefined, 'no country named: no village');
});

test('a place named after "including" makes the chosen place more exact, and is no place on its own', () => {
  const shelled = event('Russian forces shelled areas across Ukraine on Tuesday night, including the central region of Dnipropetrovsk, where 13 people were killed.', 'ASSAULT');
  assert.equal(shelled.location?.admin1, 'Dnipropetrovsk Oblast');
  assert.equal(event('Countries including France and Germany have sent aid to Ukraine.', 'AID').location, undefined);
  // with no other place in the sentence, the places an attack's target includes are where it fell
  assert.equal(event('Russian missiles struck several cities overnight, including Kyiv.', 'ASSAULT').location?.name, 'Kyiv');
});

test('a demonym with a noun of its country\'s ground names the country: territory, soil, airspace, waters', () => {
  assert.equal(event('Ukrainian artillery shelled border villages deep in Russian territory on Monday.', 'ASSAULT').location?.country, 'RUS');
  assert.equal(event('Two Russian missiles struck a farm on Polish soil, killing two men.', 'ASSAULT').location?.country, 'POL');
  assert.equal(event('The EU imposed sanctions on Russian oil on Friday.', 'SANCTION').location, undefined, 'oil is no ground');
});
