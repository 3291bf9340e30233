/**
 * Reading articles: UTF-16 files (with or without a byte-order mark) are decoded as UTF-16 and told apart from
 * binary files and from Latin-1, and an HTML page whose readable text is only a menu is refused as
 * INPUT_BAD_HTML; in an ingest it is a recorded failure with its file while the rest goes on (SQLite and PostgreSQL).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ParleyError } from '../core/errors.js';
import { ingestSources } from '../services/ingest.service.js';
import { openStore } from '../store/index.js';
import { PG_SKIP_MESSAGE, postgresTestLedger, sqliteTestLedger, type TestLedger } from '../store/testing.js';
import { htmlToArticle, looksLikeArticle } from './html.js';
import { articleFromText, decodeText, MAX_ARTICLE_CHARS, MAX_BLANK_RUN, MAX_JSON_LINE_BYTES, readJsonLines, shortenBlankRuns } from './read-input.js';

const SENTENCE = 'The two foreign ministers met in Vienna on Monday to talk about prisoner exchanges.';
const code = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (err) {
    return err instanceof ParleyError ? `${err.code}: ${err.message}` : String(err);
  }
};
const bigEndian = (s: string) => Buffer.from(s, 'utf16le').swap16();

test('UTF-16 is decoded with or without a byte-order mark, in both byte orders', () => {
  for (const bytes of [Buffer.from('\uFEFF' + SENTENCE, 'utf16le'), Buffer.from(SENTENCE, 'utf16le'), bigEndian('\uFEFF' + SENTENCE), bigEndian(SENTENCE)]) {
    assert.equal(decodeText(bytes, 'notes.txt'), SENTENCE);
  }
});

test('binary data, Latin-1 and UTF-8 keep their own answers', () => {
  assert.match(code(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'image.txt')), /^INPUT_NOT_TEXT/);
  assert.match(code(() => decodeText(Buffer.from('Le pr\xe9sident a parl\xe9 \xe0 Moscou.', 'latin1'), 'fr.txt')), /^INPUT_BAD_ENCODING: fr\.txt is not valid UTF-8/);
  assert.equal(decodeText(Buffer.from('\uFEFF' + SENTENCE, 'utf8'), 'bom.txt'), SENTENCE);
});

const NAV_ONLY = '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/contact">Contact us</a></nav></body></html>';

test('a page with only a menu is INPUT_BAD_HTML; a short real article is read', () => {
  assert.match(code(() => htmlToArticle(NAV_ONLY, 'https://example.org/')), /^INPUT_BAD_HTML: https:\/\/example\.org\/ has no article: its readable text is 5 word\(s\) with no sentence/);
  const short = htmlToArticle(`<!doctype html><html><head><title>Talks</title></head><body><article><p>${SENTENCE}</p></article></body></html>`);
  assert.equal(short.text, SENTENCE);
  assert.equal(looksLikeArticle('Home World Sport Contact'), false);
  assert.equal(looksLikeArticle('Ceasefire holds.'), true);
  assert.equal(looksLikeArticle(Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ')), true);
});

async function ingestBadFiles(t: { skip(m: string): void }, make: () => Promise<TestLedger | null>) {
  const ledger = await make();
  if (!ledger) return t.skip(PG_SKIP_MESSAGE);
  const dir = mkdtempSync(join(tmpdir(), 'parley-read-'));
  writeFileSync(join(dir, 'menu.html'), NAV_ONLY);
  writeFileSync(join(dir, 'windows.txt'), Buffer.from('\uFEFF' + SENTENCE, 'utf16le'));
  writeFileSync(join(dir, 'good.txt'), SENTENCE.replace('Monday', 'Tuesday'));
  const store = await openStore(ledger.url);
  try {
    const s = await ingestSources(store, [dir], { allowHosts: [], threads: 1 });
    assert.equal(s.added, 2);
    assert.deepEqual(s.failures.map((f) => [f.source.slice(dir.length + 1), f.code]), [['menu.html', 'PARLEY_E_INPUT_BAD_HTML']]);
    assert.equal((await store.counts()).documents, 2);
  } finally {
    await store.close();
    await ledger.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('an ingest records both and goes on (SQLite)', (t) => ingestBadFiles(t, async () => sqliteTestLedger()));
test('an ingest records both and goes on (PostgreSQL)', (t) => ingestBadFiles(t, postgresTestLedger));

async function lines(chunks: (string | Buffer)[], max?: number) {
  const out: string[] = [];
  for await (const l of readJsonLines((async function* () { for (const c of chunks) yield typeof c === 'string' ? Buffer.from(c) : c; })(), 'in.jsonl', max)) {
    out.push(l.error ? `${l.lineNo} ${l.error.code}` : `${l.lineNo} ${l.text}`);
  }
  return out;
}
const failure = async (chunks: (string | Buffer)[]) => { try { await lines(chunks); return 'ok'; } catch (err) { return (err as ParleyError).code; } };

test('JSON lines: CRLF, blank lines, a BOM and lines split across chunks', async () => {
  assert.deepEqual(await lines(['\uFEFF{"a":1}\r\n\n{"b"', ':2}\n{"c":3}']), ['1 {"a":1}', '3 {"b":2}', '4 {"c":3}']);
});

test('JSON lines: an overlong line is skipped unread, a non-UTF-8 or NUL line is refused, the rest goes on', async () => {
  const long = 'x'.repeat(70);
  assert.deepEqual(await lines([`{"a":1}\n${long}`, `${long}\n{"b":2}\n`, Buffer.from('{"c":"pr\xe9"}\n', 'latin1'), Buffer.from('{"d":1}\n{"e"\0}\n{"f":1}\n')], 100),
    ['1 {"a":1}', '2 INPUT_TOO_LARGE', '3 {"b":2}', '4 INPUT_BAD_ENCODING', '5 {"d":1}', '6 INPUT_NOT_TEXT', '7 {"f":1}']);
  assert.ok(MAX_JSON_LINE_BYTES >= 2 * MAX_ARTICLE_CHARS, 'a line can hold an article at the character limit');
});

test('JSON lines: empty and binary input are refused as a whole; UTF-16 is decoded', async () => {
  assert.equal(await failure([]), 'INPUT_EMPTY');
  assert.deepEqual(await lines([Buffer.from('\uFEFF{"id":"a","text":"Talks."}\r\n{"b":1}', 'utf16le')]), ['1 {"id":"a","text":"Talks."}', '2 {"b":1}']);
  assert.equal(await failure([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x0a, 0x1a])]), 'INPUT_NOT_TEXT');
});

test('article text over the character limit is INPUT_TOO_LARGE; long blank runs are shortened', () => {
  const source = { kind: 'text', uri: 'big.txt' } as const;
  assert.match(code(() => articleFromText('word '.repeat(MAX_ARTICLE_CHARS / 5 + 1), source, {}, false)), /^INPUT_TOO_LARGE: big\.txt holds 1000005 characters/);
  assert.equal(shortenBlankRuns(`a${' '.repeat(MAX_BLANK_RUN)}b`), `a${' '.repeat(MAX_BLANK_RUN)}b`);
  assert.equal(shortenBlankRuns(`a${' \t'.repeat(MAX_BLANK_RUN)}b`), 'a b');
  assert.equal(articleFromText(`${SENTENCE}${' '.repeat(50_000)}\nMore talks.`, source, {}, false).text, `${SENTENCE}\nMore talks.`);
});
