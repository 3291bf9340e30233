/**
 * ClaimReview export: contradicted claims by default (supported and unverified ones when asked for), and the
 * appearance never points at a local file: the article's URL when it has one, else no `url` (title and date
 * stay). Run on SQLite and, when PARLEY_TEST_PG is set, PostgreSQL.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ClaimRecord } from '../../core/types.js';
import { openStore } from '../../store/index.js';
import { analysedDoc, PG_SKIP_MESSAGE, postgresTestLedger, sqliteTestLedger, type TestLedger } from '../../store/testing.js';
import { exportLedger, publicUrl } from './index.js';

function claim(id: string, text: string, verdict: ClaimRecord['verdict']): ClaimRecord {
  return {
    id, kind: 'role', text, span: { start: 0, end: text.length }, sentence: 0, subject: 'Someone', asserted: { status: 'former' }, verdict,
    explanation: `checked: ${verdict}`, evidence: [],
  };
}

async function check(t: { skip(m: string): void }, make: () => Promise<TestLedger | null>) {
  const ledger = await make();
  if (!ledger) return t.skip(PG_SKIP_MESSAGE);
  const store = await openStore(ledger.url);
  try {
    const onWeb = analysedDoc('Prime Minister Example met the envoy in Oslo.', { published: '2024-06-01', source: { kind: 'url', uri: 'https://news.example.net/oslo', name: 'Example News' } });
    onWeb.layers.claims = [claim('k1', 'Prime Minister Example', 'supported')];
    const onDisk = analysedDoc('Former Minister Sample flew to Rome for the summit.', { published: '2024-06-03', source: { kind: 'file', uri: '/home/analyst/notes/rome.md' } });
    onDisk.title = 'Rome summit notes';
    onDisk.layers.claims = [claim('k1', 'Former Minister Sample', 'contradicted')];
    const unsure = analysedDoc('Deputy Envoy Nobody attended the talks in Doha.', { published: '2024-06-05', source: { kind: 'url', uri: 'https://wire.example.org/doha' } });
    unsure.layers.claims = [claim('k1', 'Deputy Envoy Nobody', 'unverified')];
    await store.saveDocuments([onWeb, onDisk, unsure]);

    const exportReviews = async (includeUnverified: boolean) => {
      let out = '';
      const n = await exportLedger(store, { format: 'claimreview', includeUnverified }, (s) => { out += s; });
      const reviews = JSON.parse(out) as { claimReviewed: string; reviewRating: { alternateName: string }; itemReviewed: { appearance: Record<string, unknown>[] } }[];
      assert.equal(reviews.length, n);
      return reviews;
    };
    const contradicted = await exportReviews(false);
    assert.deepEqual(contradicted.map((r) => r.reviewRating.alternateName), ['Contradicted'], 'contradicted claims by default');
    let out = '';
    await exportLedger(store, { format: 'claimreview', includeSupported: true }, (s) => { out += s; });
    const verdicts = JSON.parse(out) as typeof contradicted;
    assert.deepEqual(verdicts.map((r) => r.reviewRating.alternateName).sort(), ['Contradicted', 'Supported']);
    const web = verdicts.find((r) => r.claimReviewed === 'Prime Minister Example')! as unknown as { itemReviewed: { appearance: Record<string, unknown>[]; author: { name: string } }; url: string };
    assert.equal(web.itemReviewed.appearance[0]!.url, 'https://news.example.net/oslo');
    assert.equal(web.itemReviewed.author.name, 'Example News', 'the outlet made the claim');
    assert.match(web.url, /^https?:\/\/.+\/k1$/, 'the review has its own address');
    const disk = verdicts.find((r) => r.claimReviewed === 'Former Minister Sample')!;
    assert.equal('url' in disk.itemReviewed.appearance[0]!, false);
    assert.equal(disk.itemReviewed.appearance[0]!.headline, 'Rome summit notes');
    assert.equal(disk.itemReviewed.appearance[0]!.datePublished, '2024-06-03');
    assert.ok(!JSON.stringify(verdicts).includes('/home/analyst'));

    const all = await exportReviews(true);
    assert.equal(all.length, 3);
    assert.ok(all.some((r) => r.reviewRating.alternateName === 'Unverified' && r.itemReviewed.appearance[0]!.url === 'https://wire.example.org/doha'));
  } finally {
    await store.close();
    await ledger.drop();
  }
}

test('claimreview leaves out unverified claims and local paths (SQLite)', (t) => check(t, async () => sqliteTestLedger()));
test('claimreview leaves out unverified claims and local paths (PostgreSQL)', (t) => check(t, postgresTestLedger));

test('publicUrl keeps http(s) addresses only', () => {
  assert.equal(publicUrl('https://example.org/a'), 'https://example.org/a');
  assert.equal(publicUrl('HTTP://example.org/a'), 'HTTP://example.org/a');
  assert.equal(publicUrl('/tmp/a.md'), null);
  assert.equal(publicUrl('news.jsonl#17'), null);
  assert.equal(publicUrl('file:///tmp/a.md'), null);
  assert.equal(publicUrl(undefined), null);
});
