import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyAgentRule, applyPassiveSubjectRule } from './rules.js';

test('a by-phrase of a passive verb becomes obl:agent', () => {
  // Kyiv was shelled by troops
  const rels = ['nsubj:pass', 'aux:pass', 'root', 'case', 'obl'];
  applyAgentRule(['Kyiv', 'was', 'shelled', 'by', 'troops'], [2, 2, -1, 4, 2], rels);
  assert.equal(rels[4], 'obl:agent');
});

test('a reduced relative and a conjoined passive take the agent too', () => {
  // forces backed by Moscow
  const a = ['root', 'acl', 'case', 'obl'];
  applyAgentRule(['forces', 'backed', 'by', 'Moscow'], [-1, 0, 3, 1], a);
  assert.equal(a[3], 'obl:agent');
  // the town was captured and held by rebels
  const b = ['det', 'nsubj:pass', 'aux:pass', 'root', 'cc', 'conj', 'case', 'obl'];
  applyAgentRule(['the', 'town', 'was', 'captured', 'and', 'held', 'by', 'rebels'], [1, 3, 3, -1, 5, 3, 7, 5], b);
  assert.equal(b[7], 'obl:agent');
});

test('active verbs and by-phrases of time or means stay obl', () => {
  // troops stood by the river
  const a = ['nsubj', 'root', 'case', 'det', 'obl'];
  applyAgentRule(['troops', 'stood', 'by', 'the', 'river'], [1, -1, 4, 4, 1], a);
  assert.equal(a[4], 'obl');
  // the talks were delayed by Monday / he was reached by phone
  const b = ['det', 'nsubj:pass', 'aux:pass', 'root', 'case', 'obl'];
  applyAgentRule(['the', 'talks', 'were', 'delayed', 'by', 'Monday'], [1, 3, 3, -1, 5, 3], b);
  assert.equal(b[5], 'obl');
  const c = ['nsubj:pass', 'aux:pass', 'root', 'case', 'obl'];
  applyAgentRule(['he', 'was', 'reached', 'by', 'phone'], [2, 2, -1, 4, 2], c);
  assert.equal(c[4], 'obl');
});

test('a subject beside a passive auxiliary is a passive subject', () => {
  // the town was captured; the town has captured (no aux:pass) stays nsubj
  const a = ['det', 'nsubj', 'aux:pass', 'root'];
  applyPassiveSubjectRule([1, 3, 3, -1], a);
  assert.equal(a[1], 'nsubj:pass');
  const b = ['det', 'nsubj', 'aux', 'root'];
  applyPassiveSubjectRule([1, 3, 3, -1], b);
  assert.equal(b[1], 'nsubj');
});
