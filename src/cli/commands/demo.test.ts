/**
 * `parley demo` on the bundled examples: a report per article, stored in the ledger; a second run adds nothing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    // the showcase: two independent examples date the call, so an article that misdates it and calls the sitting
    // president "former" is contradicted on both counts (our own text, written for this test)
    const dir = mkdtempSync(join(tmpdir(), 'parley-demo-'));
    try {
      const file = join(dir, 'misdated.txt');
      writeFileSync(file, "Former U.S. President Donald Trump spoke with Russian President Vladimir Putin by phone in June 2023. Putin agreed to stop attacks on Ukraine's energy infrastructure for 30 days.\n");
      const check = spawnSync(process.execPath, [packagePath('bin', 'parley.js'), 'check', file, '--db', ledger.url], { encoding: 'utf8' });
      assert.match(check.stdout, /CONTRADICTED role: "Former U\.S\. President Donald Trump"/, check.stdout + check.stderr);
      assert.match(check.stdout, /CONTRADICTED event-date: .*June 2023/, check.stdout);
      assert.match(check.stdout, /on 2025-03-18, reported by 2 sources/, check.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    await ledger.drop();
  }
});
