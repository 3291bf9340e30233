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

test('two sides of one country (or of none known) are told apart by sector: police and gunmen fired at each other', () => {
  const side = (code: string, sector: string) => ({ code, sector });
  const both = (a: ReturnType<typeof side>, b: ReturnType<typeof side>) => ({ ...ev('ASSAULT', [], []), actor: [a], recipient: [b] } as EventRecord);
  const cop = side('---', 'COP');
  const gunmen = side('---', 'UAF');
  assert.equal(dedupe([both(cop, gunmen), both(gunmen, cop)]).length, 2);
  assert.equal(dedupe([both(side('NGA', 'COP'), side('NGA', 'UAF')), both(side('NGA', 'UAF'), side('NGA', 'COP'))]).length, 2);
  // across countries, sectors still make one attack ("killed civilians" and "wounded soldiers" by Russia)
  assert.equal(dedupe([both(side('RUS', 'MIL'), side('UKR', 'CVL')), both(side('RUS', 'MIL'), side('UKR', 'MIL'))]).length, 1);
});
