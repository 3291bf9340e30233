/**
 * Fuzzing in the suite: a short run (40 inputs per parser, pieces up to 100 KB) of every mutation kind over
 * every parser, with no crash; and each case the fuzzer found kept as a regression. The long run is
 * `npm run bench -- fuzz` (10,000 inputs per parser, pieces up to 10 MB).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParleyError } from '../../core/errors.js';
import { htmlToArticle } from '../html.js';
import { crashOf, fuzzTarget } from './fuzz.js';
import { FUZZ_TARGETS } from './targets.js';

for (const target of FUZZ_TARGETS) {
  test(`fuzz ${target.name}: 40 mutated inputs, no crash`, async () => {
    const report = await fuzzTarget(target, { runs: 40, seed: 20261206, scale: 100_000 });
    assert.equal(report.inputs, 40);
    assert.deepEqual(report.crashes, []);
    assert.deepEqual(report.lost, []);
    assert.ok(report.slowestMs < 10_000, `slowest input ${report.slowestMs.toFixed(0)} ms (${report.slowestKinds.join('+')})`);
  });
}

const target = (name: string) => FUZZ_TARGETS.find((t) => t.name === name)!;

test('found: a page that opens with CDATA made the DOM library throw a TypeError; it is INPUT_BAD_HTML', async () => {
  assert.throws(() => htmlToArticle('<![CDATA[<<p>The talks went on in Geneva on Monday.</p>'), (e: ParleyError) => e.code === 'INPUT_BAD_HTML');
  assert.equal(await crashOf(target('html'), Buffer.from('<![CDATA[<'.repeat(50) + '<p>The talks went on.</p>')), null);
});

test('found: 11,000 unclosed <p><span> pairs nest 22,000 deep in the DOM (118 s); refused by depth before parsing', async () => {
  const html = '<html><body>' + '<p><span>'.repeat(11_000) + 'The talks went on.</body></html>';
  const t = performance.now();
  assert.throws(() => htmlToArticle(html), (e: ParleyError) => e.code === 'INPUT_TOO_COMPLEX');
  assert.ok(performance.now() - t < 1000);
});

test('the harness counts good records lost: a JSONL reader that drops the last of several records is caught', async () => {
  const jsonl = target('jsonl');
  const dropsLast = { ...jsonl, name: 'drops-last', run: async (bytes: Buffer) => { const out = await jsonl.run(bytes); return out.length > 1 ? out.slice(0, -1) : out; } };
  const report = await fuzzTarget(dropsLast, { runs: 20, seed: 7, scale: 1_000 });
  assert.ok(report.lost.length > 0, 'no input lost a record');
  assert.deepEqual((await fuzzTarget(jsonl, { runs: 20, seed: 7, scale: 1_000 })).lost, []);
});

test('feeds in UTF-16 (either byte order, with a mark) and with CR-only line ends give the records of their UTF-8 form', async () => {
  for (const name of ['feed-xml', 'json']) {
    const t = target(name);
    for (const seed of t.seeds()) {
      const want = await t.run(Buffer.from(seed, 'utf8'));
      const le = Buffer.from('\uFEFF' + seed, 'utf16le');
      for (const bytes of [le, Buffer.from(le).swap16(), Buffer.from(seed.replace(/\r?\n/g, '\r'), 'utf8')]) {
        const got = await t.run(bytes).catch((e: Error) => [`refused: ${e.message}`]);
        assert.equal(got.length, want.length, `${name}: ${got.join(' | ').slice(0, 200)}`);
      }
    }
  }
});

test('found: a UTF-8 file with a mark converted to UTF-16 holds two marks; the JSON is read (it was refused whole)', async () => {
  const json = target('json');
  const seed = json.seeds()[1]!;
  const want = (await json.run(Buffer.from(seed, 'utf8'))).length;
  assert.ok(want > 0);
  const twice = Buffer.from('\uFEFF\uFEFF' + seed, 'utf16le');
  assert.equal((await json.run(twice)).length, want);
  assert.equal((await json.run(Buffer.from(twice).swap16())).length, want);
});

test('found: an article header with CR-only line ends gives its title and date', async () => {
  const [text] = await target('article').run(Buffer.from('Title: Talks resume\rDate: 2025-03-19\r\rThe ministers met in Geneva on Monday.\r', 'utf8'));
  assert.equal(text, 'The ministers met in Geneva on Monday.');
});
