/**
 * Former states (ISO 3166-3 codes), 1990s office-holders, groups and companies that older news and CAMEO gold sets
 * name; questions written from the public record for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findActorMentions, loadKnowledge } from './index.js';

const kb = loadKnowledge();
const brief = (phrase: string, on: string) => { const r = kb.resolve(phrase, on); return r ? `${r.code}|${r.sector ?? ''}` : null; };

test('former states resolve to their ISO 3166-3 codes', () => {
  assert.equal(brief('Soviet troops', '1980-01-01'), 'SUN|MIL');
  assert.equal(brief('the Yugoslav army', '1999-04-01'), 'YUG|MIL');
  assert.equal(brief('Czechoslovakia', '1985-01-01'), 'CSK|');
  assert.equal(brief('East German border guards', '1985-01-01'), 'DDR|MIL');
  assert.equal(brief('West German government', '1985-01-01'), 'DEU|GOV');
  assert.equal(brief('Zaire', '1990-01-01'), 'ZAR|');
});

test('a bare adjective of a former state names a period, not an actor', () => {
  assert.deepEqual(findActorMentions('Streets in the Soviet era were wider.', '2022-06-01'), []);
  assert.deepEqual(findActorMentions('The former Yugoslav republic voted.', '2022-06-01'), []);
});

test('1990s heads of state and government, current then and former later', () => {
  assert.equal(kb.who('Russian President', '1995-06-01')[0]?.person, 'Boris Yeltsin');
  assert.equal(kb.who('German Chancellor', '1990-01-01')[0]?.person, 'Helmut Kohl');
  assert.equal(kb.who('Algerian President', '2010-01-01')[0]?.person, 'Abdelaziz Bouteflika');
  assert.equal(kb.who('Greek Prime Minister', '1995-01-01')[0]?.person, 'Andreas Papandreou');
  assert.equal(kb.who('Greek Prime Minister', '1991-01-01').length, 0);
  const m = kb.resolve('Yugoslav President Slobodan Milosevic', '1999-04-01');
  assert.deepEqual([m?.code, m?.sector, m?.office], ['YUG', 'GOV', 'President of the Federal Republic of Yugoslavia']);
  assert.deepEqual([kb.resolve('Milosevic', '2005-01-01')?.code, kb.resolve('Milosevic', '2005-01-01')?.sector], ['YUG', 'ELI']);
  assert.equal(kb.resolve('Saddam', '2000-01-01')?.office, 'President of Iraq');
  assert.equal(kb.resolve('dos Santos', '2010-01-01')?.code, 'AGO');
  assert.equal(kb.roles('Mikhail Gorbachev', '1991-06-01')[0]?.status, 'current');
  assert.equal(kb.roles('Mikhail Gorbachev', '1992-06-01')[0]?.status, 'former');
});

test('groups and international organisations of the 1990s', () => {
  assert.equal(brief('RUF rebels', '1999-01-01'), 'SLE|REB');
  assert.equal(brief('UNITA', '1998-01-01'), 'AGO|REB');
  assert.equal(brief('UNITA', '2008-01-01'), 'AGO|PTY');
  assert.equal(brief('the European Community', '1990-01-01'), 'EUR|GOV');
  assert.equal(brief('APEC', '1995-01-01'), 'IGO|BUS');
  assert.equal(brief('the ILO', '1995-01-01'), 'UNO|LAB');
});

test('companies and platforms: actors by their home country, but a platform named as a channel is none', () => {
  assert.equal(brief('LinkedIn', '2022-01-01'), 'USA|BUS');
  assert.equal(brief('Gazprom', '2022-01-01'), 'RUS|BUS');
  const codes = (t: string) => findActorMentions(t, '2022-06-01').map((m) => m.code);
  assert.deepEqual(codes('Facebook removed the accounts.'), ['USA']);
  assert.deepEqual(codes('The mayor wrote on Telegram that the city held.'), []);
  assert.deepEqual(codes('In a post on his Facebook page, he said so.'), []);
});

test('proper names nothing else matches: spelling variants of organisations, places inside names', () => {
  // written with a hyphen and without "l": still the Somali group
  assert.equal(kb.resolve('Ahlu Sunnah Wa-Jama', '2022-06-01')?.code, 'SOM');
  assert.equal(kb.resolve('Hayat Tahrir al Sham', '2022-06-01')?.code, 'SYR');
  assert.equal(kb.resolve('Northern Territory Aboriginal Health Alliance', '2022-06-01')?.code, 'AUS');
  // no guesses for lower-case phrases or short names
  assert.equal(kb.resolve('a cat named Frank', '2022-06-01'), null);
  assert.equal(kb.resolve('Hamaz', '2022-06-01'), null);
});

test('Mexican defence secretaries by administration, and the Belarusian prime minister after 2022', () => {
  assert.equal(kb.who('Mexican defence minister', '2020-01-01')[0]?.person, 'Luis Cresencio Sandoval');
  assert.equal(kb.who('Mexican defence minister', '2025-01-01')[0]?.person, 'Ricardo Trevilla Trejo');
  assert.equal(kb.who('Belarusian Prime Minister', '2022-01-01')[0]?.person, 'Roman Golovchenko');
  assert.equal(kb.who('Belarusian Prime Minister', '2025-01-01')[0]?.person, 'Alexander Turchin');
  assert.equal(kb.roles('Roman Golovchenko', '2025-01-01')[0]?.status, 'former');
});
