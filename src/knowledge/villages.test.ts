/**
 * Tests of villages.ts on the shipped data/villages.json: a village counts only in a country the caller names,
 * and not when two of those countries have a place of that name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readVillageFile } from './load.js';
import { words } from './text.js';
import { Villages } from './villages.js';

const villages = new Villages(readVillageFile());

test('a village is found in a country the caller names, and only there', () => {
  const ws = words('Russian troops shelled Hostomel overnight');
  assert.deepEqual(villages.at(ws, 3, new Set(['UKR', 'RUS']))?.code, 'UKR');
  assert.equal(villages.at(ws, 3, new Set(['RUS', 'USA'])), null);
  assert.equal(villages.at(words('shelled Hostomel'), 0, new Set(['UKR'])), null, 'a lower-case word is no name');
});

test('a name two of the named countries share is no village of either', () => {
  const ws = words('fighting near Andreyevka');
  assert.equal(villages.at(ws, 2, new Set(['UKR', 'RUS'])), null);
  assert.equal(villages.at(ws, 2, new Set(['UKR']))?.code, 'UKR');
});

test('the longest name wins: a village of two words', () => {
  const file = { names: ['velyka', 'velyka dymerka'].join('|'), codes: 'UKRUKR', geo: '0'.repeat(24) };
  const hit = new Villages(file).at(words('in Velyka Dymerka today'), 1, new Set(['UKR']));
  assert.deepEqual([hit?.end, hit?.index], [3, 1]);
});
