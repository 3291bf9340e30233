/**
 * Builds src/pipeline/actors/data/gender.json (Wikidata ids of office holders by gender) and first names typical of one gender from the office-holder
 * table in ../shared/data/knowledge/wikidata_officeholders_2000_2022.csv (Wikidata, CC0). The pronoun resolver
 * uses it so that "she" is never resolved to a man nor "he" to a woman. Run after the table changes:
 *
 *   node src/pipeline/actors/build/gender.mjs
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../../../knowledge/build/csv.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const source = join(root, '..', 'shared', 'data', 'knowledge', 'wikidata_officeholders_2000_2022.csv');
if (!existsSync(source)) {
  // a build step only: the product reads the committed data/gender.json and never needs ../shared
  process.stderr.write(`PARLEY_E_BUILD_SOURCE: ${source} is absent (hint: run this from a checkout beside ../shared/data; data/gender.json is already committed)\n`);
  process.exit(1);
}
const rows = parseCsv(readFileSync(source, 'utf8'));
const female = new Set();
const male = new Set();
for (const r of rows) {
  if (!/^Q\d+$/.test(r.person_qid ?? '')) continue;
  if (r.gender === 'female') female.add(r.person_qid);
  else if (r.gender === 'male') male.add(r.person_qid);
}
for (const q of female) if (male.has(q)) { female.delete(q); male.delete(q); } // contradictory rows: unknown
// first names used (nearly) only by one gender among the office holders: a guess for people without P21
const firstNames = new Map();
for (const r of rows) {
  if (r.gender !== 'female' && r.gender !== 'male') continue;
  const first = (r.person ?? '').split(/\s+/)[0]?.toLowerCase() ?? '';
  if (!/^\p{L}{2,}$/u.test(first)) continue;
  const c = firstNames.get(first) ?? { female: new Set(), male: new Set() };
  c[r.gender].add(r.person_qid);
  firstNames.set(first, c);
}
const namesOf = (g, other) => [...firstNames].filter(([, c]) => c[g].size >= 2 && c[other].size === 0).map(([n]) => n).sort();
const byNumber = (a, b) => Number(a.slice(1)) - Number(b.slice(1));
const out = {
  _source: 'Derived by src/pipeline/actors/build/gender.mjs from wikidata_officeholders_2000_2022.csv (Wikidata P21 of office holders, CC0, snapshot 2022-08-02).',
  female: [...female].sort(byNumber),
  male: [...male].sort(byNumber),
  /** First names borne by two or more office holders of one gender and none of the other. */
  femaleFirstNames: namesOf('female', 'male'),
  maleFirstNames: namesOf('male', 'female'),
};
writeFileSync(join(root, 'src', 'pipeline', 'actors', 'data', 'gender.json'), JSON.stringify(out) + '\n');
console.log(`gender.json: ${out.female.length} women, ${out.male.length} men; first names ${out.femaleFirstNames.length} female, ${out.maleFirstNames.length} male`);
