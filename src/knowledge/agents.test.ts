import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findActorMentions, loadKnowledge } from './index.js';
import { NO_COUNTRY } from './matcher.js';

const ON = '2022-06-01';
const kb = loadKnowledge();
const mentions = (text: string) => findActorMentions(text, ON).map((m) => `${m.text}=${m.code}/${m.sector ?? ''}`);

test('a generic agent without a country is an actor coded --- with its sector', () => {
  assert.deepEqual(kb.resolve('riot police', ON), { code: NO_COUNTRY, sector: 'COP', kind: 'sector' });
  assert.equal(kb.resolve('gunmen', ON)?.sector, 'UAF'); // PETRARCH's agents dictionary (the hand lexicon lacks it)
  assert.equal(kb.resolve('a mob', ON)?.code, NO_COUNTRY);
  assert.deepEqual(mentions('Gunmen kill two in an attack on a bus'), ['Gunmen=---/UAF']);
  assert.deepEqual(mentions('Soldiers fired at the crowd on Sunday'), ['Soldiers=---/MIL']);
  assert.deepEqual(mentions('Riot police detained two opposition activists in Gitega province'), ['Riot police=---/COP', 'opposition activists in Gitega=BDI/OPP']);
});

test('a country before the agent still gives the country; the hand-written sector nouns win', () => {
  assert.deepEqual(mentions('Ukrainian soldiers shelled the village'), ['Ukrainian soldiers=UKR/MIL']);
  assert.equal(kb.resolve('Kenyan constables', ON)?.code, 'KEN'); // a PETRARCH agent noun after a demonym
  assert.equal(kb.resolve('Kenyan constables', ON)?.sector, 'COP');
  assert.equal(kb.resolve('militants', ON)?.sector, 'REB'); // lexicon.json REB, PETRARCH UAF
  // the context's country fills a generic agent in (the eval's and the places helper's contract)
  assert.equal(kb.resolveInContext('gunmen', 'Nigerian', ON)?.code, 'NGA');
});

test('no agent where the noun only modifies another, names something, or belongs to an owner', () => {
  assert.deepEqual(mentions('The military aid package was approved'), []);
  assert.deepEqual(mentions('He attended the Army Day parade'), []);
  assert.deepEqual(mentions('Syria will withdraw its troops'), ['Syria=SYR/']);
  assert.deepEqual(mentions('Israeli helicopters and tanks shelled the town'), ['Israeli helicopters=ISR/MIL']);
  assert.deepEqual(mentions('Taliban gunmen stormed the building').map((m) => m.split('=')[1]), ['AFG/GOV']);
  assert.deepEqual(mentions('Twenty people were killed'), []);
});
