/**
 * Roles across clause shapes a parser would see and a tagger does not: reduced relatives ("troops fighting
 * near X were …"), blame ("blamed the bombing on X"), attempts ("X's attempts to capture Y"), and trigger
 * words inside organisation names ("the Federal Bureau of Investigation"). Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventRecord } from '../../core/types.js';
import { codeText } from './pipeline.js';

const codes = (refs: { code: string }[]) => refs.map((r) => r.code).sort().join('+');
const pair = (e: EventRecord) => `${codes(e.actor)}->${codes(e.recipient)}`;
const events = (text: string) => codeText(text, '2025-03-01').layers.events;
const triggered = (text: string, word: string) => {
  const doc = codeText(text, '2025-03-01');
  return doc.layers.events.filter((e) => doc.text.slice(e.evidence.trigger.start, e.evidence.trigger.end) === word);
};

test('a participle after the subject noun, before the main verb, is a reduced relative and no event', () => {
  assert.equal(triggered('Syrian soldiers fighting near Idlib were given new rifles.', 'fighting').length, 0);
  assert.equal(triggered('Rifles captured in Idlib were displayed in Damascus.', 'captured').length, 0);
  // after a verb's object: the main verb's subject did not fight or capture anything
  assert.equal(triggered('Jordan displayed rifles captured near the border.', 'captured').length, 0);
  assert.equal(triggered('Kyiv thanked volunteers fighting near Kherson.', 'fighting').length, 0);
  // a singular noun before "-ing" makes a compound naming the event itself
  assert.equal(triggered('She said that street fighting in Aleppo had forced Syrian troops to withdraw.', 'fighting').length, 1);
  // a main verb stays an event, also when a reporting verb comes first or a second verb is coordinated
  assert.equal(triggered('Turkish jets bombed positions near the border.', 'bombed').length, 1);
  assert.equal(triggered('Russian forces attacked near Kharkiv and shelled two villages.', 'attacked').length, 1);
  // with its agent named ("bombarded by X") the participle's event is kept
  assert.equal(triggered('Homes bombarded by Russian missiles were shown on television.', 'bombarded').length, 1);
});

test('whoever an attack is blamed on is its actor; a named blamer accuses that party (the content is not coded twice)', () => {
  const e = events('The Syrian government blamed the bombing on Turkey.');
  const accuse = e.find((x) => x.type === 'ACCUSE');
  assert.equal(accuse && pair(accuse), 'SYR->TUR');
  assert.equal(e.some((x) => x.type === 'ASSAULT' && x.recipient.some((r) => r.code === 'TUR')), false, 'Turkey is blamed for the bombing, not its target');
  const passive = events('The ambush was blamed on Hamas.').find((x) => x.type === 'ASSAULT');
  assert.equal(passive && codes(passive.actor), 'PSE');
});

test('the owner of an attempt acts in its infinitive, also when someone else repels it', () => {
  const e = events('Iraqi forces repelled Islamic State attempts to retake Mosul.');
  const retake = e.find((x) => x.evidence.trigger.start === 'Iraqi forces repelled Islamic State attempts to '.length);
  assert.ok(retake, 'the attempted retaking is coded');
  assert.equal(retake.type, 'ASSAULT');
  assert.equal(codes(retake.actor), 'IMGISI');
  assert.equal(codes(retake.recipient), 'IRQ');
  assert.equal(retake.modality, 'asserted', '"attempts to" is no headline future');
  const by = triggered('Azerbaijani forces foiled attempts by Armenia to capture the ridge.', 'capture');
  assert.equal(by.length, 1);
  assert.equal(codes(by[0]!.actor), 'ARM');
  // the subject still acts when the attempt has no owner of its own
  const own = triggered('Russia stepped up efforts to capture Bakhmut.', 'capture');
  assert.equal(own.length, 1);
  assert.equal(codes(own[0]!.actor), 'RUS');
});

test('a trigger word inside an organisation name codes nothing', () => {
  assert.equal(events('The Federal Bureau of Investigation said on Tuesday that the suspect had fled.').length, 0);
  assert.equal(triggered('The Federal Bureau of Investigation investigated the blast in Kyiv.', 'Investigation').length, 0);
});
