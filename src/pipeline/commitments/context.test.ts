/**
 * Parties from the sentence or article around a commitment (context.ts): the audience a speaker addressed, the
 * party that refused a demand, the receiver of aid the article was about; the helpers alone, then through the
 * default pipeline on sentences written for this test; and the article's words kept beside a canonical scope.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ActorMention, CommitmentRecord, EventRecord } from '../../core/types.js';
import { codes, commitmentsOf } from '../../testing/commitments.js';
import { aidReceiverBefore, audienceOf, refusedBy } from './context.js';

const mention = (text: string, words: string, code: string, sector?: string): ActorMention => {
  const start = text.indexOf(words);
  return { start, end: start + words.length, text: words, code, kind: 'organisation', sentence: 0, ...(sector ? { sector } : {}) };
};

test('audienceOf: a party standing alone after a speech verb; not a party that only qualifies a noun, nor the press', () => {
  const a = '“We demand just punishment,” the president told the UN General Assembly on Wednesday.';
  const span = { start: 0, end: a.length };
  assert.equal(audienceOf(a, span, [mention(a, 'UN General Assembly', 'UNO')], { start: 4, end: 10 })?.code, 'UNO');
  const b = 'He warned the West against it, he told a US outlet on Friday.';
  assert.equal(audienceOf(b, { start: 0, end: b.length }, [mention(b, 'US', 'USA')], { start: 3, end: 9 }), null);
  const c = 'He vowed to respond, he told Russian media.';
  assert.equal(audienceOf(c, { start: 0, end: c.length }, [mention(c, 'Russian media', 'RUS', 'MED')], { start: 3, end: 8 }), null);
});

test('refusedBy: "but X has resisted / rejected" after a demand; a "but" clause of another verb is no refusal', () => {
  assert.equal(refusedBy(' for Putin to be banned, but Widodo has resisted this pressure.')?.index, 29);
  assert.equal(refusedBy(' for talks, but Kyiv rejected the idea.')?.index, 16);
  assert.equal(refusedBy(' for talks, but Kyiv said it would think.'), null);
});

const aidEvent = (sentence: number, at: number, giver: string, receiver: string, modality: EventRecord['modality'] = 'asserted'): EventRecord => ({
  id: `e${sentence}`, sentence, type: 'AID', cameo: '070', actor: [{ code: giver }], recipient: [{ code: receiver }], negated: false, modality,
  evidence: { start: at, end: at + 10, trigger: { start: at, end: at + 4 } },
} as unknown as EventRecord);

test('aidReceiverBefore: the receiver of the last aid reported before, within reach, not the giver, nor a hypothetical one', () => {
  const events = [aidEvent(1, 100, 'USA', 'UKR'), aidEvent(3, 300, 'DEU', 'POL', 'hypothetical')];
  assert.deepEqual(aidReceiverBefore([], events, new Set(['DEU']), 4, 400), { code: 'UKR' });
  assert.equal(aidReceiverBefore([], events, new Set(['UKR']), 4, 400), null);
  assert.equal(aidReceiverBefore([], events, new Set(['DEU']), 40, 4000), null);
  const pledge = { kind: 'pledge', action: 'AID', refrain: false, to: [{ code: 'MDA' }], sentence: 2, evidence: [{ start: 200, end: 260 }] } as unknown as CommitmentRecord;
  assert.deepEqual(aidReceiverBefore([pledge], events, new Set(['DEU']), 4, 400), { code: 'MDA' });
});

test('through the pipeline: an aid pledge naming no receiver goes to the receiver of the aid reported just before', () => {
  for (const before of ['The United States has supplied weapons to Ukraine.', 'Britain pledged more weapons to Ukraine on Monday.']) {
    const c = commitmentsOf(`${before} Germany has pledged to send three more launchers.`, '2022-06-23').find((x) => codes(x.by).includes('DEU'));
    assert.equal(c?.action, 'AID');
    assert.deepEqual(codes(c!.to), ['UKR'], before);
  }
  // no aid before: no receiver guessed
  const [alone] = commitmentsOf('Germany has pledged to send three more launchers.', '2022-06-23');
  assert.deepEqual(alone?.to, []);
});

test('through the pipeline: a demand refused by another party is rejected and put to that party', () => {
  const [c] = commitmentsOf('Biden called for Putin to be banned from the summit, but Widodo has resisted the pressure.', '2022-09-04');
  assert.equal(c?.kind, 'demand');
  assert.equal(c?.status, 'rejected');
});

test('a scope named by a canonical object keeps the article\'s words beside it', () => {
  const [c] = commitmentsOf('Scholz also promised to continue supplies of necessary weapons to Ukraine.', '2022-06-07');
  assert.equal(c?.scope, 'arms supplies');
  assert.match(c?.scopeWords ?? '', /weapons/);
  const [d] = commitmentsOf('Russia agreed to hold talks with Ukraine.', '2022-06-07');
  assert.equal(d?.scopeWords, undefined, 'no canonical object: the words are the scope');
});

test('a pronoun opening the that-clause of a speech verb is its speaker, not the last person named', () => {
  const [c] = commitmentsOf('After the protest, French President Emmanuel Macron said he would raise the case with Vladimir Putin, adding that he wants to offer the journalist asylum.', '2022-03-20');
  assert.equal(c?.kind, 'pledge');
  assert.deepEqual(codes(c!.by), ['FRA']);
  assert.equal(c?.status, 'proposed');
  assert.equal(c?.action, 'AID', 'asylum given is aid (CAMEO 075)');
});

test('a possessive pronoun\'s commitment reaffirmed is the subject\'s', () => {
  const [c] = commitmentsOf('Britain reaffirmed its commitment to supporting Ukraine.', '2022-10-01');
  assert.equal(c?.kind, 'pledge');
  assert.deepEqual(codes(c!.by), ['GBR']);
  assert.equal(c?.action, 'SUPPORT');
  assert.equal(commitmentsOf('Nobody wants to offer an opinion.', '2022-10-01').length, 0);
});

test('a region the actors layer does not code is the addressee its frame names ("gas to Europe"), not a region only mentioned', () => {
  const [c] = commitmentsOf('Moscow offered to supply gas to Europe through the pipeline.', '2022-09-28');
  assert.deepEqual(codes(c!.to), ['EUR']);
  const [d] = commitmentsOf('Russia pledged to send troops to Syria, with the war in Europe continuing.', '2022-09-28');
  assert.deepEqual(codes(d!.to), ['SYR']);
});
