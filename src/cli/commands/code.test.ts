/**
 * `parley code` input lines: what is accepted and what is reported with an error code.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParleyError } from '../../core/errors.js';
import { codeText } from '../../pipeline/events/pipeline.js';
import { eventsJson, parseCodeLine } from './code.js';

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
