/**
 * The coding pipeline parses only the sentences that can hold an event (candidates.ts): a sentence with a
 * trigger and a party gets a tree, one without a party or trigger gets UNPARSED, and the events are those of a
 * pipeline that parses every sentence.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDocument } from '../../core/document.js';
import type { Document } from '../../core/types.js';
import { actors } from '../actors/index.js';
import { language } from '../language.js';
import { locations } from '../locations/index.js';
import { createPipeline } from '../pipeline.js';
import { syntax, UNPARSED } from '../syntax/index.js';
import { times } from '../times.js';
import { tokenizer } from '../tokenizer.js';
import { mayHoldEvent } from './candidates.js';
import { findMatches, hasMatch } from './coder.js';
import { events } from './index.js';
import { codingPipeline } from './pipeline.js';

const parseAll = createPipeline([language, tokenizer, actors, times, syntax, events, locations]);
const doc = (text: string) => createDocument({ text, published: '2022-03-10', source: { kind: 'text', uri: 'candidates-test' } });

/** Whether the tokens of sentence `s` were parsed. */
function parsed(d: Document, s: number): boolean {
  const k = d.layers.tokens!.findIndex((t) => t.sentence === s);
  return d.layers.deps![k] !== UNPARSED && d.layers.deps![k]!.rel !== '';
}

test('a sentence with a trigger and a party is parsed; weather, a bare trigger and a partyless list are not', () => {
  const d = codingPipeline().run(doc('Russian forces shelled Kharkiv on Monday. The weather was cold and wet in March. Shelling continued through the night. '
    + 'Prices of wheat and corn rose sharply.'));
  assert.equal(parsed(d, 0), true);
  assert.equal(parsed(d, 1), false);
  assert.equal(parsed(d, 2), false, 'a trigger with no one to do it');
  assert.equal(parsed(d, 3), false);
  assert.equal(d.layers.deps!.length, d.layers.tokens!.length);
});

test('a generic agent noun the matcher passed over is a party when a trigger is there: "Teachers went on strike"', () => {
  const d = codingPipeline().run(doc('Teachers went on strike over unpaid salaries. Teachers earn little in the provinces.'));
  assert.equal(parsed(d, 0), true);
  assert.equal(parsed(d, 1), false, 'an agent noun without a trigger');
  assert.deepEqual(d.layers.events!.map((e) => `${e.type} ${e.actor.map((a) => `${a.code}.${a.sector}`).join('+')}`), ['PROTEST ---.EDU']);
});

test('a pronoun is a party: "He met Macron" is parsed', () => {
  const d = codingPipeline().run(doc('Scholz travelled to Paris. He met Macron at the Elysee on Tuesday.'));
  assert.equal(parsed(d, 1), true);
});

test('a verb known only to the CAMEO dictionary is parsed when two parties are named', () => {
  const d = codingPipeline().run(doc('The weather was cold. Turkey rebuked Greece over the islands.'));
  const tokens = d.layers.tokens!;
  const first = tokens.findIndex((t) => t.sentence === 1);
  assert.equal(mayHoldEvent(d, first, tokens.length), true);
  assert.equal(mayHoldEvent(d, 0, first), false);
});

test('parsing only the candidates gives the events of parsing every sentence', () => {
  const texts = [
    'Ukrainian officials said on Sunday that Russian troops shelled the city of Mariupol overnight. Residents fled west. '
      + 'Zelensky spoke with Biden by phone and asked for more air defence. The talks in Istanbul ended without a deal.',
    'Riot police detained two opposition activists in Gitega province on Sunday. Rain fell all day. '
      + 'The European Union imposed new sanctions on Belarus, and Minsk condemned the move. He said it was illegal.',
  ];
  for (const text of texts) {
    const key = (d: Document) => d.layers.events!.map((e) => `${e.type} ${e.cameo} ${e.actor.map((a) => a.code)} ${e.recipient.map((a) => a.code)}`).sort();
    const some = codingPipeline().run(doc(text));
    assert.ok(some.layers.events!.length > 0, 'the texts hold events');
    assert.deepEqual(key(some), key(parseAll.run(doc(text))));
  }
});

test('hasMatch, which stops at the first match, agrees with findMatches on every sentence (the selector uses it)', () => {
  const d = createPipeline([language, tokenizer]).run(doc([
    'Russia shelled Kharkiv on Monday.', 'The weather was cold in March.', 'Officials said they would provide food security in the region.',
    'Ukraine accused Moscow of attacks and demanded talks, while Turkey offered to mediate.', 'He lives in peace.',
    'Protesters marched in Tbilisi; police detained dozens and the government promised an inquiry.',
  ].join(' ')));
  const tokens = d.layers.tokens!;
  let sentences = 0;
  let withMatch = 0;
  for (let s0 = 0; s0 < tokens.length;) {
    let s1 = s0;
    while (s1 < tokens.length && tokens[s1]!.sentence === tokens[s0]!.sentence) s1++;
    const found = findMatches(tokens, s0, s1, d.text).length > 0;
    assert.equal(hasMatch(tokens, s0, s1, d.text), found);
    sentences++;
    if (found) withMatch++;
    s0 = s1;
  }
  assert.equal(sentences, 6);
  assert.ok(withMatch >= 3 && withMatch < sentences, `${withMatch} of ${sentences} sentences with a match`);
});
