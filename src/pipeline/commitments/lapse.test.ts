/**
 * The lapse rule of status.ts (an open-ended pledge, demand, threat or ultimatum not reported again for LAPSE_DAYS
 * lapses) through the one standing computation every caller uses, and violations that a joke cannot make.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CommitmentRecord } from '../../core/types.js';
import { commitmentStatusAsOf, commitmentsAsOf, findViolations, LAPSE_DAYS, type CommitmentReport, type LedgerEvent } from './index.js';

function demand(over: Partial<CommitmentRecord> = {}): CommitmentRecord {
  return {
    id: 'x', kind: 'demand', by: [{ code: 'USA', sector: 'GOV' }], to: [{ code: 'UKR', sector: 'GOV' }], action: null, refrain: false,
    scope: 'an investigation', starts: '2019-07-25', ends: null, durationDays: null, conditions: [], status: 'active',
    announced: '2019-07-25', evidence: [{ start: 0, end: 10 }], sentence: 0, ...over,
  };
}
const report = (c: CommitmentRecord, doc: string, published: string): CommitmentReport => ({ commitment: c, documentId: doc, published, source: doc, quote: `quote from ${doc}` });

test('a 2019 demand reported once is in force for a year, then lapsed (status expired), not kept', () => {
  const reports = [report(demand(), 'a', '2019-07-26')];
  const [early] = commitmentsAsOf(reports, [], '2019-12-01');
  assert.equal(early?.state.lifecycle, 'in-force');
  const [late] = commitmentsAsOf(reports, [], '2022-01-01');
  assert.equal(late?.state.lifecycle, 'lapsed');
  assert.equal(late?.state.status, 'expired');
  assert.equal(late?.commitment.status, 'expired');
  assert.notEqual(late?.state.compliance, 'kept');
  assert.equal(late?.state.ends, '2020-07-24', 'its last day in force');
  assert.match(late!.state.explanation, /lapsed on 2020-07-25/);
  assert.equal(LAPSE_DAYS, 365);
});

test('a later report restarts the clock; known only from what was published by the date', () => {
  const reports = [report(demand(), 'a', '2019-07-26'), report(demand(), 'b', '2021-06-01')];
  assert.equal(commitmentsAsOf(reports, [], '2022-01-01')[0]?.state.lifecycle, 'in-force');
  assert.equal(commitmentsAsOf(reports, [], '2022-06-02')[0]?.state.lifecycle, 'lapsed');
  // as of 2020-12-01 the 2021 report is not known yet: lapsed then
  assert.equal(commitmentsAsOf(reports, [], '2020-12-01')[0]?.state.lifecycle, 'lapsed');
});

test('agreements, windowed commitments and single-article records do not lapse', () => {
  const agreement = report(demand({ kind: 'agreement', by: [{ code: 'USA' }, { code: 'UKR' }] }), 'a', '2019-07-26');
  assert.equal(commitmentsAsOf([agreement], [], '2022-01-01')[0]?.state.lifecycle, 'in-force');
  const windowed = report(demand({ ends: '2030-01-01' }), 'a', '2019-07-26');
  assert.equal(commitmentsAsOf([windowed], [], '2022-01-01')[0]?.state.lifecycle, 'in-force');
  // one article's record (no citations) has no silence to read
  assert.equal(commitmentStatusAsOf(demand(), [], '2022-01-01').lifecycle, 'in-force');
});

test('an event after a pledge lapsed does not violate it, nor does a comedian\'s joke', () => {
  const pledge = demand({ kind: 'pledge', by: [{ code: 'RUS', sector: 'GOV' }], action: 'ASSAULT', refrain: true, scope: null, starts: '2022-03-01', announced: '2022-03-01' });
  const ev = (id: string, date: string, text: string): LedgerEvent => ({ id, documentId: `d-${id}`, published: date, source: `s-${id}`, type: 'ASSAULT', date, actor: [{ code: 'RUS', sector: 'MIL' }], recipient: [{ code: 'UKR' }], text } as LedgerEvent);
  const merged = { ...pledge, citations: [{ documentId: 'a', published: '2022-03-01', source: 'a', quote: 'q' }] };
  const late = findViolations(merged, [ev('1', '2023-06-01', 'Russian forces shelled the city.'), ev('2', '2023-06-01', 'Russian troops shelled the town.')]);
  assert.equal(late.length, 0, 'the pledge lapsed on 2023-03-01');
  const joke = findViolations(merged, [ev('3', '2022-04-01', '"Putin broke his promise and bombed Kyiv again," the late-night comedian joked.')]);
  assert.equal(joke.length, 0);
  const real = findViolations(merged, [ev('4', '2022-04-01', 'Russian forces shelled Kyiv on Friday.')]);
  assert.equal(real.length, 1);
});

test('an accusation quoted from a joke is no violation', () => {
  const pledge = demand({ kind: 'pledge', by: [{ code: 'RUS', sector: 'GOV' }], action: 'ASSAULT', refrain: true, scope: null, starts: '2022-03-01', announced: '2022-03-01' });
  const turn = (quote: string) => ({ phase: 'accused-violation' as const, date: '2022-03-05', accused: [{ code: 'RUS' }], accuser: [{ code: 'USA' }], citation: { documentId: 'j', published: '2022-03-05', source: 'tv', quote } });
  assert.equal(findViolations({ ...pledge, turns: [turn('"Putin already broke his truce," the talk show host joked in his monologue.')] }, []).length, 0);
  assert.equal(findViolations({ ...pledge, turns: [turn('Washington accused Moscow of breaking its truce on Saturday.')] }, []).length, 1);
});

test('a demand its addressee refused is rejected on the ledger too', () => {
  const refused = demand({ rejectedBy: [{ code: 'UKR' }] });
  const s = commitmentStatusAsOf(refused, [], '2019-08-01');
  assert.equal(s.lifecycle, 'rejected');
  assert.match(s.explanation, /rejected by UKR/);
});
