#!/usr/bin/env node
/**
 * Derives data/officials.json, the long tail of office-holders: every term of the Wikidata-derived snapshot
 * (wikidata_officeholders_2000_2022.csv, CC0) whose position is not one of the curated offices of holdings.json
 * (deputy ministers, governors, chiefs of staff, judges, speakers, ambassadors…). The sector of each position is
 * derived by general rules over its label (`sectorOfPosition`); the run prints the label -> sector table with
 * counts and the labels no rule claims. Run by build-data.mjs, or alone from the project root:
 *
 *   node src/knowledge/build/officials.mjs            # writes data/officials.json
 *   node src/knowledge/build/officials.mjs --table    # also prints every label with its sector and count
 *
 * Output (compact, laid out for a cheap first read; the encoding is src/knowledge/officials-file.ts): positions
 * [[label, sector]], sources [string], people ["name|qid|terms|name forms"], and the lookup tables forms, formPeople
 * and surnames, computed here by the compiled runtime (`encodeOfficials` of dist/knowledge/officials-file.js, so run
 * `npm run build` first); a test checks they are what the runtime would compute. Dates as the snapshot gives them
 * (YYYY, YYYY-MM or YYYY-MM-DD).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './csv.mjs';

const compiled = new URL('../../../dist/knowledge/officials-file.js', import.meta.url);

/** Country names of the snapshot -> ISO 3166 alpha-3. */
export const COUNTRY = {
  'Belarus': 'BLR', 'Canada': 'CAN', 'China': 'CHN', 'France': 'FRA', 'Georgia': 'GEO', 'Hungary': 'HUN', 'India': 'IND',
  'International organisations': 'UNO', 'Iran': 'IRN', 'Israel': 'ISR', 'Italy': 'ITA', 'Japan': 'JPN', 'Kazakhstan': 'KAZ',
  'Russia': 'RUS', 'Saudi Arabia': 'SAU', 'South Korea': 'KOR', 'Turkey': 'TUR', 'Ukraine': 'UKR', 'United Kingdom': 'GBR',
  'United States': 'USA',
};

/**
 * Codes of the international organisations' posts (the snapshot files them under "International organisations");
 * null: a country's envoy to the organisation, whose country the snapshot does not say (left out).
 */
const IGO_POSITION = [
  [/international court of justice/i, 'UNO'],
  [/^permanent representative/i, null],
  [/united nations/i, 'UNO'],
  [/world trade organization/i, 'IGO'],
  [/osce|council of europe|arab parliament/i, 'IGO'],
];

/**
 * PLOVER/CAMEO sector of a position label, by general rules tried in order (first match wins):
 * central banks and envoys are government (CAMEO codes central banks and diplomats GOV); the opposition leader OPP;
 * intelligence services SPY; ministers and secretaries GOV (civilian heads of the army or navy included);
 * commanders and chiefs of staff of armed forces MIL; police COP; courts, judges, prosecutors and attorneys general
 * JUD (CAMEO's judiciary covers law officers); speakers, parliaments and lawmakers LEG; other executive posts GOV.
 */
