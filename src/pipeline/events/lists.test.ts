import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventRecord } from '../../core/types.js';
import { codeText } from './pipeline.js';

const events = (text: string): EventRecord[] => codeText(text, '2022-06-01').layers.events;
const sides = (all: EventRecord[], type: string) => new Set(all.filter((e) => e.type === type).flatMap((e) => [...e.actor, ...e.recipient].map((r) => r.code)));

test('a list after "of" stays whole inside its noun phrase, whatever verb follows', () => {
  assert.deepEqual([...sides(events('A meeting of the foreign ministers of the United States, Japan, and South Korea was held in Tokyo.'), 'CONSULT')].sort(),
    ['JPN', 'KOR', 'USA']);
  assert.deepEqual([...sides(events('Leaders held a summit of France, Germany, and Poland in Warsaw.'), 'CONSULT')].sort(), ['DEU', 'FRA', 'POL']);
});

test('a list item with an article ("and the United Nations") belongs to the list, on either side of the verb', () => {
  assert.deepEqual([...sides(events('Talks between Russia, Ukraine and the United Nations ended on Friday.'), 'CONSULT')].sort().length, 3);
  const signed = events('Russia, Ukraine and the United Nations signed the grain deal.');
  assert.equal(sides(signed, signed[0]!.type).size, 3);
});

test('a list has one closing "and": a second one starts a new clause, even past an adverb', () => {
  const all = events('Lavrov held talks in Moscow with Iran, Turkey, and Syria, and Russia then condemned Israel.');
  const talks = all.find((e) => e.type === 'CONSULT');
  assert.deepEqual(talks?.recipient.map((r) => r.code).sort(), ['IRN', 'SYR', 'TUR']);
  assert.ok(all.some((e) => e.type === 'ACCUSE' && e.actor[0]?.code === 'RUS'));
});
