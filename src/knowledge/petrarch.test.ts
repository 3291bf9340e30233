import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findActorMentions, loadKnowledge } from './index.js';

const kb = loadKnowledge();
const brief = (text: string, on: string) => findActorMentions(text, on).map((m) => `${m.text}|${m.code}|${m.sector ?? ''}|${m.kind}`);

test('a person of PETRARCH\'s actor dictionary takes the code of the date', () => {
  // Yegor Gaidar led the Russian government in the second half of 1992, and was out of office before and after
  assert.equal(brief('Acting Prime Minister Yegor Gaidar defended the reforms.', '1992-09-01').at(-1), 'Yegor Gaidar|RUS|GOV|person');
  assert.equal(kb.resolve('Yegor Gaidar', '2005-01-01')?.sector, 'ELI');
  // a minister of the 2000s named in later news: no code after the last range, so no actor
  assert.equal(kb.resolve('Radoslav Gaidarski', '2006-01-01')?.code, 'BGR');
  assert.equal(kb.resolve('Radoslav Gaidarski', '2012-01-01'), null);
  // after the dictionaries' date (2014) the country holds, the office may not: no sector
  assert.deepEqual([kb.resolve('Igor Sechin', '2010-01-01')?.sector, kb.resolve('Igor Sechin', '2022-06-01')?.sector], ['GOV', undefined]);
  assert.equal(kb.resolve('Igor Sechin', '2022-06-01')?.code, 'RUS');
});

test('non-state armed groups: the country (or IMG for transnational ones) and REB', () => {
  assert.deepEqual(brief('The Armed Islamic Group claimed the bombing.', '1995-01-01'), ['Armed Islamic Group|DZA|REB|group']);
  // the group after "of" is the actor, not a generic agent before it
  assert.deepEqual(brief('Fighters of the Armed Islamic Group attacked a village.', '1995-01-01'), ['Armed Islamic Group|DZA|REB|group']);
  assert.equal(kb.resolve('the Abu Nidal Organization', '1990-01-01')?.code, 'IMG');
  assert.equal(kb.resolve('Basque Fatherland and Liberty', '2000-01-01')?.code, 'ESP');
});

test('PETRARCH names match only as names: capitalised, in full, and never over the curated files', () => {
  // a group named with ordinary words is not found in lower-case text
  assert.deepEqual(brief('It was an anarchist struggle against the state.', '2010-01-01'), []);
  assert.equal(kb.resolve('Anarchist Struggle', '2010-01-01')?.code, 'GRC');
  // a surname alone is never a PETRARCH person
  assert.deepEqual(brief('Gaidar defended the reforms.', '1992-09-01'), []);
  // the curated files win: Putin's code comes from holdings.json, not from PETRARCH
  assert.equal(kb.resolve('Vladimir Putin', '2022-06-01')?.name, 'Vladimir Putin');
  assert.equal(kb.resolve('Vladimir Putin', '2022-06-01')?.office, 'President of Russia');
});
