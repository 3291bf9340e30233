#!/usr/bin/env node
/**
 * Builds the knowledge base's generated data files from the development data beside the project
 * (../shared/data/knowledge) plus the hand-written files in src/knowledge/data/. Run it from the project root:
 *
 *   node src/knowledge/build/build-data.mjs
 *
 * Reads (build time only, never at run time):
 *   - mledoze_world-countries_5.1.0.json (ODbL 1.0)  -> data/countries.json (codes, names, demonyms, capitals)
 *   - wikidata_officeholders_2000_2022.csv (CC0)     -> data/holdings.json (selected offices, merged terms)
 *   - us_presidents_vps_terms.csv (CC0)              -> data/holdings.json (US presidents and vice presidents)
 *   - wikidata_officeholders_2000_2022.csv (CC0)     -> data/officials.json (every other term: the long tail, see officials.mjs)
 *   - data/holdings-additions.json (hand-written, every record names its public-record source): terms after
 *     the mid-2022 snapshot, offices the snapshot lacks, and end dates of terms the snapshot left open.
 * The generated JSON is committed, so a fresh clone never needs ../shared.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './csv.mjs';
import { COUNTRY } from './officials.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, '..', 'data');
const shared = join(here, '..', '..', '..', '..', 'shared', 'data', 'knowledge');
if (!existsSync(shared)) {
  console.error(`build-data: ${shared} not found (the development data must sit beside the project)`);
  process.exit(1);
}

// ---------- countries ----------
/** Alternative spellings that are everyday English words or first names ("Snake Island", "Dominique"). */
const NOT_NAMES = new Set(['Island', 'Mann', 'Mannin', 'Dominique', 'Guiana', 'Viti', 'Timor', 'Mexicanos', 'Portuguesa', 'Togolese', 'Sarnam', 'Swatini']);
const world = JSON.parse(readFileSync(join(shared, 'mledoze_world-countries_5.1.0.json'), 'utf8'));
const countries = world.map((c) => {
  const names = new Set([c.name.common, c.name.official, ...(c.altSpellings ?? []).filter((s) => s.length > 3 || /^[A-Z]{2,3}$/.test(s) === false)]);
  names.delete(c.cca2);
  const demonyms = new Set();
  const d = c.demonyms?.eng;
  if (d) { if (d.m) demonyms.add(d.m); if (d.f) demonyms.add(d.f); }
  return {
    // mledoze uses UNK for Kosovo; CAMEO, PLOVER and most news data use the user-assigned XKX
    code: c.cca3 === 'UNK' ? 'XKX' : c.cca3,
    iso2: c.cca2,
    name: c.name.common,
    names: [...names].filter((n) => n && !NOT_NAMES.has(n) && !/[^\x20-\x7E\u00C0-\u024F’']/.test(n)),
    demonyms: [...demonyms],
    capitals: c.capital ?? [],
    un: Boolean(c.unMember),
  };
});
writeFileSync(join(dataDir, 'countries.json'), JSON.stringify({
  _source: 'mledoze/countries 5.1.0 (ODbL 1.0, https://github.com/mledoze/countries): codes, names, alternative spellings, English demonyms, capitals. Facts only; see data/README.md.',
  countries,
}, null, 0).replace(/\},\{/g, '},\n{'));

// ---------- holdings ----------
const offices = JSON.parse(readFileSync(join(dataDir, 'offices.json'), 'utf8')).offices;
/** (country code, CSV position) -> canonical office label, from the `csv` field of each office. */
const officeFor = new Map();
for (const o of offices) for (const p of o.csv ?? []) officeFor.set(`${o.country}|${p}`, o.office);

const US_NAMES = { 'James Carter': 'Jimmy Carter', 'James Quayle': 'Dan Quayle', 'George Bush': 'George W. Bush', 'William Clinton': 'Bill Clinton', 'Albert Gore': 'Al Gore', 'Richard Cheney': 'Dick Cheney', 'J. D. Vance': 'JD Vance', 'J.D. Vance': 'JD Vance', 'Joseph Biden': 'Joe Biden', 'Kamala D. Harris': 'Kamala Harris', 'Joseph R. Biden': 'Joe Biden' };
const isoDay = (s) => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? s : /^\d{4}$/.test(s) ? null : null);
const raw = [];
for (const r of parseCsv(readFileSync(join(shared, 'wikidata_officeholders_2000_2022.csv'), 'utf8'))) {
  const country = COUNTRY[r.country];
  const office = country && officeFor.get(`${country}|${r.position}`);
  if (!office) continue;
  const start = isoDay(r.start);
  if (!start) continue;
  const end = r.end ? isoDay(r.end) : null;
  if (r.end && !end) continue;
  if (end && end < '2000-01-01') continue;
  if (end && end < start) { console.warn(`dropped (ends before it starts): ${r.person} ${r.position} ${start}..${end}`); continue; }
  raw.push({ person: US_NAMES[r.person] ?? r.person, personId: r.person_qid || null, office, country, start, end, source: `wikidata (CC0) via ${r.source_repo}, snapshot ${r.snapshot_date}` });
}
/** Scheduled ends after this day are not facts yet: such terms stay open (end null). */
const HORIZON = '2025-12-31';
const usOffice = { 'President of the United States': 'President of the United States', 'Vice President of the United States': 'Vice President of the United States' };
const US_IDS = { 'Jimmy Carter': 'Q23685', 'Ronald Reagan': 'Q9960', 'George H. W. Bush': 'Q23505', 'Bill Clinton': 'Q1124', 'George W. Bush': 'Q207', 'Barack Obama': 'Q76', 'Donald Trump': 'Q22686', 'Joe Biden': 'Q6279', 'Al Gore': 'Q19673', 'Dick Cheney': 'Q48259', 'Mike Pence': 'Q24313', 'Kamala Harris': 'Q10853588', };
for (const r of parseCsv(readFileSync(join(shared, 'us_presidents_vps_terms.csv'), 'utf8'))) {
  const office = usOffice[r.office];
  // from 1977 on, so that "Bush" or "Clinton" can be told apart by date
  if (!office || (r.end && r.end < '1977-01-20')) continue;
  const person = r.name === 'George Bush' && r.start < '2000-01-01' ? 'George H. W. Bush' : US_NAMES[r.name] ?? r.name;
  raw.push({ person, personId: r.wikidata || US_IDS[person] || null, office, country: 'USA', start: r.start, end: r.end && r.end <= HORIZON ? r.end : null, source: 'unitedstates/congress-legislators executive terms (CC0)' });
}

// merge consecutive or overlapping terms of the same person in the same office
function mergeTerms(list) {
  list.sort((a, b) => (a.office + (a.personId ?? a.person) + a.start).localeCompare(b.office + (b.personId ?? b.person) + b.start));
  const out = [];
  for (const h of list) {
    const last = out[out.length - 1];
    if (last && last.office === h.office && (last.person === h.person || (last.personId && last.personId === h.personId)) && last.country === h.country &&
        (last.end === null || h.start <= addDays(last.end, 2))) {
      // a known end beats an open one (the snapshot leaves ends open that later sources know)
      if (last.end === null) last.end = h.end;
      else if (h.end !== null && h.end > last.end) last.end = h.end;
      if (!last.source.includes(h.source)) last.source = `${last.source}; ${h.source}`;
      continue;
    }
    out.push({ ...h });
  }
  return out;
}
let merged = mergeTerms(raw);
function addDays(iso, n) { const d = new Date(iso + 'T00:00:00Z'); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10); }

