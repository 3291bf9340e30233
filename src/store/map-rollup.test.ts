/**
 * The map rollup (SQLite always, PostgreSQL when PARLEY_TEST_PG is set): after inserts, deletes and a rebuild
 * it holds what a fresh count of the located events gives, and the map's cells for a window and one filter
 * (whole years and months from the rollup, edge days from the events) equal the same events counted directly.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Document } from '../core/types.js';
import { openStore, type Store } from './index.js';
import { mapRollupDeltas, isPast, MAP_ROLLUP_COLUMNS, type MapRollupEvent, type MapDim } from './map-rollup.js';
import { mapCells, type MapCell } from './map.repository.js';
import { rebuildRollups } from './rollups.repository.js';
import { analysedDoc, PG_SKIP_MESSAGE, postgresTestLedger, sqliteTestLedger, type TestLedger } from './testing.js';

const PLACES = [['Kharkiv', 'UKR', 49.99, 36.23], ['Izium', 'UKR', 49.21, 37.25], ['Sumy', 'UKR', 50.91, 34.8], ['Moscow', 'RUS', 55.76, 37.62], ['Belgorod', 'RUS', 50.6, 36.59], ['Ankara', 'TUR', 39.93, 32.86]] as const;
const TYPES = [['CONSULT', '040', 1], ['ACCUSE', '112', 3], ['ASSAULT', '190', 4], ['AID', '070', 2]] as const;
const CODES = ['RUS', 'UKR', 'TUR', 'USA'];

/** A report with `n` events over 2024-2025, most located, some dated after the report (plans), some undated. */
function doc(seed: number, n = 8): Document {
  const words = Array.from({ length: n }, (_, i) => `Clause ${seed}-${i} happened.`);
  const d = analysedDoc(`Report ${seed}. ${words.join(' ')}`, {
    published: `202${4 + (seed % 2)}-${String(1 + (seed % 12)).padStart(2, '0')}-15`,
    events: words.map((w, i) => {
      const k = seed * 13 + i * 5;
      const [type, cameo] = TYPES[k % TYPES.length]!;
      const date = k % 17 === 0 ? null : `202${4 + (k % 2)}-${String(1 + (k % 12)).padStart(2, '0')}-${String(1 + (k % 28)).padStart(2, '0')}`;
      return { actor: CODES[k % CODES.length]!, recipient: CODES[(k + 1) % CODES.length]!, type, cameo, date, evidence: w };
    }),
  });
  d.layers.events!.forEach((e, i) => {
    const k = seed * 13 + i * 5;
    e.quad = TYPES[k % TYPES.length]![2];
    const p = PLACES[k % PLACES.length]!;
    if (k % 5 !== 4) e.location = { name: p[0], country: p[1], lat: p[2], lon: p[3], precision: 'town' };
  });
  return d;
}

async function locatedRows(store: Store): Promise<MapRollupEvent[]> {
  return (await (store.db as any).selectFrom('events').select([...MAP_ROLLUP_COLUMNS]).where('location_lat', 'is not', null).execute()) as MapRollupEvent[];
}

const key = (r: Record<string, unknown>, keys: string[]) => keys.map((k) => String(r[k])).join('|');
const fix = (x: unknown) => Number(x).toFixed(6);

/** The rollup table's sums as stored and as a fresh count gives them (latest too unless events were deleted). */
async function assertRollup(store: Store, when: string, withLatest: boolean): Promise<void> {
  const keys = ['dim', 'value', 'grain', 'period', 'past', 'cell_lat', 'cell_lon'];
  const show = (r: Record<string, unknown>) => `${key(r, keys)} ${r.count}/${r.cooperation}/${r.conflict} ${fix(r.lat_sum)} ${fix(r.lon_sum)}${withLatest ? ` ${r.latest_day} ${r.latest_uid}` : ''}`;
  const stored = (await sql<Record<string, unknown>>`select * from event_rollup_map`.execute(store.db)).rows.map(show).sort();
  const fresh = mapRollupDeltas(await locatedRows(store), 1).map((r) => show(r as unknown as Record<string, unknown>)).sort();
  assert.deepEqual(stored, fresh, `map rollup differs from a fresh count ${when}`);
}

const COLUMN: Record<Exclude<MapDim, ''>, keyof MapRollupEvent> = { actor: 'actor_code', recipient: 'recipient_code', type: 'type', cameo: 'cameo_root', country: 'location_country' };

