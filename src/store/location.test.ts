/**
 * Event locations through the ledger (SQLite always, PostgreSQL when PARLEY_TEST_PG is set): stored in their
 * columns, read back on lists and single events, filtered by the location's country, for coded events and for
 * imported GDELT rows alike.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openStore } from './index.js';
import { analysedDoc, PG_SKIP_MESSAGE, postgresTestLedger, sqliteTestLedger, type TestLedger } from './testing.js';

function doc() {
  const d = analysedDoc('Burundian police detained activists in Gitega province. Russia shelled Kharkiv. Russia criticised Ukraine.', {
    published: '2025-03-20',
    events: [
      { actor: 'BDI', recipient: 'BDI', type: 'COERCE', cameo: '173', date: '2025-03-16', evidence: 'Burundian police detained activists in Gitega province.' },
      { actor: 'RUS', recipient: 'UKR', type: 'ASSAULT', cameo: '190', date: '2025-03-18', evidence: 'Russia shelled Kharkiv.' },
      { actor: 'RUS', recipient: 'UKR', type: 'ACCUSE', cameo: '111', date: '2025-03-19', evidence: 'Russia criticised Ukraine.' },
    ],
  });
  const [gitega, kharkiv] = d.layers.events!;
  gitega!.location = { name: 'Gitega Province', admin1: 'Gitega Province', admin1Code: 'BI.13', country: 'BDI', lat: -3.43, lon: 29.92, precision: 'admin1', span: { start: 39, end: 54 } };
  kharkiv!.location = { name: 'Kharkiv', admin1: 'Kharkiv Oblast', admin1Code: 'UA.07', country: 'UKR', lat: 49.98, lon: 36.25, precision: 'town', geonameId: 706483 };
  return d;
}

async function suite(ledger: TestLedger): Promise<void> {
  const store = await openStore(ledger.url);
  try {
    await store.saveDocuments([doc()]);
    const all = (await store.listEvents({}, { limit: 10 })).items;
    const byType = Object.fromEntries(all.map((e) => [e.type, e.location]));
    assert.deepEqual(byType.ASSAULT, { name: 'Kharkiv', admin1: 'Kharkiv Oblast', admin1Code: 'UA.07', country: 'UKR', lat: 49.98, lon: 36.25, precision: 'town', geonameId: 706483 });
    assert.deepEqual(byType.COERCE, { name: 'Gitega Province', admin1: 'Gitega Province', admin1Code: 'BI.13', country: 'BDI', lat: -3.43, lon: 29.92, precision: 'admin1' }, 'the span stays in the document layers');
    assert.equal(byType.ACCUSE, undefined);
    assert.deepEqual((await store.listEvents({ country: 'UKR' }, { limit: 10 })).items.map((e) => e.type), ['ASSAULT'], 'the country of the place, not of the actors');
    assert.deepEqual((await store.listEvents({ country: 'BDI', type: 'COERCE' }, { limit: 10 })).items.length, 1);
    assert.equal((await store.getEvent(all.find((e) => e.type === 'ASSAULT')!.uid))?.location?.geonameId, 706483);

    await store.importEvents([{
      uid: 'gdelt:1', day: '2016-07-28', type: 'ASSAULT', cameo: '190', quad: 4, goldstein: -10, actor: [{ code: 'SYR' }], recipient: [],
      sourceName: 'example.org', url: null, published: '2016-07-28', evidenceText: 'SYRIA', extra: { gdelt: '1.0' },
      location: { name: 'Aleppo', admin1: 'Halab', country: 'SYR', lat: 36.2028, lon: 37.1586, precision: 'town' },
    }]);
    const syr = (await store.listEvents({ country: 'SYR' }, { limit: 10 })).items;
    assert.deepEqual(syr.map((e) => [e.origin, e.location?.name, e.location?.lat]), [['gdelt', 'Aleppo', 36.2028]]);
  } finally {
    await store.close();
    await ledger.drop();
  }
}

describe('event location in the ledger', () => {
  it('on SQLite', () => suite(sqliteTestLedger()));
  it('on PostgreSQL', { skip: process.env.PARLEY_TEST_PG ? false : PG_SKIP_MESSAGE }, async () => suite((await postgresTestLedger())!));
});
