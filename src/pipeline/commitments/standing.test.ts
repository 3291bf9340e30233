import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CommitmentRecord } from '../../core/types.js';
import { commitmentStatusAsOf, commitmentsAsOf, findViolations, mergeCommitments, type CommitmentReport, type LedgerEvent } from './index.js';

function pledge(over: Partial<CommitmentRecord> = {}): CommitmentRecord {
  return {
    id: 'x', kind: 'pledge', by: [{ code: 'RUS', sector: 'GOV' }], to: [{ code: 'UKR' }], action: 'ASSAULT', refrain: true,
    scope: 'energy infrastructure', starts: '2025-03-18', ends: null, durationDays: 30, conditions: [], status: 'active',
    evidence: [{ start: 0, end: 10 }], sentence: 0, ...over,
  };
}

function report(c: CommitmentRecord, doc: string, published: string, source = doc): CommitmentReport {
  return { commitment: c, documentId: doc, published, source, quote: `quote from ${doc}` };
}

test('a 30-day pledge from 2025-03-18 is in force on 03-25 and expired on 05-01', () => {
  const inForce = commitmentStatusAsOf(pledge(), [], '2025-03-25');
  assert.equal(inForce.lifecycle, 'in-force');
  assert.equal(inForce.status, 'active');
  assert.equal(inForce.ends, '2025-04-16', 'the last day in force');
  assert.equal(inForce.daysLeft, 23);
  assert.equal(inForce.compliance, 'not-yet-due');
  const after = commitmentStatusAsOf(pledge(), [], '2025-05-01');
  assert.equal(after.lifecycle, 'expired');
  assert.equal(after.compliance, 'kept');
  assert.match(after.explanation, /expired \(in force until 2025-04-16\)/);
  assert.equal(commitmentStatusAsOf(pledge(), [], '2025-04-16').lifecycle, 'in-force');
  assert.equal(commitmentStatusAsOf(pledge(), [], '2025-04-17').lifecycle, 'expired');
  assert.equal(commitmentStatusAsOf(pledge(), [], '2025-03-01').lifecycle, 'not-yet-announced');
});

test('extension, withdrawal and collapse change the lifecycle from their date on', () => {
  const extended = pledge({ turns: [{ phase: 'extended', date: '2025-04-15', durationDays: 30 }] });
  assert.equal(commitmentStatusAsOf(extended, [], '2025-04-10').lifecycle, 'in-force');
  const s = commitmentStatusAsOf(extended, [], '2025-04-20');
  assert.equal(s.lifecycle, 'extended');
  assert.equal(s.ends, '2025-05-16');
  const withdrawn = pledge({ turns: [{ phase: 'withdrawn', date: '2025-03-30' }] });
  assert.equal(commitmentStatusAsOf(withdrawn, [], '2025-03-29').lifecycle, 'in-force');
  assert.equal(commitmentStatusAsOf(withdrawn, [], '2025-04-01').lifecycle, 'withdrawn');
  assert.equal(commitmentStatusAsOf(pledge({ turns: [{ phase: 'collapsed', date: '2025-03-20' }] }), [], '2025-03-21').status, 'collapsed');
});

test('a pledge without a start date is announced, not in force', () => {
  const s = commitmentStatusAsOf(pledge({ starts: null, announced: '2025-03-18' }), [], '2025-03-20');
  assert.equal(s.lifecycle, 'announced');
});

test('merging keeps one record per commitment with every citation, and dates win by majority', () => {
  const merged = mergeCommitments([
    report(pledge(), 'a', '2025-03-19'),
    report(pledge({ starts: '2025-03-19' }), 'b', '2025-03-19'),
    report(pledge({ starts: null, durationDays: 30, by: [{ code: 'RUS', sector: 'GOV', name: 'Vladimir Putin' }] }), 'seed', '2025-04-01'),
    report(pledge({ starts: '2025-03-18', scope: 'power grid', objects: ['energy infrastructure'] }), 'c', '2025-03-20'),
    report(pledge({ kind: 'demand', action: 'AID', scope: 'arms supplies' }), 'd', '2025-03-19'),
  ]);
  assert.equal(merged.length, 2);
  const p = merged.find((m) => m.kind === 'pledge')!;
  assert.equal(p.citations?.length, 4);
  assert.equal(p.starts, '2025-03-18');
  assert.equal(p.ends, '2025-04-16');
  assert.deepEqual(p.objects, ['energy infrastructure']);
  assert.equal(merged.find((m) => m.kind === 'demand')!.citations?.length, 1);
});

