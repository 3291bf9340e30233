/**
 * Per record, never per file, through the real CLI: `parley ingest good.jsonl bigword.xml later.jsonl` stores
 * every good document of the three files and reports the one feed item over the character limit (a
 * 6-million-letter word) with its place; exit status 1 because one item failed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { packagePath } from '../core/paths.js';
import { openStore } from '../store/index.js';

const story = (i: number) => `Officials in Kyiv said on Monday that Russian forces shelled the port of Odesa for the ${i}th night, and the foreign minister asked allies for more air defence.`;

test('ingest good.jsonl bigword.xml later.jsonl stores every good document and reports the one bad item', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-records-'));
  try {
    writeFileSync(join(dir, 'good.jsonl'), [1, 2, 3].map((i) => JSON.stringify({ id: `g${i}`, published: '2024-03-0' + i, text: story(i) })).join('\r\n'));
    const item = (title: string, link: string, body: string) => `<item><title>${title}</title><link>${link}</link><description>${body}</description><pubDate>Wed, 19 Mar 2025 06:45:00 GMT</pubDate></item>`;
    writeFileSync(join(dir, 'bigword.xml'), `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${item('Big', 'https://example.org/big', 'x'.repeat(6_000_000))}${item('Fine', 'https://example.org/fine', story(9) + ' ' + story(10) + ' ' + story(11))}</channel></rss>`);
    writeFileSync(join(dir, 'later.jsonl'), '\uFEFF' + JSON.stringify({ id: 'l1', published: '2024-04-01', text: story(21) }) + '\n');
    const db = join(dir, 'ledger.db');
    const r = spawnSync(process.execPath, [packagePath('bin', 'parley.js'), 'ingest', 'good.jsonl', 'bigword.xml', 'later.jsonl', '--db', db, '--json'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    const summary = JSON.parse(r.stdout) as { added: number; failed: number; failures: { source: string; item: string | null; code: string }[] };
    assert.equal(summary.added, 5);
    assert.deepEqual(summary.failures.map((f) => [f.source, f.item, f.code]), [['bigword.xml', 'https://example.org/big', 'PARLEY_E_INPUT_TOO_LARGE']]);
    assert.doesNotMatch(r.stderr, /INTERNAL|at .*\.js:\d+/);
    const store = await openStore(db);
    assert.equal((await store.counts()).documents, 5);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
