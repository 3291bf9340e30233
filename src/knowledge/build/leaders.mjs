#!/usr/bin/env node
/**
 * Builds data/leaders.json: presidents and prime ministers of every UN member and observer state, 2000-2025, from
 * the Wikidata extract of heads of state and government (CC0, ../shared/data/knowledge/wikidata_leaders_all_countries_2025-10.csv),
 * cleaned for precision (a wrong fact is worse than a missing one). Run from the project root:
 *
 *   node src/knowledge/build/leaders.mjs           # writes data/leaders.json and prints what it left out and why
 *
 * Cleaning, in order:
 *   - only UN members and observers (countries.json `un`, plus PSE and VAT); offices the curated files already have
 *     for a country (offices.json, same country and role) are left to them: curated wins;
 *   - undated rows, labels that are not English names (Portuguese forms such as "Carlos III do Reino Unido", bare
 *     QIDs, one-word names) and monarchs are left out: the head of state of a monarchy (list below) is no president;
 *   - a head of government who is, most of the time, also the head of state (presidential systems) is the president,
 *     not a prime minister: that country's head-of-government rows are dropped;
 *   - consecutive terms of one person (new cabinets, re-elections) are merged when at most 14 days apart;
 *   - a date of only a year (written YYYY-01-01) is not a day: every term of that person in that office is dropped;
 *   - two people in one office at once for more than 2 days (acting holders, collective presidencies, missing ends):
 *     every term of both in that office is dropped;
 *   - an end with no successor starting within 30 days may be a cabinet change the extract mistook for an exit, and
 *     an open term that another holder follows has lost its end: every term of that person in that office is dropped;
 *   - an open term is confirmed (`verifiedUntil`) only up to the last change of office the extract records for its
 *     country (later, a verdict on it is "unverified").
 * Then only terms touching 2000-01-01 .. 2025-10-01 are kept. The doubtful rows are printed for checking.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './csv.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, '..', 'data');
const csvPath = join(here, '..', '..', '..', '..', 'shared', 'data', 'knowledge', 'wikidata_leaders_all_countries_2025-10.csv');
if (!existsSync(csvPath)) {
  console.error(`leaders: ${csvPath} not found (the development data must sit beside the project)`);
  process.exit(1);
}

const SOURCE = 'wikidata leaders extract (CC0) via cfmessias/geografia@2e1e3b9, cleaned by src/knowledge/build/leaders.mjs';
const SNAPSHOT = '2025-10-01';
const WINDOW = ['2000-01-01', SNAPSHOT];
/** Monarchies among UN members 2000-2025 (public record): their head of state is a monarch, not a president. */
const MONARCHIES = new Set(('AND ATG AUS BHS BHR BEL BLZ BTN BRN KHM CAN DNK SWZ GRD JAM JPN JOR KWT LSO LIE LUX MYS MCO MAR NLD NZL NOR OMN PNG QAT ' +
  'KNA LCA VCT SAU SLB ESP SWE THA TON TUV GBR VAT NPL WSM').split(' '));
/** Collective or rotating heads of state: no single holder to judge a title against. */
const COLLECTIVE = new Set(['CHE', 'BIH', 'SMR']);
const OBSERVERS = new Set(['PSE', 'VAT']);
/**
 * Heads of government the extract lists that are no prime minister (public record): Iran's president, Myanmar's
 * State Counsellor, the Vatican's governor, Monaco's Minister of State, Bosnia's chair of the Council of Ministers,
 * and Iraq's rotating Governing Council presidency of 2003-2004.
 */
const NOT_PRIME_MINISTER = new Set(['IRN', 'MMR', 'VAT', 'MCO', 'BIH']);
const notPrimeMinister = (iso3, start) => NOT_PRIME_MINISTER.has(iso3) || (iso3 === 'IRQ' && start < '2004-06-01');
const MERGE_GAP_DAYS = 14;
const OVERLAP_DAYS = 2;
const SUCCESSOR_DAYS = 30;

const countries = JSON.parse(readFileSync(join(dataDir, 'countries.json'), 'utf8')).countries;
const byCode = new Map(countries.map((c) => [c.code, c]));
const curated = JSON.parse(readFileSync(join(dataDir, 'offices.json'), 'utf8')).offices;
const covered = new Set(curated.map((o) => `${o.country}|${o.role}`));

const days = (a, b) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
const report = { notUn: 0, curated: 0, undated: 0, label: 0, monarch: 0, presidential: 0, yearOnly: 0, overlap: 0, outside: 0 };
const doubtful = [];

