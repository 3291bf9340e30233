import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ActorMention } from '../../core/types.js';
import { nameWords, sameActor, sameCode, soleNamedBefore } from './named-before.js';

let at = 0;
const m = (text: string, code: string, over: Partial<ActorMention> = {}): ActorMention => {
  const start = at;
  at += text.length + 10;
  return { start, end: start + text.length, text, code, kind: 'organisation', sentence: 0, sector: 'GOV', ...over };
};

test('a phrase names the last earlier mention whose name holds its words, only when all such mentions are one actor', () => {
  const kenya = m("Kenya's Interior Ministry", 'KEN');
  const uganda = m('Uganda', 'UGA', { kind: 'country', sector: undefined });
  assert.equal(soleNamedBefore(['ministry'], [kenya, uganda], sameCode), kenya);
  assert.deepEqual(nameWords(kenya), ['kenya', 's', 'interior', 'ministry']);
  // two ministries of two countries: no one
  const turkey = m('the Turkish Foreign Ministry', 'TUR');
  assert.equal(soleNamedBefore(['ministry'], [kenya, turkey], sameCode), null);
  // every word must be in the name: "interior ministry" is Kenya's even with Turkey's foreign ministry in reach
  assert.equal(soleNamedBefore(['interior', 'ministry'], [kenya, turkey], sameCode), kenya);
});

test('a place, a person and a mention without a country are never named again this way', () => {
  const place = m('the Kyiv city council', 'UKR', { kind: 'place' });
  const person = m('Council chair Ivan Petrov', 'UKR', { kind: 'person' });
  const unknown = m('the council', '---', { kind: 'sector' });
  assert.equal(soleNamedBefore(['council'], [place, person, unknown], sameCode), null);
});

test('the same actor may be asked by code alone or by code and sector', () => {
  const army = m('the Russian Defence Ministry', 'RUS', { sector: 'MIL' });
  const gov = m('the Russian Finance Ministry', 'RUS', { sector: 'GOV' });
  assert.equal(soleNamedBefore(['ministry'], [army, gov], sameCode), gov);
  assert.equal(soleNamedBefore(['ministry'], [army, gov], sameActor), null);
});
