/**
 * Free-text filters match literally on SQLite and PostgreSQL: `_` and `%` are no wildcards any more.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openStore } from './index.js';
import { analysedDoc, PG_SKIP_MESSAGE, postgresTestLedger, sqliteTestLedger, type TestLedger } from './testing.js';

async function literal(t: { skip(m: string): void }, make: () => Promise<TestLedger | null>) {
  const ledger = await make();
  if (!ledger) return t.skip(PG_SKIP_MESSAGE);
  const store = await openStore(ledger.url);
  try {
    await store.saveDocuments([analysedDoc('Prices rose 50% after the talks collapsed in Geneva.'), analysedDoc('The file_name field and a back\\slash were in the report.')]);
    const hits = async (text: string) => (await store.listDocuments({ text })).items.length;
    assert.equal(await hits('_'), 1);
    assert.equal(await hits('%'), 1);
    assert.equal(await hits('50%'), 1);
    assert.equal(await hits('5_%'), 0);
    assert.equal(await hits('back\\slash'), 1);
    assert.equal(await hits('GENEVA'), 1);
  } finally {
    await store.close();
    await ledger.drop();
  }
}

test('free text is matched literally (SQLite)', (t) => literal(t, async () => sqliteTestLedger()));
test('free text is matched literally (PostgreSQL)', (t) => literal(t, postgresTestLedger));
