/**
 * The event rollups stay equal to a fresh GROUP BY over the events — after inserts, re-ingest, GDELT imports,
 * deletes and replacements, after the migration's backfill of an older ledger, and (PostgreSQL) after
 * concurrent writers — on SQLite always and on PostgreSQL when PARLEY_TEST_PG is set.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql, Migrator, SqliteAdapter, type Kysely } from 'kysely';
import type { Document } from '../core/types.js';
import { openStore, type Store } from './index.js';
import { migrationProvider } from './migrations/index.js';
import { rebuildRollups } from './rollups.repository.js';
import { analysedDoc, PG_SKIP_MESSAGE, postgresTestLedger, sqliteTestLedger, type TestLedger } from './testing.js';

type Rows = Record<string, unknown>[];

const norm = (rows: Rows): string[] => rows
  .map((r) => Object.keys(r).sort().map((k) => `${k}=${k === 'goldstein' ? Number(r[k]).toFixed(6) : String(r[k])}`).join(' '))
  .sort();

/** What each rollup table must hold, computed afresh from the ledger's rows (independently of the writers). */
async function fresh(db: Kysely<any>, withPrecision = true): Promise<Record<string, string[]>> {
  const q = async (text: string) => norm((await sql.raw<Record<string, unknown>>(text).execute(db)).rows);
  const sums = `count(*) as count, sum(case when quad <= 2 then 1 else 0 end) as cooperation, sum(case when quad >= 3 then 1 else 0 end) as conflict, sum(goldstein) as goldstein`;
  // Precision: days count exact days only, months exact days and months, years (and the overview's days table, keyed by it) every event.
  const precision = withPrecision ? `coalesce(date_precision, 'day')` : `'day'`;
  const monday = db.getExecutor().adapter instanceof SqliteAdapter ? `date(day, 'weekday 0', '-6 days')` : `to_char(date_trunc('week', day::date), 'YYYY-MM-DD')`;
  return {
    days: await q(`select day, ${withPrecision ? `${precision} as date_precision, ` : ''}${sums} from events group by day${withPrecision ? `, ${precision}` : ''}`),
    pairDays: await q(`select day, coalesce(actor_code, '') as actor_code, coalesce(recipient_code, '') as recipient_code, ${sums} from events where ${precision} = 'day' group by day, coalesce(actor_code, ''), coalesce(recipient_code, '')`),
    pairWeeks: await q(`select ${monday} as week, coalesce(actor_code, '') as actor_code, coalesce(recipient_code, '') as recipient_code, ${sums} from events where ${precision} = 'day' and day > '0000-00-00' group by ${monday}, coalesce(actor_code, ''), coalesce(recipient_code, '')`),
    pairMonths: await q(`select substr(day, 1, 7) as month, coalesce(actor_code, '') as actor_code, coalesce(recipient_code, '') as recipient_code, ${sums} from events where ${precision} <> 'year' group by substr(day, 1, 7), coalesce(actor_code, ''), coalesce(recipient_code, '')`),
    pairYears: await q(`select substr(day, 1, 4) as year, coalesce(actor_code, '') as actor_code, coalesce(recipient_code, '') as recipient_code, ${sums} from events group by substr(day, 1, 4), coalesce(actor_code, ''), coalesce(recipient_code, '')`),
    actorTypes: await q(`select substr(e.day, 1, 7) as month, c.code as code, e.type as type, count(*) as count from events e
      join (select distinct actor_code as code from events union select distinct recipient_code from events) c
        on c.code <> '' and (e.actor_code = c.code or e.recipient_code = c.code)
      group by substr(e.day, 1, 7), c.code, e.type`),
    totals: await q(`select 'claims' as name, count(*) as value from claims union all select 'commitments', count(*) from commitments
      union all select 'documents', count(*) from documents union all select 'events', count(*) from events`),
  };
}

async function stored(db: Kysely<any>): Promise<Record<string, string[]>> {
  const all = async (table: string) => norm((await sql.raw<Record<string, unknown>>(`select * from ${table}`).execute(db)).rows);
  const totals = norm((await sql.raw<Record<string, unknown>>(`select name, value from ledger_totals`).execute(db)).rows);
  const names = ['claims', 'commitments', 'documents', 'events'];
  return {
    days: await all('event_rollup_days'),
    pairDays: await all('event_rollup_pair_days'),
    pairWeeks: await all('event_rollup_pair_weeks'),
    pairMonths: await all('event_rollup_pair_months'),
    pairYears: await all('event_rollup_pair_years'),
    actorTypes: await all('event_rollup_actor_types'),
    // A total brought back to zero may be removed; a missing name reads as 0.
    totals: names.map((n) => totals.find((t) => t.startsWith(`name=${n} `)) ?? `name=${n} value=0`).sort(),
  };
}

