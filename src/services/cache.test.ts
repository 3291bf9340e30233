/**
 * The aggregate cache: reuse while the ledger is unchanged, recompute after a write, and evict the least
 * recently used entry (not the first inserted) when full. Real SQLite ledger.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openStore, type Store } from '../store/index.js';
import { analysedDoc, sqliteTestLedger, type TestLedger } from '../store/testing.js';
import { AggregateCache } from './cache.js';

let ledger: TestLedger;
let store: Store;
before(async () => {
  ledger = sqliteTestLedger();
  store = await openStore(ledger.url);
});
after(async () => {
  await store.close();
  await ledger.drop();
});

test('a full cache evicts the least recently used entry', async () => {
  const cache = new AggregateCache(store, { maxEntries: 2 });
  const computed: string[] = [];
  const get = (k: string) => cache.get(k, async () => { computed.push(k); return k; });
  await get('a');
  await get('b');
  await get('a'); // a is now the most recently used
  await get('c'); // evicts b, not a
  await get('a');
  await get('b');
  assert.deepEqual(computed, ['a', 'b', 'c', 'b']);
});

test('an entry is recomputed after the ledger changes', async () => {
  const cache = new AggregateCache(store);
  let n = 0;
  const count = () => cache.get('n', async () => ++n);
  assert.equal(await count(), 1);
  assert.equal(await count(), 1);
  await store.saveDocuments([analysedDoc('Russia shelled Kharkiv.', { published: '2022-03-01', events: [{ actor: 'RUS', recipient: 'UKR', type: 'ASSAULT', cameo: '195', date: '2022-03-01', evidence: 'Russia shelled Kharkiv.' }] })]);
  assert.equal(await count(), 2);
});
