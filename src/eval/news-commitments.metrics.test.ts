/**
 * Scoring of the news-commitments eval on small invented records: a fully right record, a found record with a
 * wrong status (a proposal called active), kind classes, scope words, optional background records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addCommitmentScores, sameKindClass, scopeAgrees, scoreCommitments, type ScoredCommitment } from './news-commitments.metrics.js';

const rec = (extra: Partial<ScoredCommitment> = {}): ScoredCommitment => ({
  kind: 'threat', by: ['RUS'], to: ['EUR'], action: 'SANCTION', refrain: false, scope: 'gas supplies',
  starts: null, ends: null, durationDays: null, status: 'active', ...extra,
});

describe('news-commitments scoring', () => {
  it('a record equal in every field is fully right', () => {
    const s = scoreCommitments([rec()], [rec({ scope: 'Russian gas' })]);
    assert.deepEqual(s.right, { tp: 1, fp: 0, fn: 0 });
    assert.deepEqual(s.found, { tp: 1, fp: 0, fn: 0 });
  });

  it('a proposal called active is found, not right, and counted as pending-as-active', () => {
    const s = scoreCommitments([rec({ kind: 'pledge', status: 'proposed', action: 'AID' })], [rec({ kind: 'pledge', status: 'active', action: 'AID' })]);
    assert.deepEqual(s.found, { tp: 1, fp: 0, fn: 0 });
    assert.deepEqual(s.right, { tp: 0, fp: 1, fn: 1 });
    assert.equal(s.pendingAsActive, 1);
    assert.deepEqual(s.fields.status, { agree: 0, total: 1 });
  });

  it('a stated window must match; an unstated one takes anything', () => {
    const g = rec({ kind: 'ceasefire', action: 'ASSAULT', refrain: true, durationDays: 30, scope: null });
    assert.equal(scoreCommitments([g], [{ ...g, durationDays: 3 }]).right.tp, 0);
    assert.equal(scoreCommitments([{ ...g, durationDays: null }], [{ ...g, durationDays: 3 }]).right.tp, 1);
  });

  it('a wrong committing party is not found; a prediction in an empty sentence is a false positive', () => {
    assert.deepEqual(scoreCommitments([rec()], [rec({ by: ['UKR'] })]).found, { tp: 0, fp: 1, fn: 1 });
    assert.deepEqual(scoreCommitments([], [rec()]).found, { tp: 0, fp: 1, fn: 0 });
  });

  it('background records are optional', () => {
    const g = rec({ kind: 'agreement', background: true });
    assert.deepEqual(scoreCommitments([g], []).found, { tp: 0, fp: 0, fn: 0 });
    assert.deepEqual(scoreCommitments([g], [rec({ kind: 'agreement' })]).right, { tp: 1, fp: 0, fn: 0 });
  });

  it('kind classes: commissives together, an ultimatum is a demand and a threat', () => {
    assert.ok(sameKindClass('pledge', 'agreement'));
    assert.ok(sameKindClass('ultimatum', 'threat'));
    assert.ok(sameKindClass('demand', 'ultimatum'));
    assert.ok(!sameKindClass('demand', 'pledge'));
  });

  it('scope agreement needs a shared content word', () => {
    assert.ok(scopeAgrees('energy infrastructure', 'energy facilities'));
    assert.ok(!scopeAgrees('grain exports', 'nuclear plant'));
    assert.ok(scopeAgrees(null, 'anything'));
    assert.ok(!scopeAgrees('grain exports', null));
  });

  it('adds scores', () => {
    const a = scoreCommitments([rec()], [rec()]);
    const sum = addCommitmentScores(addCommitmentScores(null, a), scoreCommitments([rec()], []));
    assert.deepEqual(sum.right, { tp: 1, fp: 0, fn: 1 });
    assert.deepEqual(a.right, { tp: 1, fp: 0, fn: 0 });
  });
});

it('found pairs take fully right pairs first: a right prediction is not paired with a sibling gold record', () => {
  const base: ScoredCommitment = { kind: 'pledge', by: ['VEN'], to: ['USA'], action: 'CONSULT', refrain: false, scope: 'talks with the US', starts: null, ends: null, durationDays: null, status: 'proposed' };
  const other: ScoredCommitment = { ...base, to: ['VEN'], scope: 'negotiations with the opposition', status: 'active' };
  const s = scoreCommitments([base, other], [{ ...other }]);
  assert.deepEqual(s.right, { tp: 1, fp: 0, fn: 1 });
  assert.deepEqual(s.found, { tp: 1, fp: 0, fn: 1 });
  assert.equal(s.pendingAsActive, 0);
  assert.equal(s.fields.status.agree, 1);
});
