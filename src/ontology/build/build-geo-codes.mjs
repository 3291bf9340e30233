/**
 * Builds ../data/geo-codes.json: ISO 3166 alpha-3 -> FIPS 10-4 country codes, which GDELT 1.0 writes in its
 * *Geo_CountryCode columns. Facts read from ../shared/data/knowledge/countrycode_codelist.csv (the crosswalk of
 * vincentarelbundock/countrycode; only the code pairs are taken, no file content).
 *
 *   node src/ontology/build/build-geo-codes.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const csv = readFileSync(join(here, '../../../../shared/data/knowledge/countrycode_codelist.csv'), 'utf8');

function rows(text) {
  const out = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n') { row.push(field); out.push(row); row = []; field = ''; }
    else if (ch !== '\r') field += ch;
  }
  if (field || row.length) { row.push(field); out.push(row); }
  return out;
}

const [header, ...body] = rows(csv);
const iso3 = header.indexOf('iso3c');
const fips = header.indexOf('fips');
const map = {};
for (const r of body) if (/^[A-Z]{3}$/.test(r[iso3] ?? '') && /^[A-Z]{2}$/.test(r[fips] ?? '')) map[r[iso3]] = r[fips];
map.XKX ??= 'KV';
const out = {
  _source: 'ISO 3166 alpha-3 to FIPS 10-4 country codes (the code pairs only) from the countrycode crosswalk (vincentarelbundock/countrycode, countrycode_codelist.csv); facts, offered under CC0. Built by src/ontology/build/build-geo-codes.mjs.',
  fips: Object.fromEntries(Object.entries(map).sort()),
};
writeFileSync(join(here, '../data/geo-codes.json'), JSON.stringify(out, null, 0) + '\n');
console.log(`${Object.keys(map).length} countries`);
