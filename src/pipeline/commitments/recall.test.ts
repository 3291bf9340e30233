/**
 * Recall and polarity rules of the commitment detector: commitments whose content the lexicon cannot name are
 * kept when the events layer coded their verb, future deliveries of aid are pledges, the head of the content
 * decides refraining, and background (a past year, a hedge, a modal) makes no commitment. Sentences written
 * for these tests; the events layer is stood in for by hand-made events.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CommitmentRecord, Document, EventRecord } from '../../core/types.js';
import { prepared } from '../../verify/testdata/gazetteer.js';
import { detectCommitments } from './detect.js';

const codes = (xs: { code: string }[] | undefined) => (xs ?? []).map((x) => x.code);

/** An event the events layer would code on `word` (first occurrence), with an optional embedded action. */
function withEvent(doc: Document, word: string, type: string, action?: { type: string; refrain?: boolean; word: string }): Document {
  const at = doc.text.indexOf(word);
  assert.ok(at >= 0, `${word} in the text`);
  const e: EventRecord = {
    id: `e${(doc.layers.events ?? []).length + 1}`, sentence: 0, type, cameo: type === 'REQUEST' ? '100' : type === 'THREATEN' ? '130' : '030', quad: 1, goldstein: 0,
    actor: [], recipient: [], date: null, negated: false, modality: 'asserted',
    evidence: { start: 0, end: doc.text.length, trigger: { start: at, end: at + word.length } }, confidence: 0.8,
  };
  if (action) {
    const a = doc.text.indexOf(action.word);
    e.action = { type: action.type, cameo: '', refrain: action.refrain ?? false, trigger: { start: a, end: a + action.word.length } };
  }
  (doc.layers.events ??= []).push(e);
  return doc;
}

function detect(text: string, events: (doc: Document) => Document = (d) => d, published = '2025-03-19'): CommitmentRecord[] {
  return detectCommitments(events(prepared(text, published)));
}

test('vows to take territory are pledges of an assault on it', () => {
  const [p] = detect('Russia has vowed to seize the Donbas region.');
  assert.equal(p?.kind, 'pledge');
  assert.deepEqual(codes(p?.by), ['RUS']);
  assert.equal(p?.action, 'ASSAULT');
  assert.equal(p?.refrain, false);
  assert.equal(p?.scope, 'Donbas region');
  assert.equal(detect('Kyiv vowed to win back every village it had lost.')[0]?.action, 'ASSAULT');
});

test('plural air defences and a government\'s future delivery of weapons are aid pledges', () => {
  const [p] = detect('The United States has promised to bolster Ukrainian air defenses.');
  assert.equal(p?.action, 'AID');
  const [d, ...rest] = detect('The United States will provide Ukraine with three more rocket systems.');
  assert.equal(rest.length, 0);
  assert.equal(d?.kind, 'pledge');
  assert.deepEqual(codes(d?.by), ['USA']);
  assert.deepEqual(codes(d?.to), ['UKR']);
  assert.equal(d?.action, 'AID');
  assert.equal(detect('Washington announced it would send more ammunition to Kyiv.')[0]?.action, 'AID');
  assert.equal(detect('The United States will provide an update on the talks next week.').length, 0, 'a future act that is no aid');
});

test('a demand with no lexicon action is kept when the events layer coded its verb, with parties from the clause', () => {
  // (neutrality is in the action lexicon now, CONCEDE: a referendum is not)
  const text = 'Moscow praised Turkey as a mediator and demanded that Kyiv hold a referendum on its constitution.';
  assert.equal(detect('Moscow praised Turkey as a mediator and demanded a referendum in Ukraine.').length, 0, 'without an event on the verb nothing vouches for it');
  const [d, ...rest] = detect(text, (doc) => withEvent(doc, 'demanded', 'REQUEST'));
  assert.equal(rest.length, 0);
  assert.equal(d?.kind, 'demand');
  assert.deepEqual(codes(d?.by), ['RUS'], 'the object of "praised" is not the subject');
  assert.deepEqual(codes(d?.to), ['UKR']);
  assert.equal(d?.action, null);
});

test('the action of the event coded on a pledge verb fills a content the lexicon cannot name', () => {
  const [p] = detect('Zelensky promised a pardon to convicts who enlist.', (doc) => withEvent(doc, 'promised', 'AGREE', { type: 'CONCEDE', word: 'pardon' }));
  assert.equal(p?.kind, 'pledge');
  assert.equal(p?.action, 'CONCEDE');
});

test('no commitment from resolve, pronoun contents, hedges, modals, domestic politics or verbs no event vouches for', () => {
  const agree = (word: string) => (doc: Document) => withEvent(doc, word, 'AGREE');
  assert.equal(detect('Zelensky promised victory over Russia.', agree('promised')).length, 0, 'resolve, not an act');
  assert.equal(detect('Trump demanded a new election in his party.', (doc) => withEvent(doc, 'demanded', 'REQUEST')).length, 0, 'no other party: domestic');
  assert.equal(detect('Israel was slow to meet those demands from Washington.').length, 0, 'the subject answers the demand');
  assert.equal(detect('Zelensky vowed that Ukraine will never give up.', agree('vowed')).length, 0);
  assert.equal(detect('Russia is fully committed to it.', agree('committed')).length, 0);
  assert.equal(detect('Russia vowed to persist.').length, 0);
  assert.equal(detect('Putin likely agreed to hold talks with Trump.').length, 0);
  assert.equal(detect('Moscow can now demand the return of its diplomats.', (doc) => withEvent(doc, 'demand', 'REQUEST')).length, 0);
  assert.equal(detect('Putin insisted that his army was not attacking civilians.').length, 0);
});

