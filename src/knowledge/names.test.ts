/**
 * Names, titles and general rules added after the first release: common English short names of countries,
 * canonical office labels as who-queries, the office label as held on the date, German transliterations,
 * and COUNTRY + portfolio word + sector noun phrases. Sentences are written for these tests; facts are
 * from the public record.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findActorMentions, loadKnowledge } from './index.js';
import { transliterate } from './kb.js';
import { readKnowledgeFiles } from './load.js';

const kb = loadKnowledge();

test('common English short names of countries resolve', () => {
  const cases: Array<[string, string]> = [
    ['Turkey', 'TUR'], ['Türkiye', 'TUR'], ['Syria', 'SYR'], ['Iran', 'IRN'], ['North Korea', 'PRK'], ['South Korea', 'KOR'],
    ['Russia', 'RUS'], ['Vietnam', 'VNM'], ['Laos', 'LAO'], ['Ivory Coast', 'CIV'], ['Czech Republic', 'CZE'], ['Burma', 'MMR'],
    ['Holland', 'NLD'], ['the Netherlands', 'NLD'], ['the Gambia', 'GMB'], ['Cape Verde', 'CPV'], ['Swaziland', 'SWZ'],
    ['Macedonia', 'MKD'], ['East Timor', 'TLS'], ['Congo', 'COG'], ['DR Congo', 'COD'], ['the Vatican', 'VAT'],
    ['Palestinian territories', 'PSE'], ['Gaza', 'PSE'], ['West Bank', 'PSE'], ['Scotland', 'GBR'], ['St Lucia', 'LCA'],
    ['Trinidad', 'TTO'], ['Antigua', 'ATG'],
  ];
  for (const [phrase, code] of cases) assert.equal(kb.resolve(phrase, '2023-01-01')?.code, code, phrase);
});

test('an honorific does not swallow a country name, and still works as one', () => {
  assert.equal(kb.resolve('DR Congo', '2023-01-01')?.code, 'COD');
  const ms = findActorMentions('Dr. Smith met Turkish officials.', '2023-01-01');
  assert.deepEqual(ms.map((m) => [m.code, m.sector]), [['TUR', 'GOV']]);
});

test('"Turkey" as the subject of a sentence is an actor', () => {
  const ms = findActorMentions('Turkey urged Sweden to extradite the suspects.', '2023-01-10');
  assert.deepEqual(ms.map((m) => [m.text, m.code, m.kind]), [['Turkey', 'TUR', 'country'], ['Sweden', 'SWE', 'country']]);
});

test('every canonical office label is accepted as a who-query', () => {
  for (const o of readKnowledgeFiles().offices) {
    const parsed = kb.parseOfficeTitle(o.office);
    assert.equal(parsed[0]?.office, o.office, o.office);
    assert.equal(kb.parseOfficeTitle(`the ${o.office}`)[0]?.office, o.office, `the ${o.office}`);
  }
});

test('"X of Y", "Y\'s X" and demonym forms name the same office', () => {
  const who = (q: string, on: string) => kb.who(q, on).map((h) => h.person);
  assert.deepEqual(who('President of the European Commission', '2020-01-01'), ['Ursula von der Leyen']);
  assert.deepEqual(who('President of the European Council', '2020-01-01'), ['Charles Michel']);
  assert.deepEqual(who('EU Commission president', '2016-05-01'), ['Jean-Claude Juncker']);
  assert.deepEqual(who('Defence Secretary', '2020-01-01'), ['Ben Wallace']);
  assert.deepEqual(who('Defense Secretary', '2020-01-01'), ['Mark T. Esper']);
  for (const q of ['Foreign Minister of Russia', "Russia's foreign minister", 'Russian Foreign Minister', 'the foreign minister of Russia'])
    assert.deepEqual(who(q, '2015-01-01'), ['Sergey Lavrov'], q);
  assert.deepEqual(who("Turkey's president", '2019-01-01'), ['Recep Tayyip Erdoğan']);
  assert.deepEqual(who('Chancellor of the Exchequer', '2023-06-01'), ['Jeremy Hunt']);
  assert.deepEqual(who('British chancellor', '2021-03-01'), ['Rishi Sunak']);
  assert.deepEqual(who('CIA director', '2015-01-01'), ['John Brennan']);
  // a bare title several offices share stays unanswered
  assert.deepEqual(who('president', '2020-01-01'), []);
});

test('the office of a person is labelled as held on the date', () => {
  const out = kb.resolve('Trump', '2023-01-01');
  assert.equal(out?.status, 'former');
  assert.equal(out?.sector, 'ELI');
  const now = kb.resolve('Trump', '2025-03-01');
  assert.equal(now?.status, 'current');
  assert.equal(now?.sector, 'GOV');
  assert.equal(kb.resolve('Kwasi Kwarteng', '2022-10-01')?.office, 'Chancellor of the Exchequer');
  assert.equal(kb.resolve('Kwasi Kwarteng', '2022-10-01')?.status, 'current');
  assert.equal(kb.resolve('Kwasi Kwarteng', '2023-10-01')?.sector, 'ELI');
});

test('umlauts match their German transliterations', () => {
  assert.equal(transliterate('Gerhard Schröder'), 'Gerhard Schroeder');
  assert.equal(transliterate('Straße'), 'Strasse');
  assert.equal(transliterate('Olaf Scholz'), 'Olaf Scholz');
  for (const n of ['Gerhard Schroeder', 'Gerhard Schröder', 'Gerhard Schroder', 'Schroeder']) {
    const r = kb.resolve(n, '2003-01-01');
    assert.equal(r?.name, 'Gerhard Schröder', n);
    assert.equal(r?.office, 'Chancellor of Germany', n);
  }
  assert.equal(kb.roles('Gerhard Schroeder', '2010-01-01')[0]?.status, 'former');
});

test('country + portfolio words + sector noun resolves by general rule', () => {
  const cases: Array<[string, string, string]> = [
    ['Chilean mining minister', 'CHL', 'GOV'],
    ['the Peruvian energy ministry', 'PER', 'GOV'],
    ['a Pakistani lawmaker', 'PAK', 'LEG'],
    ['Ugandan MPs', 'UGA', 'LEG'],
    ["Kenya's police chief", 'KEN', 'COP'],
    ['University of Nairobi', 'KEN', 'EDU'],
    ['Kabul University', 'AFG', 'EDU'],
    ['Oxford University researchers', 'GBR', 'EDU'],
    ['a Somalia-based militia', 'SOM', 'REB'],
    ['Kenya-based aid workers', 'KEN', 'CVL'],
    ['Rakhine Buddhists', 'MMR', 'REL'],
    ['Madras High Court', 'IND', 'JUD'],
    ['Queensland police', 'AUS', 'COP'],
  ];
  for (const [phrase, code, sector] of cases) {
    const r = kb.resolve(phrase, '2022-06-01');
    assert.deepEqual([r?.code, r?.sector], [code, sector], phrase);
  }
});

test('filler words never carry a country onto a later sentence part', () => {
  const ms = findActorMentions('Russian shelling was reported; police arrived later.', '2022-06-01');
  // the police have no country in the sentence: a generic agent, coded --- (not RUS)
  assert.deepEqual(ms.map((m) => [m.code, m.sector ?? null]), [['RUS', null], ['---', 'COP']]);
  const ms2 = findActorMentions('Israeli jets struck targets as police watched.', '2023-01-01');
  assert.equal(ms2[0]?.code, 'ISR');
  assert.notEqual(ms2[0]?.sector, 'COP');
});

test('a phrase without a country takes the country of its context', () => {
  assert.deepEqual(kb.resolveInContext('the army', 'Kenyan', '2022-06-01'), { code: 'KEN', sector: 'MIL', kind: 'country' });
  assert.equal(kb.resolveInContext('Russian troops', 'Ukraine', '2022-06-01')?.code, 'RUS');
  assert.equal(kb.resolveInContext('the army', '', '2022-06-01')?.code, '---');
  assert.equal(kb.resolveInContext('the weather', 'a rainy day', '2022-06-01'), null);
});

test('sector vocabulary: religious communities, lawyers, immigration officers, indigenous leaders', () => {
  const cases: Array<[string, string, string]> = [
    ['a Hindu community leader in Nepal', 'NPL', 'REL'],
    ['Catholic leaders in Poland', 'POL', 'REL'],
    ['Brazilian indigenous leaders', 'BRA', 'CVL'],
    ['Egyptian defence lawyers', 'EGY', 'JUD'],
    ['Greek customs officers', 'GRC', 'COP'],
    ['a congressional delegation from the United States', 'USA', 'LEG'],
  ];
  for (const [phrase, code, sector] of cases) {
    const r = kb.resolve(phrase, '2022-06-01');
    assert.deepEqual([r?.code, r?.sector], [code, sector], phrase);
  }
});

test('armed groups of the Sahel, Central Africa and the Horn are known', () => {
  const cases: Array<[string, string]> = [['JNIM', 'MLI'], ['ISWAP', 'NGA'], ['CODECO', 'COD'], ['Seleka', 'CAF'], ['the Polisario Front', 'ESH'], ['ASWJ', 'SOM']];
  for (const [phrase, code] of cases) {
    const r = kb.resolve(phrase, '2022-06-01');
    assert.equal(r?.code, code, phrase);
    assert.equal(r?.kind, 'group', phrase);
  }
});

const brief = (text: string, on: string) => findActorMentions(text, on).map((m) => `${m.text}|${m.code}|${m.sector ?? ''}|${m.name ?? ''}`);

test('a national security council is its country\'s government; the Security Council alone is the UN\'s', () => {
  assert.deepEqual(brief("Turkey's National Security Council met in Ankara.", '2024-01-01').slice(0, 1), ["Turkey's National Security Council|TUR|GOV|"]);
  assert.deepEqual(brief('The Security Council will vote on Friday.', '2024-01-01'), ['Security Council|UNO|GOV|United Nations Security Council']);
  assert.deepEqual(brief("Russia's Security Council discussed the drones.", '2024-01-01'), ["Russia's Security Council|RUS|GOV|", 'drones|---|MIL|']);
  // with no country named, the body's country is unknown: no actor rather than the UN
  assert.equal(brief('The National Security Council issued a statement.', '2024-01-01').some((m) => m.includes('UNO')), false);
  // a post in the body before a name is that person's title
  assert.deepEqual(brief('Ukrainian National Security and Defense Council Secretary Oleksiy Danilov spoke.', '2022-05-01').map((m) => m.split('|').slice(1).join('|')), ['UKR|GOV|Oleksiy Danilov']);
});

test('a body named after its organisation keeps the body: "the UN General Assembly", "the EU Commission"', () => {
  assert.deepEqual(brief('the UN General Assembly voted', '2024-01-01'), ['UN General Assembly|UNO|LEG|United Nations General Assembly']);
  assert.deepEqual(brief('The EU Commission proposed sanctions.', '2024-01-01'), ['EU Commission|EUR|GOV|European Commission']);
  assert.deepEqual(brief('The UN refugee agency said', '2024-01-01'), ['UN refugee agency|UNO|REF|UNHCR']);
  // "the UN" alone stays the UN
  assert.deepEqual(brief('She asked the UN for help.', '2024-01-01'), ['the UN|UNO||United Nations']);
});

test('a deputy is not the holder of the post: no office-holder, the deputy\'s own post only when held on the date', () => {
  const actor = (t: string, on: string) => { const a = kb.resolve(t, on); return a && `${a.code}|${a.sector ?? ''}|${a.name ?? ''}|${a.office ?? ''}`; };
  assert.equal(actor("Russia's deputy prime minister", '2022-06-01'), 'RUS|GOV||');
  assert.equal(actor("Ukraine's vice prime minister", '2022-06-01'), 'UKR|GOV||');
  assert.equal(actor("Russia's prime minister", '2022-06-01'), 'RUS|GOV|Mikhail Mishustin|Prime Minister of Russia');
  // a post the person takes only later is not theirs on the date
  assert.equal(actor('First Deputy Prime Minister Andrei Belousov', '2022-06-01')?.endsWith('|'), true);
  assert.equal(actor('Russian Deputy Foreign Minister Sergei Ryabkov', '2022-06-01'), 'RUS|GOV|Sergei Ryabkov|');
});

test('the West and European states as groups; demonyms of Central Asia and Slovenia', () => {
  assert.deepEqual(brief('The West imposed sanctions and Western leaders met.', '2022-06-01'), ['The West|WST||the West', 'Western leaders|WST|GOV|Western governments']);
  assert.deepEqual(brief('European leaders met in Kyiv.', '2022-06-01').slice(0, 1), ['European leaders|EUR|GOV|European governments']);
  // a compass word before a capitalised word is part of a longer name
  assert.equal(brief('Police in the West Midlands said', '2022-06-01').some((m) => m.includes('WST')), false);
  assert.deepEqual(brief('the West Bank', '2022-06-01'), ['West Bank|PSE||']);
  assert.deepEqual(brief('Kyrgyz officials, Tajik troops and a Slovenian diplomat', '2022-06-01'), ['Kyrgyz officials|KGZ|GOV|', 'Tajik troops|TJK|MIL|', 'Slovenian diplomat|SVN|GOV|']);
});

test('after a bare country name a verb is no portfolio word: "Russia sent troops" is Russia, "US defence officials" stay', () => {
  assert.deepEqual(brief('Russia sent troops to the border.', '2022-06-01'), ['Russia|RUS||', 'troops|---|MIL|']);
  assert.deepEqual(brief('The West supplies artillery.', '2022-06-01'), ['The West|WST||the West', 'artillery|---|MIL|']);
  assert.deepEqual(brief('US defence officials said', '2022-06-01'), ['US defence officials|USA|GOV|']);
});
