/**
 * Tests of warnings that threaten (warnings.ts) and of speech acts in a participle clause (coder.ts), through the real
 * pipeline, on sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeText } from './pipeline.js';

const events = (text: string) => codeText(text, '2022-06-01').layers.events;
const trigger = (text: string, e: { evidence: { trigger: { start: number; end: number } } }) => text.slice(e.evidence.trigger.start, e.evidence.trigger.end);

test('a warning of the warner\'s own response to a condition is a threat; the condition is hypothetical', () => {
  const text = 'Lukashenko warned that if Polish troops attacked the town, Belarus would respond with force.';
  const es = events(text);
  assert.ok(es.some((e) => e.type === 'THREATEN' && e.actor[0]?.code === 'BLR' && !e.negated && e.modality === 'asserted'), JSON.stringify(es.map((e) => e.type)));
  assert.equal(es.find((e) => trigger(text, e) === 'attacked')?.modality, 'hypothetical', 'the condition did not happen');
});

test('a quoted consequence after "then" is the threat', () => {
  const text = "Medvedev warned that if NATO troops threatened the 'security' of Russian land then 'we will use every weapon we have', adding: 'This is no joke.'";
  const es = events(text);
  assert.ok(es.some((e) => e.type === 'THREATEN' && e.actor[0]?.code === 'RUS' && e.modality === 'asserted'), JSON.stringify(es.map((e) => [e.type, e.actor])));
  assert.equal(es.some((e) => e.type === 'THREATEN' && e.actor[0]?.code === 'NATO' && e.modality !== 'hypothetical'), false, 'the condition is no threat made');
});

test('a warning that another side will undergo force if it stays is a threat to that side', () => {
  for (const text of ['The Ukrainian army warned that Russian soldiers would be annihilated if they stayed in the city.',
    'The Ukrainian army called on Russian soldiers to surrender, warning that they would be crushed if they stayed.',
    'The Ukrainian army called on Russian soldiers to surrender, warning that they would be “destroyed” if they stayed in the city.']) {
    const threat = events(text).find((e) => e.type === 'THREATEN');
    assert.ok(threat, text);
    assert.equal(threat.actor[0]?.code, 'UKR', text);
    assert.deepEqual(threat.recipient.map((m) => m.code), ['RUS'], text);
  }
  // civilians who would be killed are warned of a danger, not threatened
  assert.equal(events('Kyiv warned that civilians would be killed if they stayed in the city.').some((e) => e.type === 'THREATEN'), false);
});

test('an appeal, demand or threat in a participle clause after the comma is a second act; a result or a failure is not', () => {
  assert.deepEqual(events('Turkey condemned the strike, calling for an immediate ceasefire.').map((e) => e.type).sort(), ['ACCUSE', 'REQUEST']);
  assert.deepEqual(events('Moscow accused Vilnius of breaking the agreement, threatening a harsh response.').map((e) => e.type).sort(), ['ACCUSE', 'THREATEN']);
  assert.deepEqual(events('Russian forces shelled Kharkiv, killing five civilians.').map((e) => e.type), ['ASSAULT']);
  assert.equal(events('Russian troops withdrew from the region, failing to capture the city.').some((e) => e.type === 'REJECT'), false);
});
