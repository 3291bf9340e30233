/**
 * End to end over our own fixture reports of the 18 March 2025 call (src/verify/testdata): analysed with the
 * default pipeline, held in a ledger (in memory, SQLite, and PostgreSQL when PARLEY_TEST_PG is set), then an
 * article that misdates the call and mistitles Trump is checked against it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { packagePath } from '../core/paths.js';
import type { Document } from '../core/types.js';
import { articleFromText, readArticleFile } from '../ingest/read-input.js';
import { analyzeDocument } from '../services/analyze.service.js';
import { openStore } from '../store/index.js';
import { postgresTestLedger, PG_SKIP_MESSAGE, sqliteTestLedger } from '../store/testing.js';
import { storeLedger } from '../services/ledger.service.js';
import { claimReviews, checkDocument } from '../services/check.service.js';
import { verifyDocument, type CheckResult } from './document.js';
import type { Ledger } from './ledger.js';
import { memoryLedger } from './memory-ledger.js';

const FIXTURES = ['call-wire.md', 'call-daily.md', 'call-weekly.md', 'accusation.md', 'denial.md'];
const fixtures = (): Document[] => FIXTURES.map((f) => analyzeDocument(readArticleFile(packagePath('src', 'verify', 'testdata', f))));

/** Our own misdated commentary, in the manner of the seed article. */
const MISDATED = [
  'The conversation between former U.S. President Donald Trump and Russian President Vladimir Putin drew wide attention.',
  "Putin's promise to refrain from strikes on Ukraine's power grid for 30 days gave some hope.",
  'Looking back, the June 2023 phone call between Trump and Putin changed the tone of the war.',
].join(' ');
const misdated = () => analyzeDocument(articleFromText(MISDATED, { kind: 'text', uri: 'misdated' }));

function assertTheCallIsMisdated(r: CheckResult): void {
  const date = r.claims.find((c) => c.kind === 'event-date');
  assert.equal(date?.verdict, 'contradicted', date?.explanation);
  assert.match(date!.explanation, /on 2025-03-18, reported by 3 sources, not in June 2023/);
  assert.ok(date!.evidence.filter((e) => e.kind === 'ledger').length >= 3);
  const title = r.claims.find((c) => c.kind === 'role' && c.subject === 'Donald Trump');
  assert.equal(title?.verdict, 'contradicted', title?.explanation);
  assert.match(title!.explanation, /^On 2025-03-18 \(the date of the conversation in the ledger, reported by 3 sources with the same pledge on energy infrastructure; the article dates it "June 2023"\), Donald Trump was the sitting President/);
  assert.ok(title!.evidence.some((e) => e.kind === 'knowledge') && title!.evidence.some((e) => e.kind === 'ledger'));
  const putin = r.claims.find((c) => c.kind === 'role' && c.subject === 'Vladimir Putin');
  assert.equal(putin?.verdict, 'supported');
}

function assertThePledge(r: CheckResult, asOf: string, lifecycle: string): void {
  const pledge = r.commitments.find((c) => c.commitment.kind === 'pledge');
  assert.ok(pledge?.merged, 'the pledge is found in the ledger');
  assert.equal(pledge.merged.starts, '2025-03-18');
  assert.equal(pledge.merged.ends, '2025-04-16');
  assert.equal(pledge.merged.scope, 'energy infrastructure');
  assert.deepEqual(pledge.merged.by.map((b) => b.code), ['RUS']);
  assert.ok((pledge.merged.citations?.length ?? 0) >= 4, 'three reports plus the article');
  assert.equal(pledge.state?.asOf, asOf);
  assert.equal(pledge.state?.lifecycle, lifecycle);
  const [violation] = pledge.state!.violations;
  assert.equal(violation?.standing, 'denied', 'accused by Kyiv, denied by the Kremlin');
  assert.deepEqual(violation?.accuser.map((a) => a.code), ['UKR']);
  assert.equal(violation?.date, '2025-03-19');
}

test('in memory: the misdated call and the title are contradicted; the pledge is in force, then expired', async () => {
  const ledger = memoryLedger(fixtures());
  const doc = misdated();
  assertTheCallIsMisdated(await verifyDocument(doc, ledger, undefined, '2025-03-25'));
  assertThePledge(await verifyDocument(doc, ledger, undefined, '2025-03-25'), '2025-03-25', 'in-force');
  assertThePledge(await verifyDocument(doc, ledger, undefined, '2025-05-01'), '2025-05-01', 'expired');
});

