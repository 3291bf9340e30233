/**
 * `parley demo` on the bundled examples: a report per article, stored in the ledger; a second run adds nothing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { packagePath } from '../../core/paths.js';
import { sqliteTestLedger } from '../../store/testing.js';

test('demo analyses every example into the ledger, and again adds nothing', async () => {
  const examples = readdirSync(packagePath('examples')).filter((f) => f.endsWith('.md') && f !== 'README.md');
  const ledger = sqliteTestLedger();
  try {
    const run = () => spawnSync(process.execPath, [packagePath('bin', 'parley.js'), 'demo', '--db', ledger.url], { encoding: 'utf8' });
    const first = run();
    assert.equal(first.status, 0, first.stderr);
    assert.equal(first.stdout.match(/^== /gm)?.length, examples.length);
    assert.match(first.stdout, new RegExp(`${examples.length} example articles \\(${examples.length} new in the ledger`));
    const second = run();
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stdout, new RegExp(`\\(0 new in the ledger .*: ${examples.length} documents`));
  } finally {
    await ledger.drop();
  }
});
