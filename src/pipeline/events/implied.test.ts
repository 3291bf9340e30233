/** The side an attack leaves unnamed, from the article's prevailing pair of countries (implied.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventRecord } from '../../core/types.js';
import { impliedParties } from './implied.js';
import { codeText } from './pipeline.js';

const countries = new Set(['RUS', 'UKR', 'USA', 'SYR']);
const isCountry = (c: string) => countries.has(c);
const attack = (actor: string[], recipient: string[], cameo = '190'): EventRecord =>
  ({ type: 'ASSAULT', cameo, actor: actor.map((code) => ({ code })), recipient: recipient.map((code) => ({ code })), negated: false, modality: 'asserted' }) as unknown as EventRecord;
const sides = (e: EventRecord) => `${e.actor.map((r) => r.code + (r.via === 'article' ? '*' : '')).join(',')}->${e.recipient.map((r) => r.code + (r.via === 'article' ? '*' : '')).join(',')}`;

test('an attack naming one side of the article\'s prevailing pair was by, or on, the other', () => {
  const shelledKyiv = attack([], ['UKR']);
  const russianMissile = attack(['RUS'], []);
  const hitBelgorod = attack([], ['RUS']);
  const all = [attack(['RUS'], ['UKR']), attack(['RUS'], ['UKR']), shelledKyiv, russianMissile, hitBelgorod];
  impliedParties(all, new Map(), isCountry);
  assert.deepEqual([shelledKyiv, russianMissile, hitBelgorod].map(sides), ['RUS*->UKR', 'RUS->UKR*', 'UKR*->RUS']);
});

test('an attack naming no side takes the article\'s direction, unless its place is on the attacking side; without a pair it is dropped', () => {
  const struck = attack([], []);
  const inBelgorod = attack([], []);
  const kept = impliedParties([attack(['RUS'], ['UKR']), attack(['RUS'], ['UKR']), attack(['UKR'], ['RUS']), struck, inBelgorod], new Map([[struck, null], [inBelgorod, 'RUS']]), isCountry);
  assert.equal(sides(struck), 'RUS*->UKR*');
  assert.ok(kept.includes(struck) && !kept.includes(inBelgorod));
  // one attack is no war; three pairs with none prevailing neither
  const lone = attack([], []);
  const shelled = attack([], ['UKR']);
  assert.deepEqual(impliedParties([attack(['RUS'], ['UKR']), lone, shelled], new Map([[lone, null]]), isCountry), [attack(['RUS'], ['UKR']), shelled]);
  assert.equal(shelled.actor.length, 0);
  const mixed = [attack(['RUS'], ['UKR']), attack(['RUS'], ['UKR']), attack(['USA'], ['SYR']), attack(['USA'], ['SYR']), attack([], ['UKR'])];
  impliedParties(mixed, new Map(), isCountry);
  assert.equal(mixed[4]!.actor.length, 0);
});

test('in a report of Russian attacks on Ukraine, "Kyiv was shelled overnight" was shelled by Russia, marked as inferred', () => {
  const text = 'Russian forces shelled Kharkiv on Monday. Russian troops also attacked Sumy. Kyiv was shelled overnight.';
  const events = codeText(text, '2022-10-10').layers.events.filter((e) => e.type === 'ASSAULT');
  assert.deepEqual(events.map(sides), ['RUS->UKR', 'RUS->UKR', 'RUS*->UKR']);
  // the same sentence alone names no attacker
  assert.deepEqual(codeText('Kyiv was shelled overnight.', '2022-10-10').layers.events.map(sides), ['->UKR']);
});