export const SECTOR_RULES = [
  ['GOV', /central bank|national bank|reserve bank|bank of (japan|england|italy|canada|korea|israel|russia|france)|banque de france|banca d'italia|people's bank|monetary authority/],
  ['GOV', /ambassador|permanent representative|envoy|consul|high commissioner to|representative to/],
  ['OPP', /leader of the opposition|opposition leader/],
  ['SPY', /intelligence|security service|\b(fsb|svr|gru|kgb|cia|mossad|shin bet|mi5|mi6|sbu|nis|mit)\b|counter-?intelligence|state security/],
  ['GOV', /leader of the (government in the )?house|^(first |deputy |vice |acting )*(prime )?minister|\bminister\b|secretary of state|^(first |deputy |under|assistant |principal deputy |acting )*(-| )?secretary\b|\bsecretary of\b|under-?secretary|chancellor of the exchequer|cabinet|\bsecretary\b|paymaster|councill?or|spoke/],
  ['MIL', /\b(army|navy|naval|air force|armed forces|general staff|defen[cs]e staff|joint chiefs|chiefs of staff|marine corps|military|land forces|ground forces|aerospace forces|fleet|coast guard|space force|strategic rocket|airborne|special operations|commander|commandant|admiral|marshal|air staff|naval staff|army staff)\b/],
  ['COP', /\bfbi\b|police|gendarmerie|constabulary|law enforcement|national guard|interior troops|carabinieri/],
  ['JUD', /court|judge|\bjustice\b|prosecutor|procurator|attorney general|attorney-general|solicitor general|advocate general|ombudsman|judicial|constitutional council/],
  ['LEG', /speaker|parliament|senate|senator|member of|house of (commons|lords|representatives|councillors)|assembly|duma|knesset|rada|congress|legislat|whip|majlis|diet\b|federation council|mazhilis|lok sabha|rajya sabha|deputy of|ways and means/],
  ['GOV', /president|governor|premier|mayor|chancellor|prefect|administrator|head of|chairman|chairperson|\bchair\b|commissioner|lord|advis[eo]r|counsel|director|treasury|chief executive|regent|king|emperor|prince|emir|\bhead\b|chief of staff|spokes|press secretary|comptroller|auditor|registrar|representative|delegate|leader|chief secretary|principal|akim|hokim|commissioner|inspector|\bchief\b|minister|surgeon general|postmaster|archivist|librarian|trade representative|coordinator|envoy|czar|administration|monarch|accountant|superintendent|akim/],
];

export function sectorOfPosition(label) {
  const l = label.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  for (const [sector, re] of SECTOR_RULES) if (re.test(l)) return sector;
  return null;
}

/** Merges consecutive or overlapping terms of one person in one position (the snapshot repeats terms from several scrapers). */
function mergeTerms(rows) {
  rows.sort((a, b) => (a.qid + a.code + a.position + a.start).localeCompare(b.qid + b.code + b.position + b.start));
  const out = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last.qid === r.qid && last.code === r.code && last.position === r.position && (last.end === null || r.start <= last.end)) {
      if (last.end !== null && (r.end === null || r.end > last.end)) last.end = r.end;
      continue;
    }
    out.push({ ...r });
  }
  return out;
}

/**
 * Reads the snapshot and writes officials.json. `offices` are the curated offices of offices.json: terms whose position
 * one of them takes (its `csv` labels) or names (its label, same country) are in holdings.json and are left out here.
 */