const rows = parseCsv(readFileSync(csvPath, 'utf8'));
const ROLE = { head_of_state: 'head-of-state', head_of_government: 'head-of-government' };

/** A label that is a plain English (or native Latin-script) personal name. */
function goodLabel(name) {
  if (!name || /^Q\d+$/.test(name) || !/\s/.test(name.trim())) return false;
  if (/\b(?:do|da|dos|das|del Reino|Reino|Príncipe|Rainha|Rei|Papa)\b/.test(name)) return false;
  return /^[\p{Script=Latin}\s.'’-]+$/u.test(name);
}

let terms = [];
/** Every dated row per office (before any cleaning): who else held the office, to judge whether a term really ended. */
const raw = new Map();
for (const r of rows) {
  const role = ROLE[r.role];
  const start = r.start?.slice(0, 10);
  if (!role || !start) continue;
  const k = `${r.iso3}|${role}`;
  if (!raw.has(k)) raw.set(k, []);
  raw.get(k).push({ who: r.person_qid || r.person, start });
}
for (const r of rows) {
  const iso3 = r.iso3;
  const role = ROLE[r.role];
  const country = byCode.get(iso3);
  if (!role) continue;
  if (!country || !(country.un || OBSERVERS.has(iso3))) { report.notUn++; continue; }
  const start = r.start?.slice(0, 10);
  const end = r.end?.slice(0, 10) || null;
  if (!start) { report.undated++; continue; }
  const person = r.person?.trim();
  if (!goodLabel(person)) { report.label++; continue; }
  if (role === 'head-of-government' && notPrimeMinister(iso3, start)) { report.notPm = (report.notPm ?? 0) + 1; continue; }
  if (role === 'head-of-state' && !covered.has(`${iso3}|${role}`) && (MONARCHIES.has(iso3) || COLLECTIVE.has(iso3) || /\b[IVX]{1,4}\b|\b(?:King|Queen|Emir|Sultan|Prince|Grand Duke)\b/.test(person))) { report.monarch++; continue; }
  terms.push({ iso3, role, person, qid: r.person_qid || null, start, end, yearOnly: start.endsWith('-01-01') || !!end?.endsWith('-01-01') });
}
// (the presidential test below reads the curated countries' rows too; only then are those left to the curated files)

// presidential systems: the head of government is the head of state most of the time
const presidential = new Set();
for (const code of new Set(terms.map((t) => t.iso3))) {
  const inWindow = (t) => (t.end ?? '9999') >= WINDOW[0] && t.start <= WINDOW[1];
  const hog = terms.filter((t) => t.iso3 === code && t.role === 'head-of-government' && inWindow(t));
  const same = hog.filter((g) => alsoHeadOfState(g));
  if (hog.length && same.length * 2 >= hog.length) presidential.add(code);
}
/** A head of government who is at the same time head of state (of a presidential system, or in a switch to one). */
function alsoHeadOfState(g) {
  return terms.some((s) => s.iso3 === g.iso3 && s.role === 'head-of-state' && (s.qid ? s.qid === g.qid : s.person === g.person) && s.start < (g.end ?? '9999') && g.start < (s.end ?? '9999'));
}
terms = terms.filter((t) => !(t.role === 'head-of-government' && (presidential.has(t.iso3) || alsoHeadOfState(t))) || (report.presidential++, false));
terms = terms.filter((t) => !covered.has(`${t.iso3}|${t.role}`) || (report.curated++, false));

const key = (t) => `${t.iso3}|${t.role}`;
const personKey = (t) => `${key(t)}|${t.qid ?? t.person}`;

// drop every term of a person in an office when any of them is dated by a year only
const yearOnly = new Set(terms.filter((t) => t.yearOnly).map(personKey));
for (const k of yearOnly) doubtful.push(`year-only date: ${k}`);
report.yearOnly = terms.filter((t) => yearOnly.has(personKey(t))).length;
terms = terms.filter((t) => !yearOnly.has(personKey(t)));

// merge consecutive terms of one person in one office
terms.sort((a, b) => key(a).localeCompare(key(b)) || personKey(a).localeCompare(personKey(b)) || a.start.localeCompare(b.start));
const merged = [];
for (const t of terms) {
  const last = merged[merged.length - 1];
  if (last && personKey(last) === personKey(t) && (last.end === null || days(last.end, t.start) <= MERGE_GAP_DAYS)) {
    if (last.end !== null && (t.end === null || t.end > last.end)) last.end = t.end;
    continue;
  }
  merged.push({ ...t });
}

// two people in one office at once: drop both
const overlapping = new Set();
const byOffice = new Map();
for (const t of merged) { if (!byOffice.has(key(t))) byOffice.set(key(t), []); byOffice.get(key(t)).push(t); }
for (const list of byOffice.values()) {
  list.sort((a, b) => a.start.localeCompare(b.start));
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i], b = list[j];
      if (personKey(a) === personKey(b)) continue;
      const overlap = days(b.start, [a.end ?? '9999-12-31', b.end ?? '9999-12-31'].sort()[0]);
      if (overlap > OVERLAP_DAYS) { overlapping.add(personKey(a)); overlapping.add(personKey(b)); doubtful.push(`overlap: ${personKey(a)} ${a.start}..${a.end} / ${b.person} ${b.start}..${b.end}`); }
    }
  }
}
report.overlap = merged.filter((t) => overlapping.has(personKey(t))).length;
let kept = merged.filter((t) => !overlapping.has(personKey(t)));