async function assertExact(store: Store, when: string): Promise<void> {
  assert.deepEqual(await stored(store.db), await fresh(store.db), `rollups differ from a fresh GROUP BY ${when}`);
}

const TYPES = [['CONSULT', '040', 1, 1], ['AID', '070', 2, 7], ['ACCUSE', '112', 3, -2], ['ASSAULT', '190', 4, -10], ['SANCTION', '163', 4, -8]] as const;
const CODES = ['RUS', 'UKR', 'USA', 'CHN', 'TUR'];

/** A document with `n` events between varied actors (some without recipient, some undated, one self-directed). */
function doc(seed: number, n = 6): Document {
  const words = Array.from({ length: n }, (_, i) => `Clause ${seed}-${i} happened.`);
  const d = analysedDoc(`Report ${seed}. ${words.join(' ')}`, {
    published: `2025-0${1 + (seed % 3)}-${String(10 + (seed % 19)).padStart(2, '0')}`,
    events: words.map((w, i) => {
      const k = seed * 7 + i;
      const actor = CODES[k % CODES.length]!;
      const recipient = k % 5 === 0 ? undefined : k % 11 === 0 ? actor : CODES[(k * 3 + 1) % CODES.length]!;
      const [type, cameo] = TYPES[k % TYPES.length]!;
      // Some events are dated only to their month or year (on its first day), as "in February" or "in 2025" would be.
      const precision = k % 7 === 3 ? 'month' as const : k % 13 === 6 ? 'year' as const : 'day' as const;
      const day = precision === 'day' ? 1 + (k % 28) : 1;
      const date = k % 9 === 0 ? null : `2025-0${precision === 'year' ? 1 : 1 + (k % 4)}-${String(day).padStart(2, '0')}`;
      return { actor, recipient, type, cameo, date, precision, evidence: w };
    }),
  });
  d.layers.events!.forEach((e, i) => { const t = TYPES[(seed * 7 + i) % TYPES.length]!; e.quad = t[2]; e.goldstein = t[3]; });
  if (seed % 4 === 0) d.published = null;
  return d;
}

async function lifecycle(ledger: TestLedger): Promise<void> {
  const store = await openStore(ledger.url);
  try {
    await assertExact(store, 'on an empty ledger');
    const docs = Array.from({ length: 8 }, (_, i) => doc(i + 1));
    await store.saveDocuments(docs.slice(0, 5));
    await assertExact(store, 'after inserts');
    const precisions = await sql<{ p: string | null; n: number }>`select date_precision as p, count(*) as n from events group by date_precision`.execute(store.db);
    assert.deepEqual(precisions.rows.map((r) => r.p).sort(), ['month', 'year', null].sort(), 'the fixture has events of every precision');
    const before = await stored(store.db);
    const again = await store.saveDocuments(docs.slice(3));
    assert.deepEqual(again.map((r) => r.status), ['duplicate', 'duplicate', 'added', 'added', 'added']);
    await assertExact(store, 'after re-ingesting documents already stored');
    assert.notDeepEqual(await stored(store.db), before, 'new documents changed the rollups');

    const gdelt = (uid: string, day: string) => ({ uid, day, type: 'ASSAULT', cameo: '190', quad: 4, goldstein: -10, actor: [{ code: 'RUS' }], recipient: [{ code: 'UKR' }], sourceName: 'w', url: null, published: day, evidenceText: '', extra: {} });
    assert.deepEqual(await store.importEvents([gdelt('gdelt:1', '2025-02-03'), gdelt('gdelt:2', '2025-02-03'), gdelt('gdelt:1', '2025-02-03')]), { added: 2, duplicates: 1 });
    assert.deepEqual(await store.importEvents([gdelt('gdelt:2', '2025-02-03')]), { added: 0, duplicates: 1 });
    await assertExact(store, 'after importing GDELT events (one a duplicate)');

    const removed = await store.deleteDocuments([docs[1]!.id, docs[6]!.id, 'sha256:not-there']);
    assert.deepEqual(removed, { documents: 2, events: 12 });
    assert.equal(await store.getDocument(docs[1]!.id), null);
    await assertExact(store, 'after deleting two documents');

    const replaced = doc(2);
    replaced.text = `${replaced.text} Corrected.`;
    replaced.id = `${docs[1]!.id}-v2`;
    await store.saveDocument(replaced);
    await assertExact(store, 'after saving a replacement');

    const everyId = (await store.listDocuments({}, { limit: 100 })).items.map((d) => d.id);
    await store.deleteDocuments(everyId);
    await assertExact(store, 'after deleting every document');
    await sql`delete from event_rollup_pair_days`.execute(store.db);
    await sql`update ledger_totals set value = 99`.execute(store.db);
    await rebuildRollups(store.db);
    await assertExact(store, 'after a rebuild');
    const days = await stored(store.db);
    assert.deepEqual(days.pairMonths, ['actor_code=RUS conflict=2 cooperation=0 count=2 goldstein=-20.000000 month=2025-02 recipient_code=UKR'], 'only the GDELT events are left');
  } finally {
    await store.close();
    await ledger.drop();
  }
}

