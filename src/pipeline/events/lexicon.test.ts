/**
 * Tests of the trigger lexicon's matching on sentences written for these tests: which tokens may start a pattern.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeText } from './pipeline.js';

const coded = (text: string) => codeText(text, '2022-03-15').layers.events.map((e) => `${e.type} ${e.cameo}`);

test('a verb pattern never starts at a noun after an article or a possessive ("Kyiv’s forces have carried out")', () => {
  for (const text of ["Kyiv's forces have carried out strikes on Belgorod.", 'The forces have carried out raids in Kherson.', 'Its forces carried out an attack on Donetsk.']) {
    const found = coded(text);
    assert.ok(!found.some((c) => c.startsWith('SANCTION')), `no expulsion ("force out") in "${text}": ${found}`);
  }
  assert.ok(coded('Russia forced Ukrainian diplomats out of Moscow.').some((c) => c === 'SANCTION 166'), 'the verb itself still expels');
});
