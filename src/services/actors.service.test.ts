/** Display names of actor codes for titles and graph labels. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorName } from './actors.service.js';

test('an actor code is shown by its name; a generic agent without a country as "Unidentified actor"', () => {
  assert.equal(actorName('RUS'), 'Russia');
  assert.equal(actorName('---'), 'Unidentified actor');
  assert.equal(actorName('QQQ'), null, 'a code the knowledge base does not know has no name');
});
