/**
 * `parley check` over a SQLite ledger holding our fixture reports: readable report, JSON and ClaimReview output,
 * and the errors a user can cause.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { packagePath } from '../../core/paths.js';
import { readArticleFile } from '../../ingest/read-input.js';
import { analyzeDocument } from '../../services/analyze.service.js';
import { openStore } from '../../store/index.js';
import { command } from './check.js';

async function capture(argv: string[]): Promise<{ code: number; out: string }> {
  const write = process.stdout.write.bind(process.stdout);
  let out = '';
  process.stdout.write = ((chunk: string) => { out += chunk; return true; }) as typeof process.stdout.write;
  try {
    return { code: await command.run(argv), out };
  } finally {
    process.stdout.write = write;
  }
}

const ARTICLE = [
  'Title: Looking back at the call',
  '',
  'The conversation between former U.S. President Donald Trump and Russian President Vladimir Putin drew wide attention.',
  "Putin's pledge to halt strikes on Ukraine's energy infrastructure for 30 days was its only result.",
  'In the end, the June 2023 phone call between Trump and Putin changed little on the ground.',
].join('\n');

test('check prints verdicts with explanations, JSON and ClaimReview against a SQLite ledger', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-check-'));
  try {
    const db = join(dir, 'ledger.db');
    const store = await openStore(db);
    await store.saveDocuments(['call-wire.md', 'call-daily.md', 'call-weekly.md'].map((f) => analyzeDocument(readArticleFile(packagePath('src', 'verify', 'testdata', f)))));
    await store.close();
    const file = join(dir, 'article.md');
    writeFileSync(file, ARTICLE);

    const readable = await capture([file, '--db', db]);
    assert.equal(readable.code, 0);
    assert.match(readable.out, /CONTRADICTED event-date: "the June 2023 phone call between Trump and Putin"/);
    assert.match(readable.out, /reported by 3 sources, not in June 2023/);
    assert.match(readable.out, /CONTRADICTED role: "former U.S. President Donald Trump"/);

    const json = JSON.parse((await capture([file, '--db', db, '--json'])).out);
    assert.equal(json.schema, 'parley.check/1');
    assert.deepEqual(json.claims.map((c: { verdict: string }) => c.verdict).sort(), ['contradicted', 'contradicted', 'supported']);

    const reviews = JSON.parse((await capture([file, '--db', db, '--claimreview'])).out);
    assert.equal(reviews[0]['@type'], 'ClaimReview');
    assert.ok(reviews.every((r: { reviewRating: { alternateName: string } }) => ['Supported', 'Contradicted', 'Unverified'].includes(r.reviewRating.alternateName)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a missing ledger or a bad date is a clear error', async () => {
  await assert.rejects(capture([packagePath('src', 'verify', 'testdata', 'call-wire.md'), '--db', join(tmpdir(), 'no-such-parley.db')]), /no ledger at/);
  await assert.rejects(capture([packagePath('src', 'verify', 'testdata', 'call-wire.md'), '--as-of', '2025-02-30']), (e: Error & { code?: string }) => e.code === 'DATE_INVALID');
  await assert.rejects(capture([]), (e: Error & { code?: string }) => e.code === 'USAGE');
});
