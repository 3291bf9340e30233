/**
 * Geography lookups (data/places.json geo fields, data/regions.json): coordinates decode to where the places
 * are, regions need their noun unless their name stands alone unambiguously, namesakes need a country.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from './index.js';
import { words } from './text.js';

const kb = loadKnowledge();
const geo = kb.geography;
const near = (p: { lat?: number; lon?: number } | null, lat: number, lon: number) => p !== null && Math.abs(p.lat! - lat) < 0.2 && Math.abs(p.lon! - lon) < 0.2;

test('a gazetteer town carries its coordinates, region and GeoNames id', () => {
  const hit = kb.places.at(words('in Kafranbel'), 1);
  assert.ok(hit);
  const p = geo.town(hit.index, 'Kafranbel');
  assert.ok(near(p, 35.61, 36.56));
  assert.deepEqual([p.country, p.admin1, p.admin1Code, p.precision, p.geonameId], ['SYR', 'Idlib Governorate', 'SY.12', 'town', 168661]);
});

test('cities and regions of the hand-written lexicon are located too', () => {
  assert.ok(near(geo.lexiconPlace('kharkiv', 'Kharkiv'), 49.98, 36.25));
  assert.equal(geo.lexiconPlace('kharkiv', 'Kharkiv')?.admin1, 'Kharkiv Oblast');
  assert.equal(geo.lexiconPlace('texas', 'Texas')?.precision, 'admin1');
  assert.equal(geo.lexiconPlace('munich', 'Munich')?.admin1, 'Bavaria');
  assert.equal(geo.lexiconPlace('donbas', 'Donbas'), null);
});

test('a region by its name with its noun, by a news spelling, or alone when nothing else has the name', () => {
  assert.equal(geo.region('gitega'), null);
  assert.deepEqual([geo.region('gitega', { noun: true })?.name, geo.region('gitega', { noun: true })?.country], ['Gitega Province', 'BDI']);
  assert.equal(geo.region('idleb')?.admin1Code, 'SY.12');
  assert.equal(geo.region('kharkov', { noun: true })?.admin1Code, 'UA.07');
  assert.equal(geo.region('bujumbura rural')?.admin1Code, 'BI.25');
  assert.equal(geo.region('helmand')?.country, 'AFG');
  // generic words never stand alone
  assert.equal(geo.region('central'), null);
  assert.equal(geo.region('northern province'), null);
});

test('a region name several countries share needs the country', () => {
  assert.equal(geo.region('punjab', { noun: true }), null);
  assert.equal(geo.region('punjab', { noun: true, country: 'PAK' })?.admin1Code, 'PK.04');
  assert.equal(geo.region('punjab', { noun: true, country: 'IND' })?.admin1Code, 'IN.23');
});

test('a country is located at a point inside it', () => {
  const bi = geo.country('BDI', 'Burundi');
  assert.ok(bi.lat! > -4.5 && bi.lat! < -2.3 && bi.lon! > 28.9 && bi.lon! < 30.9);
  const fr = geo.country('FRA', 'France');
  assert.ok(fr.lat! > 43 && fr.lat! < 50 && fr.lon! > -2 && fr.lon! < 7);
  assert.equal(fr.precision, 'country');
});
