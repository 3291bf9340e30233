/**
 * Event locations in the ledger (SQLite always, PostgreSQL when PARLEY_TEST_PG is set): stored with the event
 * and read back, the map's newest located events under the timeline's filters (two of them from a covering
 * index on SQLite), and matching events counted per day (capped, as the timeline asks).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CompiledQuery } from 'kysely';
import { eventDayCounts, whereEvents } from './events.repository.js';
import { openStore } from './index.js';
import { eventPlaces, locatedEvents } from './map.repository.js';
import { analysedDoc, PG_SKIP_MESSAGE, postgresTestLedger, sqliteTestLedger, type TestLedger } from './testing.js';

function docs() {
  const d = analysedDoc('Russian forces shelled Kharkiv on Tuesday. Moscow struck Sumy on Wednesday. Kyiv protested. Talks were held.', {
    published: '2025-02-20',
    events: [
      { actor: 'RUS', recipient: 'UKR', type: 'ASSAULT', cameo: '190', date: '2025-02-18', evidence: 'Russian forces shelled Kharkiv on Tuesday.' },
      { actor: 'RUS', recipient: 'UKR', type: 'ASSAULT', cameo: '190', date: '2025-02-19', evidence: 'Moscow struck Sumy on Wednesday.' },
      { actor: 'UKR', recipient: 'RUS', type: 'PROTEST', cameo: '140', date: '2025-02-19', evidence: 'Kyiv protested.' },
      { actor: 'UKR', recipient: 'RUS', type: 'CONSULT', cameo: '040', date: null, evidence: 'Talks were held.' },
    ],
  });
  const [kharkiv, sumy, country] = d.layers.events!;
  kharkiv!.location = { name: 'Kharkiv', country: 'UKR', lat: 49.99, lon: 36.23, precision: 'town' };
  sumy!.location = { name: 'Sumy', admin1: 'Sumy Oblast', country: 'UKR', lat: 50.91, lon: 34.8, precision: 'town' };
  country!.location = { name: 'Ukraine', country: 'UKR', precision: 'country' };
  return [d];
}

async function suite(ledger: TestLedger): Promise<void> {
  const store = await openStore(ledger.url);
  try {
    await store.saveDocuments(docs());
    const events = (await store.listEvents({}, { limit: 10 })).items;
    assert.deepEqual(events.find((e) => e.type === 'PROTEST')?.location, { name: 'Ukraine', country: 'UKR', precision: 'country' }, 'a location without coordinates is kept');
    assert.equal(events.find((e) => e.type === 'CONSULT')?.location, undefined);
    const map = await locatedEvents(store.db, {}, 10);
    const names = async (rows: { uid: string }[]) => { const info = await eventPlaces(store.db, rows.map((r) => r.uid)); return rows.map((r) => info.get(r.uid)?.location.name); };
    assert.deepEqual(await names(map.rows), ['Sumy', 'Kharkiv'], 'only events with coordinates, newest first');
    assert.equal((await eventPlaces(store.db, [map.rows[0]!.uid])).get(map.rows[0]!.uid)?.location.admin1, 'Sumy Oblast');
    assert.deepEqual([map.rows[1]!.lat, map.rows[1]!.lon, map.rows[1]!.quad], [49.99, 36.23, 4]);
    assert.equal(map.capped, false);
    assert.equal((await locatedEvents(store.db, {}, 1)).capped, true);
    assert.deepEqual(await names((await locatedEvents(store.db, { to: '2025-02-18' }, 10)).rows), ['Kharkiv'], 'filtered like the timeline');
    assert.deepEqual(await names((await locatedEvents(store.db, { text: 'sumy' }, 10)).rows), ['Sumy']);
    assert.deepEqual(await names((await locatedEvents(store.db, { actor: 'RUS' }, 10)).rows), ['Sumy', 'Kharkiv']);
    assert.deepEqual(await names((await locatedEvents(store.db, { actor: 'RUS', type: 'ASSAULT', to: '2025-02-18' }, 10)).rows), ['Kharkiv'], 'an actor and a type');
    assert.deepEqual(await names((await locatedEvents(store.db, { recipient: 'UKR', type: 'ASSAULT', pastOnly: true }, 10)).rows), ['Sumy', 'Kharkiv'], 'a recipient and a type');
    assert.deepEqual((await locatedEvents(store.db, { actor: 'UKR', type: 'PROTEST' }, 10)).rows, [], 'a located row without coordinates is not on the map');
    if (store.kind === 'sqlite') {
      // Two filters are read from a covering index of the located events (migration 20261207T0030), never the table.
      for (const [side, code] of [['actor_code', 'RUS'], ['recipient_code', 'UKR']] as const) {
        const q = whereEvents(store.db.selectFrom('events').select(['location_lat', 'location_lon', 'day', 'uid', 'quad']), { [side === 'actor_code' ? 'actor' : 'recipient']: code, type: 'ASSAULT', pastOnly: true })
          .where('location_lat', 'is not', null).where('location_lon', 'is not', null).orderBy('day', 'desc').limit(2001).compile();
        const plan = await store.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${q.sql}`, [...q.parameters]));
        const detail = plan.rows.map((r) => r.detail).join(' | ');
        assert.match(detail, new RegExp(`COVERING INDEX events_located_${side.split('_')[0]}_type_idx`), detail);
      }
    }

    const all = await eventDayCounts(store.db, {}, 100);
    assert.deepEqual(all, { total: 4, capped: false, days: [{ day: '2025-02-18', count: 1 }, { day: '2025-02-19', count: 2 }, { day: '2025-02-20', count: 1 }] }, 'an event without a date of its own counts on its report\'s day');
    const capped = await eventDayCounts(store.db, {}, 2);
    assert.equal(capped.capped, true);
    assert.equal(capped.total, 2, 'the newest two are counted');
    assert.deepEqual(capped.days, [{ day: '2025-02-19', count: 1 }, { day: '2025-02-20', count: 1 }]);
    assert.deepEqual((await eventDayCounts(store.db, { actor: 'RUS' }, 100)).total, 2);
  } finally {
    await store.close();
    await ledger.drop();
  }
}

describe('event locations, the map read and day counts', () => {
  it('on SQLite', () => suite(sqliteTestLedger()));
  it('on PostgreSQL', { skip: process.env.PARLEY_TEST_PG ? false : PG_SKIP_MESSAGE }, async () => suite((await postgresTestLedger())!));
});
