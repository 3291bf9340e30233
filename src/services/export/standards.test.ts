/**
 * The exports against the standards' own field lists: GDELT 1.0's 58 columns (header file in ../shared/data/gdelt),
 * a round trip of real GDELT rows (imported, exported, unchanged), GDELT's FractionDate, PLOVER's data fields and
 * categories (../shared/data/reference/plover.md), and pandas reading every export with codes as strings.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { parseGdeltLine } from '../../ingest/gdelt.js';
import { ploverTypes } from '../../ontology/index.js';
import { openStore, type Store } from '../../store/index.js';
import { analysedDoc, sqliteTestLedger, type TestLedger } from '../../store/testing.js';
import { SHARED_MISSING, sharedDataPath } from '../../testing/shared-data.js';
import { CSV_STRING_COLUMNS } from './csv.js';
import { fractionDate, toGdeltRow } from './gdelt.js';
import { exportLedger, type ExportRequest } from './index.js';

const SAMPLE = sharedDataPath('gdelt', 'gdelt1_events_sample_20160728.tsv');
let ledger: TestLedger;
let store: Store;
let sampleRows: string[] = [];

before(async () => {
  ledger = sqliteTestLedger();
  store = await openStore(ledger.url);
  const coded = analysedDoc('NATO warned Russia on Tuesday. Police arrested protesters in Minsk.', {
    published: '2022-03-02', source: { kind: 'url', uri: 'https://a.example.org/n', name: 'Wire A' },
    events: [
      { actor: 'NATO', recipient: 'RUS', type: 'THREATEN', cameo: '130', date: '2022-03-01', evidence: 'NATO warned Russia on Tuesday.' },
      { actor: 'BLR', recipient: 'BLR', type: 'COERCE', cameo: '173', date: '2022-03-01', evidence: 'Police arrested protesters in Minsk.' },
    ],
  });
  coded.layers.events![1]!.location = { name: 'Minsk', country: 'BLR', precision: 'town', lat: 53.9, lon: 27.5667, geonameId: 625144 };
  await store.saveDocuments([coded]);
  if (SAMPLE) {
    sampleRows = readFileSync(SAMPLE, 'utf8').split('\n').filter((l) => l.trim());
    const events = sampleRows.map((l, i) => parseGdeltLine(l, i + 1)).flatMap((r) => (r?.ok ? [r.event] : []));
    await store.importEvents(events);
  }
});
after(async () => {
  await store.close();
  await ledger.drop();
});

async function run(req: ExportRequest): Promise<string> {
  let out = '';
  await exportLedger(store, req, (s) => { out += s; });
  return out;
}

test('FractionDate is GDELT\'s ((month - 1) * 30 + day) / 365, as in every row of a real export', (t) => {
  assert.equal(fractionDate('2006-07-31'), '2006.5781');
  assert.equal(fractionDate('1982-01-02'), '1982.0055');
  if (!SAMPLE) return t.skip(SHARED_MISSING);
  for (const row of sampleRows) {
    const c = row.split('\t');
    const day = `${c[1]!.slice(0, 4)}-${c[1]!.slice(4, 6)}-${c[1]!.slice(6, 8)}`;
    assert.equal(Number(fractionDate(day)), Number(c[4]), `SQLDATE ${c[1]}`);
  }
});

test('gdelt round trip: imported rows go out exactly as they came in (57-column rows, from before SOURCEURL, with it empty)', async (t) => {
  if (!SAMPLE) return t.skip(SHARED_MISSING);
  const out = (await run({ format: 'gdelt', filter: { origin: 'gdelt' } })).trimEnd().split('\n');
  assert.equal(out.length, sampleRows.length);
  const given = new Set(sampleRows.map((r) => r.replace(/\r$/, '')).map((r) => (r.split('\t').length === 57 ? r + '\t' : r)));
  const changed = out.filter((r) => !given.has(r));
  assert.deepEqual(changed, [], 'every exported row equals its imported row');
});

test('gdelt round trip of 58-column rows with SOURCEURL: GLOBALEVENTID, AvgTone, ActionGeo and mention counts come back as given', async (t) => {
  const file = sharedDataPath('gdelt', 'gdelt1_events_georgia_region_2013-04_05_with_urls.tsv');
  const header = sharedDataPath('gdelt', 'gdelt1_header_58cols.tsv');
  if (!file || !header) return t.skip(SHARED_MISSING);
  const names = readFileSync(header, 'utf8').trim().split('\t');
  const rows = readFileSync(file, 'utf8').split('\n').map((r) => r.replace(/\r$/, '')).filter((r) => r.trim());
  const other = sqliteTestLedger();
  const s = await openStore(other.url);
  try {
    await s.importEvents(rows.map((l, i) => parseGdeltLine(l, i + 1)).flatMap((r) => (r?.ok ? [r.event] : [])));
    let out = '';
    await exportLedger(s, { format: 'gdelt', filter: { origin: 'gdelt' } }, (chunk) => { out += chunk; });
    const byId = new Map(out.trimEnd().split('\n').map((l) => [l.split('\t')[0]!, l.split('\t')]));
    assert.equal(byId.size, rows.length, 'one row out per row in');
    const fields = ['GLOBALEVENTID', 'AvgTone', 'NumMentions', 'NumSources', 'NumArticles', 'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID', 'SOURCEURL'];
    const filled = new Map(fields.map((f) => [f, 0]));
    for (const row of rows) {
      const given = row.split('\t');
      const got = byId.get(given[0]!);
      assert.ok(got, `GLOBALEVENTID ${given[0]} exported`);
      for (const f of fields) {
        const i = names.indexOf(f);
        assert.equal(got![i], given[i], `${f} of ${given[0]}`);
        if (given[i]) filled.set(f, filled.get(f)! + 1);
      }
      assert.deepEqual(got, given, `row ${given[0]} unchanged`);
    }
    for (const f of fields) assert.ok(filled.get(f)! > rows.length / 2, `${f} is filled in most rows of the sample (${filled.get(f)}), so the check means something`);
  } finally {
    await s.close();
    await other.drop();
  }
});

test('gdelt columns follow the 58-column header; coded events split actor codes as CAMEO does', async (t) => {
  const header = sharedDataPath('gdelt', 'gdelt1_header_58cols.tsv');
  const names = header ? readFileSync(header, 'utf8').trim().split('\t') : null;
  if (!names) return t.skip(SHARED_MISSING);
  const rows = (await run({ format: 'gdelt', filter: { origin: 'parley' } })).trimEnd().split('\n').map((l) => Object.fromEntries(l.split('\t').map((v, i) => [names[i], v])));
  assert.equal(rows.length, 2);
  for (const r of rows) assert.equal(Object.keys(r).length, 58);
  const threat = rows.find((r) => r.EventCode === '130')!;
  assert.equal(threat.Actor1KnownGroupCode, 'NAT', 'NATO is NAT in CAMEO');
  assert.equal(threat.Actor1CountryCode, '');
  assert.equal(threat.Actor2CountryCode, 'RUS');
  assert.equal(threat.FractionDate, '2022.1671');
  const arrest = rows.find((r) => r.EventCode === '173')!;
  assert.equal(arrest.ActionGeo_CountryCode, 'BO', 'GDELT 1.0 writes FIPS country codes: Belarus is BO');
  assert.equal(arrest.ActionGeo_Type, '4');
  assert.equal(arrest.ActionGeo_Lat, '53.9');
  assert.equal(arrest.ActionGeo_FeatureID, '625144');
});

test('a sector-only actor with no country puts its type, never a country, in the GDELT columns', () => {
  const [e] = [{ actor: [{ code: '---', sector: 'COP' }], recipient: [{ code: 'kur' }] }];
  const base = { uid: 'x', day: '2022-01-02', origin: 'parley', cameo: '173', quad: 4, goldstein: -5, sentence: 1, published: '2022-01-02', url: null } as const;
  const cols = toGdeltRow({ ...base, ...e } as never, null).split('\t');
  assert.equal(cols[5], 'COP');
  assert.equal(cols[7], '');
  assert.equal(cols[12], 'COP');
  assert.equal(cols[19], 'kur', 'a lower-case ethnic code is an EthnicCode');
  assert.equal(cols[18], '');
});

const PLOVER_FIELDS = new Set(['id', 'date', 'actor', 'event', 'has_event', 'time', 'enddate', 'endtime', 'recipient', 'event_loc', 'event_text', 'quad_code',
  'event_scale', 'mode', 'context', 'link', 'text', 'text_info', 'cite_info', 'coder', 'coded_date', 'coded_time', 'comment', 'date_precision']);
const ENTITY_FIELDS = new Set(['code', 'sector', 'entity_text', 'identifier_id', 'identifier_text', 'religion', 'ethnicity', 'office', 'gender', 'age']);
const LOCATION_FIELDS = new Set(['extracted_place', 'resolved_place', 'geonameid', 'lat', 'lon', 'city', 'district', 'province', 'country', 'country_code', 'feature_class', 'feature_code', 'resolution']);

test('plover records use only the manual\'s fields, its 16 categories and its own event scale', async () => {
  const records = (await run({ format: 'plover' })).trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.ok(records.length >= 2);
  const categories = new Set(ploverTypes());
  for (const r of records) {
    for (const k of Object.keys(r)) assert.ok(PLOVER_FIELDS.has(k), `field ${k}`);
    for (const k of ['id', 'date', 'actor', 'event']) assert.ok(k in r, `required ${k}`);
    const actors = r.actor as Record<string, unknown>[];
    assert.ok(actors.length > 0, 'actor is never empty');
    for (const a of [...actors, ...((r.recipient as Record<string, unknown>[] | undefined) ?? [])]) for (const k of Object.keys(a)) assert.ok(ENTITY_FIELDS.has(k), `entity field ${k}`);
    for (const ev of r.event as string[]) assert.ok(categories.has(ev), `category ${ev}`);
    for (const m of (r.mode as string[] | undefined) ?? []) assert.ok(!['future', 'hypothetical', 'negation'].includes(m), 'auxiliary modes go into context');
    if (r.event_loc) for (const k of Object.keys(r.event_loc)) assert.ok(LOCATION_FIELDS.has(k), `location field ${k}`);
    assert.match(String((r.cite_info as { codebook: string }).codebook), /^plover-.*\d{4}/);
  }
  const coded = records.filter((r) => (r.cite_info as { corpus: string }).corpus === 'parley');
  const threat = coded.find((r) => (r.event as string[])[0] === 'THREATEN')!;
  assert.equal(threat.event_scale, -3.5, 'PLOVER scores THREATEN -3.5 (CAMEO 130 has Goldstein -4.4)');
  const arrest = coded.find((r) => (r.event as string[])[0] === 'COERCE')!;
  assert.deepEqual(arrest.event_loc, { extracted_place: 'Minsk', resolved_place: 'Minsk, BLR', geonameid: 625144, lat: 53.9, lon: 27.5667, city: 'Minsk', country_code: 'BLR', resolution: 3 });
});

test('plover leaves out what has no PLOVER category (imported GDELT public statements)', async (t) => {
  if (!SAMPLE) return t.skip(SHARED_MISSING);
  const statements = sampleRows.filter((r) => r.split('\t')[28] === '01').length;
  assert.ok(statements > 0);
  const records = (await run({ format: 'plover', filter: { origin: 'gdelt' } })).trimEnd().split('\n');
  assert.equal(records.length, sampleRows.length - statements);
});

/** A Python with pandas: the one on PATH, or Debian's (python3-pandas, which CI installs). */
const python = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import pandas'], { encoding: 'utf8' }).status === 0);

