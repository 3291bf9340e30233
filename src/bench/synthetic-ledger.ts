/**
 * A large synthetic ledger for benchmarks: N events over five years (2021-2025) between 40 actors with
 * skewed activity (a few actors dominate, as in real news), 16 PLOVER types with their CAMEO code, quad
 * class and Goldstein value, 30 outlets, 40% of the events located near the recipient's capital, and one document per 50 events. Rows are bulk-inserted through the
 * store's Kysely instance in transactions of 20,000 rows, with their rollups (as the store's writers keep them). Deterministic (seeded), so runs compare.
 *
 *   const store = await openStore('/tmp/big.db');
 *   await fillSyntheticLedger(store, 1_000_000);   // ~1M events
 */
import type { Store } from '../store/index.js';
import { addTotals, applyEventRollups } from '../store/rollups.repository.js';
import { locationColumns } from '../store/rows.js';
import type { DocumentsTable, EventsTable } from '../store/schema.js';

const ACTORS = ['USA', 'RUS', 'UKR', 'CHN', 'GBR', 'FRA', 'DEU', 'TUR', 'IRN', 'ISR', 'PSE', 'SAU', 'IND', 'PAK', 'JPN', 'KOR', 'PRK', 'POL',
  'BLR', 'NATO', 'EUR', 'UNO', 'SYR', 'IRQ', 'AFG', 'EGY', 'QAT', 'ARE', 'BRA', 'ZAF', 'CAN', 'ITA', 'ESP', 'HUN', 'GEO', 'ARM', 'AZE', 'VEN', 'CUB', 'MEX'];
const SECTORS = ['GOV', 'GOV', 'GOV', 'MIL', 'MIL', 'LEG', 'REB', 'CVL'];
const TYPES: { type: string; cameo: string; quad: number; goldstein: number; verb: string }[] = [
  { type: 'CONSULT', cameo: '040', quad: 1, goldstein: 1, verb: 'held talks with' },
  { type: 'AGREE', cameo: '057', quad: 1, goldstein: 8, verb: 'signed an agreement with' },
  { type: 'SUPPORT', cameo: '051', quad: 1, goldstein: 3.4, verb: 'praised' },
  { type: 'COOPERATE', cameo: '061', quad: 2, goldstein: 6.4, verb: 'cooperated with' },
  { type: 'AID', cameo: '070', quad: 2, goldstein: 7, verb: 'sent aid to' },
  { type: 'CONCEDE', cameo: '080', quad: 2, goldstein: 5, verb: 'eased restrictions on' },
  { type: 'RETREAT', cameo: '087', quad: 2, goldstein: 9, verb: 'pulled troops back from' },
  { type: 'REQUEST', cameo: '020', quad: 1, goldstein: 3, verb: 'called on' },
  { type: 'ACCUSE', cameo: '112', quad: 3, goldstein: -2, verb: 'accused' },
  { type: 'REJECT', cameo: '120', quad: 3, goldstein: -4, verb: 'rejected a proposal from' },
  { type: 'THREATEN', cameo: '130', quad: 3, goldstein: -4.4, verb: 'threatened' },
  { type: 'PROTEST', cameo: '140', quad: 3, goldstein: -6.5, verb: 'protested against' },
  { type: 'SANCTION', cameo: '163', quad: 4, goldstein: -8, verb: 'imposed sanctions on' },
  { type: 'MOBILIZE', cameo: '150', quad: 4, goldstein: -7.2, verb: 'massed troops near' },
  { type: 'COERCE', cameo: '170', quad: 4, goldstein: -7, verb: 'seized assets of' },
  { type: 'ASSAULT', cameo: '190', quad: 4, goldstein: -10, verb: 'attacked' },
];
/** Approximate capitals (seats for NATO, EUR, UNO) where an event against the recipient is placed, jittered by up to ±1.5°. */
const CAPITALS: Record<string, [number, number]> = {
  USA: [38.9, -77.0], RUS: [55.8, 37.6], UKR: [50.5, 30.5], CHN: [39.9, 116.4], GBR: [51.5, -0.1], FRA: [48.9, 2.4], DEU: [52.5, 13.4], TUR: [39.9, 32.9],
  IRN: [35.7, 51.4], ISR: [31.8, 35.2], PSE: [31.9, 35.2], SAU: [24.7, 46.7], IND: [28.6, 77.2], PAK: [33.7, 73.1], JPN: [35.7, 139.7], KOR: [37.6, 127.0],
  PRK: [39.0, 125.8], POL: [52.2, 21.0], BLR: [53.9, 27.6], NATO: [50.9, 4.4], EUR: [50.8, 4.4], UNO: [40.7, -74.0], SYR: [33.5, 36.3], IRQ: [33.3, 44.4],
  AFG: [34.6, 69.2], EGY: [30.0, 31.2], QAT: [25.3, 51.5], ARE: [24.5, 54.4], BRA: [-15.8, -47.9], ZAF: [-25.7, 28.2], CAN: [45.4, -75.7], ITA: [41.9, 12.5],
  ESP: [40.4, -3.7], HUN: [47.5, 19.0], GEO: [41.7, 44.8], ARM: [40.2, 44.5], AZE: [40.4, 49.9], VEN: [10.5, -66.9], CUB: [23.1, -82.4], MEX: [19.4, -99.1],
};
/** Share of events with a location (the rest have none, as in coded news). */
const LOCATED = 0.4;