test('documents that date the call themselves count as reports even when no event was coded', async () => {
  const uncoded = fixtures().map((d) => ({ ...d, layers: { ...d.layers, events: [] } }));
  assertTheCallIsMisdated(await verifyDocument(misdated(), memoryLedger(uncoded), undefined, '2025-03-25'));
});

test('without a ledger the article is judged on its own date, and the event date stays unverified', async () => {
  const r = await verifyDocument(misdated(), null);
  assert.equal(r.claims.find((c) => c.kind === 'event-date')?.verdict, 'unverified');
  const title = r.claims.find((c) => c.kind === 'role' && c.subject === 'Donald Trump');
  assert.equal(title?.verdict, 'supported', 'in June 2023 Trump was a former president');
  assert.match(title!.explanation, /June 2023/);
});

test('a misdated call with nothing tying it to the ledger\'s call stays unverified', async () => {
  const doc = analyzeDocument(articleFromText('The June 2023 phone call between Trump and Putin was short.', { kind: 'text', uri: 'loose' }));
  const date = (await verifyDocument(doc, memoryLedger(fixtures()))).claims.find((c) => c.kind === 'event-date');
  assert.equal(date?.verdict, 'unverified');
  assert.match(date!.explanation, /nothing in the article ties it/);
});

test('a correctly dated report of the call is supported', async () => {
  const doc = analyzeDocument(articleFromText('Trump and Putin spoke by phone on March 18, 2025, about the war.', { kind: 'text', uri: 'ok' }));
  const r = await verifyDocument(doc, memoryLedger(fixtures()));
  const date = r.claims.find((c) => c.kind === 'event-date');
  assert.equal(date?.verdict, 'supported', date?.explanation);
});

test('statements of when the pause started or ended are judged against its merged record', async () => {
  const ledger = memoryLedger(fixtures());
  const judge = async (text: string) => {
    const doc = analyzeDocument(articleFromText(text, { kind: 'text', uri: 'dates' }, { date: '2025-05-02' }));
    return (await verifyDocument(doc, ledger)).claims.find((c) => c.kind === 'commitment-date');
  };
  assert.equal((await judge("Russia's pause on strikes against energy infrastructure took effect on March 18, 2025."))?.verdict, 'supported');
  const wrong = await judge("Russia's moratorium on attacks on energy facilities expired on April 30, 2025.");
  assert.equal(wrong?.verdict, 'contradicted');
  assert.match(wrong!.explanation, /ended on 2025-04-16, not April 30, 2025/);
  assert.equal((await judge('The ceasefire on nuclear plants ended on April 30, 2025.'))?.verdict, 'unverified');
});

async function onStore(url: string): Promise<void> {
  const store = await openStore(url);
  try {
    await store.saveDocuments(fixtures());
    const ledger: Ledger = storeLedger(store);
    assertTheCallIsMisdated(await verifyDocument(misdated(), ledger, undefined, '2025-03-25'));
    assertThePledge(await verifyDocument(misdated(), ledger, undefined, '2025-05-01'), '2025-05-01', 'expired');
    const report = await checkDocument(articleFromText(MISDATED, { kind: 'text', uri: 'https://example.org/misdated' }), store, '2025-03-25');
    const reviews = claimReviews(report);
    assert.deepEqual(reviews.map((r) => r.reviewRating.alternateName), ['Contradicted', 'Contradicted'], 'contradicted claims only by default');
    assert.equal((reviews[0]!.itemReviewed.appearance[0] as { url?: string }).url, 'https://example.org/misdated');
    const words = reviews.map((r) => r.claimReviewed);
    assert.ok(words.includes('Donald Trump was a former President of the United States at the time of the June 2023 conversation'), words.join(' | '));
    assert.ok(words.includes('The phone call between Donald Trump and Vladimir Putin took place in June 2023'), words.join(' | '));
    assert.equal(reviews[0]!.datePublished, new Date().toISOString().slice(0, 10), 'the day the verdict was made');
    assert.match(reviews[0]!.url, /\/review\/sha256%3A[0-9a-f]+\/k\d+$/);
    assert.ok(claimReviews(report, { supported: true }).length > reviews.length);
  } finally {
    await store.close();
  }
}

test('on a SQLite ledger', async () => {
  const ledger = sqliteTestLedger();
  try {
    await onStore(ledger.url);
  } finally {
    await ledger.drop();
  }
});

test('on a PostgreSQL ledger', async (t) => {
  const ledger = await postgresTestLedger();
  if (!ledger) return t.skip(PG_SKIP_MESSAGE);
  try {
    await onStore(ledger.url);
  } finally {
    await ledger.drop();
  }
});