test('the head of the content decides the action and whether it is refrained from', () => {
  const [a] = detect('Russia and Ukraine agreed to withdraw their troops and cease hostilities.');
  assert.equal(a?.kind, 'agreement');
  assert.equal(a?.action, 'RETREAT');
  assert.equal(a?.refrain, false);
  const [n] = detect('Zelensky pledged not to negotiate with Putin.');
  assert.equal(n?.action, 'CONSULT');
  assert.equal(n?.refrain, true);
  const [v] = detect('Kyiv vowed never to hold talks with Moscow.');
  assert.equal(v?.refrain, true);
  const [b] = detect('Turkey agreed to ban all Russian oil imports.');
  assert.equal(b?.action, 'SANCTION');
  assert.equal(b?.refrain, false);
});

test('a commitment set in a past year is background; every signatory after "signed by" is a party', () => {
  assert.equal(detect('In 1994, Russia pledged to respect the borders of Ukraine.').length, 0);
  assert.equal(detect('Israel and Hamas kept to a 2014 ceasefire until the summer.').length, 0);
  assert.equal(detect('Since 2014, Russia has demanded an end to sanctions.').length, 1, '"since" a year still holds');
  const [g] = detect('The grain deal signed by Russia, Ukraine, Turkey and the UN lets ships sail to sea.');
  assert.equal(g?.kind, 'agreement');
  assert.deepEqual(codes(g?.by), ['RUS', 'UKR', 'TUR', 'UNO']);
});

test('an age is no duration of a demand', () => {
  const [d] = detect('Moscow demanded that Turkey hand over the 40-year-old trader.', (doc) => withEvent(doc, 'demanded', 'REQUEST'));
  assert.equal(d?.kind, 'demand');
  assert.equal(d?.durationDays, null);
});

test('a duration in hours keeps its hours and ends on the last date they touch', () => {
  const [c] = detect('Putin declared a 30-hour truce starting on Saturday.', (d) => d, '2022-04-16');
  assert.equal(c?.kind, 'ceasefire');
  assert.equal(c?.durationHours, 30);
  assert.equal(c?.starts, '2022-04-16');
  assert.equal(c?.ends, '2022-04-17', 'Saturday and Sunday');
  const [d] = detect('Putin declared a 30-day truce starting on Saturday.', (doc) => doc, '2022-04-16');
  assert.equal(d?.durationHours, undefined);
  assert.equal(d?.ends, '2022-05-15');
});

test('a possessive party with a content, a deal the events layer coded as agreed, and Western nations are commitments', () => {
  const [r] = detect("Turkey turned down Putin's demand to pay for gas in roubles.");
  assert.equal(r?.kind, 'demand');
  assert.deepEqual(codes(r?.by), ['RUS']);
  assert.equal(detect("Turkey turned down Putin's demands.").length, 0, 'no content, nothing to record');
  const deal = 'Israel has reached a workaround deal with Hamas.';
  assert.equal(detect(deal).length, 0);
  const [a] = detect(deal, (doc) => withEvent(doc, 'reached a workaround deal', 'AGREE'));
  assert.equal(a?.kind, 'agreement');
  assert.deepEqual(codes(a?.by), ['ISR']);
  assert.equal(detect('Israel had almost reached a deal with Hamas.', (doc) => withEvent(doc, 'reached a deal', 'AGREE')).length, 0, 'almost is not');
  const [w] = detect('Western nations have promised to send more air defence systems to Kyiv.');
  assert.deepEqual(codes(w?.by), ['NATO']);
  assert.equal(w?.action, 'AID');
});

test('seizing property is coercion; a delivery to no other party is no pledge', () => {
  assert.equal(detect('The Kremlin threatened to seize the assets of companies that leave Russia.')[0]?.action, 'COERCE');
  assert.equal(detect('The United States will provide two billion dollars in subsidies to households.').length, 0);
});

test('a demanding that-clause to a named party needs no event; a headline pledge after its party is a verb', () => {
  const [d] = detect('The Kremlin has since demanded that Ukraine declare itself a neutral state.');
  assert.equal(d?.kind, 'demand');
  assert.deepEqual(codes(d?.to), ['UKR']);
  assert.equal(detect('The Kremlin demanded that Ukraine was to blame.').length, 0, 'an assertion in the clause');
  const [p] = detect('European leaders pledge more military support for Ukraine');
  assert.equal(p?.kind, 'pledge');
  assert.deepEqual(codes(p?.by), ['EUR']);
  assert.equal(p?.action, 'AID');
});

test('a party named twice in a coordination is one party', () => {
  const [d] = detect("For Russia and Ukraine, and the Kremlin's demand that Kyiv give up Crimea, the talks failed.");
  assert.equal(d?.kind, 'demand');
  assert.deepEqual(codes(d?.by), ['RUS']);
});
