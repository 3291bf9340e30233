/** titledPeople: a person named by a post in a coded actor takes its code, and so does their later bare surname. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ActorMention, Span } from '../../core/types.js';
import { titledPeople } from './titled.js';

/** Sentence spans at each '. ' and the given actor mentions, found by their words. */
function run(text: string, actors: [string, string, string?][]): ActorMention[] {
  const sentences: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(/\. /g)) { sentences.push({ start: from, end: m.index! + 1 }); from = m.index! + 2; }
  sentences.push({ start: from, end: text.length });
  const mentions = actors.map(([words, code, sector]) => {
    const start = text.indexOf(words);
    return { start, end: start + words.length, text: words, code, kind: 'organisation', sentence: 0, ...(sector ? { sector } : {}) } as ActorMention;
  });
  return titledPeople(text, sentences, mentions);
}
const seen = (ms: ActorMention[]) => ms.map((m) => `${m.text}=${m.code}/${m.sector ?? ''}`);

test('"<actor> <title> <Name>": the name and the later surname take the actor\'s code and sector', () => {
  const text = 'Russian Foreign Ministry spokesman Ivan Nechayev said on Thursday that a clash was possible. Speaking at a briefing, Nechayev said Russia would respond.';
  assert.deepEqual(seen(run(text, [['Russian Foreign Ministry', 'RUS', 'GOV']])), ['Ivan Nechayev=RUS/GOV', 'Nechayev=RUS/GOV']);
});

test('a capitalised title stands between actor and name; a title is never the name\'s first word', () => {
  const text = 'Kremlin Spokesman Ivan Petrov said so. Petrov added more.';
  assert.deepEqual(seen(run(text, [['Kremlin', 'RUS', 'GOV']])), ['Ivan Petrov=RUS/GOV', 'Petrov=RUS/GOV']);
  assert.deepEqual(run('Kremlin Spokesman Said so.', [['Kremlin', 'RUS', 'GOV']]), []);
});

test('"the <title> of <actor>, <Name>," and "<Name>, a <title> for <actor>" are the apposition frames', () => {
  const a = "The head of Russia's Federation Council, Valentina Matvienko, has called for talks. Matvienko suggested a meeting.";
  assert.deepEqual(seen(run(a, [["Russia's Federation Council", 'RUS', 'LEG']])), ['Valentina Matvienko=RUS/LEG', 'Matvienko=RUS/LEG']);
  const b = 'Ivan Petrov, a spokesman for the Russian Foreign Ministry, said so. Petrov added more.';
  assert.deepEqual(seen(run(b, [['Russian Foreign Ministry', 'RUS', 'GOV']])), ['Ivan Petrov=RUS/GOV', 'Petrov=RUS/GOV']);
});

test('no title between actor and name, or a name part around the surname: nothing', () => {
  // a verb is no title: "Russia said Ivan Petrov …" does not make Petrov Russian
  assert.deepEqual(run('Russia said Ivan Petrov would go. Petrov went.', [['Russia', 'RUS']]), []);
  // "Anna Nechayev" and "Nechayev Street" are other names
  const text = 'Kremlin spokesman Ivan Nechayev said so. Anna Nechayev and Nechayev Street are elsewhere.';
  assert.deepEqual(seen(run(text, [['Kremlin', 'RUS', 'GOV']])), ['Ivan Nechayev=RUS/GOV']);
});

test('a surname two people of different countries share names neither', () => {
  const text = 'Russian envoy Ivan Smirnov met Ukrainian envoy Oleg Smirnov. Smirnov said talks went well.';
  const got = seen(run(text, [['Russian', 'RUS', 'GOV'], ['Ukrainian', 'UKR', 'GOV']]));
  assert.deepEqual(got, ['Ivan Smirnov=RUS/GOV', 'Oleg Smirnov=UKR/GOV']);
});
