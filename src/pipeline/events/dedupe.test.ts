/**
 * Tests of dedupe.ts on records written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventRecord } from '../../core/types.js';
import { dedupe } from './dedupe.js';

const ev = (type: string, actor: string[], recipient: string[], mode: string | null = null): EventRecord => ({
  id: `${type}${actor}${recipient}${mode}`, sentence: 0, type, mode, cameo: '190', quad: 4, goldstein: -10,
  actor: actor.map((code) => ({ code })), recipient: recipient.map((code) => ({ code })), date: null, negated: false,
  modality: 'asserted', evidence: { start: 0, end: 1, trigger: { start: 0, end: 1 } }, confidence: 0.5,
} as EventRecord);

test('one event per type and dyad, keeping the mode only one trigger gave; a party without a country is covered', () => {
  const out = dedupe([ev('ASSAULT', ['RUS'], ['UKR']), ev('ASSAULT', ['RUS'], ['UKR'], 'drone'), ev('ASSAULT', ['RUS'], ['---'])]);
  assert.equal(out.length, 1);
  assert.equal(out[0]!.mode, 'drone');
  // another type or another dyad stays apart
  assert.equal(dedupe([ev('ASSAULT', ['RUS'], ['UKR']), ev('COERCE', ['RUS'], ['UKR']), ev('ASSAULT', ['UKR'], ['RUS'])]).length, 3);
});
