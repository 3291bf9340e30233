/**
 * Tests of the `actors` component on sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument } from '../../core/document.js';
import { tokenizer } from '../tokenizer.js';
import { actors, findActors } from './index.js';
import { loadKnowledge } from '../../knowledge/index.js';

function run(text: string, published: string | null = '2025-03-18') {
  const doc = createDocument({ text, title: 't', published, source: { kind: 'text', uri: 'test' } });
  tokenizer.run(doc);
  actors.run(doc);
  return doc.layers.actors!;
}

const brief = (text: string, published?: string) => run(text, published).map((m) => `${m.text}|${m.code}|${m.sector ?? ''}`);

test('a title and a name make one person mention resolved on the publication date', () => {
  const [m] = run('U.S. President Donald Trump spoke by phone with Vladimir Putin on Tuesday.');
  assert.equal(m!.text, 'U.S. President Donald Trump');
  assert.equal(m!.code, 'USA');
  assert.equal(m!.sector, 'GOV');
  assert.equal(m!.kind, 'person');
  assert.equal(m!.office, 'President of the United States');
  assert.equal(m!.id, 'Q22686');
});

test('a surname alone resolves to the office the person holds on the date', () => {
  const [m] = run('Putin said the talks were useful.');
  assert.deepEqual([m!.code, m!.sector, m!.name, m!.office, m!.id], ['RUS', 'GOV', 'Vladimir Putin', 'President of Russia', 'Q7747']);
  const [then] = run('Putin said the talks were useful.', '2010-04-01');
  assert.equal(then!.office, 'Prime Minister of Russia');
});

test('country adjectives with sector nouns, and compound actors', () => {
  assert.deepEqual(brief('Russian troops shelled the town.'), ['Russian troops|RUS|MIL']);
  assert.deepEqual(brief('Russian and Belarusian troops held drills.'), ['Russian|RUS|MIL', 'Belarusian troops|BLR|MIL']);
  assert.deepEqual(brief('Ukrainian police detained two men.'), ['Ukrainian police|UKR|COP']);
});

test('capitals and seats of power stand for governments, places after "in" do not', () => {
  assert.deepEqual(brief('The Kremlin rejected the offer, and Downing Street said nothing.'), ['The Kremlin|RUS|GOV', 'Downing Street|GBR|GOV']);
  assert.deepEqual(brief('Kiev accused Moscow of shelling.'), ['Kiev|UKR|GOV', 'Moscow|RUS|GOV']);
  const [place] = run('Explosions were heard in Kyiv.');
  assert.equal(place!.kind, 'place');
  assert.equal(place!.sector, undefined);
});

test('possessive country with an office title resolves the office', () => {
  const [m] = run("Ukraine's defence minister visited the front.", '2022-05-01');
  assert.equal(m!.code, 'UKR');
  assert.equal(m!.sector, 'GOV');
  assert.equal(m!.office, 'Minister of Defence of Ukraine');
});

test('organisations and armed groups carry their own codes', () => {
  assert.deepEqual(brief('Hamas and Hezbollah welcomed the NATO statement.'), ['Hamas|PSE|REB', 'Hezbollah|LBN|PTY', 'NATO|NATO|']);
});

test('words that only look like names are not coded', () => {
  assert.deepEqual(run('We asked us what may happen in May.'), []);
});

test('the publication date decides a person\'s sector: sitting officials GOV, former ones ELI', () => {
  const [then] = run('Trump criticised the deal.', '2023-06-15');
  assert.deepEqual([then!.code, then!.sector, then!.office], ['USA', 'ELI', 'President of the United States']);
  const [now] = run('Trump criticised the deal.', '2025-03-18');
  assert.equal(now!.sector, 'GOV');
  const [ex] = run('A former Ukrainian defence minister spoke.', '2024-01-01');
  assert.equal(ex!.sector, 'ELI');
  assert.equal(ex!.name, undefined);
});

test('middle initials, first-name variants and unknown names after a title', () => {
  assert.equal(run('Russian President Vladimir V. Putin arrived.')[0]!.name, 'Vladimir Putin');
  const [nsa] = run("U.S. national security adviser Robert O'Brien spoke.", '2020-05-01');
  assert.deepEqual([nsa!.text, nsa!.office], ["U.S. national security adviser Robert O'Brien", 'United States National Security Advisor']);
  const [unknown] = run('Moldova\'s president Ion Ionescu said so.');
  assert.deepEqual([unknown!.code, unknown!.sector, unknown!.name], ['MDA', 'GOV', 'Ion Ionescu']);
});

test('organisations change sector over time, cities stand for their people', () => {
  assert.equal(run('The Taliban attacked a checkpoint.', '2020-01-01')[0]!.sector, 'REB');
  assert.equal(run('The Taliban announced a decree.', '2022-01-01')[0]!.sector, 'GOV');
  assert.deepEqual(brief('Missiles struck Kharkiv overnight.'), ['Kharkiv|UKR|CVL']);
  assert.equal(run('Sirens sounded in Kharkiv.')[0]!.kind, 'place');
});

test('common surnames of minor office-holders are not coded alone', () => {
  assert.deepEqual(run('Miller said the shop would close.', '2020-12-01'), []);
  assert.equal(run('Christopher Miller said the troops would leave.', '2020-12-01')[0]!.office, 'United States Secretary of Defense');
});

test('a member noun after an organisation belongs to it; former members are elites', () => {
  const [m] = run('A former CIA official said the report was accurate.');
  assert.deepEqual([m!.text, m!.code, m!.sector, m!.kind], ['CIA official', 'USA', 'ELI', 'person']);
  const [f] = run('Hamas fighters crossed the fence.', '2023-10-07');
  assert.deepEqual([f!.text, f!.code, f!.sector], ['Hamas fighters', 'PSE', 'REB']);
});

test('a capitalised post or rank before a name the data lacks: a person of the country, or a sector without one', () => {
  const [m] = run('Russian Governor Vadim Shumkov said the bridge was closed.', '2022-06-01');
  assert.deepEqual([m!.text, m!.code, m!.sector, m!.kind, m!.name], ['Russian Governor Vadim Shumkov', 'RUS', 'GOV', 'person', 'Vadim Shumkov']);
  // no country in the phrase: the rank still gives the sector, and the component emits no country-less actor
  assert.deepEqual(loadKnowledge().resolve('General Armand Vieilledent', '2022-06-01'), { code: '---', sector: 'MIL', kind: 'sector' });
  assert.deepEqual(run('Lt. Gen. Armand Vieilledent arrived.', '2022-06-01'), []);
});

test('a post or rank, a name the data lacks, then "of" a country or town: the person takes that country', () => {
  const brief = (text: string) => run(text, '2022-06-01').map((m) => `${m.text}|${m.code}|${m.sector}|${m.name}`);
  assert.deepEqual(brief('General Thierry Lemaire of France met his counterparts.'), ['General Thierry Lemaire of France|FRA|MIL|Thierry Lemaire']);
  assert.deepEqual(brief('Governor Ivan Petrovsky of Belgorod said the shelling went on.'), ['Governor Ivan Petrovsky of Belgorod|RUS|GOV|Ivan Petrovsky']);
  // a one-word name is too weak a sign
  assert.deepEqual(brief('Governor Petrovsky of Belgorod said so.').map((m) => m.split('|')[0]), ['Belgorod']);
});

test('long-tail office-holders: a full name or a titled surname gives the person, country, sector and post of the day', () => {
  const ms = run('Kaliningrad Governor Anton Alikhanov said the transit ban hurt the region. Later Governor Alikhanov asked Moscow for help.', '2022-06-20');
  const people = ms.filter((m) => m.kind === 'person').map((m) => `${m.text}|${m.code}|${m.sector}|${m.name}|${m.office}`);
  assert.deepEqual(people, [
    'Kaliningrad Governor Anton Alikhanov|RUS|GOV|Anton Alikhanov|Governor of Kaliningrad Oblast',
    'Governor Alikhanov|RUS|GOV|Anton Alikhanov|Governor of Kaliningrad Oblast',
  ]);
});

test('an ethnic group named by a demonym is a people of no state of its own, not that state', () => {
  assert.deepEqual(brief('Ethnic Albanians staged a protest.'), ['Albanians|---|CVL']);
  assert.deepEqual(brief('Albanian police staged a raid.'), ['Albanian police|ALB|COP']);
});

test('a people named by one nation after another country is that people living there ("Bosnian Serbs" BIH)', () => {
  const found = (text: string) => findActors(createDocument({ text, published: '2024-01-01', source: { kind: 'text', uri: 't' } })).map((m) => `${m.text}:${m.code}`);
  assert.deepEqual(found('Bosnian Serbs rejected the plan.'), ['Bosnian Serbs:BIH']);
  assert.deepEqual(found('Bosnian and Serbian leaders met.').map((x) => x.split(':')[1]), ['BIH', 'SRB']);
  assert.deepEqual(found('The US and Russians met.').map((x) => x.split(':')[1]), ['USA', 'RUS']);
});