const OUTLETS = Array.from({ length: 30 }, (_, i) => `Wire ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? i : ''}`);
const START = Date.UTC(2021, 0, 1);
const DAYS = 1826;
const EVENTS_PER_DOCUMENT = 50;
const BATCH = 20_000;

/** Mulberry32: a small seeded PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Index drawn with Zipf-like weights 1/(i+1). */
function zipf(n: number): (r: number) => number {
  const weights = Array.from({ length: n }, (_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const w of weights) cumulative.push((acc += w / total));
  return (r) => { let i = 0; while (i < n - 1 && cumulative[i]! < r) i++; return i; };
}

/** A location near the recipient's capital for LOCATED of the events (lat/lon on a 0.1° grid), none for the rest. */
function place(code: string, random: () => number): ReturnType<typeof locationColumns> {
  const capital = CAPITALS[code];
  if (!capital || random() >= LOCATED) return locationColumns(undefined);
  const lat = Math.round((capital[0] + (random() * 3 - 1.5)) * 10) / 10;
  const lon = Math.round((capital[1] + (random() * 3 - 1.5)) * 10) / 10;
  return locationColumns({ name: `Place ${lat},${lon}`, country: code, lat, lon, precision: 'town' });
}

const dayOf = (i: number) => new Date(START + i * 86_400_000).toISOString().slice(0, 10);

export async function fillSyntheticLedger(store: Store, events: number, onProgress?: (done: number) => void): Promise<void> {
  const random = rng(20250318);
  const pickActor = zipf(ACTORS.length);
  const pickType = zipf(TYPES.length);
  const documents = Math.ceil(events / EVENTS_PER_DOCUMENT);
  let made = 0;
  for (let d0 = 0; d0 < documents; d0 += BATCH / EVENTS_PER_DOCUMENT) {
    const docRows: DocumentsTable[] = [];
    const eventRows: EventsTable[] = [];
    for (let d = d0; d < Math.min(documents, d0 + BATCH / EVENTS_PER_DOCUMENT); d++) {
      const id = `sha256:synthetic${String(d).padStart(10, '0')}`;
      const day = Math.floor((d / documents) * DAYS);
      const published = dayOf(day);
      const outlet = OUTLETS[Math.floor(random() * OUTLETS.length)]!;
      docRows.push({
        id, title: `Synthetic report ${d}`, published, published_provenance: 'record', date_confidence: 1, source_kind: 'jsonl', source_uri: `synthetic:${d}`,
        source_name: outlet, url: null, language: 'en', text: '', layers: '{}', errors: '[]', simhash: '0', sh0: 0, sh1: 0, sh2: 0, sh3: 0,
        near_duplicate_of: null, run_id: null, ingested_at: '2026-01-01T00:00:00Z',
      });
      for (let k = 0; k < EVENTS_PER_DOCUMENT && made < events; k++, made++) {
        const a = ACTORS[pickActor(random())]!;
        let b = ACTORS[pickActor(random())]!;
        if (b === a) b = ACTORS[(ACTORS.indexOf(a) + 1 + Math.floor(random() * 5)) % ACTORS.length]!;
        const t = TYPES[pickType(random())]!;
        const date = dayOf(Math.max(0, day - Math.floor(random() * 3)));
        const sector = SECTORS[Math.floor(random() * SECTORS.length)]!;
        const text = `${a} ${t.verb} ${b} on ${date}.`;
        eventRows.push({
          uid: `${id}#e${k}`, document_id: id, event_id: `e${k}`, origin: 'parley', sentence: k, date, day: date, type: t.type, mode: null, context: '[]',
          cameo: t.cameo, cameo_root: t.cameo.slice(0, 2), quad: t.quad, goldstein: t.goldstein, actor_code: a, actor_sector: sector, recipient_code: b, recipient_sector: 'GOV',
          actors: JSON.stringify([{ code: a, sector }]), recipients: JSON.stringify([{ code: b, sector: 'GOV' }]), negated: 0, modality: 'asserted', confidence: 0.8,
          evidence_start: 0, evidence_end: text.length, trigger_start: a.length + 1, trigger_end: a.length + 1 + t.verb.length, evidence_text: text,
          source_name: outlet, url: null, published, cluster_id: null, extra: null, ...place(b, random),
        });
      }
    }
    await store.db.transaction().execute(async (trx) => {
      for (let i = 0; i < docRows.length; i += 500) await trx.insertInto('documents').values(docRows.slice(i, i + 500)).execute();
      // SQLite allows 32,766 bound values per statement: rows per insert follow the column count.
      const perInsert = Math.floor(30_000 / Math.max(1, Object.keys(eventRows[0] ?? {}).length));
      for (let i = 0; i < eventRows.length; i += perInsert) await trx.insertInto('events').values(eventRows.slice(i, i + perInsert)).execute();
      await applyEventRollups(trx, eventRows, 1);
      await addTotals(trx, { documents: docRows.length, events: eventRows.length });
    });
    onProgress?.(made);
  }
}
