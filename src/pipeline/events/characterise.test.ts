/** Accusations made by naming (characterise.ts): the name must accuse, and be the name, not the thing named. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeText } from './pipeline.js';

const accusations = (text: string) => codeText(text, '2024-05-12').layers.events.filter((e) => e.type === 'ACCUSE')
  .map((e) => `${e.actor.map((r) => r.code).join('+')}->${e.recipient.map((r) => r.code).join('+')}`);

test('a verb naming its object with an accusing word is an accusation by its subject', () => {
  assert.deepEqual(accusations('The Polish president described the raid as barbaric on Tuesday.'), ['POL->']);
  assert.deepEqual(accusations('The French president called Lukashenko a dictator.'), ['FRA->BLR']);
});

test('a name that does not accuse, the accusing word in the thing named, or no name at all is no accusation', () => {
  assert.deepEqual(accusations('The French president called the summit a success.'), []);
  assert.deepEqual(accusations('The French president called the massacre a tragedy.'), []);
  assert.deepEqual(accusations('The French president described the talks in detail.'), []);
});

test('a speaker predicating an accusing word of someone accuses them; not when denying it, nor with a neutral word', () => {
  assert.deepEqual(accusations('Lithuania said Belarus was responsible for the migrant crisis.'), ['LTU->BLR']);
  assert.deepEqual(accusations('The French president said Lukashenko is a dictator.'), ['FRA->BLR']);
  assert.deepEqual(accusations('Lithuania said Belarus was not responsible for the crisis.'), []);
  assert.deepEqual(accusations('Lithuania said the talks with Belarus were useful.'), []);
});
