/**
 * Tests of appeals and pledges to refrain (appeals.ts) through the real pipeline, on sentences written for these tests:
 * "urged X not to …" is an appeal that happened (not a negated one), to de-escalate when what is refrained from is force;
 * a negated appeal stays negated; a pledge not to use force is an intent to de-escalate, a pledge not to talk a refusal.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeText } from './pipeline.js';

const coded = (text: string) => codeText(text, '2022-06-01').layers.events.map((e) => ({ type: e.type, cameo: e.cameo, negated: e.negated }));

test('an appeal not to use force is an asserted appeal to de-escalate', () => {
  for (const text of ['Macron urged Putin not to use chemical weapons.', 'The UN called on both sides not to shell the power plant.', 'Scholz asked Lukashenko not to attack Ukraine from Belarus.']) {
    const e = coded(text).find((x) => x.type === 'REQUEST');
    assert.ok(e, text);
    assert.equal(e.negated, false, text);
    assert.equal(e.cameo, '0256', text);
  }
  assert.equal(coded('Biden did not urge Zelensky to attack Crimea.').find((x) => x.type === 'REQUEST')?.negated, true, 'the appeal itself negated');
});

test('an appeal not to do something else is an asserted appeal', () => {
  for (const text of ['Berlin urged Budapest not to block the sanctions package.', 'Erdogan called on Sweden not to host Kurdish militants.']) {
    const e = coded(text).find((x) => x.type === 'REQUEST');
    assert.ok(e, text);
    assert.equal(e.negated, false, text);
  }
});

test('a demand that someone not use force is an asserted demand', () => {
  const e = coded('Kyiv demanded that Moscow not strike the grain terminals.').find((x) => x.type === 'REQUEST');
  assert.ok(e);
  assert.equal(e.negated, false);
  assert.equal(e.cameo, '1056');
  // insisting one will not do something forecasts one's own conduct: no demand made
  assert.equal(coded('Truss insisted she will not resign.').some((x) => x.type === 'REQUEST' && !x.negated), false);
});

test('a pledge not to use force is an intent to de-escalate; a pledge not to talk stays a refusal', () => {
  assert.deepEqual(coded('Minsk vowed not to attack Ukraine.').map((e) => e.cameo), ['0356']);
  assert.deepEqual(coded('Moldova pledged not to negotiate with Russia.').map((e) => e.type), ['REJECT']);
});

const requests = (text: string) => codeText(text, '2022-06-01').layers.events.filter((e) => e.type === 'REQUEST');

test('pressing, persuading or encouraging a party to act is an appeal, whatever the act; pressing a case is none', () => {
  for (const text of ['Biden pressed Xi to play a constructive role.', 'Macron persuaded Scholz to change course.', 'Washington encouraged Kyiv to stay flexible.', 'Kyiv was pressured by Washington to sit still.']) {
    const e = requests(text);
    assert.equal(e.length, 1, text);
    assert.equal(e[0]!.negated, false, text);
    assert.equal(e[0]!.recipient.length, 1, text);
  }
  // no appeal without a party asked to act, without one asking, or to a belief
  for (const text of ['Biden pressed the case of Ukraine.', 'Britain encouraged investment to grow.', 'Scholz advised caution.', 'Civilians have been encouraged to wear white armbands.', 'The sanctions encouraged Putin to believe the West was weak.']) {
    assert.equal(requests(text).length, 0, text);
  }
});

test('a speaker saying something must or should be done, naming no one to do it, demands it', () => {
  for (const text of ['Lavrov said Western sanctions must be lifted before any talks.', 'Kuleba said new sanctions must be imposed on Moscow.']) {
    const es = codeText(text, '2022-06-01').layers.events;
    const e = es.find((x) => x.type === 'REQUEST');
    assert.ok(e, text);
    assert.equal(es.some((x) => x.type === 'SANCTION'), false, 'not done: asked for');
    assert.equal(e.negated, false, text);
    assert.ok(e.actor.length === 1, text);
  }
  // an inverted "should" is a condition, no demand
  assert.equal(requests("Britain and Sweden pledged to defend each other should either nation be attacked, Johnson said.").length, 0);
});
