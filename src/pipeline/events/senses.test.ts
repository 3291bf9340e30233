/**
 * Senses constrained by arguments (senses.ts, the PETRARCH2 verb dictionary asked with the tree's arguments),
 * on hand-built trees: a verb with the wrong kind of object codes nothing, the right kind codes its event, and
 * a verb the trigger lexicon lacks is coded from the dictionary only with both an actor and a recipient.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventRecord } from '../../core/types.js';
import { codeWithTree } from '../../testing/hand-tree.js';
import { codeText } from './pipeline.js';
import { verbArgsOf } from './senses.js';
import { sentenceTree } from './tree.js';

const show = (e: EventRecord) => `${e.type} ${e.actor.map((a) => a.code).join('+')}->${e.recipient.map((a) => a.code).join('+')}`;
const coded = (text: string, tree: string) => codeWithTree(text, tree).layers.events.map(show);

test('"deploy" needs forces: an app is no deployment, troops are', () => {
  assert.deepEqual(coded('Ukraine deployed a new app.', '2:nsubj 0:root 5:det 5:amod 2:obj 2:punct'), []);
  assert.deepEqual(coded('Russia deployed troops to the border.', '2:nsubj 0:root 2:obj 6:case 6:det 2:obl 2:punct').map((s) => s.split(' ')[0]), ['MOBILIZE']);
});

test('"shoot" a film is no shooting; people shot are', () => {
  const types = (text: string) => codeText(text, '2022-06-01').layers.events.map((e) => e.type);
  assert.deepEqual(types('Serbian soldiers shot a documentary in Kosovo.'), []);
  assert.deepEqual(types('A Ukrainian crew planned to shoot part of their film in Crimea.'), []);
  assert.deepEqual(types('Myanmar soldiers shot two protesters in Yangon.'), ['ASSAULT']);
});

test('"release" a person is a release; a report is nothing', () => {
  assert.deepEqual(coded('Russia released two Ukrainian soldiers.', '2:nsubj 0:root 5:nummod 5:amod 2:obj 2:punct'), ['RETREAT RUS->UKR']);
  assert.deepEqual(coded('Ukraine released a report on Russia.', '2:nsubj 0:root 4:det 2:obj 6:case 4:nmod 2:punct'), []);
});

test('a verb the lexicon lacks is coded from the dictionary when it has an actor and a recipient', () => {
  assert.deepEqual(coded('Russia abducted a Ukrainian minister.', '2:nsubj 0:root/VERB 5:det 5:amod 2:obj 2:punct'), ['ASSAULT RUS->UKR']);
  assert.deepEqual(coded('The mayor abducted .', '2:det 3:nsubj 0:root/VERB 3:punct'), [], 'no actor, no recipient: nothing');
});

test('the arguments the dictionary is asked with', () => {
  const doc = codeWithTree('France imposed new EU sanctions on Russia.', '2:nsubj 0:root 5:amod 5:compound 2:obj 7:case 2:obl 2:punct');
  const t = sentenceTree(doc.layers.deps, doc.layers.tokens!, 0, doc.layers.tokens!.length)!;
  assert.deepEqual(verbArgsOf(t, 1), { subjectLemmas: ['france'], objectLemmas: ['sanction', 'new', 'eu'], prepositions: [{ prep: 'on', lemmas: ['russia'] }] });
});
