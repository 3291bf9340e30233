import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyAgentRule, applyPassiveSubjectRule, applyReportingInversionRule } from './rules.js';

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

test('a reporting verb after its quotation takes the noun after it as its subject', () => {
  // " We will win , " says Tarlo .
  const forms = ['"', 'We', 'will', 'win', ',', '"', 'says', 'Tarlo', '.'];
  const upos = ['PUNCT', 'PRON', 'AUX', 'VERB', 'PUNCT', 'PUNCT', 'VERB', 'PROPN', 'PUNCT'];
  const heads = [3, 3, 3, -1, 3, 3, 3, 6, 3];
  const rels = ['punct', 'nsubj', 'aux', 'root', 'punct', 'punct', 'parataxis', 'obj', 'punct'];
  applyReportingInversionRule(forms, upos, heads, rels);
  assert.equal(rels[7], 'nsubj');
});

test('a conjoined verb, a pronoun, a verb with a subject or another verb keep their object', () => {
  // He called , warned the managers .  (conj)
  const a = ['nsubj', 'root', 'punct', 'conj', 'det', 'obj', 'punct'];
  applyReportingInversionRule(['He', 'called', ',', 'warned', 'the', 'managers', '.'], ['PRON', 'VERB', 'PUNCT', 'VERB', 'DET', 'NOUN', 'PUNCT'], [1, -1, 3, 1, 5, 3, 1], a);
  assert.equal(a[5], 'obj');
  // " Go , " warned them .  (pronoun)
  const b = ['punct', 'root', 'punct', 'punct', 'parataxis', 'obj', 'punct'];
  applyReportingInversionRule(['"', 'Go', ',', '"', 'warned', 'them', '.'], ['PUNCT', 'VERB', 'PUNCT', 'PUNCT', 'VERB', 'PRON', 'PUNCT'], [1, -1, 1, 1, 1, 4, 1], b);
  assert.equal(b[5], 'obj');
  // Troops advanced , leaving villages empty .  (not a reporting verb)
  const c = ['nsubj', 'root', 'punct', 'advcl', 'obj', 'xcomp', 'punct'];
  applyReportingInversionRule(['Troops', 'advanced', ',', 'leaving', 'villages', 'empty', '.'], ['NOUN', 'VERB', 'PUNCT', 'VERB', 'NOUN', 'ADJ', 'PUNCT'], [1, -1, 3, 1, 3, 3, 1], c);
  assert.equal(c[4], 'obj');
  // " No , " Kyiv said the offer .  (has a subject)
  const d = ['punct', 'root', 'punct', 'punct', 'nsubj', 'parataxis', 'det', 'obj', 'punct'];
  applyReportingInversionRule(['"', 'No', ',', '"', 'Kyiv', 'said', 'the', 'offer', '.'], ['PUNCT', 'INTJ', 'PUNCT', 'PUNCT', 'PROPN', 'VERB', 'DET', 'NOUN', 'PUNCT'], [1, -1, 1, 1, 5, 1, 7, 5, 1], d);
  assert.equal(d[7], 'obj');
});
