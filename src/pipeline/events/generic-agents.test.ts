/**
 * Generic agents the actor mentions miss but the parse makes parties (args.ts genericAgents): a sector noun heading a
 * verb's subject or object, through a counting or member noun ("thousands of teachers", "members of the party"),
 * coded `---` with its sector (the locations component then gives it the country of the event's place). Hand trees,
 * so the reading is tested, not the parser.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ActorRef, EventRecord } from '../../core/types.js';
import { agentSectorOf } from '../../knowledge/index.js';
import { codeWithTree } from '../../testing/hand-tree.js';

const refs = (rs: ActorRef[]) => rs.map((r) => `${r.code}.${r.sector ?? ''}`).join('+');
const show = (e: EventRecord) => `${e.type} ${refs(e.actor)}->${refs(e.recipient)}`;

test('the agents dictionary names the sector a phrase ends with, not places, people in general or institutions', () => {
  assert.equal(agentSectorOf('the main opposition party'), 'OPP');
  assert.equal(agentSectorOf('teachers'), 'EDU');
  assert.equal(agentSectorOf('suicide bomber'), 'REB');
  assert.equal(agentSectorOf('the city'), null);
  assert.equal(agentSectorOf('men'), null);
  assert.equal(agentSectorOf('Russia'), null);
  assert.equal(agentSectorOf('the school'), null);
});

test('a counted agent is read through its "of" phrase', () => {
  const all = codeWithTree('Thousands of teachers marched in Nairobi.', '4:nsubj 3:case 1:nmod 0:root 6:case 4:obl 4:punct', '2024-05-12').layers.events;
  assert.deepEqual(all.filter((e) => e.type === 'PROTEST').map((e) => refs(e.actor)), ['---.EDU']);
});

test('members of a party arrested by the police are that party', () => {
  const all = codeWithTree('Police in Dhaka arrested members of the main opposition party.',
    '4:nsubj 3:case 1:nmod 0:root 4:obj 10:case 10:det 10:amod 10:compound 5:nmod 4:punct', '2024-05-12').layers.events;
  assert.deepEqual(all.map(show), ['COERCE BGD.COP->---.OPP']);
});

test('a compound agent noun is the subject ("a suicide bomber")', () => {
  const all = codeWithTree('A suicide bomber attacked a mosque in Peshawar.', '3:det 3:compound 4:nsubj 0:root 6:det 4:obj 8:case 6:nmod 4:punct', '2024-05-12').layers.events;
  assert.deepEqual(all.filter((e) => e.type === 'ASSAULT').map((e) => refs(e.actor)), ['---.REB']);
});

test('people in general and places are no party of their own', () => {
  const all = codeWithTree('Soldiers arrested three men in the city.', '2:nsubj 0:root 4:nummod 2:obj 7:case 7:det 2:obl 2:punct', '2024-05-12').layers.events;
  assert.deepEqual(all.map(show), ['COERCE ---.MIL->']);
});

test('an agent owned by a pronoun belongs to the owner named before, not to the place ("its military")', () => {
  const all = codeWithTree('Russia said its troops attacked Kharkiv.', '2:nsubj 0:root 4:nmod:poss 5:nsubj 2:ccomp 5:obj 2:punct', '2024-05-12').layers.events;
  assert.ok(all.some((e) => e.type === 'ASSAULT'), all.map(show).join(' | '));
  assert.ok(all.every((e) => !e.actor.some((a) => a.sector === 'MIL' && a.code === '---')), all.map(show).join(' | '));
});
