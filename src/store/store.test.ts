/**
 * One repository test suite, run against SQLite and a real PostgreSQL (PARLEY_TEST_PG; skipped with a
 * message when unset): idempotent transactional saves, filters, keyset pages, near-duplicates, clusters,
 * imported events, commitments/claims and source back-off.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CommitmentRecord } from '../core/types.js';
import { sql } from 'kysely';
import { openStore, type Store } from './index.js';
import { ANALYTICS_INDEXES } from './migrations/20261125T0900_tokens_and_analytics_indexes.js';
import { analysedDoc, PG_SKIP_MESSAGE, postgresTestLedger, sqliteTestLedger, type TestLedger } from './testing.js';

const CALL = 'Russian forces shelled the city of Kharkiv on Tuesday, local officials said. The strikes hit a power station and two schools. Ukraine called the attack a war crime and asked its partners for more air defence systems. The mayor said the shelling lasted four hours and that repair crews were working through the night to restore heat and water to residents in the eastern districts of the city.';

function suite(name: string, makeLedger: () => Promise<TestLedger | null>) {
  describe(`store on ${name}`, () => {
    let ledger: TestLedger | null = null;
    let store: Store;
    const run = (title: string, fn: () => Promise<void>) =>
      test(title, async (t) => {
        if (!ledger) return t.skip(PG_SKIP_MESSAGE);
        await fn();
      });

    test('opens and migrates an empty ledger', async (t) => {
      ledger = await makeLedger();
      if (!ledger) return t.skip(PG_SKIP_MESSAGE);
      store = await openStore(ledger.url);
      assert.equal(store.kind, name);
      assert.equal((await store.counts()).documents, 0);
    });

    run('saving is idempotent: the same text again changes nothing', async () => {
      const doc = analysedDoc(CALL, { published: '2022-03-01', events: [{ actor: 'RUS', recipient: 'UKR', type: 'ASSAULT', cameo: '195', date: '2022-03-01', evidence: 'Russian forces shelled the city of Kharkiv' }] });
      const first = await store.saveDocument(doc);
      assert.equal(first.status, 'added');
      assert.equal(first.events, 1);
      const before = await store.counts();
      const again = await store.saveDocument(analysedDoc(CALL + '\n', { published: '2022-03-01' }));
      assert.equal(again.status, 'duplicate');
      assert.deepEqual(await store.counts(), before);
      const back = await store.getDocument(doc.id);
      assert.equal(back?.text, doc.text);
      assert.equal(back?.layers.events?.[0]?.type, 'ASSAULT');
      assert.equal(back?.publishedProvenance, 'record');
    });

    run('a failing document rolls back the whole batch', async () => {
      const good = analysedDoc('A wholly different article about talks in Istanbul between delegations.', { published: '2022-03-29' });
      const bad = analysedDoc('Another article that breaks on write.', { events: [{ actor: 'TUR', type: 'CONSULT', cameo: '040', date: '2022-03-29', evidence: 'Another' }] });
      (bad.layers.events![0] as { type: unknown }).type = null;
      const before = await store.counts();
      await assert.rejects(store.saveDocuments([good, bad]));
      assert.deepEqual(await store.counts(), before);
      assert.equal(await store.getDocument(good.id), null);
    });

    run('near-duplicates are stored and linked to the original', async () => {
      const original = (await store.listDocuments({}, { limit: 10 })).items.find((d) => d.published === '2022-03-01')!;
      const copy = analysedDoc(CALL.replace('four hours', 'five hours'), { published: '2022-03-02', source: { kind: 'jsonl', uri: 'b.jsonl', name: 'Other Wire' } });
      const r = await store.saveDocument(copy);
      assert.equal(r.status, 'near-duplicate');
      assert.equal(r.nearDuplicateOf, original.id);
      const dups = await store.listDocuments({ nearDuplicate: true });
      assert.deepEqual(dups.items.map((d) => d.id), [copy.id]);
    });

    run('events from different sources reporting one happening form one cluster', async () => {
      const other = analysedDoc('Kharkiv came under heavy Russian artillery fire on Tuesday, Ukrainian officials reported a day later.', {
        published: '2022-03-02', source: { kind: 'url', uri: 'https://news.example.org/kharkiv', name: 'Example News' },
        events: [{ actor: 'RUS', recipient: 'UKR', type: 'ASSAULT', cameo: '195', date: '2022-03-01', evidence: 'Kharkiv came under heavy Russian artillery fire' }],
      });
      const later = analysedDoc('Weeks later Russian troops attacked Kharkiv again from the north.', {
        published: '2022-03-20', events: [{ actor: 'RUS', recipient: 'UKR', type: 'ASSAULT', cameo: '190', date: '2022-03-20', evidence: 'Russian troops attacked Kharkiv' }],
      });
      await store.saveDocuments([other, later]);
      const clusters = (await store.listClusters({ actor: 'RUS', recipient: 'UKR' }, { order: 'asc' })).items;
      assert.equal(clusters.length, 2);
      assert.equal(clusters[0]!.firstDay, '2022-03-01');
      assert.equal(clusters[0]!.reportsCount, 2);
      assert.equal(clusters[0]!.sourcesCount, 2);
      assert.equal(clusters[0]!.firstSource, 'Test Wire');
      assert.equal(clusters[1]!.reportsCount, 1);
      const inFirst = await store.listEvents({ clusterId: clusters[0]!.id });
      assert.equal(inFirst.items.length, 2);
      assert.equal((await store.listClusters({ minSources: 2 })).items.length, 1);
    });

    run('event filters and keyset pages', async () => {
      const all = await store.listEvents({ actor: 'RUS' });
      assert.deepEqual(all.items.map((e) => e.day), ['2022-03-20', '2022-03-01', '2022-03-01']);
      assert.equal((await store.listEvents({ cameoRoot: '19', from: '2022-03-02', to: '2022-03-30' })).items.length, 1);
      assert.equal((await store.listEvents({ text: 'ARTILLERY' })).items[0]?.sourceName, 'Example News');
      assert.equal((await store.listEvents({ source: 'Example News' })).items.length, 1);
      assert.equal((await store.listEvents({ actor: 'UKR' })).items.length, 0);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await store.listEvents({}, { limit: 2, cursor });
        assert.ok(page.items.length <= 2);
        seen.push(...page.items.map((e) => e.uid));
        cursor = page.nextCursor;
      } while (cursor);
      assert.equal(seen.length, 3);
      assert.equal(new Set(seen).size, 3);
      const asc = await store.listEvents({}, { limit: 1, order: 'asc' });
      assert.equal(asc.items[0]?.day, '2022-03-01');
    });

    run('imported GDELT events keep their provenance and join clusters', async () => {
      const gdelt = {
        uid: 'gdelt:1001', day: '2022-03-01', type: 'ASSAULT', cameo: '190', quad: 4, goldstein: -10,
        actor: [{ code: 'RUS' }], recipient: [{ code: 'UKR' }], sourceName: 'wire.example.com', url: 'https://wire.example.com/a',
        published: '2022-03-02', evidenceText: '', extra: { GLOBALEVENTID: '1001', NumMentions: 4 },
      };
      assert.deepEqual(await store.importEvents([gdelt]), { added: 1, duplicates: 0 });
      assert.deepEqual(await store.importEvents([gdelt]), { added: 0, duplicates: 1 });
      const e = (await store.listEvents({ origin: 'gdelt' })).items[0]!;
      assert.equal(e.extra?.NumMentions, 4);
      const first = (await store.listClusters({ actor: 'RUS', from: '2022-03-01', to: '2022-03-02' })).items[0]!;
      assert.equal(first.sourcesCount, 3);
      assert.equal((await store.counts()).gdeltEvents, 1);
    });

    run('commitments and claims are rows with filters', async () => {
      const doc = analysedDoc('Russia pledged to halt strikes on energy infrastructure for 30 days. Former President Trump said so.', { published: '2025-03-19' });
      const c: CommitmentRecord = {
        id: 'c1', kind: 'pledge', by: [{ code: 'RUS', sector: 'GOV' }], to: [{ code: 'UKR' }], action: 'ASSAULT', refrain: true,
        scope: 'energy infrastructure', starts: '2025-03-18', ends: '2025-04-17', durationDays: 30, conditions: [], status: 'active',
        evidence: [{ start: 0, end: 68 }], sentence: 0,
      };
      doc.layers.commitments = [c];
      doc.layers.claims = [{
        id: 'k1', kind: 'role', text: 'Former President Trump', span: { start: 69, end: 91 }, sentence: 1, subject: 'Donald Trump',
        asserted: { status: 'former' }, verdict: 'contradicted', explanation: 'He was the sitting president.', evidence: [],
      }];
      await store.saveDocument(doc);
      const cs = await store.listCommitments({ by: 'RUS', kind: 'pledge' });
      assert.equal(cs.items.length, 1);
      assert.equal(cs.items[0]!.ends, '2025-04-17');
      assert.equal(cs.items[0]!.quotes[0], 'Russia pledged to halt strikes on energy infrastructure for 30 days.');
      assert.equal((await store.listCommitments({ by: 'UKR' })).items.length, 0);
      const claims = await store.listClaims({ verdict: 'contradicted' });
      assert.equal(claims.items[0]?.quote, 'Former President Trump');
      assert.equal((await store.listClaims({ verdict: 'supported' })).items.length, 0);
    });

    run('a failing source backs off and recovers', async () => {
      const now = new Date('2026-01-01T00:00:00Z');
      const s1 = await store.runs.sourceFailed('https://feeds.example.org/rss', 'feed', 'FETCH_TIMEOUT', 'timed out', now);
      assert.equal(Number(s1.error_count), 1);
      assert.equal(await store.runs.isSourceDue('https://feeds.example.org/rss', now), false);
      const s2 = await store.runs.sourceFailed('https://feeds.example.org/rss', 'feed', 'FETCH_TIMEOUT', 'timed out', now);
      assert.equal(Number(s2.error_count), 2);
      assert.ok(s2.next_attempt_at! > s1.next_attempt_at!);
      assert.equal(await store.runs.isSourceDue('https://feeds.example.org/rss', new Date('2026-01-02T00:00:00Z')), true);
      await store.runs.sourceSucceeded('https://feeds.example.org/rss', 'feed');
      assert.equal(Number((await store.runs.source('https://feeds.example.org/rss'))!.error_count), 0);
      const run = await store.runs.start(['x']);
      await store.runs.recordFailure({ runId: run, sourceUri: 'x', item: 'line 3', code: 'PARLEY_E_INPUT_BAD_JSON', message: 'bad' });
      assert.equal((await store.runs.failures(run))[0]?.item, 'line 3');
    });

    run('migrations create the API token table and the rollups, and drop the covering event indexes', async () => {
      const tables = (await store.db.introspection.getTables()).map((t) => t.name);
      for (const t of ['api_tokens', 'event_rollup_days', 'event_rollup_pair_days', 'event_rollup_pair_months', 'event_rollup_actor_types', 'ledger_totals']) {
        assert.ok(tables.includes(t), `${t} missing from ${tables.join(', ')}`);
      }
      const q = name === 'sqlite'
        ? sql<{ name: string }>`select name from sqlite_master where type = 'index' and tbl_name = 'events'`
        : sql<{ name: string }>`select indexname as name from pg_indexes where tablename = 'events'`;
      const indexes = new Set((await q.execute(store.db)).rows.map((r) => r.name));
      for (const idx of Object.keys(ANALYTICS_INDEXES)) assert.ok(!indexes.has(idx), `${idx} should be gone (the rollups replace it)`);
      assert.ok(indexes.has('events_actor_idx'), 'the list indexes stay');
      const done = await sql<{ name: string }>`select name from kysely_migration`.execute(store.db);
      assert.ok(done.rows.some((r) => r.name === '20261125T1000_event_rollups'));
      if (name === 'postgres') {
        const stats = await sql<{ name: string }>`select stxname as name from pg_statistic_ext`.execute(store.db);
        assert.ok(stats.rows.some((r) => r.name === 'events_evidence_text_lower_stats'), 'statistics for the text filter');
      }
    });

    test(`closes the ${name} ledger`, async () => {
      if (!ledger) return;
      await store.close();
      await ledger.drop();
    });
  });
}

suite('sqlite', async () => sqliteTestLedger());
suite('postgres', postgresTestLedger);