/**
 * An older ledger (before the rollup migration) with events in it: migrating backfills the rollups. Going down
 * past the date-precision migration drops the precision (every event is then an exact day), so the rollups
 * rebuilt on the way up are those of day-precision events.
 */
async function backfill(ledger: TestLedger): Promise<void> {
  let store = await openStore(ledger.url);
  try {
    await store.saveDocuments(Array.from({ length: 6 }, (_, i) => doc(i + 20)));
    const expected = await fresh(store.db, false);
    const migrator = new Migrator({ db: store.db, provider: migrationProvider });
    const down = await migrator.migrateTo('20261125T0900_tokens_and_analytics_indexes');
    assert.equal(down.error, undefined);
    const undone = down.results?.map((r) => r.migrationName) ?? [];
    assert.ok(undone.includes('20261125T1000_event_rollups') && undone.includes('20261125T1130_pair_years') && undone.includes('20261125T1300_date_precision'), undone.join(', '));
    await store.close();
    store = await openStore(ledger.url);
    assert.deepEqual(await stored(store.db), await fresh(store.db), 'the migration backfilled the rollups from the events');
    const days = (await stored(store.db)).days;
    assert.deepEqual(days, expected.days.map((r) => r.replace(' day=', ' date_precision=day day=')).sort(), 'every event counts as an exact day after the round trip');
    assert.notEqual(expected.days.length, 0);
  } finally {
    await store.close();
    await ledger.drop();
  }
}

/** Two connections saving overlapping documents at once (what pg-boss workers do): nothing is lost. */
async function concurrent(ledger: TestLedger): Promise<void> {
  const a = await openStore(ledger.url);
  const b = await openStore(ledger.url);
  try {
    const docs = Array.from({ length: 24 }, (_, i) => doc(i + 40, 8));
    for (let round = 0; round < 3; round++) {
      const part = docs.slice(round * 8, round * 8 + 8);
      await Promise.all([
        a.saveDocuments(part.slice(0, 5)), b.saveDocuments(part.slice(3)),
        ...part.slice(0, 4).map((d, i) => (i % 2 ? a : b).saveDocument(d)),
      ]);
    }
    await Promise.all([a.deleteDocuments([docs[0]!.id, docs[9]!.id]), b.deleteDocuments([docs[9]!.id, docs[17]!.id]), a.saveDocuments(docs.slice(18, 22))]);
    await assertExact(a, 'after concurrent saves and deletes');
    assert.equal((await a.counts()).documents, 21);
  } finally {
    await a.close();
    await b.close();
    await ledger.drop();
  }
}

describe('event rollups equal a fresh GROUP BY over the events', () => {
  const pgSkip = process.env.PARLEY_TEST_PG ? false : PG_SKIP_MESSAGE;
  it('through inserts, re-ingest, imports, deletes and replacement (SQLite)', () => lifecycle(sqliteTestLedger()));
  it('through inserts, re-ingest, imports, deletes and replacement (PostgreSQL)', { skip: pgSkip }, async () => lifecycle((await postgresTestLedger())!));
  it('after the migration backfills an older ledger (SQLite)', () => backfill(sqliteTestLedger()));
  it('after the migration backfills an older ledger (PostgreSQL)', { skip: pgSkip }, async () => backfill((await postgresTestLedger())!));
  it('under concurrent writers (PostgreSQL)', { skip: pgSkip }, async () => concurrent((await postgresTestLedger())!));
});
