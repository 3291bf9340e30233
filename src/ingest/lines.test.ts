/**
 * Lines where a bad spot costs only its line: CR-only and mixed line ends (also a CRLF split across chunks),
 * one NUL in the first bytes, UTF-16 in both byte orders, and an overlong line among good ones.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectEncoding, readLines } from './lines.js';

async function lines(chunks: Buffer[], max = 1000): Promise<string[]> {
  const out: string[] = [];
  for await (const l of readLines((async function* () { yield* chunks; })(), 'in', max)) out.push(l.error ? `${l.lineNo} ${l.error.code}` : `${l.lineNo} ${l.text}`);
  return out;
}
const b = (s: string) => Buffer.from(s, 'utf8');

test('CR-only, CRLF and LF line ends, also with a CRLF split across chunks', async () => {
  assert.deepEqual(await lines([b('a\rb\r\nc\nd\r'), b('\ne\r'), b('f')]), ['1 a', '2 b', '3 c', '4 d', '5 e', '6 f']);
});

test('one NUL in the first bytes costs only its line', async () => {
  assert.deepEqual(await lines([b('{"a":1}\n{"b":\u0000}\n{"c":3}\n')]), ['1 {"a":1}', '2 INPUT_NOT_TEXT', '3 {"c":3}']);
});

test('UTF-16 in both byte orders, with and without a mark, is read line by line', async () => {
  const text = 'first line\r\nsecond line\nthird';
  const le = Buffer.from('\uFEFF' + text, 'utf16le');
  assert.equal(detectEncoding(le), 'utf-16le');
  assert.deepEqual(await lines([le.subarray(0, 7), le.subarray(7)]), ['1 first line', '2 second line', '3 third']);
  const be = Buffer.from(text, 'utf16le').swap16();
  assert.equal(detectEncoding(be), 'utf-16be');
  assert.deepEqual(await lines([be]), ['1 first line', '2 second line', '3 third']);
});

test('an overlong line is skipped between good ones; a UTF-8 mark is dropped', async () => {
  assert.deepEqual(await lines([b('\uFEFFok\n' + 'x'.repeat(50)), b('x'.repeat(50) + '\rlast')], 80), ['1 ok', '2 INPUT_TOO_LARGE', '3 last']);
});
