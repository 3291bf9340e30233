/** Tests for the error catalogue's conversion of thrown values. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asParleyError, ParleyError } from './errors.js';

test('a ParleyError passes through; other errors are INTERNAL; a busy SQLite ledger is DB_FAILED with a hint', () => {
  const own = new ParleyError('INPUT_EMPTY', 'a.txt is empty');
  assert.equal(asParleyError(own), own);
  assert.equal(asParleyError(new Error('boom')).code, 'INTERNAL');
  const busy = asParleyError(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }));
  assert.equal(busy.code, 'DB_FAILED');
  assert.match(busy.hint ?? '', /postgres/);
});