test('pandas reads every export with codes as strings (the documented dtypes for CSV and TSV)', { skip: python ? false : 'python3 with pandas is absent (CI installs python3-pandas)' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-pandas-'));
  for (const format of ['csv', 'gdelt', 'plover', 'jsonl'] as const) writeFileSync(join(dir, format), await run({ format }));
  const script = `
import json, sys, pandas as pd
d = sys.argv[1]
csv = pd.read_csv(d + '/csv', dtype={c: str for c in ${JSON.stringify([...CSV_STRING_COLUMNS])}})
gdelt = pd.read_csv(d + '/gdelt', sep='\\t', header=None, dtype=str, keep_default_na=False)
plover = pd.read_json(d + '/plover', lines=True, dtype=False)
jsonl = pd.read_json(d + '/jsonl', lines=True, dtype=False)
print(json.dumps({'csv': sorted(set(csv['cameo'])), 'gdelt': sorted(set(gdelt[26])), 'gdeltCols': gdelt.shape[1],
  'jsonl': sorted(set(jsonl['cameo'])), 'plover': len(plover), 'rows': [len(csv), len(gdelt), len(jsonl)]}))
`;
  const out = JSON.parse(execFileSync(python!, ['-c', script, dir], { encoding: 'utf8' })) as Record<string, unknown>;
  const codes = (k: string) => out[k] as string[];
  for (const k of ['csv', 'gdelt', 'jsonl']) {
    assert.ok(codes(k).includes('130'), `${k} has the coded event`);
    if (SAMPLE) assert.ok(codes(k).some((c) => c.startsWith('0')), `${k} keeps the leading zero of CAMEO codes`);
  }
  assert.equal(out.gdeltCols, 58);
  assert.ok((out.plover as number) >= 2);
});
