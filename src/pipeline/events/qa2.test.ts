/**
 * False events and modality found by reading 150 coded news articles: month names and names taken for
 * triggers, physical "slammed into", fires battled, goals "failed to meet", images "released by", "call-up",
 * atrocities committed, troops sent into a country, letters sent, pledges not to act, bans agreed; and the
 * modality cues for trailing attributions, accusations and conditions. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventRecord } from '../../core/types.js';
import { lexicon, matchAt } from './lexicon.js';
import { modalityAt } from './modality.js';
import { codeText } from './pipeline.js';
import { sentenceView } from './sentence.js';

const events = (text: string): EventRecord[] => codeText(text, '2025-03-01').layers.events;
const types = (text: string) => events(text).map((e) => e.type).sort().join(',');
const trigger = (text: string, e: EventRecord) => text.slice(e.evidence.trigger.start, e.evidence.trigger.end);

/** The modality cues at the first token whose surface form is `word`. */
function cuesAt(text: string, word: string) {
  const doc = codeText(text, '2025-03-01');
  const tokens = doc.layers.tokens!;
  const head = tokens.findIndex((t) => t.norm === word);
  assert.ok(head >= 0, `no "${word}" in "${text}"`);
  const s = tokens[head]!.sentence;
  const start = tokens.findIndex((t) => t.sentence === s);
  let end = start;
  while (end < tokens.length && tokens[end]!.sentence === s) end++;
  return modalityAt(sentenceView(tokens, start, end, doc.layers.actors ?? [], new Set()), head);
}

test('a month name in a date is no trigger and does not replace the real event', () => {
  const attack = events('Russia attacked Kyiv in March.');
  assert.deepEqual(attack.map((e) => e.type), ['ASSAULT']);
  assert.equal(trigger('Russia attacked Kyiv in March.', attack[0]!), 'attacked');
  assert.equal(types('Poland expelled Russian diplomats in late March.'), 'SANCTION');
  assert.equal(events('Georgia closed the border on 3 March.').some((e) => e.type === 'PROTEST'), false);
  // a march that is no date still is one
  assert.equal(types('Thousands of Georgians march on parliament.'), 'PROTEST');
});

test('with the text, a capitalised word inside a sentence is a name, not a trigger; Title Case and sentence starts are not', () => {
  const lex = lexicon();
  const at = (text: string, word: string) => {
    const doc = codeText(text, '2025-03-01');
    const tokens = doc.layers.tokens!;
    const i = tokens.findIndex((t) => t.norm === word);
    let end = i;
    while (end < tokens.length && tokens[end]!.sentence === tokens[i]!.sentence) end++;
    return { without: matchAt(lex, tokens, i, end), with: matchAt(lex, tokens, i, end, doc.text) };
  };
  const credit = at('Protesters gathered outside the embassy (Reuters photo/Jane Grant).', 'grant');
  assert.ok(credit.without, 'the lexicon alone matches "Grant"');
  assert.equal(credit.with, null);
  assert.ok(at('Grant them asylum, the lawyers urged.', 'grant').with, 'a sentence-initial word may be a trigger');
  assert.ok(at('Hungary Blocks EU Sanctions On Russian Oil', 'blocks').with ?? at('Hungary Blocks EU Sanctions On Russian Oil', 'sanctions').with, 'Title Case headlines keep their verbs');
  assert.ok(at('Kenya said it would grant them asylum.', 'grant').with, 'a lower-case word is unaffected');
});

test('hyphen compounds and participles after a non-event noun open no pattern', () => {
  assert.equal(events('The troop call-up began in Russia.').some((e) => e.type === 'CONSULT'), false);
  assert.equal(events('Video released by the Ukrainian army showed the damage.').some((e) => e.type === 'RETREAT'), false);
  assert.equal(types('Ukraine released twenty prisoners.'), 'RETREAT');
});

test('physical impact, fires and unmet goals are no criticism, combat or rejection', () => {
  assert.deepEqual(events('Russian drones slammed into Odesa overnight.').map((e) => e.type), ['ASSAULT']);
  assert.equal(types('The minister slammed Russia for the blockade.'), 'ACCUSE');
  assert.equal(events('Greek firefighters battled wildfires near Athens.').some((e) => e.type === 'ASSAULT'), false);
  assert.equal(types('Sudanese troops battled rebels near Khartoum.'), 'ASSAULT');
  assert.equal(events('Russia has failed to meet its goals in Ukraine.').some((e) => e.type === 'REJECT'), false);
  assert.equal(types('Serbia failed to reach agreement with Kosovo.'), 'REJECT');
  assert.equal(events('Moldova said the mobilisation is expected to end soon.').some((e) => e.type === 'AGREE'), false);
});

