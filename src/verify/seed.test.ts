/**
 * The seed article (../shared/seeds, skipped when absent): its pledge and demand, and its misdated call and
 * mistitled president flagged against our fixture reports of the call.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { packagePath } from '../core/paths.js';
import { readArticleFile } from '../ingest/read-input.js';
import { analyzeDocument } from '../services/analyze.service.js';
import { SHARED_MISSING, sharedSeedPath } from '../testing/shared-data.js';
import { verifyDocument } from './document.js';
import { memoryLedger } from './memory-ledger.js';

const FIXTURES = ['call-wire.md', 'call-daily.md', 'call-weekly.md', 'accusation.md', 'denial.md'];

test('seed: a 30-day pledge by Russia on energy infrastructure and a demand to halt arms and intelligence sharing', (t) => {
  const path = sharedSeedPath();
  if (!path) return t.skip(SHARED_MISSING);
  const doc = analyzeDocument(readArticleFile(path));
  const pledge = doc.layers.commitments?.find((c) => c.kind === 'pledge');
  assert.deepEqual(pledge?.by.map((b) => b.code), ['RUS']);
  assert.equal(pledge?.action, 'ASSAULT');
  assert.equal(pledge?.refrain, true);
  assert.equal(pledge?.scope, 'energy infrastructure');
  assert.equal(pledge?.durationDays, 30);
  const demand = doc.layers.commitments?.find((c) => c.kind === 'demand');
  assert.deepEqual(demand?.by.map((b) => `${b.code}/${b.sector}`), ['RUS/GOV']);
  assert.match(demand?.scope ?? '', /arms and intelligence sharing/);
  assert.equal(doc.layers.commitments?.length, 2, 'no commitment from "short of a ceasefire" or "the absence of a ceasefire plan"');
});

test('seed: "June 2023" and "former U.S. President" are contradicted by the ledger', async (t) => {
  const path = sharedSeedPath();
  if (!path) return t.skip(SHARED_MISSING);
  const ledger = memoryLedger(FIXTURES.map((f) => analyzeDocument(readArticleFile(packagePath('src', 'verify', 'testdata', f)))));
  const r = await verifyDocument(analyzeDocument(readArticleFile(path)), ledger, undefined, '2025-03-25');
  const date = r.claims.find((c) => c.kind === 'event-date');
  assert.equal(date?.verdict, 'contradicted');
  assert.match(date!.explanation, /2025-03-18, reported by 3 sources, not in June 2023/);
  const title = r.claims.find((c) => c.text === 'former U.S. President Donald Trump');
  assert.equal(title?.verdict, 'contradicted');
  assert.match(title!.explanation, /the article dates it "June 2023".*sitting President of the United States/);
  assert.equal(r.commitments.find((c) => c.commitment.kind === 'pledge')?.state?.lifecycle, 'in-force');
});
