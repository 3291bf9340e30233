/**
 * Compliance needs evidence: an ended window reads `kept` only where the ledger could have seen a breach (a pledge to
 * refrain from an act it codes); otherwise it is expired with no verdict.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CommitmentRecord } from '../../core/types.js';
import { commitmentsAsOf, commitmentStatusAsOf, type CommitmentReport } from './index.js';
import { breachVisible } from './status.js';

function commitment(over: Partial<CommitmentRecord> = {}): CommitmentRecord {
  return {
    id: 'x', kind: 'pledge', by: [{ code: 'DEU', sector: 'GOV' }], to: [{ code: 'UKR', sector: 'GOV' }], action: 'AID', refrain: false,
    scope: 'air defence systems', starts: '2025-06-01', ends: '2025-08-31', durationDays: null, conditions: [], status: 'active',
    evidence: [{ start: 0, end: 10 }], sentence: 0, ...over,
  };
}
const report = (c: CommitmentRecord, doc: string, published: string): CommitmentReport => ({ commitment: c, documentId: doc, published, source: doc, quote: `quote from ${doc}` });

test('a pledge to deliver whose deadline passed with nothing on record is expired, not kept; a truce the ledger watched is kept', () => {
  const deliver = commitmentStatusAsOf(commitment(), [], '2025-10-01');
  assert.equal(deliver.lifecycle, 'expired');
  assert.equal(deliver.status, 'expired');
  assert.equal(deliver.compliance, 'unverified');
  assert.match(deliver.explanation, /had expired \(in force until 2025-08-31\); nothing on record says whether it was kept\.$/);
  // not to strike for 30 days: every strike of the window would be a ledger event, and none was
  const truce = commitment({ kind: 'ceasefire', by: [{ code: 'RUS', sector: 'MIL' }], action: 'ASSAULT', refrain: true, scope: 'energy infrastructure', ends: null, durationDays: 30 });
  const after = commitmentStatusAsOf(truce, [], '2025-10-01');
  assert.equal(after.compliance, 'kept');
  assert.match(after.explanation, /with no violation on record/);
});

test('a demand, a threat or a commitment without an act is no truce the ledger can watch: its end says nothing of compliance', () => {
  const demand = commitment({ kind: 'demand', by: [{ code: 'USA', sector: 'GOV' }], to: [{ code: 'RUS', sector: 'GOV' }], action: 'RETREAT', refrain: false });
  const threat = commitment({ kind: 'threat', action: 'ASSAULT', refrain: false });
  const noAct = commitment({ kind: 'ceasefire', action: null, refrain: true });
  for (const c of [demand, threat, noAct]) {
    assert.equal(breachVisible(c), false, c.kind);
    const [s] = commitmentsAsOf([report(c, 'a', '2025-06-01')], [], '2025-12-01');
    assert.equal(s?.state.lifecycle, 'expired', c.kind);
    assert.notEqual(s?.state.compliance, 'kept', c.kind);
    assert.notEqual(s?.commitment.compliance, 'kept', c.kind);
  }
});
