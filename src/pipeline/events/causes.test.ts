/**
 * Tests of `circumstanceCause` through the real pipeline, on sentences written for these tests: force words whose
 * cause is a circumstance are hardship, not attacks; a party, a weapon or an attack as the cause keeps the attack.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeText } from './pipeline.js';

const assaults = (text: string) => codeText(text, '2022-06-01').layers.events.filter((e) => e.type === 'ASSAULT');

test('a country hit by shortages, prices or bad weather suffered no attack', () => {
  for (const text of ['Pakistan and Bangladesh were hit by severe power shortages last week.', 'The UK is being hit by a mix of factors, including higher taxes.', 'Coastal villages were battered by storms on Sunday.']) {
    assert.deepEqual(assaults(text).map((e) => e.cameo), [], `no attack in "${text}"`);
  }
});

test('a party, a weapon or an attack as the cause keeps the attack', () => {
  for (const text of ['The depot was hit by Russian missiles on Monday.', 'Two schools were damaged by shelling in Kharkiv.', 'Homes were damaged by artillery fire in Kharkiv.', 'The embassy was hit by an FSB team of saboteurs.', 'The convoy was hit by gunmen near Gao.']) {
    assert.equal(assaults(text).length, 1, `one attack in "${text}"`);
  }
});

test('nature, disease or the economy striking as subject is no attack; a party or a weapon as subject still attacks', () => {
  for (const text of ['An earthquake struck eastern Turkey on Monday.', 'The pandemic hit Russia\'s economy hard.', 'Prices hit a record high in London.', 'The storm struck the coast of Florida on Tuesday.']) {
    assert.deepEqual(assaults(text).map((e) => e.cameo), [], `no attack in "${text}"`);
  }
  for (const text of ['Russian missiles hit Kyiv overnight.', 'Russian forces struck Kharkiv on Monday.']) {
    assert.equal(assaults(text).length, 1, `one attack in "${text}"`);
  }
});
