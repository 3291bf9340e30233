/**
 * Event-date claims and the records of one occasion: only reports that the event happened count (never a preview,
 * a plan or a hypothetical), sources count by distinct outlet, nominal mentions ("In a phone call in June 2023, X
 * and Y agreed …", "since March 18, when X and Y spoke") are dated claims, and an article's commitment ties it to
 * the ledger's event even when the article dates both to an earlier year. Our own sentences, in memory.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { packagePath } from '../core/paths.js';
import type { Document } from '../core/types.js';
import { articleFromText, readArticleFile } from '../ingest/read-input.js';
import { analyzeDocument } from '../services/analyze.service.js';
import { verifyDocument } from './document.js';
import { memoryLedger } from './memory-ledger.js';

const FIXTURES = ['call-wire.md', 'call-daily.md', 'call-weekly.md', 'accusation.md', 'denial.md'];
const fixtures = (): Document[] => FIXTURES.map((f) => analyzeDocument(readArticleFile(packagePath('src', 'verify', 'testdata', f))));
const article = (text: string, date: string | null, name = 'Checked Daily', uri = 'https://example.org/checked') =>
  analyzeDocument(articleFromText(text, { kind: 'text', uri, name }, date ? { date } : {}));

test('a preview of a call is never cited as evidence that the call happened', async () => {
  const previews = [
    article('U.S. President Donald Trump is expected to hold a phone call with Russian President Vladimir Putin today, the White House said.', '2025-06-12', 'Wire One', 'https://example.org/p1'),
    article('Donald Trump will speak with Vladimir Putin by phone on Thursday, officials said.', '2025-06-10', 'Paper Two', 'https://example.org/p2'),
    article('Donald Trump and Vladimir Putin could hold talks on June 12 if the ceasefire holds.', '2025-06-09', 'Weekly Three', 'https://example.org/p3'),
  ];
  for (const p of previews) assert.equal(p.layers.claims?.filter((c) => c.kind === 'event-date').length ?? 0, 0, `no dated mention in a preview: ${p.text}`);
  const r = await verifyDocument(article('Donald Trump and Vladimir Putin spoke by phone on June 12, 2025.', '2025-06-14'), memoryLedger(previews));
  const date = r.claims.find((c) => c.kind === 'event-date');
  assert.ok(date, 'the past-tense report is a dated claim');
  assert.notEqual(date.verdict, 'supported', date.explanation);
  const cited = new Set(date.evidence.map((e) => e.documentId));
  for (const p of previews) assert.ok(!cited.has(p.id), `preview cited: ${p.text}`);
});

test('two reports from one outlet are one source', async () => {
  const same = [
    article('Donald Trump and Vladimir Putin spoke by phone on June 12, 2025, the Kremlin said.', '2025-06-13', 'Same Outlet', 'https://example.org/s1'),
    article('Donald Trump and Vladimir Putin spoke by telephone on June 12, 2025, about the war.', '2025-06-13', 'Same Outlet', 'https://example.org/s2'),
  ];
  const r = await verifyDocument(article('Donald Trump and Vladimir Putin spoke by phone on June 12, 2025.', '2025-06-20'), memoryLedger(same));
  assert.equal(r.claims.find((c) => c.kind === 'event-date')?.verdict, 'unverified');
  const two = [same[0]!, article('Donald Trump and Vladimir Putin spoke by telephone on June 12, 2025, about the war.', '2025-06-13', 'Other Outlet', 'https://example.org/o1')];
  const r2 = await verifyDocument(article('Donald Trump and Vladimir Putin spoke by phone on June 12, 2025.', '2025-06-20'), memoryLedger(two));
  assert.equal(r2.claims.find((c) => c.kind === 'event-date')?.verdict, 'supported');
});

test('"In a phone call in June 2023, X and Y agreed on a 30-day moratorium" is a dated claim, contradicted by the ledger', async () => {
  const doc = article('In a phone call in June 2023, former President Trump and Vladimir Putin agreed on a 30-day moratorium on strikes against energy facilities.', '2025-03-20');
  const own = doc.layers.claims?.find((c) => c.kind === 'event-date');
  assert.equal(own?.asserted.date, '2023-06-01');
  assert.deepEqual(own?.event?.participants.map((p) => p.code).sort(), ['RUS', 'USA']);
  const r = await verifyDocument(doc, memoryLedger(fixtures()), undefined, '2025-03-25');
  const date = r.claims.find((c) => c.kind === 'event-date');
  assert.equal(date?.verdict, 'contradicted', date?.explanation);
  assert.match(date!.explanation, /on 2025-03-18, reported by 3 sources, not in June 2023/);
  const title = r.claims.find((c) => c.kind === 'role' && c.subject === 'Donald Trump');
  assert.equal(title?.verdict, 'contradicted', title?.explanation);
  assert.ok(r.commitments.some((c) => c.merged?.starts === '2025-03-18'), 'the moratorium is the ledger\'s pledge of 2025-03-18');
});

test('other nominal mentions are dated claims', () => {
  const when = article('Energy strikes have stopped since March 18, when Donald Trump and Vladimir Putin spoke by phone.', '2025-03-25');
  assert.equal(when.layers.claims?.find((c) => c.kind === 'event-date')?.asserted.date, '2025-03-18');
  const during = article('During their talks in Riyadh on March 24, Marco Rubio and Sergei Lavrov discussed the Black Sea.', '2025-03-30');
  assert.equal(during.layers.claims?.find((c) => c.kind === 'event-date')?.asserted.date, '2025-03-24');
  for (const text of ['Donald Trump plans to speak with Vladimir Putin on Tuesday.', 'A meeting between Donald Trump and Vladimir Putin is scheduled for Friday.', 'Ahead of the call between Donald Trump and Vladimir Putin on Tuesday, markets rose.']) {
    assert.equal(article(text, '2025-03-16').layers.claims?.filter((c) => c.kind === 'event-date').length ?? 0, 0, text);
  }
});

test('the demo ledger: an article of 2025-03-20 dating the call to June 12, 2023 and calling Trump "former" is contradicted twice, citing the 2025-03-18 records', async () => {
  const dir = packagePath('examples');
  const demo = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => analyzeDocument(readArticleFile(join(dir, f))));
  const doc = article("Former U.S. President Donald Trump and Russian President Vladimir Putin spoke by phone on June 12, 2023. Putin pledged to refrain from attacks on Ukraine's energy infrastructure for 30 days.", '2025-03-20');
  const r = await verifyDocument(doc, memoryLedger(demo));
  const date = r.claims.find((c) => c.kind === 'event-date');
  assert.equal(date?.verdict, 'contradicted', date?.explanation);
  assert.match(date!.explanation, /on 2025-03-18, reported by 2 sources, not on June 12, 2023/);
  const title = r.claims.find((c) => c.kind === 'role' && c.subject === 'Donald Trump');
  assert.equal(title?.verdict, 'contradicted', title?.explanation);
  assert.match(title!.explanation, /^On 2025-03-18 \(the date of the call in the ledger/);
  for (const c of [date!, title!]) assert.ok(c.evidence.filter((e) => e.kind === 'ledger').every((e) => /2025-03-18/.test(e.note ?? '')), 'cites the 2025-03-18 records');
  assert.equal(r.commitments.find((c) => c.commitment.kind === 'pledge')?.merged?.starts, '2025-03-18');
  // the same, with the agreement in the call's own sentence and its parties named as "the two"
  const one = article('Former U.S. President Donald Trump spoke with Vladimir Putin by phone on June 12, 2023, and the two agreed to a 30-day halt to strikes on energy infrastructure.', '2025-03-20');
  const r1 = await verifyDocument(one, memoryLedger(demo));
  for (const kind of ['event-date', 'role']) {
    const c = r1.claims.find((x) => x.kind === kind);
    assert.equal(c?.verdict, 'contradicted', `${kind}: ${c?.explanation}`);
    assert.ok(c!.evidence.filter((e) => e.kind === 'ledger').every((e) => /2025-03-18/.test(e.note ?? '')), 'cites the 2025-03-18 records');
  }
});