test('different durations, parties or far-apart starts stay separate commitments', () => {
  const merged = mergeCommitments([
    report(pledge(), 'a', '2025-03-19'),
    report(pledge({ durationDays: 3 }), 'b', '2025-03-19'),
    report(pledge({ by: [{ code: 'UKR' }] }), 'c', '2025-03-19'),
    report(pledge({ starts: '2025-05-08' }), 'd', '2025-05-08'),
  ]);
  assert.equal(merged.length, 4);
});

const accusation = pledge({ phase: 'accused-violation', starts: '2025-03-20', accuser: [{ code: 'UKR', sector: 'GOV' }], accused: [{ code: 'RUS' }], durationDays: null });
const denial = pledge({ phase: 'denied-violation', starts: '2025-03-21', accused: [{ code: 'RUS' }], durationDays: null });

test('an accusation becomes an alleged violation, and a denial marks it denied', () => {
  const [m] = mergeCommitments([report(pledge(), 'a', '2025-03-19'), report(accusation, 'acc', '2025-03-20')]);
  const [v] = findViolations(m!, []);
  assert.equal(v?.standing, 'alleged');
  assert.equal(v?.date, '2025-03-20');
  assert.equal(v?.accuser[0]?.code, 'UKR');
  assert.equal(commitmentStatusAsOf(m!, [v!], '2025-03-25').compliance, 'disputed');
  const [d] = mergeCommitments([report(pledge(), 'a', '2025-03-19'), report(accusation, 'acc', '2025-03-20'), report(denial, 'den', '2025-03-21')]);
  const [dv] = findViolations(d!, []);
  assert.equal(dv?.standing, 'denied');
  assert.match(dv!.explanation, /denied/);
});

function strike(id: string, doc: string, date: string, text: string, actor = 'RUS'): LedgerEvent {
  return { id, documentId: doc, source: doc, published: date, date, type: 'ASSAULT', actor: [{ code: actor }], recipient: [{ code: 'UKR' }], modality: 'asserted', text };
}

test('strikes on scoped objects inside the window are violations; two sources corroborate', () => {
  const c = pledge();
  const events = [
    strike('e1', 'x', '2025-03-22', 'Russian drones hit a power substation in Sumy.'),
    strike('e2', 'y', '2025-03-22', 'A substation in Sumy was struck by Russian drones overnight.'),
    strike('e3', 'z', '2025-03-24', 'Russian shelling hit a market in Kherson.'),
    strike('e4', 'z', '2025-04-20', 'Russian missiles hit a power plant.'),
    strike('e5', 'z', '2025-03-23', 'Ukrainian drones hit an oil refinery in Russia.', 'UKR'),
  ];
  const vs = findViolations(c, events);
  assert.equal(vs.length, 1);
  assert.equal(vs[0]!.standing, 'corroborated');
  assert.equal(vs[0]!.sources, 2);
  assert.deepEqual(vs[0]!.events, ['e1', 'e2']);
  assert.equal(commitmentStatusAsOf(c, vs, '2025-03-25').compliance, 'violated');
  assert.equal(commitmentStatusAsOf(c, vs, '2025-03-21').compliance, 'not-yet-due');
});

test('commitmentsAsOf only knows what was published by the date', () => {
  const reports = [report(pledge(), 'a', '2025-03-19'), report(accusation, 'acc', '2025-03-26')];
  const early = commitmentsAsOf(reports, [], '2025-03-25');
  assert.equal(early.length, 1);
  assert.equal(early[0]!.state.lifecycle, 'in-force');
  assert.equal(early[0]!.commitment.violations?.length, 0);
  const later = commitmentsAsOf(reports, [], '2025-05-01');
  assert.equal(later[0]!.state.lifecycle, 'expired');
  assert.equal(later[0]!.commitment.violations?.[0]?.standing, 'alleged');
  assert.equal(commitmentsAsOf(reports, [], '2025-03-01').length, 0);
});