export async function buildOfficials({ csv, out, offices, table = false }) {
  let encodeOfficials;
  try { ({ encodeOfficials } = await import(compiled.href)); } catch (e) { throw new Error(`officials: ${compiled.pathname} not loadable (${e.message}); run \`npm run build\` first`); }
  const curated = new Set();
  for (const o of offices) { curated.add(`${o.country}|${o.office}`); for (const p of o.csv ?? []) curated.add(`${o.country}|${p}`); }
  const rows = [];
  const dropped = { curated: 0, country: 0, date: 0, sector: 0 };
  const fallThrough = new Map();
  for (const r of parseCsv(readFileSync(csv, 'utf8'))) {
    let code = COUNTRY[r.country];
    if (!code) { dropped.country++; continue; }
    if (curated.has(`${code}|${r.position}`)) { dropped.curated++; continue; }
    if (code === 'UNO') {
      const igo = IGO_POSITION.find(([re]) => re.test(r.position));
      if (!igo || igo[1] === null) { dropped.country++; continue; }
      code = igo[1];
    }
    const date = /^\d{4}(-\d{2}(-\d{2})?)?$/;
    if (!date.test(r.start) || (r.end && !date.test(r.end)) || (r.end && r.end < r.start)) { dropped.date++; continue; }
    const sector = sectorOfPosition(r.position);
    if (!sector) { fallThrough.set(r.position, (fallThrough.get(r.position) ?? 0) + 1); dropped.sector++; continue; }
    rows.push({ name: r.person.trim(), qid: r.person_qid, code, position: r.position, sector, start: r.start, end: r.end || null, source: `wikidata (CC0) via ${r.source_repo}, snapshot ${r.snapshot_date}` });
  }
  const merged = mergeTerms(rows);
  const positions = [];
  const posIndex = new Map();
  const sources = [];
  const srcIndex = new Map();
  merged.sort((a, b) => a.name.localeCompare(b.name) || a.qid.localeCompare(b.qid) || a.start.localeCompare(b.start));
  const records = [];
  const personIndex = new Map();
  for (const r of merged) {
    const pk = `${r.position}|${r.sector}`;
    if (!posIndex.has(pk)) { posIndex.set(pk, positions.length); positions.push([r.position, r.sector]); }
    if (!srcIndex.has(r.source)) { srcIndex.set(r.source, sources.length); sources.push(r.source); }
    let k = personIndex.get(r.qid);
    if (k === undefined) { k = records.length; personIndex.set(r.qid, k); records.push({ name: r.name, id: r.qid, terms: [] }); }
    records[k].terms.push([r.code, posIndex.get(pk), r.start, r.end, srcIndex.get(r.source)]);
  }
  const { people, forms, formPeople, surnames } = encodeOfficials(records);
  const head = JSON.stringify({
    _source: 'Generated by src/knowledge/build/officials.mjs from Wikidata-derived office terms 2000-2022 (CC0, snapshot 2022-08-02): every term outside the curated offices of holdings.json. people: "name|Wikidata id|terms|name forms", terms "code,position index,start,end,source index" joined by ";", forms (word keys) joined by ";"; positions: [label as given, sector by rule]; forms, formPeople [person, capitalisation mask], surnames: sorted lookup tables (src/knowledge/officials-file.ts). See data/README.md.',
  });
  // one line per position, person and table row, so a diff of the file reads
  const lines = (rows) => `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]`;
  const pairs = [];
  for (let i = 0; i < formPeople.length; i += 2) pairs.push(`${formPeople[i]},${formPeople[i + 1]}`);
  writeFileSync(out, `${head.slice(0, -1)},"positions":${lines(positions)},"sources":${lines(sources)},"people":${lines(people)},"forms":${lines(forms)},"formPeople":[\n${pairs.join(',\n')}\n],"surnames":${lines(surnames)}}\n`);

  // the label -> sector table, to read: per sector the labels and their term counts
  const bySector = new Map();
  for (const r of merged) {
    const m = bySector.get(r.sector) ?? new Map();
    bySector.set(r.sector, m);
    m.set(r.position, (m.get(r.position) ?? 0) + 1);
  }
  for (const [sector, m] of [...bySector].sort()) {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    console.log(`sector ${sector}: ${total} terms, ${m.size} labels`);
    if (table) for (const [label, n] of [...m].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${label}`);
  }
  console.log(`officials: ${merged.length} terms of ${records.length} people, ${positions.length} positions; left out: ${dropped.curated} curated-office rows (in holdings.json), ${dropped.country} without a country, ${dropped.date} with bad dates, ${dropped.sector} with no sector rule`);
  if (fallThrough.size) console.log(`labels no rule claims (${fallThrough.size}): ${[...fallThrough].map(([l, n]) => `${l} (${n})`).join('; ')}`);
  return merged.length;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const here = dirname(fileURLToPath(import.meta.url));
  const dataDir = join(here, '..', 'data');
  const offices = JSON.parse(readFileSync(join(dataDir, 'offices.json'), 'utf8')).offices;
  await buildOfficials({ csv: join(here, '..', '..', '..', '..', 'shared', 'data', 'knowledge', 'wikidata_officeholders_2000_2022.csv'), out: join(dataDir, 'officials.json'), offices, table: process.argv.includes('--table') });
}
