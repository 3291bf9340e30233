/**
 * Builds src/pipeline/syntax/data/first-names.json: given names of office holders and leaders worldwide, from the
 * Wikidata tables in ../shared/data/knowledge (wikidata_officeholders_2000_2022.csv,
 * wikidata_leaders_all_countries_2025-10.csv; CC0). A name's first word counts as a given name when it opens
 * at least two people's names and opens names at least twice as often as it closes them ("Lee", "Chan" are
 * dropped). The parser reads it as a feature: "Nathan Law" is one name headed by "Nathan" (flat), not a
 * compound headed by "Law". Run after the tables change:
 *
 *   node src/pipeline/syntax/build/first-names.mjs
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../../../knowledge/build/csv.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const dir = join(root, '..', 'shared', 'data', 'knowledge');
const files = ['wikidata_officeholders_2000_2022.csv', 'wikidata_leaders_all_countries_2025-10.csv'];
if (!files.every((f) => existsSync(join(dir, f)))) {
  // a build step only: the product reads the committed data/first-names.json and never needs ../shared
  process.stderr.write(`PARLEY_E_BUILD_SOURCE: ${dir} lacks ${files.join(' or ')} (hint: run this from a checkout beside ../shared/data; data/first-names.json is already committed)\n`);
  process.exit(1);
}
// titles and particles that open some names in the tables but are no given names
const TITLES = new Set(['sir', 'dame', 'lord', 'lady', 'dr', 'dr.', 'mr', 'mr.', 'mrs', 'ms', 'sheikh', 'prince', 'princess', 'king', 'queen', 'emir', 'general', 'gen.', 'the',
  'president', 'prime', 'minister', 'colonel', 'captain', 'chancellor', 'senator', 'governor', 'mayor', 'chief', 'judge', 'ambassador', 'admiral',
  'marshal', 'sultan', 'saint', 'bishop', 'pope', 'ayatollah', 'vice', 'deputy', 'secretary', 'al', 'el', 'du', 'de', 'van', 'von', 'le', 'la', 'da', 'di']);
const people = new Map();
for (const f of files) {
  for (const r of parseCsv(readFileSync(join(dir, f), 'utf8'))) {
    const name = (r.person ?? '').trim();
    if (name && /^Q\d+$/.test(r.person_qid ?? '')) people.set(r.person_qid, name);
  }
}
const opens = new Map();
const closes = new Map();
const bump = (m, w) => m.set(w, (m.get(w) ?? 0) + 1);
for (const name of people.values()) {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}[\p{L}'-]+$/u.test(w));
  if (words.length < 2) continue;
  const first = words[0].toLowerCase();
  if (!TITLES.has(first)) bump(opens, first);
  bump(closes, words[words.length - 1].toLowerCase());
}
const names = [...opens].filter(([w, c]) => c >= 2 && c >= 2 * (closes.get(w) ?? 0)).map(([w]) => w).sort();
writeFileSync(join(root, 'src', 'pipeline', 'syntax', 'data', 'first-names.json'), `${JSON.stringify({
  _source: `Derived by src/pipeline/syntax/build/first-names.mjs from ${files.join(' and ')} (Wikidata, CC0): first words of ${people.size} people's names.`,
  licence: 'CC0 1.0 (Wikidata)',
  names,
})}\n`);
process.stdout.write(`${names.length} given names from ${people.size} people\n`);
