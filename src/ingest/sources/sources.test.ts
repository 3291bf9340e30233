/**
 * Sources: a folder is walked recursively (readable extensions only, hidden entries skipped); news JSONL lines
 * become documents with date provenance "record", bad lines failures with their line number; .json records
 * and standard input work too.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, test } from 'node:test';
import type { IngestItem } from '../items.js';
import { walkFiles } from './files.js';
import { readSources } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-sources-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function collect(specs: string[], stdin?: string): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readSources(specs, { allowHosts: [] }, Readable.from([stdin ?? '']))) out.push(item);
  return out;
}

test('folders are walked recursively, readable files only, sorted', () => {
  mkdirSync(join(dir, 'tree', 'sub'), { recursive: true });
  mkdirSync(join(dir, 'tree', '.hidden'), { recursive: true });
  writeFileSync(join(dir, 'tree', 'b.md'), 'Title: B\nDate: 2025-03-19\n\nKyiv and Moscow traded accusations on Wednesday.');
  writeFileSync(join(dir, 'tree', 'sub', 'a.txt'), 'Envoys met in Riyadh on Monday.');
  writeFileSync(join(dir, 'tree', 'photo.png'), 'not text');
  writeFileSync(join(dir, 'tree', '.hidden', 'c.txt'), 'hidden');
  assert.deepEqual([...walkFiles([join(dir, 'tree')])].map((p) => p.slice(dir.length)), ['/tree/b.md', '/tree/sub/a.txt']);
});

test('a folder of articles becomes documents with header dates', async () => {
  const items = await collect([join(dir, 'tree')]);
  assert.deepEqual(items.map((i) => i.kind), ['document', 'document']);
  const b = items[0]!;
  assert.ok(b.kind === 'document');
  assert.equal(b.doc.published, '2025-03-19');
  assert.equal(b.doc.publishedProvenance, 'header');
});

test('news JSONL: records become documents; bad lines are failures with their line number', async () => {
  const file = join(dir, 'news.jsonl');
  writeFileSync(file, [
    JSON.stringify({ id: 'n1', source: 'Harbour Times', url: 'https://example.org/n1', published: '2024-05-02T10:00:00Z', title: 'Talks', text: 'Delegations met in Doha on Thursday.' }),
    '{not json',
    JSON.stringify({ id: 'n3', title: 'No text' }),
    '',
    JSON.stringify({ id: 'n5', text: 'Undated report about a ceasefire proposal.' }),
  ].join('\n'));
  const items = await collect([file]);
  assert.deepEqual(items.map((i) => i.kind), ['document', 'failure', 'failure', 'document']);
  const [first, badJson, badRecord, undated] = items;
  assert.ok(first?.kind === 'document' && badJson?.kind === 'failure' && badRecord?.kind === 'failure' && undated?.kind === 'document');
  assert.equal(first.doc.published, '2024-05-02');
  assert.equal(first.doc.publishedProvenance, 'record');
  assert.deepEqual(first.doc.source, { kind: 'jsonl', uri: 'https://example.org/n1', name: 'Harbour Times' });
  assert.equal(badJson.item, 'line 2');
  assert.equal(badJson.error.code, 'INPUT_BAD_JSON');
  assert.equal(badRecord.item, 'line 3');
  assert.equal(badRecord.error.code, 'INPUT_BAD_RECORD');
  assert.equal(undated.doc.published, null);
});

test('news JSONL: an oversized record or a line that is not UTF-8 fails alone; the next line is still read', async () => {
  const file = join(dir, 'mixed.jsonl');
  const huge = JSON.stringify({ id: 'big', text: 'Talks resumed. '.repeat(70_000) });
  const ok = JSON.stringify({ id: 'ok', text: 'Envoys met in Geneva on Friday.' });
  writeFileSync(file, Buffer.concat([Buffer.from(huge + '\n'), Buffer.from('{"id":"latin","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n' + ok + '\n')]));
  const items = await collect([file]);
  assert.deepEqual(items.map((i) => (i.kind === 'failure' ? i.error.code : i.kind)), ['INPUT_TOO_LARGE', 'INPUT_BAD_ENCODING', 'document']);
  assert.deepEqual(items.map((i) => ('item' in i ? i.item : undefined)), ['line 1', 'line 2', 'line 3']);
});

test('.json arrays of records, missing paths, and standard input', async () => {
  const file = join(dir, 'records.json');
  writeFileSync(file, JSON.stringify([{ text: 'First record text.' }, { text: 'Second record text.', published: '2023-01-05' }]));
  const items = await collect([file, join(dir, 'nope.txt'), '-'], 'Title: Piped\n\nA statement read from standard input.');
  assert.deepEqual(items.map((i) => i.kind), ['document', 'document', 'failure', 'document']);
  const missing = items[2]!;
  assert.ok(missing.kind === 'failure');
  assert.equal(missing.error.code, 'INPUT_NOT_FOUND');
  const piped = items[3]!;
  assert.ok(piped.kind === 'document');
  assert.equal(piped.doc.title, 'Piped');
  assert.equal(piped.doc.source.kind, 'stdin');
});
