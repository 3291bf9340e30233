/**
 * The act and the party of a commitment read from the argument frame of its content in the tree (session of issue 13,
 * "actions that hold on real news"): what the content's verb or noun takes as its arguments names the act, never a
 * word of a modifier, a purpose clause or a compound; sentences written for this test in the styles of wire reports,
 * communiqués, quoted speech and explainers.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes, commitmentsOf } from '../../testing/commitments.js';

const first = (text: string) => commitmentsOf(text, '2025-03-19')[0];

test('a hyphenated compound before a party is no infinitive: "support to war-ravaged Syria" is support, not war', () => {
  const c = first('The EU pledged support to war-ravaged Syria.');
  assert.equal(c?.action, 'SUPPORT');
  assert.deepEqual(codes(c?.to ?? []), ['SYR']);
  assert.equal(first('Norway promised continued backing to war-torn Yemen.')?.action === 'ASSAULT', false);
});

test('a word in an adjunct of the content names no act: a participle on its object, a phrase of topic', () => {
  // "supporting Kyiv" describes the ones threatened; what is threatened is not support
  assert.notEqual(first('Moscow threatened to wipe out any country supporting Kyiv with nuclear weapons.')?.action, 'SUPPORT');
  // transparency "about" military activities asks for no military activity
  const c = first('Biden demanded full transparency about Chinese military activities at the naval base.');
  assert.equal(c?.action === 'ASSAULT', false);
});

test('a participle that modifies a noun before it is no adjunct clause ("exchange two jailed Americans for …" stays a swap)', () => {
  assert.equal(first('Washington has offered to exchange two jailed Americans for Viktor Bout, a Russian arms dealer.')?.action, 'CONCEDE');
});

test('a purpose clause names no act of the content ("requested access … to determine … the attack")', () => {
  const cs = commitmentsOf('The Red Cross said it had requested access to the prison to check the health of the people present at the time of the attack.', '2025-03-19');
  assert.equal(cs.some((c) => c.action === 'ASSAULT'), false);
});

test('an infinitive on the trigger, which the parse may take for a purpose clause, is still the content', () => {
  // ("the West" as object, "to end the war" hung on the verb)
  const c = first('A group of German academics urged the West to end the war through negotiations.');
  assert.equal(c?.kind, 'demand');
  assert.equal(c?.action, 'ASSAULT');
  assert.equal(c?.refrain, true);
  // (so is one after a body addressed by a common noun)
  assert.equal(first('Kyiv urged the international community to recognise the famine as genocide.')?.action, 'SUPPORT');
});

test('the frame of giving, a thing to another party, is aid whatever the thing is called', () => {
  const c = first('Germany pledged to send 20 armoured personnel carriers to Ukraine.');
  assert.equal(c?.action, 'AID');
  assert.deepEqual(codes(c?.to ?? []), ['UKR']);
  assert.equal(first('Canada promised further deliveries of howitzers to Kyiv.')?.action, 'AID');
  assert.equal(first('"We will ship field kitchens and generators to Moldova," the Romanian minister said.')?.action, 'AID');
});

test('armed forces sent are a deployment; envoys sent give no aid; a giving between the parties of a deal is trade', () => {
  assert.equal(first('Washington pledged to send 3,000 troops to Romania.')?.action, 'MOBILIZE');
  assert.notEqual(first('The UN offered to send experts to the Zaporizhzhia plant.')?.action, 'AID');
  const deal = first('Scholz will sign a deal with Trudeau to supply clean hydrogen to Germany.');
  assert.equal(deal?.kind, 'agreement');
  assert.equal(deal?.action, 'COOPERATE');
});

test('a verb of meeting with a party as its object is talks ("visit Kyiv", "host Putin"); with a thing, no talks', () => {
  const c = first('Scholz promised to visit Kyiv soon.');
  assert.equal(c?.action, 'CONSULT');
  assert.equal(first('Erdogan offered to host Putin and Zelensky in Istanbul.')?.action, 'CONSULT');
  assert.notEqual(first('Sweden vowed to host Eurovision next year.')?.action, 'CONSULT');
  // (armed forces hosted are stationed, not met)
  assert.notEqual(first('Lukashenko promised that Belarus would host more Russian troops.')?.action, 'CONSULT');
  // (joining a bloc is no meeting)
  assert.notEqual(first('Ukraine would pledge not to join NATO for at least seven years.')?.action, 'CONSULT');
});

test('a stop verb whose object is a thing is itself the act ("freeze the assets"); one whose object is an act stops it', () => {
  const c = first('The EU vowed to freeze the assets of Russian oligarchs.');
  assert.equal(c?.action, 'COERCE');
  assert.equal(c?.refrain, false);
  const halt = first('Russia agreed to halt the offensive near Kharkiv.');
  assert.equal(halt?.action, 'ASSAULT');
  assert.equal(halt?.refrain, true);
});

test('coordinated acts share the commitment: with no act of its own, the first conjunct that names one tells it', () => {
  const c = first('Kyiv urged Berlin to rethink its policy and deliver more howitzers to the front.');
  assert.equal(c?.kind, 'demand');
  assert.equal(c?.action, 'AID');
  // (a light verb's conjunct is not read: its act lies in an object the parse often misplaces)
  assert.equal(commitmentsOf('Hardliners were calling on Putin to make changes, and to bring in someone who would be willing to execute ruthless attacks.', '2025-03-19').some((c) => c.action === 'ASSAULT'), false);
  // alternatives commit to neither
  assert.notEqual(first('The mayor called on residents to decide whether to stay in the city or leave for the west.')?.action, 'AID');
});

test('a committing participle on a noun commits to that noun ("the tanks promised by Berlin"); a threatened noun is at risk', () => {
  const c = first('Kyiv is still waiting for the tanks promised by Berlin in January.');
  assert.equal(c?.kind, 'pledge');
  assert.deepEqual(codes(c?.by ?? []), ['DEU']);
  assert.equal(c?.action, 'AID');
  assert.equal(commitmentsOf('Some residents are returning to villages threatened by Russian forces.', '2025-03-19').length, 0);
  // (a noun that names no act is no commitment's content: prices offered are trade talk)
  assert.equal(commitmentsOf('India wants to take advantage of discounted oil prices offered by Russian firms.', '2025-03-19').length, 0);
});

test('the subject of a promised clause keeps the promise: it is not whom the promise is made to', () => {
  const cs = commitmentsOf('Macron spoke to Zelensky on Monday. He promised that France would deliver more Caesar howitzers.', '2025-03-19');
  const c = cs.find((x) => x.kind === 'pledge');
  assert.deepEqual(codes(c?.by ?? []), ['FRA']);
  assert.equal(codes(c?.to ?? []).includes('FRA'), false);
  // (a demanded clause's subject is asked)
  assert.deepEqual(codes(first('The Kremlin demanded that Kyiv withdraw its troops.')?.to ?? []), ['UKR']);
});

test('a phrasal verb is read with its particle wherever the object puts it ("pull its forces back" is a retreat)', () => {
  assert.equal(first('The UN urged Moscow to pull its forces back from the plant.')?.action, 'RETREAT');
  assert.equal(first('Kyiv demanded that Russia hand the occupied regions back.')?.action, 'RETREAT');
});

test('a number with separators is one word of the content ("training 10,000 Ukrainian recruits" is aid)', () => {
  assert.equal(first('Britain committed to training 10,000 Ukrainian recruits.')?.action, 'AID');
});

test("a negating context is its own clause's: a refusal before 'but' does not undo the pledge after it", () => {
  const c = first('India refused to condemn the invasion but promised not to buy more Russian arms.');
  assert.equal(c?.kind, 'pledge');
  assert.deepEqual(codes(c?.by ?? []), ['IND']);
  assert.equal(c?.refrain, true);
  // (inside its clause it still does)
  assert.equal(commitmentsOf('Hungary refused to promise more weapons to Ukraine.', '2025-03-19').length, 0);
});
