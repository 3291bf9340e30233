/**
 * Findings of the reliability audit (issue 16) that no other test holds: a JSON Feed whose `items` is not a
 * list is a coded failure and the run goes on; absurd dates (year 0, 9999) never become dates in the ledger
 * (header dates refused, record dates unknown, GDELT rows refused); a GDELT file with many rows per cluster
 * refreshes each cluster once per import, not once per chunk (the time is `npm run bench -- gdelt`); a NUL in the
 * first line of `parley code` input costs only that line.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { packagePath } from '../core/paths.js';
import { ingestSources } from '../services/ingest.service.js';
import { openStore, type Store } from '../store/index.js';
import { sqliteTestLedger } from '../store/testing.js';
import { syntheticGdeltRows } from './testdata/gdelt-rows.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-findings-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const story = 'Officials in Kyiv said on Monday that Russian forces shelled the port of Odesa, and the foreign minister asked allies for more air defence.';

async function withStore<T>(f: (store: Store) => Promise<T>): Promise<T> {
  const ledger = sqliteTestLedger();
  const store = await openStore(ledger.url);
  try {
    return await f(store);
  } finally {
    await store.close();
    await ledger.drop();
  }
}

test('a JSON Feed whose items is not a list is INPUT_BAD_FEED; the next file is still read', () => withStore(async (store) => {
  writeFileSync(join(dir, 'feed.json'), JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Wire', items: { a: 1 } }));
  writeFileSync(join(dir, 'next.jsonl'), JSON.stringify({ id: 'n1', published: '2024-03-01', text: story }) + '\n');
  const s = await ingestSources(store, [join(dir, 'feed.json'), join(dir, 'next.jsonl')], { allowHosts: [], threads: 1 });
  assert.deepEqual(s.failuresByCode, { PARLEY_E_INPUT_BAD_FEED: 1 });
  assert.equal(s.added, 1);
}));

test('absurd dates never reach the ledger: header dates refused, record dates unknown, GDELT rows refused', () => withStore(async (store) => {
  for (const [i, d] of ['0000-01-01', '9999-12-31'].entries()) writeFileSync(join(dir, `h${i}.md`), `Title: Talks\nDate: ${d}\n\n${story}\n`);
  writeFileSync(join(dir, 'rec.jsonl'), ['0000-01-01', '9999-12-31', '275760-09-13'].map((d, i) => JSON.stringify({ id: `r${i}`, published: d, text: `${story} (${i})` })).join('\n') + '\n');
  const gdelt = syntheticGdeltRows(3, 3);
  gdelt[0] = gdelt[0]!.replace(/\t20160701\t/, '\t00000101\t');
  gdelt[1] = gdelt[1]!.replace(/\t20160701\t/, '\t99991231\t');
  writeFileSync(join(dir, 'dates.export.tsv'), gdelt.join('\n') + '\n');
  const s = await ingestSources(store, ['h0.md', 'h1.md', 'rec.jsonl', 'dates.export.tsv'].map((f) => join(dir, f)), { allowHosts: [], threads: 1 });
  assert.deepEqual(s.failuresByCode, { PARLEY_E_DATE_INVALID: 2, PARLEY_E_INPUT_BAD_GDELT: 2 });
  assert.equal(s.added, 3);
  assert.equal(s.gdeltEvents, 1);
  const docs = await store.listDocuments({}, { limit: 10 });
  assert.deepEqual(docs.items.map((d) => d.published), [null, null, null]);
  const events = await store.listEvents({}, { limit: 200 });
  assert.ok(events.items.length > 0);
  // '0000-00-00' is the ledger's mark of an undated event (store/rows.ts NO_DAY), never a year-0 date.
  for (const e of events.items) {
    assert.ok(e.day === '0000-00-00' || /^(19|20)\d\d-\d\d/.test(e.day), `event day ${e.day}`);
    assert.ok(e.date === null || /^(19|20)\d\d-\d\d/.test(e.date), `event date ${e.date}`);
  }
}));

test('a GDELT file with many rows per cluster refreshes each cluster once, at the end of the import', () => withStore(async (store) => {
  writeFileSync(join(dir, 'many.export.tsv'), syntheticGdeltRows(3000, 4).join('\n') + '\n');
  const refreshed: number[] = [];
  const chunkRefresh: boolean[] = [];
  const counting: Store = {
    ...store,
    refreshClusters: async (keys) => { refreshed.push(keys.length); return store.refreshClusters(keys); },
    importEvents: async (events, opts) => { chunkRefresh.push(opts?.refreshClusters ?? true); return store.importEvents(events, opts); },
  };
  const s = await ingestSources(counting, [join(dir, 'many.export.tsv')], { allowHosts: [], threads: 1 });
  assert.equal(s.gdeltEvents, 3000);
  assert.ok(chunkRefresh.length > 1, `${chunkRefresh.length} chunks`);
  assert.deepEqual([...new Set(chunkRefresh)], [false], 'no chunk refreshes its clusters');
  assert.deepEqual(refreshed, [4], 'one refresh of the 4 clusters');
  const clusters = await store.listClusters({}, { limit: 10 });
  assert.deepEqual(clusters.items.map((c) => c.reportsCount).sort(), [750, 750, 750, 750]);
}));

test('parley code: a NUL in the first line costs only that line', () => {
  const file = join(dir, 'code.jsonl');
  writeFileSync(file, '{"id":"a","text":"Russia\u0000 shelled Kyiv."}\n{"id":"b","text":"Poland expelled 45 Russian diplomats.","date":"2022-04-01"}\n');
  const r = spawnSync(process.execPath, [packagePath('bin', 'parley.js'), 'code', file], { encoding: 'utf8' });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /PARLEY_E_INPUT_NOT_TEXT/);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; events: unknown[] });
  assert.deepEqual(out.map((o) => o.id), ['b']);
  assert.ok(out[0]!.events.length > 0);
});
