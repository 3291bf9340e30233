/** personBefore: the last person named before a committing pronoun, within reach, whose gender fits. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ActorMention } from '../../core/types.js';
import { pairBefore, personBefore } from './antecedent.js';

const m = (start: number, sentence: number, code: string, kind: ActorMention['kind'] = 'person', name?: string): ActorMention =>
  ({ start, end: start + 5, sentence, code, kind, ...(name ? { name } : {}) });

test('the last person before the pronoun, not a country named later nor one out of reach', () => {
  const mentions = [m(0, 1, 'DEU'), m(40, 3, 'FRA'), m(60, 3, 'RUS', 'country'), m(200, 5, 'USA')];
  assert.equal(personBefore(mentions, 'he', 100, 4)?.code, 'FRA');
  assert.equal(personBefore(mentions, 'he', 100, 9), null);
});

test('a pronoun of the other gender skips a person whose gender is known', () => {
  const mentions = [m(0, 1, 'GBR', 'person', 'Liz Truss'), m(40, 2, 'USA', 'person', 'Joe Biden')];
  assert.equal(personBefore(mentions, 'she', 100, 2)?.code, 'GBR');
  assert.equal(personBefore(mentions, 'he', 100, 2)?.code, 'USA');
});

test('pairBefore: the last two parties of different countries, places left out', () => {
  const mentions = [m(0, 1, 'KOR'), m(20, 1, 'KOR'), m(40, 2, 'CHN'), m(60, 2, 'UKR', 'place')];
  assert.deepEqual(pairBefore(mentions, 100, 3).map((x) => x.code), ['KOR', 'CHN']);
  assert.deepEqual(pairBefore([m(0, 1, 'KOR')], 100, 3), []);
});
