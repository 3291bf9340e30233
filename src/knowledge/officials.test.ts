/**
 * The long tail of office-holders (data/officials.json): sectors derived from position labels, full-name and
 * "Title Surname" matching on a date, curated people winning, and roles listing long-tail posts. Facts from the
 * public record (Wikidata terms 2000-2022); sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { packagePath } from '../core/paths.js';
import { findActorMentions, loadKnowledge } from './index.js';
import { decodePerson, encodeOfficials, nameForms } from './officials-file.js';
import { nameVariants, type OfficialsFile } from './officials.js';
import { words } from './text.js';

const brief = (text: string, on: string) => findActorMentions(text, on).map((m) => `${m.text}|${m.code}|${m.sector ?? ''}|${m.name ?? ''}`);

test('officials.json: every position has a sector derived from its label', () => {
  const file = JSON.parse(readFileSync(packagePath('src', 'knowledge', 'data', 'officials.json'), 'utf8')) as OfficialsFile;
  const sector = new Map(file.positions.map(([label, s]) => [label, s]));
  assert.ok(file.people.reduce((n, line) => n + decodePerson(line).terms.length, 0) > 10_000);
  assert.equal(sector.get('Chief of Staff of the Army'), 'MIL');
  assert.equal(sector.get('Chief of the General Staff'), 'MIL');
  assert.equal(sector.get('Justice of the Supreme Court'), 'JUD');
  assert.equal(sector.get('Attorney General'), 'JUD');
  assert.equal(sector.get('Speaker of the House of Commons'), 'LEG');
  assert.equal(sector.get('Director of National Intelligence'), 'SPY');
  assert.equal(sector.get('Director of the FBI'), 'COP');
  assert.equal(sector.get('Secretary of the Navy'), 'GOV'); // the civilian head of a service
  assert.equal(sector.get('Governor of Texas'), 'GOV');
  assert.equal(sector.get('ambassador to France'), 'GOV');
  assert.equal(sector.get('Governor of the National Bank'), 'GOV');
  // curated offices stay in holdings.json only
  assert.equal(sector.has('Chancellor of the Exchequer'), false);
  for (const [, s] of file.positions) assert.match(s, /^(GOV|MIL|JUD|LEG|SPY|COP|OPP)$/);
});

test('officials.json: its name forms and lookup tables are what the runtime computes from its people', () => {
  const file = JSON.parse(readFileSync(packagePath('src', 'knowledge', 'data', 'officials.json'), 'utf8')) as OfficialsFile;
  const people = file.people.map(decodePerson);
  assert.ok(people.length > 7_000);
  // forms stored in a person's line are the runtime's forms of that name (words() may have changed since the build)
  for (const p of people) assert.deepEqual(p.forms, nameForms(p.name).map((f) => f.keys.join(' ')), p.name);
  const fresh = encodeOfficials(people);
  assert.deepEqual(fresh.people, file.people);
  assert.deepEqual(fresh.forms, file.forms);
  assert.deepEqual(fresh.formPeople, file.formPeople);
  assert.deepEqual(fresh.surnames, file.surnames);
});

test('name forms: word keys as words() cuts the name, with a mask of capitalised words', () => {
  assert.deepEqual(nameForms('Jai Ram Thakur'), [{ keys: ['jai', 'ram', 'thakur'], upper: 7 }]);
  assert.deepEqual(nameForms('Jean-Yves Le Drian').map((f) => f.keys), [['jean-yves', 'le', 'drian']]);
  assert.deepEqual(nameForms('Ursula von der Leyen'), [{ keys: ['ursula', 'von', 'der', 'leyen'], upper: 9 }]);
  assert.deepEqual(nameForms('Mark A. Milley').map((f) => f.keys.join(' ')), [words('Mark A. Milley').map((w) => w.key).join(' '), 'mark milley']);
});

test('the index finds a form among its namesakes, the longest first, and refuses words the form capitalises', () => {
  const o = loadKnowledge().officials;
  const hit = o.atName(words('Jai Ram Thakur said'), 0);
  assert.equal(hit?.end, 3);
  assert.equal(hit?.people[0]?.terms[0]?.code, 'IND');
  assert.equal(o.atName(words('jai ram thakur said'), 0), null);
  assert.equal(o.atName(words('Jai Ram'), 0), null);
  assert.equal(o.atName(words('constructor toString'), 0), null);
});

test('name variants: middle initials dropped, umlauts written out, one-word and non-Latin names left out', () => {
  assert.deepEqual(nameVariants('Mark A. Milley'), ['Mark A. Milley', 'Mark Milley']);
  assert.deepEqual(nameVariants('Jürgen Trittin'), ['Jürgen Trittin', 'Juergen Trittin']);
  assert.deepEqual(nameVariants('Siddaramaiah'), []);
  assert.deepEqual(nameVariants('张延年'), []);
});

test('a full name gives person, country, sector and post on the date', () => {
  assert.deepEqual(brief('Serhiy Haidai urged residents to leave.', '2022-05-01'), ['Serhiy Haidai|UKR|GOV|Serhiy Haidai', 'residents|---|CVL|']);
  assert.deepEqual(brief('Avril Haines briefed the committee.', '2022-03-08'), ['Avril Haines|USA|SPY|Avril Haines']);
  assert.deepEqual(brief('Speaker John Bercow called for order.', '2015-01-01'), ['Speaker John Bercow|GBR|LEG|John Bercow']);
  // the snapshot's "Mark A. Milley" is written without his initial
  assert.deepEqual(brief('Mark Milley spoke to reporters.', '2022-05-01'), ['Mark Milley|USA|MIL|Mark A. Milley', 'reporters|---|JRN|']);
  // out of the posts on record but named as a lawmaker: LEG (Rick Scott, Governor of Florida until 2019, then senator)
  assert.deepEqual(brief('Sen. Rick Scott criticised the plan.', '2022-05-01'), ['Rick Scott|USA|LEG|Rick Scott']);
  // after the term: a former office-holder (ELI)
  assert.deepEqual(brief('Jean-Pierre Bosser gave a lecture.', '2021-01-01'), ['Jean-Pierre Bosser|FRA|ELI|Jean-Pierre Bosser']);
  const [m] = findActorMentions('U.S. Director of National Intelligence Avril Haines said', '2022-01-01');
  assert.deepEqual([m!.text, m!.office, m!.status], ['U.S. Director of National Intelligence Avril Haines', 'Director of National Intelligence', 'current']);
  const [d] = findActorMentions('Deputy Prime Minister Iryna Vereshchuk said', '2022-04-01');
  assert.deepEqual([d!.text, d!.code, d!.office], ['Deputy Prime Minister Iryna Vereshchuk', 'UKR', 'Deputy Prime Minister']);
});

test('a surname alone only after title words of that person\'s post, and only if one official fits', () => {
  assert.deepEqual(brief('Governor Haidai said the city was surrounded.', '2022-06-01'), ['Governor Haidai|UKR|GOV|Serhiy Haidai']);
  assert.deepEqual(brief('Chief Justice Roberts wrote the opinion.', '2015-01-01'), ['Chief Justice Roberts|USA|JUD|John Roberts']);
  assert.deepEqual(brief('Gen. Bosser inspected the regiment.', '2016-01-01'), ['Gen. Bosser|FRA|MIL|Jean-Pierre Bosser', 'regiment|---|MIL|']);
  // no title: a surname of the long tail is not a person
  assert.deepEqual(brief('Haidai said the city was surrounded.', '2022-06-01'), []);
  // a title of another post does not fit
  assert.deepEqual(brief('Ambassador Haidai said the city was surrounded.', '2022-06-01'), []);
  // a capitalised word after the surname makes it a first name; a rank is no civilian title; "the head of the X council"
  assert.deepEqual(brief('Governor Haidai Petrenko said the city was surrounded.', '2022-06-01'), []);
  assert.deepEqual(brief('General Franco inspected the troops.', '2021-01-01'), ['troops|---|MIL|']);
  // a curated person counts too: in 2022 "Ambassador Sullivan" is John J. Sullivan in Moscow, not a former namesake
  assert.deepEqual(brief('Ambassador Sullivan met officials.', '2022-03-01'), ['Ambassador Sullivan|USA|GOV|John J. Sullivan', 'officials|---|GOV|']);
  // two sitting governors named Scott in 2018 (Vermont, Florida): ambiguous; in 2020 only Vermont's
  assert.deepEqual(brief('Governor Scott signed the bill.', '2018-01-01'), []);
  assert.deepEqual(brief('Governor Scott signed the bill.', '2020-01-01'), ['Governor Scott|USA|GOV|Phil Scott']);
});

test('one-word names are never matched, nor full names ending in a known organisation or place', () => {
  assert.deepEqual(brief('Siddaramaiah said the state would appeal.', '2015-01-01'), []);
  // Richard Wagner was Chief Justice of Canada in 2022, but the surname names the Wagner Group first
  assert.deepEqual(findActorMentions('Richard Wagner fighters advanced.', '2022-07-27').map((m) => m.code), ['RUS']);
});

test('curated people win over the long tail; roles lists both', () => {
  const kb = loadKnowledge();
  // Blinken is curated (Secretary of State): his earlier deputy post does not decide his mention
  const [m] = findActorMentions('Antony Blinken said', '2022-01-01');
  assert.equal(m!.office, 'United States Secretary of State');
  // without a curated post on the date, his long-tail post of the day describes him
  const [d] = findActorMentions('Antony Blinken said', '2016-01-01');
  assert.deepEqual([d!.office, d!.sector, d!.status], ['Deputy Secretary of State', 'GOV', 'current']);
  const roles = kb.roles('Antony Blinken', '2022-01-01').map((h) => `${h.office}|${h.status}`);
  assert.ok(roles.includes('Deputy Secretary of State|former'));
  assert.ok(roles.includes('United States Secretary of State|current'));
  // a long-tail person: roles and findPeople answer from officials.json
  const haines = kb.roles('Avril Haines', '2022-01-01');
  assert.deepEqual(haines.map((h) => [h.office, h.country, h.start, h.status]), [['Deputy National Security Advisor', 'USA', '2015-01-11', 'former'], ['Director of National Intelligence', 'USA', '2021-01-21', 'current']]);
  assert.equal(kb.roles('Avril Haines', '2016-01-01')[1]!.status, 'future');
  assert.equal(kb.findPeople('Avril Haines')[0]!.person.id, 'Q14525857');
});

test('who on the long tail: a post by its full label, any spelling of defence, in office on the date', () => {
  const kb = loadKnowledge();
  assert.deepEqual(kb.who('Governor of Luhansk Oblast', '2022-05-01').map((h) => `${h.person}|${h.country}|${h.status}`), ['Serhiy Haidai|UKR|current']);
  assert.deepEqual(kb.who('deputy secretary of defense', '2022-05-01').map((h) => h.person), ['Kathleen Hicks']);
  // before the term began nobody on record holds it; an open term after the snapshot stays marked as such
  assert.deepEqual(kb.who('Deputy Secretary of Defence', '2020-05-01').map((h) => h.person).includes('Kathleen Hicks'), false);
  assert.equal(kb.who('Governor of Luhansk Oblast', '2024-05-01')[0]?.verifiedUntil, '2022-08-02');
  assert.deepEqual(kb.officials.positionLabels('the Governor of Luhansk Oblast'), ['Governor of Luhansk Oblast']);
  assert.deepEqual(kb.who('Grand Vizier of Atlantis', '2022-05-01'), []);
});
