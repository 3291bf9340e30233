/**
 * `parley code` input lines: what is accepted and what is reported with an error code.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParleyError } from '../../core/errors.js';
import { codeText } from '../../pipeline/events/pipeline.js';
import { MAX_ARTICLE_CHARS } from '../../ingest/read-input.js';
import { codeLine, eventsJson, parseCodeLine } from './code.js';

test('a line needs an id and a text; the date is optional', () => {
  assert.deepEqual(parseCodeLine('{"id":"a","text":"Russia shelled Kyiv."}'), { id: 'a', text: 'Russia shelled Kyiv.', date: null });
  assert.deepEqual(parseCodeLine('{"id":7,"text":"x","date":"2022-03-01"}'), { id: '7', text: 'x', date: '2022-03-01' });
});

test('malformed lines raise coded errors', () => {
  const code = (line: string) => { try { parseCodeLine(line); return 'ok'; } catch (e) { return (e as ParleyError).fullCode; } };
  assert.equal(code('not json'), 'PARLEY_E_INPUT_BAD_JSON');
  assert.equal(code('[1,2]'), 'PARLEY_E_INPUT_BAD_RECORD');
  assert.equal(code('{"id":"a"}'), 'PARLEY_E_INPUT_BAD_RECORD');
  assert.equal(code('{"id":"a","text":"x","date":"soon"}'), 'PARLEY_E_DATE_INVALID');
});

test('events are written with the quoted trigger', () => {
  const doc = codeText('Poland expelled 45 Russian diplomats.', '2022-04-01');
  const [e] = eventsJson(doc);
  assert.equal(e?.evidence.trigger.text, 'expelled');
  assert.equal(e?.type, 'SANCTION');
});

test('a text over the character limit is INPUT_TOO_LARGE; an overlong sentence is coded with a warning', () => {
  assert.throws(() => parseCodeLine(JSON.stringify({ id: 'big', text: 'a '.repeat(MAX_ARTICLE_CHARS / 2 + 1) })), (e: ParleyError) => e.code === 'INPUT_TOO_LARGE');
  const text = Array.from({ length: 50 }, () => 'Russian troops shelled the outskirts of Kharkiv while officials talked').join(', ') + '.';
  const record = codeLine(JSON.stringify({ id: 'long', text, date: '2022-03-01' }));
  assert.deepEqual(record.warnings?.map((w) => w.code), ['PARLEY_W_SENTENCE_SPLIT']);
  assert.ok(record.events.length > 0);
  assert.equal(codeLine(JSON.stringify({ id: 's', text: 'Poland expelled 45 Russian diplomats.' })).warnings, undefined);
});
