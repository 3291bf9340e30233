/**
 * Matching and scoring of the news-events eval on small invented cases: background coded is a false positive
 * and dropped is right, a missed hypothetical is no miss, pairs are found whatever the order, a gold event
 * without a recipient takes any recipient.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addScores, countryOf, partiesOf, scoreGroups, scoreSentence, type ScoredEvent } from './news-events.metrics.js';

const ev = (type: string, actor: string[], recipient: string[], extra: Partial<ScoredEvent> = {}): ScoredEvent =>
  ({ type, actor, recipient, modality: 'asserted', ...extra });

describe('news-events scoring', () => {
  it('counts an exact event as right at both levels', () => {
    const s = scoreSentence([ev('ASSAULT', ['RUS'], ['UKR'])], [ev('ASSAULT', ['RUS'], ['UKR'])]);
    assert.deepEqual(s.type, { tp: 1, fp: 0, fn: 0 });
    assert.deepEqual(s.triple, { tp: 1, fp: 0, fn: 0 });
  });

  it('an empty sentence with a prediction is a false positive; with none, nothing', () => {
    assert.deepEqual(scoreSentence([], [ev('AID', ['USA'], ['UKR'])]).type, { tp: 0, fp: 1, fn: 0 });
    assert.deepEqual(scoreSentence([], []).type, { tp: 0, fp: 0, fn: 0 });
  });

  it('a wrong actor is right for the type and wrong for the triple', () => {
    const s = scoreSentence([ev('ACCUSE', ['UKR'], ['RUS'])], [ev('ACCUSE', ['RUS'], ['UKR'])]);
    assert.deepEqual(s.type, { tp: 1, fp: 0, fn: 0 });
    assert.deepEqual(s.triple, { tp: 0, fp: 1, fn: 1 });
  });

  it('background: dropping it is right, coding it is a false positive', () => {
    const gold = [ev('ASSAULT', ['RUS'], ['UKR'], { background: true })];
    const dropped = scoreSentence(gold, []);
    assert.deepEqual(dropped.type, { tp: 0, fp: 0, fn: 0 });
    assert.deepEqual(dropped.background, { total: 1, dropped: 1 });
    const coded = scoreSentence(gold, [ev('ASSAULT', ['RUS'], ['UKR'])]);
    assert.deepEqual(coded.type, { tp: 0, fp: 1, fn: 0 });
    assert.equal(coded.backgroundCoded, 1);
    assert.deepEqual(coded.background, { total: 1, dropped: 0 });
  });

  it('a hypothetical gold event counts when found and is no miss when not', () => {
    const gold = [ev('ASSAULT', ['RUS'], ['UKR'], { modality: 'hypothetical' })];
    assert.deepEqual(scoreSentence(gold, []).type, { tp: 0, fp: 0, fn: 0 });
    const s = scoreSentence(gold, [ev('ASSAULT', ['RUS'], ['UKR'], { modality: 'asserted' })]);
    assert.deepEqual(s.type, { tp: 1, fp: 0, fn: 0 });
    assert.deepEqual(s.modality, { agree: 0, total: 1 });
  });

  it('pairs two events of one type by their dyads, whatever the order', () => {
    const gold = [ev('ASSAULT', ['RUS'], ['UKR']), ev('ASSAULT', ['UKR'], ['RUS'])];
    const s = scoreSentence(gold, [ev('ASSAULT', ['UKR'], ['RUS']), ev('ASSAULT', ['RUS'], ['UKR'])]);
    assert.deepEqual(s.triple, { tp: 2, fp: 0, fn: 0 });
  });

  it('prefers the pairing that makes a triple even when a greedy pass would not', () => {
    // gold 0 takes either prediction by type, gold 1 only prediction 0 as a triple
    const gold = [ev('AID', ['USA'], []), ev('AID', ['GBR'], ['UKR'])];
    const preds = [ev('AID', ['GBR', 'USA'], ['UKR']), ev('AID', ['USA'], ['POL'])];
    const s = scoreSentence(gold, preds);
    assert.deepEqual(s.triple, { tp: 2, fp: 0, fn: 0 });
  });

  it('a gold event without a recipient takes any; one with a recipient needs a shared country', () => {
    assert.equal(scoreSentence([ev('MOBILIZE', ['RUS'], [])], [ev('MOBILIZE', ['RUS'], ['UKR'])]).triple.tp, 1);
    assert.equal(scoreSentence([ev('SANCTION', ['EUR'], ['RUS'])], [ev('SANCTION', ['EUR'], [])]).triple.tp, 0);
  });

  it('scores sector, date and location agreement on matched pairs', () => {
    const g = ev('COERCE', ['RUS'], ['RUS'], { sectors: { 'actor:RUS': 'COP', 'recipient:RUS': 'CVL' }, date: '2022-03-06', location: { name: 'Moscow', country: 'RUS' } });
    const p = ev('COERCE', ['RUS'], ['RUS'], { sectors: { 'actor:RUS': 'COP', 'recipient:RUS': 'OPP' }, date: '2022-03-06', location: { name: 'moscow', country: 'RUS' } });
    const s = scoreSentence([g], [p]);
    assert.deepEqual(s.sector, { agree: 1, total: 2 });
    assert.deepEqual(s.date, { agree: 1, total: 1 });
    assert.deepEqual(s.location, { agree: 1, total: 1 });
  });

  it('adds sentence scores', () => {
    const a = scoreSentence([ev('AID', ['USA'], ['UKR'])], [ev('AID', ['USA'], ['UKR'])]);
    const b = scoreSentence([ev('AID', ['USA'], ['UKR'])], []);
    const sum = addScores(addScores(null, a), b);
    assert.deepEqual(sum.type, { tp: 1, fp: 0, fn: 1 });
    assert.deepEqual(a.type, { tp: 1, fp: 0, fn: 0 }, 'the first score is not changed');
  });
});

describe('country codes', () => {
  it('reads the country of a code with or without its sector, and organisations', () => {
    assert.equal(countryOf('RUSMIL'), 'RUS');
    assert.equal(countryOf('EU'), 'EUR');
    assert.equal(countryOf('NATO'), 'NATO');
    assert.equal(countryOf('---'), '---');
    assert.equal(countryOf('JAP'), 'JPN');
  });

  it('keeps sectors by role', () => {
    const sectors: Record<string, string> = {};
    assert.deepEqual(partiesOf('actor', [{ code: 'RUS', sector: 'MIL' }, { code: 'BLRGOV' }, { code: 'RUS', sector: 'GOV' }], sectors), ['RUS', 'BLR']);
    assert.deepEqual(sectors, { 'actor:RUS': 'MIL', 'actor:BLR': 'GOV' });
  });
});

describe('score groups', () => {
  it('a case counts in its half and all; a later batch also in its own group', () => {
    assert.deepEqual(scoreGroups('dev'), ['dev', 'all']);
    assert.deepEqual(scoreGroups('test', 1), ['test', 'all']);
    assert.deepEqual(scoreGroups('test', 2), ['test', 'all', 'test batch 2']);
  });
});
