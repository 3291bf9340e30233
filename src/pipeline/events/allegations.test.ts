import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeText } from './pipeline.js';

const coded = (text: string) => codeText(text, '2022-06-01').layers.events.map((e) => `${e.type} ${e.actor.map((a) => a.code).join('+')}>${e.recipient.map((a) => a.code).join('+')} ${e.modality}`);

test('an accusation with no accuser named codes the act, by the accused, reported', () => {
  assert.deepEqual(coded('Two Wagner fighters were accused of murdering civilians near Kyiv.'), ['ASSAULT RUS>UKR reported']);
  // the conjoined acts share the accused ("accused of targeting hospitals and bombing a theatre": one attack by Russia)
  const both = coded('Russia has been accused of targeting hospitals and bombing a theater in Mariupol.');
  assert.ok(both.length >= 1 && both.every((e) => /^ASSAULT RUS>UKR reported$/.test(e)), both.join(', '));
});

test('a named accuser keeps the accusation and its content is not coded again', () => {
  assert.deepEqual(coded('Kyiv accused Russia of targeting hospitals.').map((e) => e.split(' ')[0]), ['ACCUSE']);
  assert.deepEqual(coded('Russia was accused by Kyiv of shelling the plant.').map((e) => e.split(' ')[0]), ['ACCUSE']);
  // an accusation of something that is no event stays an accusation (its accuser unknown)
  assert.ok(!coded('Merkel has been accused of leaving Germany vulnerable.').some((e) => !e.startsWith('ACCUSE')));
});
