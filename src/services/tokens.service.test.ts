/**
 * API tokens on both ledgers: a token verifies until revoked, a changed one never does, and the ledger lists and
 * keeps only hashes (the table holds no token).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openStore } from '../store/index.js';
import { PG_SKIP_MESSAGE, postgresTestLedger, sqliteTestLedger, type TestLedger } from '../store/testing.js';
import { tokenRows } from '../store/tokens.repository.js';
import { createToken, hashToken, listTokens, revokeToken, verifyToken } from './tokens.service.js';

async function suite(ledger: TestLedger): Promise<void> {
  const store = await openStore(ledger.url);
  try {
    const { id, token } = await createToken(store, 'test');
    assert.match(token, /^pt_[0-9a-f]{8}_[A-Za-z0-9_-]{32}$/);
    assert.deepEqual(await verifyToken(store, token), { id, name: 'test' });
    assert.equal(await verifyToken(store, token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A')), null, 'a changed token is refused');
    assert.equal(await verifyToken(store, 'pt_nothex!_x'), null, 'a malformed token is refused');
    const listed = await listTokens(store);
    assert.equal(listed.length, 1);
    assert.ok(listed[0]!.lastUsedAt, 'its use is recorded');
    assert.ok(!JSON.stringify(listed).includes(token.slice(12)), 'the token itself is not listed');
    const rows = await tokenRows(store.db);
    assert.equal(rows[0]!.hash, hashToken(token));
    assert.ok(!JSON.stringify(rows).includes(token.slice(12)), 'the token itself is not stored');
    assert.equal(await revokeToken(store, id), true);
    assert.equal(await revokeToken(store, id), false, 'revoked once');
    assert.equal(await verifyToken(store, token), null, 'a revoked token is refused');
  } finally {
    await store.close();
    await ledger.drop();
  }
}

describe('API tokens', () => {
  it('on SQLite', async () => suite(sqliteTestLedger()));
  it('on PostgreSQL', { skip: process.env.PARLEY_TEST_PG ? false : PG_SKIP_MESSAGE }, async () => suite((await postgresTestLedger())!));
});