/** The last start or end of any office the extract records per country. */
const lastChange = new Map();
for (const r of rows) {
  for (const d of [r.start?.slice(0, 10), r.end?.slice(0, 10)]) if (d && d <= SNAPSHOT && d > (lastChange.get(r.iso3) ?? '')) lastChange.set(r.iso3, d);
}

// an end nobody succeeds may be a cabinet change the extract mistook for an exit, and an open term that someone else
// follows has lost its end: every term of that person in that office is dropped
const unsure = new Set();
for (const t of kept) {
  const others = (raw.get(key(t)) ?? []).filter((u) => u.who !== (t.qid ?? t.person));
  if (t.end === null && others.some((u) => u.start > t.start && days(t.start, u.start) > OVERLAP_DAYS)) { unsure.add(personKey(t)); doubtful.push(`open term with a later holder: ${personKey(t)} ${t.start}..`); }
  if (t.end !== null && t.end >= WINDOW[0] && t.end < SNAPSHOT && !others.some((u) => Math.abs(days(t.end, u.start)) <= SUCCESSOR_DAYS)) { unsure.add(personKey(t)); doubtful.push(`end without successor: ${personKey(t)} ${t.start}..${t.end}`); }
}
report.unsure = kept.filter((t) => unsure.has(personKey(t))).length;
kept = kept.filter((t) => !unsure.has(personKey(t)));
const holdings = [];
for (const t of kept) {
  if ((t.end !== null && t.end < WINDOW[0]) || t.start > WINDOW[1]) { report.outside++; continue; }
  const end = t.end;
  // the extract is not complete everywhere (Palestine's prime minister of 2019 is still open in it): an open term is
  // confirmed only up to the last change of office the extract records for that country
  const verifiedUntil = end === null ? lastChange.get(t.iso3) ?? SNAPSHOT : undefined;
  const name = byCode.get(t.iso3).name;
  holdings.push({
    person: t.person,
    personId: t.qid,
    office: `${t.role === 'head-of-state' ? 'President' : 'Prime Minister'} of ${name}`,
    country: t.iso3,
    start: t.start,
    end,
    source: SOURCE,
    ...(verifiedUntil ? { verifiedUntil } : {}),
  });
}
holdings.sort((a, b) => a.country.localeCompare(b.country) || a.office.localeCompare(b.office) || a.start.localeCompare(b.start));
const offices = [...new Map(holdings.map((h) => [h.office, {
  office: h.office,
  country: h.country,
  role: h.office.startsWith('President') ? 'head-of-state' : 'head-of-government',
  sector: 'GOV',
  source: 'leaders',
}])).values()];

writeFileSync(join(dataDir, 'leaders.json'), JSON.stringify({
  _source: `Generated by src/knowledge/build/leaders.mjs from the ${SOURCE.replace(', cleaned by src/knowledge/build/leaders.mjs', '')}: heads of state (republics) and heads of government of UN members and observers not in the curated files, 2000-${SNAPSHOT}. See README.md.`,
  offices,
  holdings,
}, null, 0).replace(/\},\{/g, '},\n{') + '\n');
console.log(`leaders.json: ${offices.length} offices, ${holdings.length} terms of ${new Set(holdings.map((h) => h.personId ?? h.person)).size} people in ${new Set(holdings.map((h) => h.country)).size} countries`);
console.log('left out:', JSON.stringify(report), `presidential systems: ${presidential.size}`);
if (process.argv.includes('--doubtful')) for (const d of doubtful) console.log('  ' + d);
else console.log(`${doubtful.length} doubtful rows (--doubtful lists them)`);