/** The cells of a window counted straight from the located events. */
function direct(events: MapRollupEvent[], q: { dim: MapDim; value: string; from?: string; to?: string; pastOnly?: boolean }): string[] {
  const cells = new Map<string, { n: number; coop: number; lat: number; lon: number; latest: string }>();
  for (const e of events) {
    if ((q.from && e.day < q.from) || (q.to && e.day > q.to) || (q.pastOnly && !isPast(e.day, e.published))) continue;
    if (q.dim && e[COLUMN[q.dim]] !== q.value) continue;
    const id = `${Math.floor(Number(e.location_lat))},${Math.floor(Number(e.location_lon))}`;
    const c = cells.get(id) ?? { n: 0, coop: 0, lat: 0, lon: 0, latest: '' };
    c.n++; c.coop += Number(e.quad) <= 2 ? 1 : 0; c.lat += Number(e.location_lat); c.lon += Number(e.location_lon);
    if (`${e.day} ${e.uid}` > c.latest) c.latest = `${e.day} ${e.uid}`;
    cells.set(id, c);
  }
  return [...cells].map(([id, c]) => `${id} ${c.n}/${c.coop}/${c.n - c.coop} ${fix(c.lat)} ${fix(c.lon)} ${c.latest}`).sort();
}
const shown = (cells: MapCell[]) => cells.map((c) => `${c.cellLat},${c.cellLon} ${c.count}/${c.cooperation}/${c.conflict} ${fix(c.latSum)} ${fix(c.lonSum)} ${c.latestDay} ${c.latestUid}`).sort();

async function suite(ledger: TestLedger): Promise<void> {
  const store = await openStore(ledger.url);
  try {
    const docs = Array.from({ length: 24 }, (_, i) => doc(i + 1));
    await store.saveDocuments(docs);
    await assertRollup(store, 'after inserts', true);
    const events = await locatedRows(store);
    assert.ok(events.some((e) => !isPast(e.day, e.published)) && events.some((e) => isPast(e.day, e.published)), 'the fixture has past and future-dated events');
    assert.ok(new Set(events.map((e) => `${Math.floor(Number(e.location_lat))},${Math.floor(Number(e.location_lon))}`)).size >= 4, 'several cells');
    const windows = [{}, { to: '2025-06-10', pastOnly: true }, { from: '2024-03-15', to: '2025-02-03' }, { from: '2024-02-01', to: '2024-02-29' }, { from: '2025-05-09' }, { from: '2024-07-04', to: '2024-07-20', pastOnly: true }];
    const dims: { dim: MapDim; value: string }[] = [{ dim: '', value: '' }, { dim: 'actor', value: 'RUS' }, { dim: 'recipient', value: 'UKR' }, { dim: 'type', value: 'ASSAULT' }, { dim: 'cameo', value: '11' }, { dim: 'country', value: 'UKR' }];
    let nonEmpty = 0;
    for (const w of windows) {
      for (const d of dims) {
        const q = { ...d, ...w };
        const want = direct(events, q);
        if (want.length) nonEmpty++;
        assert.deepEqual(shown(await mapCells(store.db, q)), want, `cells for ${JSON.stringify(q)}`);
      }
    }
    assert.ok(nonEmpty > 25, `most queries find events (${nonEmpty})`);

    await store.deleteDocuments([docs[2]!.id, docs[9]!.id, docs[17]!.id]);
    await assertRollup(store, 'after deletes', false);
    const left = await locatedRows(store);
    const counts = (cells: string[]) => cells.map((c) => c.split(' ').slice(0, 4).join(' '));
    assert.deepEqual(counts(shown(await mapCells(store.db, { dim: '', value: '', to: '2025-06-10', pastOnly: true }))), counts(direct(left, { dim: '', value: '', to: '2025-06-10', pastOnly: true })), 'cells after deletes');

    await sql`delete from event_rollup_map where dim = 'actor'`.execute(store.db);
    await rebuildRollups(store.db);
    await assertRollup(store, 'after a rebuild', true);
    await store.deleteDocuments(docs.map((d) => d.id));
    assert.equal(Number((await sql<{ n: number }>`select count(*) as n from event_rollup_map`.execute(store.db)).rows[0]!.n), 0, 'nothing left when every event is deleted');
  } finally {
    await store.close();
    await ledger.drop();
  }
}

describe('the map rollup', () => {
  it('on SQLite', () => suite(sqliteTestLedger()));
  it('on PostgreSQL', { skip: process.env.PARLEY_TEST_PG ? false : PG_SKIP_MESSAGE }, async () => suite((await postgresTestLedger())!));
});