test('a proposal is never in force, whatever its dates; a rejected one says who rejected it', () => {
  const proposal = pledge({ kind: 'ceasefire', phase: 'proposed', status: 'proposed', by: [{ code: 'USA' }], to: [{ code: 'RUS' }] });
  const s = commitmentStatusAsOf(proposal, [], '2025-03-25');
  assert.equal(s.lifecycle, 'proposed');
  assert.equal(s.status, 'proposed');
  const rejected = commitmentStatusAsOf({ ...proposal, rejectedBy: [{ code: 'RUS' }] }, [], '2025-03-25');
  assert.equal(rejected.lifecycle, 'rejected');
  assert.equal(rejected.status, 'rejected');
  assert.match(rejected.explanation, /rejected by RUS, never in force/);
  assert.equal(commitmentStatusAsOf({ ...proposal, rejectedBy: [{ code: 'RUS' }] }, [], '2025-05-25').lifecycle, 'rejected');
});

test('an agreement waiting on a condition is announced, not in force', () => {
  const s = commitmentStatusAsOf(pledge({ kind: 'agreement', durationDays: null, inForceOnlyIf: ['sanctions are lifted'] }), [], '2025-03-25');
  assert.equal(s.lifecycle, 'announced');
  assert.match(s.explanation, /only once sanctions are lifted/);
  assert.equal(s.status, 'announced', 'the status vocabulary follows the lifecycle: agreed, awaiting its condition, not proposed');
});

test('a proposal is the history of the commitment made from it: proposed until a report of it made is known, then in force, never demoted by a later proposal', () => {
  const offer = pledge({ phase: 'proposed', status: 'proposed', starts: null, announced: '2025-03-17', durationDays: null, conditions: ['Ukraine does the same'] });
  const made = pledge({ announced: '2025-03-18' });
  const reports = [report(offer, 'offer', '2025-03-17'), report(made, 'made', '2025-03-19')];
  const before = commitmentsAsOf(reports, [], '2025-03-17');
  assert.equal(before.length, 1);
  assert.equal(before[0]!.state.status, 'proposed');
  const after = commitmentsAsOf(reports, [], '2025-03-19');
  assert.equal(after.length, 1, 'one commitment, not a proposal beside it under the same id');
  assert.equal(after[0]!.state.status, 'active');
  assert.equal(after[0]!.commitment.citations?.length, 2);
  assert.deepEqual(after[0]!.commitment.conditions, [], 'the conditions of the offer are not those of the commitment made');
  const late = [report(made, 'made', '2025-03-19'), report({ ...offer, announced: '2025-03-20' }, 'offer', '2025-03-20')];
  for (const order of [late, [...late].reverse()]) {
    const s = commitmentsAsOf(order, [], '2025-03-21');
    assert.deepEqual(s.map((x) => x.state.status), ['active'], 'a proposal reported after the commitment does not demote it');
  }
});

test('two different commitments never share an id, whatever the order of the reports', () => {
  const reports = [report(pledge(), 'a', '2025-03-19'), report(pledge({ durationDays: 3 }), 'b', '2025-03-19'), report(pledge({ durationDays: 3 }), 'c', '2025-03-20')];
  const ids = (rs: CommitmentReport[]) => new Map(mergeCommitments(rs).map((m) => [m.citations!.map((x) => x.documentId).sort().join('+'), m.id]));
  const forward = ids(reports);
  assert.equal(forward.size, 2);
  assert.equal(new Set(forward.values()).size, 2, 'one id each');
  assert.deepEqual(ids([...reports].reverse()), forward, 'the same ids from the reports in another order');
  assert.deepEqual(ids([reports[2]!, reports[0]!, reports[1]!]), forward);
});

