/**
 * One suite for every implementation of the verifier's Ledger: the in-memory ledger over analysed Documents
 * (src/verify/memory-ledger.ts) and the store's (ledger.service.ts) on SQLite and PostgreSQL give the same answers
 * for the same reports of the 18 March 2025 call (src/verify/testdata): event reports between two parties,
 * commitment mentions by a party, and the events that may violate a commitment.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { packagePath } from '../core/paths.js';
import type { Document } from '../core/types.js';
import { readArticleFile } from '../ingest/read-input.js';
import { openStore } from '../store/index.js';
import { PG_SKIP_MESSAGE, postgresTestLedger, sqliteTestLedger, type TestLedger } from '../store/testing.js';
import type { Ledger } from '../verify/ledger.js';
import { memoryLedger } from '../verify/memory-ledger.js';
import { analyzeDocument } from './analyze.service.js';
import { storeLedger } from './ledger.service.js';

const FIXTURES = ['call-wire.md', 'call-daily.md', 'call-weekly.md', 'accusation.md', 'denial.md'];

/** Every question the verifier asks, answered in an order-free form. */
async function answers(ledger: Ledger): Promise<Record<string, unknown>> {
  const sorted = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort();
  const codes = ['USA', 'RUS'];
  return {
    consult: sorted(await ledger.eventReports({ codes, type: 'CONSULT' })),
    consultReversed: sorted(await ledger.eventReports({ codes: ['RUS', 'USA'], type: 'CONSULT' })),
    none: sorted(await ledger.eventReports({ codes: ['USA', 'CHN'], type: 'CONSULT' })),
    pledgesByRus: sorted((await ledger.commitmentReports({ by: ['RUS'] })).map((r) => ({ ...r, commitment: r.commitment.id }))),
    allCommitments: sorted((await ledger.commitmentReports({})).map((r) => ({ ...r, commitment: r.commitment.id }))),
    strikes: sorted(await ledger.events({ type: 'ASSAULT', actors: ['RUS', 'UKR'], from: '2025-03-18' })),
    strikesBefore: sorted(await ledger.events({ type: 'ASSAULT', actors: ['RUS', 'UKR'], from: '2025-03-01', to: '2025-03-19' })),
  };
}

describe('the in-memory and the store ledgers answer alike', () => {
  let docs: Document[];
  let expected: Record<string, unknown>;
  before(async () => {
    docs = FIXTURES.map((f) => analyzeDocument(readArticleFile(packagePath('src', 'verify', 'testdata', f))));
    expected = await answers(memoryLedger(docs));
    assert.ok((expected.consult as string[]).length >= 3, 'the fixtures report the call');
    assert.ok((expected.allCommitments as string[]).length >= 3, 'and the pledge');
    assert.ok((expected.strikes as string[]).length >= 1, 'and the strikes after it');
    assert.ok((expected.pledgesByRus as string[]).length < (expected.allCommitments as string[]).length, 'a party filter leaves some out');
  });

  const against = async (ledger: TestLedger) => {
    const store = await openStore(ledger.url);
    try {
      await store.saveDocuments(docs);
      const got = await answers(storeLedger(store));
      for (const k of Object.keys(expected)) assert.deepEqual(got[k], expected[k], k);
    } finally {
      await store.close();
      await ledger.drop();
    }
  };
  it('on SQLite', () => against(sqliteTestLedger()));
  it('on PostgreSQL', { skip: process.env.PARLEY_TEST_PG ? false : PG_SKIP_MESSAGE }, async () => against((await postgresTestLedger())!));
});
