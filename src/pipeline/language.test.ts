/**
 * Language detection: an article in French is marked and not coded as English; English stays English; a text
 * too short to tell stays English. Our own sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDocument } from '../core/document.js';
import { defaultPipeline } from './index.js';
import { detectLanguage, LANGUAGE_UNSUPPORTED_CODE } from './language.js';

const FRENCH = `Le ministre russe des Affaires étrangères a rencontré mardi son homologue turc à Ankara pour discuter d'un cessez-le-feu.
Les deux hommes ont promis de poursuivre les négociations la semaine prochaine, selon un communiqué publié après la réunion.
Pendant ce temps, l'armée a bombardé plusieurs villages près de la frontière, faisant au moins douze morts parmi les civils.`;
const ENGLISH = `Russia's foreign minister met his Turkish counterpart in Ankara on Tuesday to discuss a ceasefire.
The two men promised to continue the negotiations next week, according to a statement issued after the meeting.
Meanwhile the army shelled several villages near the border, killing at least twelve civilians.`;

test('a French article is French, gets a note, and no English coding', () => {
  assert.equal(detectLanguage(FRENCH), 'fr');
  const doc = defaultPipeline().run(createDocument({ text: FRENCH, published: '2022-03-01', source: { kind: 'text', uri: '-' } }));
  assert.equal(doc.language, 'fr');
  assert.ok(doc.errors.some((e) => e.code === LANGUAGE_UNSUPPORTED_CODE));
  assert.equal(doc.layers.events, undefined, 'events are not coded');
  assert.ok(doc.layers.sentences?.length, 'the text is still split into sentences');
});

test('the same news in English is English and coded', () => {
  assert.equal(detectLanguage(ENGLISH), 'en');
  const doc = defaultPipeline().run(createDocument({ text: ENGLISH, published: '2022-03-01', source: { kind: 'text', uri: '-' } }));
  assert.equal(doc.language, 'en');
  assert.ok(!doc.errors.some((e) => e.code === LANGUAGE_UNSUPPORTED_CODE));
  assert.ok((doc.layers.events?.length ?? 0) > 0);
});

test('a line too short to tell stays English', () => {
  assert.equal(detectLanguage('Le ministre a rencontré son homologue.'), 'en');
  assert.equal(detectLanguage('Putin met Erdogan in Sochi.'), 'en');
});