test('committed atrocities are assaults; troops sent into a country invade; letters are no aid', () => {
  assert.deepEqual(events('Syrian forces committed war crimes in Aleppo.').map((e) => e.type), ['ASSAULT']);
  assert.deepEqual(events('Sudanese militias committed atrocities in Darfur.').map((e) => e.type), ['ASSAULT']);
  assert.deepEqual(events('Russia sent troops into Georgia on Friday.').map((e) => e.cameo), ['190']);
  assert.deepEqual(events('Russia sent troops to its border with Ukraine.').map((e) => e.type), ['MOBILIZE']);
  assert.equal(events('Castro sent Nixon a letter offering to return the weapons.').some((e) => e.type === 'AID'), false);
  assert.equal(types('France sent Ukraine new weapons.'), 'AID');
});

test('a pledge not to act is a refusal; agreeing to ban imports is the sanction', () => {
  assert.deepEqual(events('Moldova pledged not to negotiate with Russia.').map((e) => e.type), ['REJECT']);
  assert.deepEqual(events('Moldova pledged to negotiate with Russia.').map((e) => e.type), ['AGREE']);
  assert.deepEqual(events('Japan agreed to ban Russian coal imports.').map((e) => e.type), ['SANCTION']);
  assert.deepEqual(events('Japan agreed to send aid to Ukraine.').map((e) => e.type), ['AGREE']);
});

test('a sentence-final attribution makes the events reported; a sentence without one does not', () => {
  assert.equal(cuesAt('Russian troops shelled Kharkiv, officials said.', 'shelled').reported, true);
  assert.equal(cuesAt('Russian troops shelled Kharkiv, it said in a statement on Monday.', 'shelled').reported, true);
  assert.equal(cuesAt('Russian troops shelled Kharkiv, according to the governor.', 'shelled').reported, true);
  assert.equal(cuesAt('"Russian troops shelled Kharkiv," the mayor told reporters.', 'shelled').reported, true);
  assert.equal(cuesAt('Russian troops shelled Kharkiv on Monday.', 'shelled').reported, false);
  assert.equal(cuesAt('Russian troops shelled Kharkiv, in addition to the strikes the army announced.', 'shelled').reported, false);
  assert.equal(cuesAt('Russian troops shelled Kharkiv, killing three people.', 'shelled').reported, false);
});

test('the complement of an accusation is reported; the accusation itself is not', () => {
  assert.equal(cuesAt('Moscow accused Kyiv of repeatedly violating the truce.', 'violating').reported, true);
  assert.equal(cuesAt('Armenia blamed Azerbaijan for the shelling.', 'shelling').reported, true);
  assert.equal(cuesAt('Moscow accused Kyiv of repeatedly violating the truce.', 'accused').reported, false);
  assert.equal(cuesAt('Kyiv violated the truce on Monday.', 'violated').reported, false);
  assert.equal(cuesAt('Britain rejected the claims and said that its aid to Kyiv would continue.', 'aid').reported, false);
});

test('conditions and wishes make an event hypothetical: if, only after, provided that, wants to', () => {
  const after = cuesAt('Kyiv will talk only after all Russian troops withdrew.', 'withdrew');
  assert.equal(after.hypothetical && after.conditional, true);
  assert.equal(cuesAt('Kyiv will talk provided that Russia withdraws its troops.', 'withdraws').hypothetical, true);
  assert.equal(cuesAt('If Russia attacks Moldova, NATO will respond.', 'attacks').hypothetical, true);
  assert.equal(cuesAt('Kyiv talked after all Russian troops withdrew.', 'withdrew').hypothetical, false);
  assert.equal(cuesAt('Some soldiers want to fight on.', 'fight').hypothetical, true);
  assert.equal(cuesAt('Some soldiers went to fight on.', 'fight').hypothetical, false);
  assert.equal(cuesAt('Russia pledged not to attack Moldova.', 'pledged').negated, true);
  assert.equal(cuesAt('Russia pledged to attack Moldova.', 'pledged').negated, false);
});
