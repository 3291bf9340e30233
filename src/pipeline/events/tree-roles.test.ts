/**
 * Events read from a dependency tree written by hand (src/testing/hand-tree.ts), one test per sentence shape:
 * subjects past relative clauses and participles, passives, reported speech, control verbs, coordination,
 * reciprocals, event nouns with their own arguments, conditions, questions, background tense, and dates
 * from the event's own clause. The trees are what a correct UD parse gives, so these test the reading of
 * the tree, not a parser.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventRecord } from '../../core/types.js';
import { codeWithTree } from '../../testing/hand-tree.js';

const codes = (refs: { code: string; sector?: string }[]) => refs.map((r) => r.code).sort().join('+');
const show = (e: EventRecord) => `${e.type} ${codes(e.actor)}->${codes(e.recipient)}`;
const news = (e: EventRecord) => !e.negated && e.modality !== 'hypothetical';

function coded(text: string, tree: string, date = '2024-05-12'): EventRecord[] {
  return codeWithTree(text, tree, date).layers.events;
}

test('a passive: the by-agent acts on the subject', () => {
  const all = coded('Kharkiv was shelled by Russian forces.', '3:nsubj:pass 3:aux:pass 0:root 6:case 6:amod 3:obl:agent 3:punct');
  assert.deepEqual(all.map(show), ['ASSAULT RUS->UKR']);
});

test('a long subject with a relative clause: the head noun acts, not the clause', () => {
  const all = coded('The Russian army, which arrived in Belgorod last week, shelled Kharkiv.',
    '3:det 3:amod 12:nsubj 6:punct 6:nsubj 3:acl:relcl 8:case 6:obl 10:amod 6:obl:tmod 6:punct 0:root 12:obj 12:punct');
  assert.deepEqual(all.filter((e) => e.type === 'ASSAULT').map(show), ['ASSAULT RUS->UKR']);
});

test('reported speech: the content clause is the event, the speaker its source', () => {
  const [e, ...rest] = coded('Ukraine said Russian forces shelled Kharkiv on Sunday.', '2:nsubj 0:root 4:amod 5:nsubj 2:ccomp 5:obj 8:case 5:obl 2:punct');
  assert.equal(rest.length, 0);
  assert.equal(show(e!), 'ASSAULT RUS->UKR');
  assert.equal(e!.modality, 'reported');
  assert.equal(e!.date, '2024-05-12');
});

test('a participle modifying the subject is no subject of its own', () => {
  const all = coded('Russian troops fighting near Izium shelled Kharkiv.', '2:amod 6:nsubj 2:acl 5:case 3:obl 0:root 6:obj 6:punct');
  assert.deepEqual(all.map(show), ['ASSAULT RUS->UKR'], 'and "fighting" near Izium is no event of the sentence');
});

test('object control: "urged Russia to withdraw" appeals to Russia', () => {
  const all = coded('The EU urged Russia to withdraw its troops from Ukraine.', '2:det 3:nsubj 0:root 3:obj 6:mark 3:xcomp 8:nmod:poss 6:obj 10:case 6:obl 3:punct');
  assert.equal(all.length, 1);
  assert.equal(all[0]!.type, 'REQUEST');
  assert.equal(codes(all[0]!.actor), 'EUR');
  assert.equal(codes(all[0]!.recipient), 'RUS');
});

test('coordinated subjects both act', () => {
  const all = coded('Russia and Belarus attacked Ukraine.', '4:nsubj 3:cc 1:conj 0:root 4:obj 4:punct');
  assert.deepEqual(all.map(show), ['ASSAULT BLR+RUS->UKR']);
});

test('reciprocal talks under a light verb code both directions', () => {
  const all = coded('Ukraine and Poland held talks in Warsaw.', '4:nsubj 3:cc 1:conj 0:root 4:obj 7:case 4:obl 4:punct');
  assert.deepEqual(all.map(show).sort(), ['CONSULT POL->UKR', 'CONSULT UKR->POL']);
});

test('an if-clause is hypothetical; the main clause is a threat', () => {
  const all = coded('If Ukraine was granted membership, Russia would attack NATO.', '4:mark 4:nsubj:pass 4:aux:pass 9:advcl 4:obj 9:punct 9:nsubj 9:aux 0:root 9:obj 9:punct');
  assert.ok(all.every((e) => e.type !== 'AID' || e.modality === 'hypothetical'), JSON.stringify(all.map(show)));
  const threat = all.find((e) => e.type === 'THREATEN');
  assert.equal(threat && show(threat), 'THREATEN RUS->NATO');
});

test('a date belongs to its own clause; the past perfect of reported speech is still news', () => {
  const all = coded('Iran said on Monday that Israel had bombed its embassy in Damascus on Sunday.',
    '2:nsubj 0:root 4:case 2:obl 8:mark 8:nsubj 8:aux 2:ccomp 10:nmod:poss 8:obj 12:case 10:nmod 14:case 8:obl 2:punct');
  assert.equal(all.length, 1);
  assert.equal(all[0]!.type, 'ASSAULT');
  assert.equal(codes(all[0]!.actor), 'ISR');
  assert.equal(all[0]!.date, '2024-05-12', 'Sunday, the bombing, not Monday, the saying');
});

test('a question and the past perfect of narrative are no events of the day', () => {
  assert.deepEqual(coded('When did Russia invade Ukraine?', '4:advmod 4:aux 4:nsubj 0:root 4:obj 4:punct').filter(news), []);
  assert.deepEqual(coded('Stalin had deported the Tatars.', '3:nsubj 3:aux 0:root 5:det 3:obj 3:punct').filter(news), []);
  assert.deepEqual(coded('France imposed sanctions on Russia in 2014.', '2:nsubj 0:root 2:obj 5:case 2:obl 7:case 2:obl 2:punct'), []);
  assert.equal(coded('France imposed sanctions on Russia.', '2:nsubj 0:root 2:obj 5:case 2:obl 2:punct').map(show).join(), 'SANCTION FRA->RUS');
});

test('giving: the indirect object receives', () => {
  const all = coded('Germany sent Ukraine tanks.', '2:nsubj 0:root 2:iobj 2:obj 2:punct');
  assert.deepEqual(all.map(show), ['AID DEU->UKR']);
});

test('a phone call: the verb with its "with" frame, or the noun as the setting of the clause', () => {
  const a = coded('Trump spoke with Putin in a phone call on Tuesday.', '2:nsubj 0:root 4:case 2:obl 8:case 8:det 8:compound 2:obl 10:case 2:obl 2:punct');
  assert.deepEqual(a.map(show), ['CONSULT USA->RUS']);
  assert.equal(a[0]!.mode, 'phone');
  const b = coded('During a phone call with Putin, Trump said he wanted peace.', '4:case 4:det 4:compound 9:obl 6:case 4:nmod 9:punct 9:nsubj 0:root 11:nsubj 9:ccomp 11:obj 9:punct');
  assert.deepEqual(b.filter((e) => e.type === 'CONSULT').map(show), ['CONSULT USA->RUS']);
  assert.equal(b.find((e) => e.type === 'CONSULT')!.mode, 'phone');
});

test('"insisted that" a past fact is no demand; "demanded that" a base verb is', () => {
  assert.deepEqual(coded('Poland insisted that Russia had shelled the town.', '2:nsubj 0:root 6:mark 6:nsubj 6:aux 2:ccomp 8:det 6:obj 2:punct')
    .filter((e) => e.type === 'REQUEST'), []);
  const demand = coded('Poland demanded that Russia halt its attacks.', '2:nsubj 0:root 5:mark 5:nsubj 2:ccomp 7:nmod:poss 5:obj 2:punct');
  assert.deepEqual(demand.map(show), ['REQUEST POL->RUS']);
});

test('a meeting in a time adjunct is an event of its own, with the clause subject as a party', () => {
  const during = coded('During a phone call with Putin, Trump agreed to a pause in strikes.',
    '4:case 4:det 4:compound 9:obl 6:case 4:nmod 9:punct 9:nsubj 0:root 12:case 12:det 9:obl 14:case 12:nmod 9:punct');
  const call = during.find((e) => e.type === 'CONSULT');
  assert.ok(call, during.map(show).join(', '));
  assert.equal(show(call), 'CONSULT USA->RUS');
  assert.equal(call.mode, 'phone');
  const after = coded('After talks with Macron, Scholz pledged more aid to Ukraine.',
    '2:case 7:obl 4:case 2:nmod 7:punct 7:nsubj 0:root 9:amod 7:obj 11:case 9:nmod 7:punct');
  assert.deepEqual(after.filter((e) => e.type === 'CONSULT').map(show), ['CONSULT DEU->FRA']);
  // an attack before the clause's act is not the subject's
  const strike = coded('After the strike on Kyiv, Zelensky called Biden.',
    '3:case 3:det 8:obl 5:case 3:nmod 8:punct 8:nsubj 0:root 8:obj 8:punct');
  assert.equal(strike.some((e) => e.type === 'ASSAULT' && codes(e.actor) === 'UKR'), false, strike.map(show).join(', '));
});

test('a bare past participle with its agent is passive in any relation: the agent acts on the clause subject', () => {
  const all = coded('Wounded by Russian shelling, Ukrainian soldiers held the line.', '8:advcl 4:case 4:amod 1:obl:agent 8:punct 7:amod 8:nsubj 0:root 10:det 8:obj 8:punct');
  assert.deepEqual(all.filter((e) => e.type === 'ASSAULT').map(show), ['ASSAULT RUS->UKR']);
});

test('a participle coordinated with a passive is passive too, and the means names the attacker', () => {
  const all = coded('Six Ukrainian soldiers were killed and ten others wounded in Russian shelling.',
    '3:nummod 3:amod 5:nsubj:pass 5:aux:pass 0:root 9:cc 8:nummod 9:nsubj 5:conj 12:case 12:amod 9:obl 5:punct');
  assert.deepEqual(all.filter(news).map(show), ['ASSAULT RUS->UKR']);
});

test('the means of a passive names who did it: "killed in a Russian missile strike"', () => {
  const all = coded('Two Ukrainian soldiers were killed in a Russian missile strike.', '3:nummod 3:amod 5:nsubj:pass 5:aux:pass 0:root 10:case 10:det 10:amod 10:compound 5:obl 5:punct');
  assert.deepEqual(all.filter(news).map(show), ['ASSAULT RUS->UKR']);
});

test('an object that is an event noun is no means: "would meet the U.N. mediator" keeps the speaker as actor', () => {
  const all = coded('Afghan rebels said they would meet a U.N. mediator.', '2:amod 3:nsubj 0:root 6:nsubj 6:aux 3:ccomp 9:det 9:compound 6:obj 3:punct');
  assert.ok(all.some((e) => codes(e.actor) === 'AFG'), all.map(show).join(' | '));
  assert.ok(!all.some((e) => codes(e.actor) === 'UNO'), all.map(show).join(' | '));
});

test('what comes under an act undergoes it: "X came under Ukrainian fire", "X is under Russian attack"', () => {
  const came = coded('Belgorod came under Ukrainian fire on Saturday.', '2:nsubj 0:root 5:case 5:amod 2:obl 7:case 2:obl 2:punct');
  assert.deepEqual(came.filter(news).map(show), ['ASSAULT UKR->RUS']);
  const is = coded('Kharkiv is under Russian attack.', '5:nsubj 5:cop 5:case 5:amod 0:root 5:punct');
  assert.deepEqual(is.filter(news).map(show), ['ASSAULT RUS->UKR']);
});

test('what is kept from happening did not happen: "to avoid US sanctions", "prevented Russia from attacking"', () => {
  const avoid = coded('He sold the stake to avoid US sanctions.', '2:nsubj 0:root 4:det 2:obj 6:mark 2:advcl 8:compound 6:obj 2:punct');
  assert.deepEqual(avoid.filter(news).filter((e) => !e.negated).map(show), []);
  const prevent = coded('Ukraine prevented Russia from attacking Kyiv.', '2:nsubj 0:root 2:obj 5:mark 2:advcl 5:obj 2:punct');
  assert.deepEqual(prevent.filter((e) => e.type === 'ASSAULT' && !e.negated).map(show), []);
  const plain = coded('The US imposed sanctions on him.', '2:det 3:nsubj 0:root 3:obj 6:case 3:obl 3:punct');
  assert.deepEqual(plain.filter((e) => !e.negated).map((e) => e.type), ['SANCTION'], 'the same act without the avoiding verb is an event');
});

test('a possessive pronoun on an event noun names the clause subject, unless the verb judges someone else\'s act', () => {
  const own = coded('Israel stepped up its bombardment of Gaza.', '2:nsubj 0:root 2:compound:prt 5:nmod:poss 2:obj 7:case 5:nmod 2:punct');
  assert.deepEqual(own.filter(news).map(show), ['ASSAULT ISR->PSE']);
  const judged = coded('Ukraine condemned their attacks on civilians.', '2:nsubj 0:root 4:nmod:poss 2:obj 6:case 4:nmod 2:punct');
  assert.equal(judged.filter((e) => e.type === 'ASSAULT').some((e) => codes(e.actor) === 'UKR'), false, judged.map(show).join(' | '));
});

test('a failed attempt did not happen: "after failing to seize", "in a failed effort to seize"', () => {
  const failing = coded('Russian forces withdrew after failing to seize Kyiv.', '2:amod 3:nsubj 0:root 5:mark 3:advcl 7:mark 5:xcomp 7:obj 3:punct');
  assert.deepEqual(failing.filter((e) => e.type === 'COERCE' && !e.negated).map(show), []);
  const failed = coded('Russian forces shelled Irpin in a failed effort to seize Kyiv.', '2:amod 3:nsubj 0:root 3:obj 8:case 8:det 8:amod 3:obl 10:mark 8:acl 10:obj 3:punct');
  assert.deepEqual(failed.filter((e) => !e.negated).map(show), ['ASSAULT RUS->UKR']);
  const unable = coded('Russian forces were unable to seize Kyiv.', '2:amod 4:nsubj 4:cop 0:root 6:mark 4:xcomp 6:obj 4:punct');
  assert.deepEqual(unable.filter((e) => e.type === 'COERCE' && !e.negated).map(show), []);
  const tried = coded('Russian forces made an effort to seize Kyiv.', '2:amod 3:nsubj 0:root 5:det 3:obj 7:mark 5:acl 7:obj 3:punct');
  assert.ok(tried.some((e) => e.type === 'COERCE' && !e.negated), 'an attempt not said to fail stays an event: ' + tried.map(show).join(' | '));
});

test('a gapped object does not reach across an infinitive: "gives the order to launch weapons" is no giving of weapons', () => {
  const all = coded('Putin gives the order to launch missiles at Kyiv.', '2:nsubj 0:root 4:det 2:obj 6:mark 4:acl 6:obj 9:case 6:obl 2:punct');
  assert.equal(all.some((e) => e.type === 'AID'), false, all.map(show).join(' | '));
});

test('an event noun that is the subject of a verb of happening takes that verb\'s phrases: "clashes erupted between X and Y"', () => {
  const talks = coded('Talks took place between Russian and Ukrainian delegations in Istanbul.', '2:nsubj 0:root 2:obj 8:case 8:amod 7:cc 5:conj 2:obl 10:case 2:obl 2:punct');
  assert.ok(talks.some((e) => e.type === 'CONSULT' && codes([...e.actor, ...e.recipient]) === 'RUS+UKR'), talks.map(show).join(' | '));
  const clashes = coded('Clashes erupted between soldiers and rebels in Goma.', '2:nsubj 0:root 4:case 2:obl 6:cc 4:conj 8:case 2:obl 2:punct');
  assert.ok(clashes.some((e) => e.type === 'ASSAULT'), clashes.map(show).join(' | '));
  // the same phrase under a verb that does not say the event happened lends nothing
  const other = coded('Talks worried investors between Russian and Ukrainian delegations.', '2:nsubj 0:root 2:obj 7:case 7:amod 6:cc 4:conj 2:obl 2:punct');
  assert.equal(other.some((e) => e.type === 'CONSULT' && codes([...e.actor, ...e.recipient]) === 'RUS+UKR'), false, other.map(show).join(' | '));
});

test('an act blamed on someone was done by them: "damaged in an attack blamed on Ukraine"', () => {
  const all = coded('The fleet was damaged by drones in an attack blamed on Ukraine.', '2:det 4:nsubj:pass 4:aux:pass 0:root 6:case 4:obl:agent 9:case 9:det 4:obl 9:acl 12:case 10:obl 4:punct');
  assert.ok(all.some((e) => e.type === 'ASSAULT' && codes(e.actor) === 'UKR'), all.map(show).join(' | '));
  const unblamed = coded('The fleet was damaged by drones in an attack near Ukraine.', '2:det 4:nsubj:pass 4:aux:pass 0:root 6:case 4:obl:agent 9:case 9:det 4:obl 11:case 9:nmod 4:punct');
  assert.equal(unblamed.some((e) => codes(e.actor) === 'UKR'), false, unblamed.map(show).join(' | '));
});

test('a generic agent "from" a country comes from it: "two gunmen from Tajikistan"', () => {
  const from = coded('Two gunmen from Tajikistan opened fire on recruits.', '2:nummod 5:nsubj 4:case 2:nmod 0:root 5:obj 8:case 5:obl 5:punct');
  assert.deepEqual(from.filter(news).map((e) => `${e.type} ${codes(e.actor)}`), ['ASSAULT TJK']);
  const bare = coded('Two gunmen opened fire on recruits.', '2:nummod 3:nsubj 0:root 3:obj 6:case 3:obl 3:punct');
  assert.deepEqual(bare.filter(news).map((e) => `${e.type} ${codes(e.actor)}`), ['ASSAULT ---']);
});

test('armed forces that flee withdraw; civilians who flee do not', () => {
  const troops = coded('Russian troops fled Kherson.', '2:amod 3:nsubj 0:root 3:obj 3:punct');
  assert.deepEqual(troops.filter(news).map((e) => `${e.type} ${codes(e.actor)}`), ['RETREAT RUS']);
  const civilians = coded('Civilians fled Kherson.', '2:nsubj 0:root 2:obj 2:punct');
  assert.equal(civilians.some((e) => e.type === 'RETREAT'), false, civilians.map(show).join(' | '));
});

test('the pronoun subject of an adverbial clause is the main subject, unless the object could be meant too', () => {
  const own = coded('Russian troops looted the town before they withdrew.', '2:amod 3:nsubj 0:root/VERB 5:det 3:obj 8:mark 8:nsubj 3:advcl 3:punct');
  assert.ok(own.some((e) => e.type === 'RETREAT' && codes(e.actor) === 'RUS'), own.map(show).join(' | '));
  const either = coded('Police detained the activists after they attacked a journalist.', '2:nsubj 0:root 4:det 2:obj 7:mark 7:nsubj 2:advcl 9:det 7:obj 2:punct');
  assert.equal(either.some((e) => e.type === 'ASSAULT' && e.actor.length > 0), false, either.map(show).join(' | '));
});

test('a threat conditioned on someone\'s act is addressed to them: "if the United States …, Iran threatened to X"', () => {
  const tree = '5:mark 4:det 4:compound 5:nsubj 9:advcl 5:obj 5:punct 9:nsubj 0:root 11:mark 9:xcomp 13:det 11:obj 9:punct';
  const all = coded('If the United States imposed sanctions, Iran threatened to close the strait.', tree);
  assert.ok(all.some((e) => e.type === 'THREATEN' && codes(e.actor) === 'IRN' && codes(e.recipient) === 'USA'), all.map(show).join(' | '));
  const when = coded('When the United States imposed sanctions, Iran threatened to close the strait.', tree);
  assert.equal(when.some((e) => e.type === 'THREATEN' && codes(e.recipient) === 'USA'), false, 'a time clause names no condition: ' + when.map(show).join(' | '));
});

test('an event noun that is the passive subject of a verb of doing takes its phrases: "strikes were carried out by X on Y"', () => {
  const all = coded('Strikes were carried out by Russian jets on Ukrainian positions.', '3:nsubj:pass 3:aux:pass 0:root 3:compound:prt 7:case 7:amod 3:obl:agent 10:case 10:amod 3:obl 3:punct');
  assert.ok(all.some((e) => e.type === 'ASSAULT' && codes(e.actor) === 'RUS' && codes(e.recipient) === 'UKR'), all.map(show).join(' | '));
  const site = coded('The attack was launched from Belarus.', '2:det 4:nsubj:pass 4:aux:pass 0:root 6:case 4:obl 4:punct');
  assert.equal(site.some((e) => codes(e.actor) === 'BLR'), false, 'a launch site is not the attacker: ' + site.map(show).join(' | '));
});

test('a participle of state ("is opposed to", "engaged in") is no passive: its subject acts', () => {
  const [opposed] = coded('Israel is opposed to French mediation.', '3:nsubj:pass 3:aux:pass 0:root 6:case 6:amod 3:obl 3:punct');
  assert.equal(show(opposed!), 'REJECT ISR->FRA');
  // a true passive with the same shape keeps its voice: the subject undergoes the act
  const [shelled] = coded('Kharkiv was shelled on Sunday.', '3:nsubj:pass 3:aux:pass 0:root 5:case 3:obl 3:punct');
  assert.equal(shelled?.actor.length, 0);
  assert.equal(codes(shelled!.recipient), 'UKR');
});

test('a rejecting word that needs a clause takes a proposal for object ("declined the invitation"), not any object', () => {
  const declined = coded('Moscow declined the invitation.', '2:nsubj 0:root 4:det 2:obj 2:punct');
  assert.deepEqual(declined.map((e) => e.type), ['REJECT']);
  assert.deepEqual(coded('Russia declined the award.', '2:nsubj 0:root 4:det 2:obj 2:punct').filter((e) => e.type === 'REJECT'), []);
});

test('a modal adverb makes a guess, a planning verb a plan, a goal noun a goal: none is news of the day', () => {
  const [guess] = coded('Russia possibly attacked Kyiv.', '3:nsubj 3:advmod 0:root 3:obj 3:punct');
  assert.equal(guess?.modality, 'hypothetical');
  const [planned] = coded('The ministers prepared new sanctions against Russia.', '3:det 3:nsubj 0:root 5:amod 3:obj 7:case 5:nmod 3:punct');
  assert.equal(planned?.type, 'SANCTION');
  assert.equal(planned?.modality, 'future');
  const [goal] = coded('They set the task of destroying Ukraine.', '2:nsubj 0:root 4:det 2:obj 6:mark 4:acl 6:obj 2:punct');
  assert.equal(goal?.modality, 'hypothetical');
  // the same clause without the adverb, the plan or the goal is asserted
  assert.equal(coded('Russia attacked Kyiv.', '2:nsubj 0:root 2:obj 2:punct')[0]?.modality, 'asserted');
});

test('"his"/"her" on an event noun no verb lends a subject is the person named just before, of that gender', () => {
  const tree = '2:nsubj 0:root 2:obj 7:case 7:nmod:poss 7:amod 2:obl 9:case 7:nmod 2:punct';
  const [his] = coded('Carlson praised Putin despite his brutal attacks on Ukraine.', tree).filter((e) => e.type === 'ASSAULT');
  assert.equal(show(his!), 'ASSAULT RUS->UKR');
  const [her] = coded('Carlson praised Putin despite her brutal attacks on Ukraine.', tree).filter((e) => e.type === 'ASSAULT');
  assert.notEqual(her && codes(her.actor), 'RUS');
});

test('an alternative not taken ("rather than", "instead of") did not happen; the act taken did', () => {
  const all = coded('Russia shelled Kharkiv instead of attacking Kyiv.', '2:nsubj 0:root 2:obj 6:mark 4:fixed 2:advcl 6:obj 2:punct');
  assert.deepEqual(all.filter(news).map(show), ['ASSAULT RUS->UKR']);
  assert.ok(all.filter(news).every((e) => e.evidence.trigger.start < 20), 'the news is the shelling');
});

test('a gerund right after its verb\'s oblique says what that party did ("reported on Russian forces shelling Kharkiv")', () => {
  const all = coded('Kyiv reported on Russian forces shelling Kharkiv.', '2:nsubj 0:root 5:case 5:amod 2:obl 2:advcl 6:obj 2:punct');
  assert.deepEqual(all.filter((e) => e.type === 'ASSAULT').map(show), ['ASSAULT RUS->UKR']);
  // after an object the gerund may be the subject's own: "Russian forces attacked Kharkiv, shelling the city"
  const own = coded('Russian forces attacked Kharkiv shelling the centre.', '2:amod 3:nsubj 0:root 3:obj 3:advcl 7:det 5:obj 3:punct');
  assert.ok(own.filter((e) => e.type === 'ASSAULT').every((e) => codes(e.actor) === 'RUS'), own.map(show).join('; '));
});

test('an event recalled in a when- or why-clause to place or explain another is background, unless its own clause dates it', () => {
  assert.deepEqual(coded('She fled when Russian troops attacked Kyiv.', '2:nsubj 0:root 6:advmod 5:amod 6:nsubj 2:advcl 6:obj 2:punct').filter(news).map(show), []);
  assert.deepEqual(coded('That is why Russia attacked Kyiv.', '2:nsubj 0:root 5:advmod 5:nsubj 2:ccomp 5:obj 2:punct').filter(news).map(show), []);
  const dated = coded('She fled when Russian troops attacked Kyiv on Monday.', '2:nsubj 0:root 6:advmod 5:amod 6:nsubj 2:advcl 6:obj 9:case 6:obl 2:punct');
  assert.deepEqual(dated.filter(news).map(show), ['ASSAULT RUS->UKR']);
  // the same clause as the main one is news
  assert.deepEqual(coded('Russian troops attacked Kyiv.', '2:amod 3:nsubj 0:root 3:obj 3:punct').filter(news).map(show), ['ASSAULT RUS->UKR']);
});

test('a speaker the text does not code still makes the content reported', () => {
  const [e] = coded('Officials said Russia shelled Kyiv.', '2:nsubj 0:root 4:nsubj 2:ccomp 4:obj 2:punct');
  assert.equal(show(e!), 'ASSAULT RUS->UKR');
  assert.equal(e!.modality, 'reported');
});

test('a condition phrase the parser leaves unmarked ("in case", "as long as") makes its clause a condition', () => {
  const all = coded('Kyiv evacuated Kherson in case Russia attacks the city.', '2:nsubj 0:root 2:obj 7:case 5:nmod 7:nsubj 2:advcl 9:det 7:obj 2:punct');
  const attacks = all.filter((e) => e.type === 'ASSAULT');
  assert.ok(attacks.length > 0 && attacks.every((e) => e.modality === 'hypothetical'), all.map(show).join('; '));
  const plain = coded('Kyiv evacuated Kherson after Russia attacked the city.', '2:nsubj 0:root 2:obj 6:mark 6:nsubj 2:advcl 8:det 6:obj 2:punct');
  assert.ok(plain.some((e) => e.type === 'ASSAULT' && e.modality !== 'hypothetical'), plain.map(show).join('; '));
});

test('an event noun under "any" or "every" names a kind of act, not one that happened', () => {
  const kind = coded('Israel will answer any Iranian attack.', '3:nsubj 3:aux 0:root 6:det 6:amod 3:obj 3:punct').filter((e) => e.type === 'ASSAULT');
  assert.ok(kind.length && kind.every((e) => e.modality === 'hypothetical'), JSON.stringify(kind.map((e) => e.modality)));
  const one = coded('Israel answered the Iranian attack.', '2:nsubj 0:root 5:det 5:amod 2:obj 2:punct').filter((e) => e.type === 'ASSAULT');
  assert.deepEqual(one.map((e) => `${show(e)} ${e.modality === 'hypothetical'}`), ['ASSAULT IRN-> false']);
});

test('an act someone is expected or scheduled to do is a future act of its type, not a threat or an intent', () => {
  const expected = coded('Russia is expected to launch an offensive.', '3:nsubj:pass 3:aux:pass 0:root 5:mark 3:xcomp 7:det 5:obj 3:punct');
  assert.deepEqual(expected.map((e) => `${e.type} ${e.modality}`), ['ASSAULT future']);
  const willed = coded('Russia will launch an offensive.', '3:nsubj 3:aux 0:root 5:det 3:obj 3:punct');
  assert.deepEqual(willed.map((e) => `${e.type} ${e.modality}`), ['THREATEN future']);
});

test('"decades ago" and "between 1998 and 2000" recall history, not news of the day', () => {
  const ago = coded('Decades ago, Armenia and Azerbaijan fought a war.', '2:obl:npmod 7:advmod 7:punct 7:nsubj 6:cc 4:conj 0:root 9:det 7:obj 7:punct');
  assert.deepEqual(ago.filter((e) => e.type === 'ASSAULT').map(show), []);
  const between = coded('Ethiopia and Eritrea fought a war between 1998 and 2000.', '4:nsubj 3:cc 1:conj 0:root 6:det 4:obj 8:case 4:obl 10:cc 8:conj 4:punct');
  assert.deepEqual(between.filter((e) => e.type === 'ASSAULT').map(show), []);
  const now = coded('Ethiopia and Eritrea fought a war on Monday.', '4:nsubj 3:cc 1:conj 0:root 6:det 4:obj 8:case 4:obl 4:punct');
  assert.ok(now.some((e) => e.type === 'ASSAULT'));
});

test('a past participle describing a noun presents a known act, background unless its own clause dates it', () => {
  const known = coded('Residents crossed the bridge damaged by Russian forces.', '2:nsubj 0:root 4:det 2:obj 4:acl 8:case 8:amod 5:obl:agent 2:punct');
  assert.deepEqual(known.filter((e) => e.type === 'ASSAULT').map(show), []);
  const dated = coded('Residents crossed the bridge damaged by Russian forces on Monday.', '2:nsubj 0:root 4:det 2:obj 4:acl 8:case 8:amod 5:obl:agent 10:case 5:obl 2:punct');
  assert.deepEqual(dated.filter((e) => e.type === 'ASSAULT').map((e) => codes(e.actor)), ['RUS']);
  const headline = coded('Bridge damaged by Russian forces.', '0:root 1:acl 5:case 5:amod 2:obl:agent 1:punct');
  assert.deepEqual(headline.filter((e) => e.type === 'ASSAULT').map((e) => codes(e.actor)), ['RUS']);
});

test('"until" after a future sets a condition; the complement of "will keep" is future', () => {
  const all = coded('Russia will keep shelling Kyiv until Ukraine surrenders.', '3:nsubj 3:aux 0:root 3:xcomp 4:obj 8:mark 8:nsubj 4:advcl 3:punct');
  const shown = all.map((e) => `${e.type} ${e.modality}`);
  assert.ok(shown.includes('RETREAT hypothetical') && !shown.includes('RETREAT asserted'), shown.join(' | '));
  assert.ok(shown.includes('THREATEN future') && !shown.includes('ASSAULT asserted'), shown.join(' | '));
  const past = coded('Fighting went on until Russia withdrew.', '2:nsubj 0:root 2:compound:prt 6:mark 6:nsubj 2:advcl 2:punct');
  assert.ok(past.some((e) => e.type === 'RETREAT' && e.modality === 'asserted'), past.map((e) => `${show(e)} ${e.modality}`).join(' | '));
});

test('a modal is shared by the complement of its own subject only: "would enable Kyiv to strike" is no threat by Kyiv', () => {
  const all = coded('The missiles would enable Kyiv to strike Russia.', '2:det 4:nsubj 4:aux 0:root 4:obj 7:mark 4:xcomp 7:obj 4:punct');
  assert.deepEqual(all.map((e) => e.type), ['ASSAULT'], all.map((e) => `${show(e)} ${e.modality}`).join(' | '));
});

test('"a failed effort to seize" did not seize, even where the parse hangs the infinitive on another word', () => {
  const tree = '2:nsubj 0:root 4:det 2:obj 8:case 8:det 8:amod 2:obl 10:mark 4:acl 10:obj 2:punct';
  const failed = coded('Troops shelled the towns in a failed effort to seize Kyiv.', tree);
  assert.ok(!failed.some((e) => e.type === 'COERCE' && !e.negated), failed.map((e) => `${show(e)} ${e.negated}`).join(' | '));
  const renewed = coded('Troops shelled the towns in a renewed effort to seize Kyiv.', tree);
  assert.ok(renewed.some((e) => e.type === 'COERCE' && !e.negated), renewed.map((e) => `${show(e)} ${e.negated}`).join(' | '));
});

test('a that-clause stating a past fact is no demand, even where the parse hangs it on the oblique ("insisted on the call that he played …")', () => {
  const fact = coded('Trump insisted on the call that he played tough.', '2:nsubj 0:root 5:case 5:det 2:obl 8:mark 8:nsubj 5:acl:relcl 8:xcomp 2:punct');
  assert.ok(!fact.some((e) => e.type === 'REQUEST'), fact.map(show).join(' | '));
  const demand = coded('Trump insisted on the call that Russia must withdraw.', '2:nsubj 0:root 5:case 5:det 2:obl 9:mark 9:nsubj 9:aux 5:acl:relcl 2:punct');
  assert.ok(demand.some((e) => e.type === 'REQUEST'), demand.map(show).join(' | '));
});

test('the verb dictionary reads a passive subject as what the verb acts on, and a count as what it counts', () => {
  const troops = coded('Thousands of troops were deployed to Belarus.', '5:nsubj:pass 3:case 1:nmod 5:aux:pass 0:root 7:case 5:obl 5:punct');
  assert.ok(troops.some((e) => e.type === 'MOBILIZE'), troops.map(show).join(' | '));
  const app = coded('An app was deployed to Belarus.', '2:det 4:nsubj:pass 4:aux:pass 0:root 6:case 4:obl 4:punct');
  assert.ok(!app.some((e) => e.type === 'MOBILIZE'), app.map(show).join(' | '));
});

test('a verb whose subject is named but no party takes no doer from its own object or adjunct', () => {
  // "its Russian stations" is what is left, not who leaves
  const left = coded('The firm is pulling out of its Russian stations.', '2:det 4:nsubj 4:aux 0:root 4:compound:prt 9:case 9:nmod:poss 9:amod 4:obl 4:punct');
  assert.ok(!left.some((e) => e.actor.some((a) => a.code === 'RUS')), JSON.stringify(left.map((e) => [e.type, e.actor])));
  // a later conjunct shares the first one's subject: still the firm
  const both = coded('The firm closed its shops and is pulling out of its Russian stations.',
    '2:det 3:nsubj 0:root 5:nmod:poss 3:obj 8:cc 8:aux 3:conj 8:compound:prt 13:case 13:nmod:poss 13:amod 8:obl 3:punct');
  assert.ok(!both.some((e) => e.actor.some((a) => a.code === 'RUS')), JSON.stringify(both.map((e) => [e.type, e.actor])));
  // and so does a bare adverbial clause
  const also = coded('The bank is closing its branches as well as pulling out of its Russian stations.',
    '2:det 4:nsubj 4:aux 0:root 6:nmod:poss 4:obj 10:cc 7:fixed 7:fixed 4:advcl 10:compound:prt 15:case 15:nmod:poss 15:amod 10:obl 4:punct');
  assert.ok(!also.some((e) => e.actor.some((a) => a.code === 'RUS')), JSON.stringify(also.map((e) => [e.type, e.actor])));
  // the same frame with a party for subject keeps it
  const troops = coded('Russian troops are pulling out of the northern stations.', '2:amod 4:nsubj 4:aux 0:root 4:compound:prt 9:case 9:det 9:amod 4:obl 4:punct');
  assert.ok(troops.some((e) => e.type === 'RETREAT' && e.actor.some((a) => a.code === 'RUS')), JSON.stringify(troops.map((e) => [e.type, e.actor])));
});

test('the doer of a verb is never a place in its subject\'s phrases or the speaker of the clause above', () => {
  const es = coded('A missile strike on a shopping mall in Kremenchuk killed 19 people, authorities said.',
    '3:det 3:compound 10:nsubj 7:case 7:det 7:compound 3:nmod 9:case 7:nmod 15:ccomp 12:nummod 10:obj 10:punct 15:nsubj 0:root 15:punct');
  assert.ok(!es.some((e) => e.type === 'ASSAULT' && e.actor.some((a) => a.code === 'UKR')), JSON.stringify(es.map((e) => [e.type, e.actor])));
  // the strike's own doer is the killer
  const own = coded('A Russian missile strike on a shopping mall killed 19 people, authorities said.',
    '4:det 4:amod 4:compound 9:nsubj 8:case 8:det 8:compound 4:nmod 14:ccomp 11:nummod 9:obj 9:punct 14:nsubj 0:root 14:punct');
  assert.ok(own.some((e) => e.type === 'ASSAULT' && e.actor.some((a) => a.code === 'RUS')), JSON.stringify(own.map((e) => [e.type, e.actor])));
});

test('an aim, a goal, a plan in the making are future, an infinitive of ease or readiness hypothetical; a known act beside them stays done', () => {
  const mod = (text: string, tree: string, type: string) => coded(text, tree).find((e) => e.type === type)?.modality;
  // an aim or a goal is planned (future), a difficulty only possible (hypothetical)
  const aims = coded('Russia aims to capture the city.', '2:nsubj 0:root 4:mark 2:xcomp 6:det 4:obj 2:punct');
  assert.ok(aims.length && aims.every((e) => e.modality === 'future'), JSON.stringify(aims.map((e) => [e.type, e.modality])));
  assert.equal(mod('The goal is to liberate Donbas.', '2:det 5:nsubj 5:cop 5:mark 0:root 5:obj 5:punct', 'ASSAULT'), 'future');
  assert.equal(mod('Kyiv would find it difficult to accuse Russia.', '3:nsubj 3:aux 0:root 3:expl 3:xcomp 7:mark 5:xcomp 7:obj 3:punct', 'ACCUSE'), 'hypothetical');
  const prepared = coded('Ukraine is preparing to launch a counteroffensive.', '3:nsubj 3:aux 0:root 5:mark 3:xcomp 7:det 5:obj 3:punct');
  assert.ok(prepared.length && prepared.every((e) => e.modality === 'future'), JSON.stringify(prepared.map((e) => [e.type, e.modality])));
  // Russia's attack is the circumstance of the plan, not part of it
  const amid = coded('Harris plans to travel to Poland amid Russia\'s attack on Ukraine.', '2:nsubj 0:root 4:mark 2:xcomp 6:case 4:obl 10:case 10:nmod:poss 8:case 4:obl 12:case 10:nmod 2:punct');
  assert.equal(amid.find((e) => e.type === 'ASSAULT')?.modality, 'asserted', JSON.stringify(amid.map((e) => [e.type, e.modality])));
});

test('"their push to encircle" is an attempt to encircle, not an appeal, whatever the tagger makes of "push"', () => {
  const es = coded('Russian forces kept up their push to encircle the city.', '2:amod 3:nsubj 0:root 3:compound:prt 6:nmod:poss 3:obj 8:mark 6:acl 10:det 8:obj 3:punct');
  assert.ok(es.some((e) => e.type === 'ASSAULT' && e.actor.some((a) => a.code === 'RUS')), JSON.stringify(es.map((e) => [e.type, e.actor])));
  assert.ok(!es.some((e) => e.type === 'ACCUSE' || e.type === 'REQUEST'), JSON.stringify(es.map((e) => e.type)));
  // the verb still appeals: "pushed Kyiv to accept"
  const appeal = coded('Washington pushed Kyiv to accept the deal.', '2:nsubj 0:root 2:obj 5:mark 2:xcomp 7:det 5:obj 2:punct');
  assert.ok(appeal.some((e) => e.type === 'REQUEST' || e.type === 'COERCE'), JSON.stringify(appeal.map((e) => e.type)));
});

test('forces withdrawn or deployed, with no one named moving them, were moved by their own side', () => {
  const es = coded('Russian troops were withdrawn from Kherson.', '2:amod 4:nsubj:pass 4:aux:pass 0:root 6:case 4:obl 4:punct');
  const retreat = es.find((e) => e.type === 'RETREAT');
  assert.deepEqual(retreat?.actor.map((a) => a.code), ['RUS'], JSON.stringify(es.map((e) => [e.type, e.actor, e.recipient])));
  assert.ok(!retreat?.recipient.some((a) => a.code === 'RUS'));
  // with its agent named, the agent moved them
  const ordered = coded('Ukrainian soldiers were evacuated by Turkey.', '2:amod 4:nsubj:pass 4:aux:pass 0:root 6:case 4:obl:agent 4:punct');
  assert.ok(!ordered.some((e) => e.actor.some((a) => a.code === 'UKR')), JSON.stringify(ordered.map((e) => [e.type, e.actor])));
});

test('a participle after a nominal predicate has the predicate\'s subject: "Putin was in Ashgabat, meeting with …"', () => {
  const text = 'Putin was in Ashgabat, meeting with the leaders of Azerbaijan.';
  for (const rel of ['acl', 'advcl']) {
    const es = coded(text, `4:nsubj 4:cop 4:case 0:root 6:punct 4:${rel}/VERB 9:case 9:det 6:obl 11:case 9:nmod 4:punct`);
    const met = es.find((e) => e.type === 'CONSULT');
    assert.deepEqual(met?.actor.map((a) => a.code), ['RUS'], `${rel}: ${JSON.stringify(es.map((e) => [e.type, e.actor, e.recipient]))}`);
    assert.deepEqual(met?.recipient.map((a) => a.code), ['AZE']);
  }
});

test('a participle on a predicate noun that names a party has that party for doer, else the predicate\'s subject', () => {
  const named = coded('The attackers were Russian troops shelling Kharkiv.', '2:det 5:nsubj 5:cop 5:amod 0:root 5:acl/VERB 6:obj 5:punct');
  assert.ok(named.some((e) => e.type === 'ASSAULT' && e.actor.some((a) => a.code === 'RUS')), JSON.stringify(named.map((e) => [e.type, e.actor])));
  const subject = coded('Russia is the only country attacking Ukraine.', '5:nsubj 5:cop 5:det 5:amod 0:root 5:acl/VERB 6:obj 5:punct');
  assert.ok(subject.some((e) => e.type === 'ASSAULT' && e.actor.some((a) => a.code === 'RUS') && e.recipient.some((a) => a.code === 'UKR')), JSON.stringify(subject.map((e) => [e.type, e.actor, e.recipient])));
});

test('an event noun the tree makes a modifier of another noun is a topic, not an event ("the EU aid package delay")', () => {
  const delay = coded('The EU aid package delay hurt Ukraine.', '5:det 4:compound 4:compound 5:compound 6:nsubj 0:root 6:obj 6:punct');
  assert.ok(!delay.some((e) => e.type === 'AID'), JSON.stringify(delay.map((e) => e.type)));
  const sent = coded('The EU sent an aid package to Ukraine.', '2:det 3:nsubj 0:root 6:det 6:compound 3:obj 8:case 3:obl 3:punct');
  assert.ok(sent.some((e) => e.type === 'AID'), JSON.stringify(sent.map((e) => e.type)));
});

test('in a fight a companion ("alongside", "together with") is on the doer\'s side, and the side fought comes after it', () => {
  const fight = coded('Belarusian volunteers fought alongside Ukrainian troops against Russia.', '2:amod 3:nsubj 0:root 6:case 6:amod 3:obl 8:case 3:obl 3:punct');
  const a = fight.find((e) => e.type === 'ASSAULT');
  assert.deepEqual(a?.recipient.map((x) => x.code), ['RUS'], JSON.stringify(fight.map((e) => [e.type, e.actor, e.recipient])));
  const alone = coded('Belarusian volunteers fought alongside Ukrainian troops.', '2:amod 3:nsubj 0:root 6:case 6:amod 3:obl 3:punct');
  assert.ok(!alone.some((e) => e.recipient.some((x) => x.code === 'UKR')), JSON.stringify(alone.map((e) => [e.type, e.recipient])));
  // not in a clash: "clashed with Russian forces" is the other side
  const clash = coded('Ukrainian troops clashed with Russian forces.', '2:amod 3:nsubj 0:root 6:case 6:amod 3:obl 3:punct');
  assert.ok(clash.some((e) => e.type === 'ASSAULT' && e.recipient.some((x) => x.code === 'RUS')), JSON.stringify(clash.map((e) => [e.type, e.recipient])));
});

test('conjoined passives share the agent: the first takes the last one\'s "by", a later one the first one\'s', () => {
  // "the bombing was planned and carried out by Syrian agents": the agent of "carried out" is the planner too
  const all = coded('Damascus said the bombing was planned and carried out by Syrian agents.',
    '2:nsubj 0:root 4:det 6:nsubj:pass 6:aux:pass 2:ccomp 8:cc 6:conj 8:compound:prt 12:case 12:amod 8:obl:agent 2:punct');
  assert.deepEqual(all.filter((e) => e.type === 'ASSAULT').map(show), ['ASSAULT SYR->']);
  const later = coded('The journalists were detained by Iranian police and beaten.', '2:det 4:nsubj:pass 4:aux:pass 0:root 7:case 7:amod 4:obl:agent 9:cc 4:conj 4:punct');
  assert.deepEqual(later.filter((e) => e.type === 'ASSAULT').map(show), ['ASSAULT IRN->---']);
});

test('a dictionary verb of withdrawal takes the place left as its recipient: forces leaving a town retreat from it', () => {
  assert.deepEqual(coded('Israeli troops left Gaza on Tuesday.', '2:amod 3:nsubj 0:root 3:obj 6:case 3:obl 3:punct').map(show), ['RETREAT ISR->PSE']);
  // a leader leaving his capital is a trip, not a retreat
  assert.ok(!coded('Erdogan left Ankara on Tuesday.', '2:nsubj 0:root 2:obj 5:case 2:obl 2:punct').some((e) => e.type === 'RETREAT'));
});

test('a for-to infinitive: the noun of "for" is its subject, and the act is awaited, not done', () => {
  // "Ankara is waiting for Athens to withdraw its ships": Greece would withdraw; nothing was withdrawn yet
  const all = coded('Ankara is waiting for Athens to withdraw its ships.', '3:nsubj 3:aux 0:root 5:case 3:obl 7:mark 3:advcl 9:nmod:poss 7:obj 3:punct');
  const retreat = all.find((e) => e.type === 'RETREAT');
  assert.ok(retreat, 'the withdrawal is coded');
  assert.deepEqual(retreat.actor.map((a) => a.code), ['GRC']);
  assert.equal(retreat.modality, 'hypothetical');
  // "it took weeks for X to capture Y" happened
  const took = coded('It took weeks for Syria to capture Aleppo.', '2:expl 0:root 2:obj 5:case 2:obl 7:mark 2:advcl 7:obj 2:punct');
  assert.ok(took.some((e) => e.type === 'ASSAULT' && news(e)));
});

test('an agent noun that is a member of a named group takes its country ("Syrian aircraft including helicopter gunships")', () => {
  const all = coded('Syrian aircraft including helicopter gunships bombed a village in Lebanon.', '2:amod 0:root 5:case 5:compound 2:nmod 5:acl 8:det 6:obj 10:case 8:nmod 2:punct');
  assert.deepEqual(all.filter((e) => e.type === 'ASSAULT').map((e) => codes(e.actor)), ['SYR']);
});

test('the sides of an exchange the parse hangs on its "of" object ("an exchange of prisoners between Armenia and Azerbaijan")', () => {
  const all = coded('The exchange of prisoners between Armenia and Azerbaijan took place on Monday.', '2:det 9:nsubj 4:case 2:nmod 6:case 4:nmod 8:cc 6:conj 0:root 9:obj 12:case 9:obl 9:punct');
  assert.deepEqual(all.filter((e) => e.type === 'RETREAT').map(show).sort(), ['RETREAT ARM->AZE', 'RETREAT AZE->ARM']);
});

test('a named recipient after the thing given beats a generic noun ("sent howitzers and drones to Ukraine"), a place does not', () => {
  const sent = coded('Poland sent howitzers and drones to Ukraine.', '2:nsubj 0:root 2:obj 5:cc 3:conj 7:case 2:obl 2:punct');
  assert.deepEqual(sent.filter((e) => e.type === 'AID').map(show), ['AID POL->UKR']);
  // arms given with a verb the trigger lexicon lists only for other objects: Parley's TRANSFER_ARMS patterns
  const sold = coded('Iran sold drones to Russia.', '2:nsubj 0:root 2:obj 5:case 2:obl 2:punct');
  assert.deepEqual(sold.filter((e) => e.type === 'AID').map(show), ['AID IRN->RUS']);
  const arrested = coded('Police arrested protesters in Minsk.', '2:nsubj 0:root 2:obj 5:case 2:obl 2:punct');
  assert.deepEqual(arrested.filter((e) => e.type === 'COERCE').map((e) => e.recipient.map((r) => `${r.code}.${r.sector}`).join('+')), ['BLR.OPP']);
});

test('a participle inside a noun phrase before the noun it describes is no event ("infantry fighting vehicles")', () => {
  const all = coded('Germany delivered infantry fighting vehicles to Ukraine.', '2:nsubj 0:root 5:compound 5:amod 2:obj 7:case 2:obl 2:punct');
  assert.ok(!all.some((e) => e.type === 'ASSAULT'), all.map(show).join(', '));
});

test('the agent of a participle inside the object is not what an attack hits ("a depot of weapons supplied by Iran")', () => {
  const all = coded('Syrian forces destroyed a depot of weapons supplied by Iran.', '2:amod 3:nsubj 0:root 5:det 3:obj 7:case 5:nmod 7:acl 10:case 8:obl:agent 3:punct');
  const attack = all.find((e) => e.type === 'ASSAULT');
  assert.ok(attack, 'the attack is coded');
  assert.ok(!attack.recipient.some((r) => r.code === 'IRN'), show(attack));
});

test('an event noun described by a participle of doing takes its by-agent as actor; other participles do not', () => {
  const aid = coded('Ukraine received the aid pledged by Japan.', '2:nsubj 0:root 4:det 2:obj 4:acl 7:case 5:obl:agent 2:punct');
  assert.ok(aid.some((e) => e.type === 'AID' && codes(e.actor) === 'JPN'), aid.map(show).join('; '));
  // the parse may hang the participle on the verb after the noun's phrase
  const strike = coded('The village was destroyed in an airstrike launched by the Syrian army.', '2:det 4:nsubj:pass 4:aux:pass 0:root 7:case 7:det 4:obl 4:advcl 12:case 12:det 12:amod 8:obl:agent 4:punct');
  assert.deepEqual(strike.filter((e) => e.type === 'ASSAULT').map((e) => codes(e.actor)), ['SYR']);
  const crushed = coded('Belarusian opposition protests broken up by police continued.', '3:amod 3:compound 8:nsubj 3:acl 4:compound:prt 7:case 4:obl:agent 0:root 8:punct');
  const protests = crushed.filter((e) => e.type === 'PROTEST');
  assert.ok(protests.length > 0 && protests.every((e) => e.actor.every((a) => a.sector !== 'COP')), `the police did not protest: ${crushed.map(show)}`);
});

test('an exchange of fire is an attack each way; two sides of a reciprocal fight are each other\'s recipient, not the place', () => {
  const fire = coded('Pakistan and India exchanged fire across the border.', '4:nsubj 3:cc 1:conj 0:root 4:obj 8:case 8:det 4:obl 4:punct');
  assert.deepEqual(fire.map(show).sort(), ['ASSAULT IND->PAK', 'ASSAULT PAK->IND']);
  const traded = coded('Armenian and Azerbaijani forces traded fire overnight.', '4:amod 3:cc 1:conj 5:nsubj 0:root 5:obj 5:advmod 5:punct');
  assert.deepEqual(traded.map(show).sort(), ['ASSAULT ARM->AZE', 'ASSAULT AZE->ARM'], 'trading fire is no trade');
  const fought = coded('Soldiers and rebels fought near Goma.', '4:nsubj 3:cc 1:conj 0:root 6:case 4:obl 4:punct');
  const sides = fought.map((e) => `${e.actor.map((a) => a.sector).join()}->${e.recipient.map((a) => a.sector).join()}`).sort();
  assert.deepEqual(sides, ['MIL->REB', 'REB->MIL']);
});

test('a frame phrase the parse hangs on the last conjunct of the object is the verb\'s ("sent helmets and body armour to Ukraine")', () => {
  const sent = coded('Israel sent helmets and body armour to Ukraine.', '2:nsubj 0:root 2:obj 6:cc 6:compound 3:conj 8:case 6:nmod 2:punct');
  assert.deepEqual(sent.filter((e) => e.type === 'AID').map(show), ['AID ISR->UKR']);
});

test('talks with their own partner in the setting of another act are an event of their own', () => {
  const met = coded('At a meeting with Macron, Scholz pledged more aid to Ukraine.', '3:case 3:det 8:obl 5:case 3:nmod 3:punct 8:nsubj 0:root 10:amod 8:obj 12:case 10:nmod 8:punct');
  assert.deepEqual(met.map(show).sort(), ['AGREE DEU->UKR', 'CONSULT DEU->FRA']);
  const called = coded('During a phone call with Putin, Trump agreed to a prisoner exchange.', '4:case 4:det 4:compound 9:obl 6:case 4:nmod 4:punct 9:nsubj 0:root 13:case 13:det 13:compound 9:obl 9:punct');
  assert.ok(called.some((e) => e.type === 'CONSULT' && codes(e.recipient) === 'RUS'), called.map(show).join('; '));
});

test('an adverbial participle\'s own words are no doer of the clause it modifies; a past participle is no doer\'s act', () => {
  const asked = coded('Asked about Britain, Lavrov said nothing.', '5:advcl 3:case 1:obl 1:punct 5:nsubj 0:root 5:obj 5:punct');
  assert.ok(!asked.some((e) => codes(e.actor) === 'RUS' && e.type === 'REQUEST'), asked.map(show).join('; '));
  const visit = coded('Before visiting Kyiv, Scholz met Duda in Warsaw.', '2:mark 6:advcl 2:obj 2:punct 6:nsubj 0:root 6:obj 9:case 6:obl 6:punct');
  const meeting = visit.filter((e) => e.type === 'CONSULT');
  assert.ok(meeting.length > 0 && meeting.every((e) => codes(e.actor) === 'DEU'), visit.map(show).join('; '));
});
