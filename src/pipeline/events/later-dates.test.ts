/**
 * A date of a noun the act came before ("before a key meeting on Wednesday") is no date of the act, and so does
 * not make a past act future (context.ts `datesLaterNoun`), on sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeText } from './pipeline.js';

const first = (text: string, published: string) => codeText(text, published).layers.events[0];

test('an act before a later occasion keeps the publication date and stays asserted', () => {
  // published on Monday 2022-06-13: the meeting is on the coming Wednesday
  for (const text of ['Kyiv has called on its partners to deliver 200 artillery systems, 100 tanks and 50 jets before a crucial summit on Wednesday amid doubts in several capitals.',
    'Ukraine has called on its allies to supply 200 howitzers and 300 rocket launchers before a key meeting on Wednesday.']) {
    const e = first(text, '2022-06-13');
    assert.ok(e, text);
    assert.equal(e.modality, 'asserted', text);
    assert.equal(e.date, '2022-06-13', text);
  }
});

test('a date of the act itself still dates it', () => {
  const e = first('Russia shelled Kharkiv on Sunday before the talks.', '2022-06-13');
  assert.equal(e?.date, '2022-06-12');
  assert.equal(first('The ministers will meet in Brussels on Wednesday to discuss tanks.', '2022-06-13')?.modality, 'future');
});
