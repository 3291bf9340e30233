/**
 * Exports from a small ledger: CSV quoting, GDELT rows with 58 columns that Parley's own GDELT reader accepts
 * (cluster counts as NumSources), PLOVER records, Analysis JSON for documents, ClaimReview JSON-LD.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parseGdeltLine } from '../../ingest/gdelt.js';
import { openStore, type Store } from '../../store/index.js';
import { analysedDoc, sqliteTestLedger, type TestLedger } from '../../store/testing.js';
import { exportLedger, type ExportRequest } from './index.js';

let ledger: TestLedger;
let store: Store;

before(async () => {
  ledger = sqliteTestLedger();
  store = await openStore(ledger.url);
  const a = analysedDoc('Russia shelled Kharkiv, officials said, on Tuesday. "It was the worst night," the mayor said.', {
    published: '2022-03-02', source: { kind: 'url', uri: 'https://a.example.org/kharkiv', name: 'Wire A' },
    events: [{ actor: 'RUS', recipient: 'UKR', type: 'ASSAULT', cameo: '195', date: '2022-03-01', evidence: 'Russia shelled Kharkiv, officials said, on Tuesday.' }],
  });
  const b = analysedDoc('Kharkiv was shelled by Russian artillery on Tuesday night.', {
    published: '2022-03-02', source: { kind: 'url', uri: 'https://b.example.org/k', name: 'Wire B' },
    events: [{ actor: 'RUS', recipient: 'UKR', type: 'ASSAULT', cameo: '195', date: '2022-03-01', evidence: 'Kharkiv was shelled by Russian artillery' }],
  });
  const text = 'Former President Trump spoke with Putin by phone.';
  const c = analysedDoc(text, { published: '2025-03-19', source: { kind: 'url', uri: 'https://c.example.org/call', name: 'Wire C' } });
  c.layers.claims = [{
    id: 'k1', kind: 'role', text: 'Former President Trump', span: { start: 0, end: 22 }, sentence: 0, subject: 'Donald Trump',
    asserted: { status: 'former' }, verdict: 'contradicted', explanation: 'On 2025-03-18 Donald Trump was the sitting president.', evidence: [{ kind: 'knowledge', ref: 'Q22686' }],
  }];
  await store.saveDocuments([a, b, c]);
});
after(async () => {
  await store.close();
  await ledger.drop();
});

async function run(req: ExportRequest): Promise<{ n: number; out: string }> {
  let out = '';
  const n = await exportLedger(store, req, (s) => { out += s; });
  return { n, out };
}

test('csv: a header, one row per event, fields with commas and quotes quoted', async () => {
  const { n, out } = await run({ format: 'csv' });
  assert.equal(n, 2);
  const lines = out.trimEnd().split('\r\n');
  assert.equal(lines.length, 3);
  assert.match(lines[0]!, /^uid,day,date,actor,/);
  assert.ok(lines.some((l) => l.endsWith(',"Russia shelled Kharkiv, officials said, on Tuesday.",day')));
});

test('gdelt: 58 columns that the GDELT importer reads back, with cluster counts', async () => {
  const { n, out } = await run({ format: 'gdelt', filter: { actor: 'RUS' } });
  assert.equal(n, 2);
  const rows = out.trimEnd().split('\n');
  for (const [i, line] of rows.entries()) {
    assert.equal(line.split('\t').length, 58);
    const parsed = parseGdeltLine(line, i + 1);
    assert.ok(parsed?.ok, parsed && !parsed.ok ? parsed.error.message : 'empty');
    assert.equal(parsed.event.type, 'ASSAULT');
    assert.equal(parsed.event.actor[0]?.code, 'RUS');
    assert.equal(parsed.event.extra.NumSources, 2);
  }
  assert.equal(rows[0]!.split('\t')[1], '20220301');
});

test('plover: records with id, date, actor, recipient, event and citation', async () => {
  const { out } = await run({ format: 'plover' });
  const first = out.trimEnd().split('\n').map((l) => JSON.parse(l)).find((r) => r.cite_info.publication === 'Wire A');
  assert.equal(first.date, '2022-03-01');
  assert.deepEqual(first.event, ['ASSAULT']);
  assert.equal(first.actor[0].code, 'RUS');
  assert.equal(first.recipient[0].code, 'UKR');
  assert.equal(first.cite_info.url, 'https://a.example.org/kharkiv');
});

test('jsonl documents are Analysis objects; other formats refuse documents', async () => {
  const { n, out } = await run({ format: 'jsonl', what: 'documents' });
  assert.equal(n, 3);
  assert.ok(out.trimEnd().split('\n').every((l) => JSON.parse(l).schema === 'parley.analysis/1'));
  await assert.rejects(run({ format: 'plover', what: 'documents' }), /use format jsonl for documents/);
});

test('claimreview: a JSON-LD array with claimReviewed, rating, item reviewed and author', async () => {
  const { n, out } = await run({ format: 'claimreview' });
  assert.equal(n, 1);
  const [review] = JSON.parse(out);
  assert.equal(review['@type'], 'ClaimReview');
  assert.equal(review.claimReviewed, 'Former President Trump');
  assert.equal(review.reviewRating.alternateName, 'Contradicted');
  assert.equal(review.itemReviewed.appearance[0].url, 'https://c.example.org/call');
  assert.equal(review.itemReviewed.datePublished, '2025-03-19');
  assert.equal(review.author.name, 'Parley');
});
