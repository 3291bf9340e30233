/**
 * Questions assert nothing (context.ts `isQuestion`), on sentences written for these tests: the inverted yes/no
 * question the parse reads with "Did" as its main verb included.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeText } from './pipeline.js';

const news = (text: string) => codeText(text, '2023-05-10').layers.events.filter((e) => e.modality !== 'hypothetical');

test('a yes/no question opened by "did", "does" or "do" codes no event of the day', () => {
  for (const text of ['Did Russia bomb the theatre in Mariupol?', 'Did Israeli troops raid the hospital in Gaza?',
    '“Did the army shell the village?”', 'Does Iran supply drones to Russia?']) assert.deepEqual(news(text), [], text);
});

test('the same acts stated, and a question only reported, are still coded', () => {
  assert.equal(news('Russia bombed the theatre in Mariupol.').length, 1);
  assert.equal(news('Israeli troops raided the hospital in Gaza on Tuesday.').length, 1);
  assert.ok(news('Did you know that Russia bombed the theatre in Mariupol in March? Russian jets bombed the theatre again on Monday.').length >= 1);
});
