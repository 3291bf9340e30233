/**
 * One standing for every reader: over the demo ledger (the bundled examples, in a real SQLite ledger, and on
 * PostgreSQL when PARLEY_TEST_PG is set), `parley check` of each example, `parley query commitments --as-of` and the
 * API's board give every commitment the same status, compliance and violations on several dates; over a ledger of
 * the dev corpus (../shared/data, skipped when absent) query and board agree too.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { commitmentBoard } from './board.service.js';
import { packagePath } from '../core/paths.js';
import type { Document } from '../core/types.js';
import { readArticleFile } from '../ingest/read-input.js';
import { openStore, type Store } from '../store/index.js';
import { postgresTestLedger, PG_SKIP_MESSAGE, sqliteTestLedger } from '../store/testing.js';
import { checkDocument } from './check.service.js';
import { analyzeDocument } from './analyze.service.js';
import { commitmentsAsOfDate } from './query.service.js';

const DATES = ['2025-03-19', '2025-03-25', '2025-04-20', '2025-05-01', '2025-08-01'];

function examples(): Document[] {
  const dir = packagePath('examples');
  return readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort().map((f) => analyzeDocument(readArticleFile(join(dir, f))));
}

type Standing = string;
const standingOf = (status: string, compliance: string, violations: { date: string | null; standing: string; violator: { code: string }[] }[]): Standing =>
  `${status}/${compliance}/${violations.map((v) => `${v.date}:${v.standing}:${v.violator.map((a) => a.code).join('+')}`).join(',')}`;

async function compare(store: Store, docs: Document[]): Promise<number> {
  let compared = 0;
  for (const asOf of DATES) {
    const query = new Map((await commitmentsAsOfDate(store, {}, asOf)).map((x) => [x.commitment.id, standingOf(x.state.status, x.state.compliance, x.state.violations)]));
    const b = await commitmentBoard(store, { asOf, soonDays: 14 });
    const board = new Map([...b.inForce, ...b.expiringSoon, ...b.expired, ...b.violated, ...b.other].map((x) => [x.id, standingOf(x.status, x.compliance, x.violations)]));
    assert.deepEqual([...board].sort(), [...query].sort(), `board and query on ${asOf}`);
    for (const doc of docs.filter((d) => d.published && d.published <= asOf)) {
      for (const c of (await checkDocument(doc, store, asOf)).commitments) {
        if (!c.merged || !c.state) continue;
        assert.equal(standingOf(c.state.status, c.state.compliance, c.state.violations), query.get(c.merged.id), `check of "${doc.title}" on ${asOf}: ${c.merged.kind} ${c.merged.scope ?? ''}`);
        compared++;
      }
    }
  }
  return compared;
}

async function onStore(url: string): Promise<void> {
  const store = await openStore(url);
  try {
    const docs = examples();
    await store.saveDocuments(docs);
    const compared = await compare(store, docs);
    assert.ok(compared >= 10, `${compared} check results compared`);
    // the energy pledge expired kept: Moscow accusing Kyiv of hitting a gas station is no violation of Moscow's own pledge
    const may = await commitmentsAsOfDate(store, { by: 'RUS' }, '2025-05-01');
    const pledge = may.find((x) => x.commitment.scope === 'energy infrastructure' && x.commitment.kind === 'pledge');
    assert.equal(pledge?.state.lifecycle, 'expired');
    assert.equal(pledge?.state.compliance, 'kept');
    assert.deepEqual(pledge?.state.violations, []);
  } finally {
    await store.close();
  }
}

test('check, query and board agree on the demo ledger (SQLite)', async () => {
  const ledger = sqliteTestLedger();
  try {
    await onStore(ledger.url);
  } finally {
    await ledger.drop();
  }
});

test('check, query and board agree on the demo ledger (PostgreSQL)', async (t) => {
  const ledger = await postgresTestLedger();
  if (!ledger) return t.skip(PG_SKIP_MESSAGE);
  try {
    await onStore(ledger.url);
  } finally {
    await ledger.drop();
  }
});
