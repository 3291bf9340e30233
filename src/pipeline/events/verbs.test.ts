import assert from 'node:assert/strict';
import { test } from 'node:test';
import { discardPhrase } from './discards.js';
import { matchVerbPattern, nounKey, verbLemmas, verbPatterns, verbSet } from './verbs.js';

// argument shapes of our own sentences, as a dependency parse gives them
test('fire: at a target is an attack, an official as object is no event', () => {
  // "Gunmen fired at a police checkpoint"
  assert.equal(matchVerbPattern('fire', { prepositions: [{ prep: 'at', lemmas: ['checkpoint', 'police'] }] })?.code, '190');
  // "Troops fired on the crowd"
  assert.equal(matchVerbPattern('fire', { prepositions: ['on'] })?.code, '190');
  // "The president fired his defence minister"
  assert.equal(matchVerbPattern('fire', { objectLemmas: ['minister', 'defence'] })?.code, null);
  // "Police fired tear gas at the protesters"
  assert.equal(matchVerbPattern('fire', { objectLemmas: ['gas', 'tear'], prepositions: ['at'] })?.code, '175');
});

test('release: a person is a release, a report is no event, funds are aid', () => {
  assert.equal(matchVerbPattern('release', { objectLemmas: ['prisoners'] })?.code, '0841');
  assert.equal(matchVerbPattern('release', { objectLemmas: ['report', 'annual'] })?.code, null);
  assert.equal(matchVerbPattern('release', { objectLemmas: ['footage'] })?.code, null);
  assert.equal(matchVerbPattern('release', { objectLemmas: ['funds'] })?.code, '070');
  // "Gunmen freed the hostages": the subject side of a pattern
  assert.equal(matchVerbPattern('free', { subjectLemmas: ['gunmen'], objectLemmas: ['hostage'] })?.code, '0841');
});

test('a more specific pattern wins, a missing argument does not match', () => {
  // "asked for financial aid" (noun phrase in the oblique) vs "asked for help"
  assert.equal(matchVerbPattern('ask', { prepositions: [{ prep: 'for', lemmas: ['aid', 'financial'] }] })?.code, '0231');
  assert.equal(matchVerbPattern('ask', { objectLemmas: ['help'] })?.code, '020');
  // "rushed police to the border" vs "rushed to the border"
  assert.equal(matchVerbPattern('rush', { objectLemmas: ['police'], prepositions: [{ prep: 'to', lemmas: ['border'] }] })?.code, '153');
  assert.equal(matchVerbPattern('rush', { prepositions: [{ prep: 'to', lemmas: ['border'] }] })?.code, '154');
  // a pattern's head must be the argument's head: "a border police unit" is no border
  assert.notEqual(matchVerbPattern('rush', { prepositions: [{ prep: 'to', lemmas: ['unit', 'border', 'police'] }] })?.code, '154');
});

test('the recipient may come after a preposition; [a:b] codes give the reverse event', () => {
  // "Russia withdrew from Kherson"
  const w = matchVerbPattern('withdraw', { prepositions: [{ prep: 'from', lemmas: ['kherson'] }] });
  assert.equal(w?.code, '0874');
  assert.equal(w?.recipient, 'from');
  // "the minister rushed to Kyiv": a visit, and a hosting by the place
  const r = matchVerbPattern('rush', { prepositions: ['to'] });
  assert.deepEqual([r?.code, r?.reverse], ['042', '043']);
});

test('the verb alone gives its own or its block code; phrasal verbs are their own entries', () => {
  assert.equal(matchVerbPattern('arrest')?.code, '173');
  assert.equal(matchVerbPattern('accelerate')?.code, null);
  assert.equal(matchVerbPattern('frobnicate'), null);
  assert.equal(matchVerbPattern('blow', { particle: 'up' })?.block, 'EXPLOSIVE_DESTRUCTION');
  assert.ok(verbLemmas().length > 1500);
  assert.ok(verbPatterns('fire').some((p) => p.own));
  assert.ok(verbSet('&weapon').has('missile'));
  assert.equal(nounKey('Militias'), 'militia');
});

test('every set a pattern names is defined, and every lemma points at a block with its patterns', () => {
  for (const lemma of verbLemmas()) {
    for (const p of verbPatterns(lemma)) {
      for (const term of [p.subj, p.obj, ...(p.pp ?? []).map((e) => e.noun)]) {
        for (const w of term?.split(' ') ?? []) if (w.startsWith('&')) assert.ok(verbSet(w).size > 0, `${lemma}: ${w}`);
      }
      assert.ok(p.code === null || /^\d{2,4}$/.test(p.code), `${lemma}: ${p.code}`);
    }
  }
});

test('discard phrases mark sports and entertainment news', () => {
  assert.equal(discardPhrase('He scored twice in the World Cup qualifier')?.phrase, 'world cup');
  assert.equal(discardPhrase('Troops shelled the town on Monday'), null);
});

test('Parley\'s argument patterns: forces leaving, harm inflicted, crowds gathering, trade cut', () => {
  assert.equal(matchVerbPattern('leave', { subjectLemmas: ['troop', 'russian'], objectLemmas: ['town'] })?.code, '0874');
  assert.notEqual(matchVerbPattern('leave', { subjectLemmas: ['president'], objectLemmas: ['capital'] })?.code, '0874');
  assert.equal(matchVerbPattern('inflict', { objectLemmas: ['loss', 'heavy'] })?.code, '190');
  assert.equal(matchVerbPattern('inflict', { objectLemmas: ['tax'] })?.code, '170');
  assert.equal(matchVerbPattern('gather', { subjectLemmas: ['protester'] })?.code, '141');
  assert.equal(matchVerbPattern('cut', { objectLemmas: ['trade'] })?.code, '163');
});