test('an accusation on a scope joins the commitment with that scope (either side of it), never a proposal', () => {
  const proposal = pledge({ kind: 'ceasefire', phase: 'proposed', by: [{ code: 'USA' }, { code: 'UKR' }], to: [{ code: 'RUS' }], scope: null, starts: null, rejectedBy: [{ code: 'RUS' }] });
  const scopeless = pledge({ kind: 'ceasefire', by: [{ code: 'UKR' }], to: [], scope: null, durationDays: null, starts: '2025-03-20' });
  const blame = pledge({ kind: 'ceasefire', phase: 'accused-violation', starts: '2025-03-21', scope: 'energy infrastructure', by: [{ code: 'UKR' }], to: [], accuser: [{ code: 'RUS' }], accused: [{ code: 'UKR' }], durationDays: null });
  const merged = mergeCommitments([report(pledge(), 'a', '2025-03-19'), report(proposal, 'p', '2025-03-19'), report(scopeless, 's', '2025-03-20'), report(blame, 'acc', '2025-03-22')]);
  const home = merged.filter((m) => m.turns?.length);
  assert.equal(home.length, 1);
  assert.equal(home[0]!.kind, 'pledge');
  assert.equal(home[0]!.scope, 'energy infrastructure');
  // Russia accusing Ukraine is no violation of Russia's own pledge: only a party the commitment binds can break it
  assert.deepEqual(findViolations(home[0]!, []), []);
  const bound = { ...home[0]!, by: [{ code: 'RUS' }, { code: 'UKR' }] };
  assert.deepEqual(findViolations(bound, [])[0]?.violator.map((a) => a.code), ['UKR'], 'a pledge both made is broken by either');
});

test('a statistic in the window is no violation; an act of the bound party is', () => {
  const [m] = mergeCommitments([report(pledge({ scope: null }), 'a', '2025-03-19')]);
  const event = (text: string, actor = 'RUS') => ({ id: text, documentId: text, date: '2025-03-25', type: 'ASSAULT', actor: [{ code: actor }], recipient: [{ code: 'UKR' }], modality: 'asserted', text });
  assert.equal(findViolations(m!, [event('More than 5 million refugees have fled the Russian attacks, the UN said.')]).length, 0);
  assert.equal(findViolations(m!, [event('Ukrainian drones struck a Russian depot.', 'UKR')]).length, 0, 'not a party bound by the pledge');
  assert.equal(findViolations(m!, [event('Russian missiles struck a power plant near Kharkiv on Tuesday.')]).length, 1);
});

test('a stated end date wins over one computed from a rounded duration', () => {
  const truce = pledge({ kind: 'ceasefire', starts: '2025-04-19', durationDays: 1, ends: '2025-04-21', scope: null });
  const [m] = mergeCommitments([report(truce, 'a', '2025-04-20')]);
  assert.equal(m!.ends, '2025-04-21');
  assert.equal(commitmentStatusAsOf(m!, [], '2025-04-20').lifecycle, 'in-force');
});

test('proposals, agreements waiting on a condition and demands have no violations from the ledger', () => {
  const events = [strike('e1', 'x', '2025-03-22', 'Russian drones hit a power substation in Sumy.'), strike('e2', 'y', '2025-03-22', 'A substation in Sumy was struck by Russian drones.')];
  assert.equal(findViolations(pledge(), events).length, 1, 'the same events do break a pledge in force');
  assert.equal(findViolations(pledge({ phase: 'proposed', rejectedBy: [{ code: 'UKR' }] }), events).length, 0);
  assert.equal(findViolations(pledge({ kind: 'agreement', inForceOnlyIf: ['sanctions are lifted'] }), events).length, 0);
  assert.equal(findViolations(pledge({ kind: 'demand' }), events).length, 0);
});

test('undated proposals a month apart are different proposals', () => {
  const a = pledge({ kind: 'ceasefire', phase: 'proposed', starts: null, announced: '2025-03-18', scope: null, by: [{ code: 'UKR' }] });
  const b = pledge({ kind: 'ceasefire', phase: 'proposed', starts: null, announced: '2025-04-19', scope: 'civilian infrastructure', by: [{ code: 'UKR' }] });
  assert.equal(mergeCommitments([report(a, 'a', '2025-03-19'), report(b, 'b', '2025-04-20')]).length, 2);
  assert.equal(mergeCommitments([report(a, 'a', '2025-03-19'), report({ ...b, announced: '2025-03-19' }, 'b', '2025-03-20')]).length, 1);
});