// hand-written additions: a record with `closes: true` sets the end of the matching open term
const additions = JSON.parse(readFileSync(join(dataDir, 'holdings-additions.json'), 'utf8')).holdings;
for (const a of additions) {
  if (!a.source) throw new Error(`addition without source: ${JSON.stringify(a)}`);
  const samePerson = (h) => h.office === a.office && (h.personId && a.personId ? h.personId === a.personId : h.person === a.person || h.person === a.was);
  if (a.replaces) for (let k = merged.length - 1; k >= 0; k--) if (samePerson(merged[k])) merged.splice(k, 1);
  const same = merged.filter(samePerson);
  const match = same.find((h) => h.start === a.start || Math.abs(Date.parse(h.start) - Date.parse(a.start)) < 40 * 86400000);
  if (match) {
    if (a.name) match.person = a.name;
    match.person = a.person; match.personId = a.personId ?? match.personId; match.start = a.start; match.end = a.end ?? null;
    match.source = `${match.source}; ${a.source}`;
  } else {
    merged.push({ person: a.person, personId: a.personId ?? null, office: a.office, country: a.country ?? offices.find((o) => o.office === a.office)?.country, start: a.start, end: a.end ?? null, source: a.source });
  }
}
merged = mergeTerms(merged);
// an open term is confirmed only up to its newest source: the snapshot date, or the date the public record was last checked
const PUBLIC_RECORD_CHECKED = '2025-10-31';
for (const h of merged) {
  if (h.end !== null) continue;
  const snap = /snapshot (\d{4}-\d{2}-\d{2})/.exec(h.source);
  h.verifiedUntil = h.source.includes('public record') ? PUBLIC_RECORD_CHECKED : snap ? snap[1] : PUBLIC_RECORD_CHECKED;
}
const unknownOffice = merged.filter((h) => !offices.some((o) => o.office === h.office));
if (unknownOffice.length) throw new Error(`holdings name offices missing from offices.json: ${[...new Set(unknownOffice.map((h) => h.office))].join(', ')}`);
merged.sort((a, b) => (a.office + a.start).localeCompare(b.office + b.start));
// report overlapping terms in one office (co-holders are rare: usually a data error to look at)
for (let k = 1; k < merged.length; k++) {
  const p = merged[k - 1], h = merged[k];
  if (p.office === h.office && (p.end === null || p.end > h.start) && h.start >= '2000-01-01') console.warn(`overlap: ${p.office}: ${p.person} ${p.start}..${p.end} / ${h.person} ${h.start}..${h.end}`);
}
writeFileSync(join(dataDir, 'holdings.json'), JSON.stringify({
  _source: 'Generated by src/knowledge/build/build-data.mjs from Wikidata-derived office terms (CC0) and unitedstates/congress-legislators (CC0), completed with holdings-additions.json (public record, source named per record). See data/README.md.',
  holdings: merged,
}, null, 0).replace(/\},\{/g, '},\n{'));
console.log(`countries: ${countries.length}; holdings: ${merged.length} (${additions.length} hand-written additions)`);

// ---------- officials: every other term of the snapshot (the long tail), sector by rules over position labels ----------
const { buildOfficials } = await import('./officials.mjs');
await buildOfficials({ csv: join(shared, 'wikidata_officeholders_2000_2022.csv'), out: join(dataDir, 'officials.json'), offices });

// ---------- places (gazetteer; reads the countries.json written above) ----------
await import('./build-places.mjs');
