/**
 * Tests of weapons.ts through the real pipeline, on sentences written for these tests: a party's use of a weapon is an
 * attack with it (not a capability, a passive, money, or the means of an attack coded from its own verb), and a weapon
 * as subject of a force verb names no doer, whom the article's war supplies.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeText } from './pipeline.js';

const events = (text: string) => codeText(text, '2022-06-01').layers.events;

test('a party using, dropping or laying weapons attacks with them', () => {
  const used = events('Russia used cluster munitions in Kharkiv.');
  assert.deepEqual(used.map((e) => [e.type, e.actor[0]?.code]), [['ASSAULT', 'RUS']]);
  assert.deepEqual(events('Russian troops laid mines in the fields near Izium.').map((e) => [e.type, e.cameo]), [['ASSAULT', '183']]);
  // the weapon's maker is no target
  const himars = events('Ukrainian troops used American HIMARS rocket launchers in Kherson.');
  assert.equal(himars.length, 1);
  assert.equal(himars[0]!.recipient.some((m) => m.code === 'USA'), false);
  // no attack: money used, a capability, a passive of general use; one attack for a means and its purpose
  assert.equal(events('Ukraine used the money to buy drones from Turkey.').some((e) => e.type === 'ASSAULT'), false);
  assert.equal(events('Drones are used heavily by Ukrainian and Russian forces.').length, 0);
  assert.equal(events('Ukraine has used its own rockets to hit Russian targets in Belgorod.').filter((e) => e.type === 'ASSAULT').length, 1);
});

test("a weapon hitting something names no doer: the article's war gives the sides", () => {
  const text = 'Russian forces shelled Kharkiv on Monday. Russian troops bombed Izium. Several shells hit the yards of private houses.';
  const last = events(text).filter((e) => e.evidence.trigger.start > text.indexOf('Several'));
  assert.equal(last.length, 1);
  assert.deepEqual([last[0]!.type, last[0]!.actor[0]?.code, last[0]!.recipient[0]?.code], ['ASSAULT', 'RUS', 'UKR']);
  // with no war in the article, nothing is said of who fired
  assert.equal(events('Several shells hit the yards of private houses.').length, 0);
});
