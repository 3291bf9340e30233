import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeText } from '../events/pipeline.js';
import { resolvePronouns } from './coref.js';

const DATE = '2022-06-01';
// the institutions the actors layer resolved itself (./institutions.ts) and the descriptions coreference adds
const resolved = (text: string) => { const doc = codeText(text, DATE); return [...doc.layers.actors!.filter((m) => m.via === 'coref'), ...resolvePronouns(doc)]; };
const described = (text: string) => resolved(text).filter((m) => !/^(he|she|it|they|we|i|our|us|his|her|its|their)$/i.test(m.text ?? '')).map((m) => `${m.text} -> ${m.code}.${m.sector ?? ''}`);

test('"the ministry", "the service" name again an organisation named before by a word of its name', () => {
  assert.deepEqual(described('The Turkish Foreign Ministry summoned the Swedish envoy. The ministry accused Sweden of harbouring militants.'), ['ministry -> TUR.GOV']);
  const doc = codeText('The Turkish Foreign Ministry summoned the Swedish envoy. The ministry accused Sweden of harbouring militants.', DATE);
  const accuse = doc.layers.events.find((e) => e.type === 'ACCUSE');
  assert.ok(accuse, 'the accusation now has its actor');
  assert.deepEqual(accuse.actor.map((a) => a.code), ['TUR']);
});

test('a description the data gives ("the alliance" for NATO); none when two actors fit, or the noun is a modifier or has "of"', () => {
  assert.deepEqual(described('NATO ministers met in Brussels. The alliance condemned the missile test.'), ['alliance -> NATO.GOV']);
  assert.deepEqual(described('The Turkish Foreign Ministry and the Greek Foreign Ministry met. The ministry said talks went well.'), []);
  // "ministry" is a modifier here and names no one; its officials are Turkey's, the only country named (./institutions.ts)
  assert.deepEqual(described('The Turkish Foreign Ministry summoned the envoy. The ministry officials said more.'), ['officials -> TUR.GOV']);
  assert.deepEqual(described('The Turkish Foreign Ministry summoned the envoy. The ministry of finance said more.'), []);
});

test('an antecedent further back than three sentences is too far', () => {
  assert.deepEqual(described('The Turkish Foreign Ministry summoned the envoy. It rained. It snowed. It was cold. The ministry accused Sweden.'), []);
});

test('a plural description names a plural mention ("the officials" after "Turkish officials")', () => {
  assert.deepEqual(described('Turkish officials met in Ankara on Monday. The officials accused Sweden of harbouring militants.'), ['officials -> TUR.GOV']);
  assert.deepEqual(described('Turkish officials and Greek officials met in Brussels. The officials agreed to talk again.'), []);
});
