/**
 * End-to-end tests of `parley analyze` through the real binary: bad input gets a code, a message and exit 1
 * while the other files of the same call are still analysed; --json output validates against the schema.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { packagePath } from '../core/paths.js';
import { analysisSchema } from '../services/analysis.schema.js';

const bin = packagePath('bin', 'parley.js');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

const dir = mkdtempSync(join(tmpdir(), 'parley-analyze-'));
const good = join(dir, 'good.md');
writeFileSync(good, 'Title: A call\nDate: 2025-03-19\n\nRussian President Vladimir Putin spoke with U.S. President Donald Trump by phone on Tuesday.\n');

test('unreadable inputs each get their own code; the good file is still analysed; exit status 1', () => {
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const binary = join(dir, 'image.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x00]));
  const latin1 = join(dir, 'latin1.txt');
  writeFileSync(latin1, Buffer.from('Le pr\xe9sident a parl\xe9 \xe0 Moscou.', 'latin1'));
  const truncatedJson = join(dir, 'records.json');
  writeFileSync(truncatedJson, '{"id":"1","text":"Russia attacked');
  const r = run('analyze', join(dir, 'missing.txt'), dir, empty, binary, latin1, truncatedJson, good, '--json');
  assert.equal(r.status, 1);
  for (const code of ['INPUT_NOT_FOUND', 'INPUT_IS_DIRECTORY', 'INPUT_EMPTY', 'INPUT_NOT_TEXT', 'INPUT_BAD_ENCODING', 'INPUT_NOT_ARTICLE']) {
    assert.match(r.stderr, new RegExp(`error PARLEY_E_${code}: .+ \\(hint: .+\\)`), code);
  }
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 1);
  const analysis = analysisSchema.parse(JSON.parse(lines[0]!));
  assert.equal(analysis.document.published, '2025-03-19');
  assert.equal(analysis.document.title, 'A call');
});

test('a bad --date is a usage-level input error, not a crash', () => {
  const r = run('analyze', good, '--date', '2025-02-30');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /PARLEY_E_DATE_INVALID/);
});

test('unknown options and commands exit 2 with a hint', () => {
  assert.equal(run('analyze', good, '--frobnicate').status, 2);
  const r = run('frobnicate');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /PARLEY_E_USAGE/);
});

test('the readable report quotes the source words', () => {
  const r = run('analyze', good);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /== A call/);
  assert.match(r.stdout, /Actors \(\d+\)/);
  assert.match(r.stdout, /Events \(\d+\)/);
});

test('HTML input goes through Readability and keeps its JSON-LD date', () => {
  const html = join(dir, 'page.html');
  const para = 'Ukrainian Foreign Minister Andrii Sybiha met NATO Secretary General Mark Rutte in Brussels to discuss air defence. ';
  writeFileSync(html, `<!doctype html><html><head><title>Sybiha in Brussels</title><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-05-14T09:00:00Z"}</script></head><body><nav>Home | World</nav><article><h1>Sybiha in Brussels</h1><p>${para.repeat(3)}</p><p>${para}</p></article><footer>(c) Example</footer></body></html>`);
  const r = run('analyze', html, '--json');
  assert.equal(r.status, 0, r.stderr);
  const a = analysisSchema.parse(JSON.parse(r.stdout));
  assert.equal(a.document.published, '2025-05-14');
  assert.equal(a.document.publishedProvenance, 'json-ld');
  assert.doesNotMatch(JSON.stringify(a.sentences.length ? 'ok' : 'none'), /none/);
});

test('help for an unknown command is a usage error', () => {
  const r = run('help', 'frobnicate');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /PARLEY_E_USAGE: there is no command "frobnicate"/);
  assert.equal(run('help', 'analyze').status, 0);
});

test('the readable report gives a truce declared in hours in hours', () => {
  const truce = join(dir, 'truce.md');
  writeFileSync(truce, 'Title: A short truce\nDate: 2025-04-19\n\nTurkish President Recep Tayyip Erdogan declared a 36-hour truce on Saturday, ordering Turkish troops to stop all military action until noon on Monday.\n');
  const r = run('analyze', truce);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /ceasefire .*by TUR.*\(36 hours\)/);
});
