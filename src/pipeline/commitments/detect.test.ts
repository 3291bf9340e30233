import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CommitmentRecord } from '../../core/types.js';
import { prepared } from '../../verify/testdata/gazetteer.js';
import { detectCommitments, timeOnly } from './detect.js';

function detect(text: string, published: string | null = '2025-03-19'): CommitmentRecord[] {
  return detectCommitments(prepared(text, published));
}

const codes = (xs: { code: string }[] | undefined) => (xs ?? []).map((x) => x.code);

test('a possessive pledge to refrain from attacks: party, action, scope, duration', () => {
  const [c, ...rest] = detect("Observers welcomed Putin's pledge to refrain from attacks on Ukraine's energy infrastructure for 30 days.", null);
  assert.equal(rest.length, 0);
  assert.equal(c?.kind, 'pledge');
  assert.deepEqual(codes(c?.by), ['RUS']);
  assert.equal(c?.by[0]?.sector, 'GOV');
  assert.deepEqual(codes(c?.to), ['UKR']);
  assert.equal(c?.action, 'ASSAULT');
  assert.equal(c?.refrain, true);
  assert.equal(c?.scope, 'energy infrastructure');
  assert.equal(c?.durationDays, 30);
  assert.equal(c?.starts, null);
});

test('a dated verbal pledge starts on its date and ends after its duration', () => {
  const [c] = detect("On Tuesday, Moscow agreed to stop striking Ukraine's power plants for 30 days after a call with Trump.");
  assert.equal(c?.starts, '2025-03-18');
  assert.equal(c?.ends, '2025-04-16', '30 days, both ends counted');
  assert.equal(c?.scope, 'energy infrastructure');
  assert.deepEqual(codes(c?.to), ['UKR']);
  assert.equal(c?.form?.medium, 'verbal');
});

test('a demand whose content follows in the next sentence is one demand with that scope', () => {
  const cs = detect('The Kremlin made fresh demands of the West. The expectation of a complete halt to weapons and intelligence sharing with Ukraine was clear.');
  assert.equal(cs.length, 1);
  assert.equal(cs[0]?.kind, 'demand');
  assert.deepEqual(codes(cs[0]?.by), ['RUS']);
  // a halt to aid is a sanction (CAMEO 16), as the tree reads "to halt arms supplies" too
  assert.equal(cs[0]?.action, 'SANCTION');
  assert.equal(cs[0]?.refrain, false);
  assert.match(cs[0]!.scope!, /weapons and intelligence sharing/);
  assert.equal(cs[0]?.evidence.length, 2);
});

test('a bilateral ceasefire with a mediator', () => {
  const [c] = detect('Russia and Ukraine agreed to a ceasefire in the Black Sea, brokered by Turkey.');
  assert.equal(c?.kind, 'ceasefire');
  assert.deepEqual(codes(c?.by), ['RUS', 'UKR']);
  assert.deepEqual(codes(c?.mediators), ['TUR']);
  assert.equal(c?.scope, 'Black Sea shipping');
  assert.equal(c?.form?.parties, 'bilateral');
});

test('accusations and denials of violations are turns with accuser and accused', () => {
  const [a] = detect('Kyiv accused Moscow of violating the energy truce on Monday by hitting a substation in Sumy.');
  assert.equal(a?.phase, 'accused-violation');
  assert.deepEqual(codes(a?.accuser), ['UKR']);
  assert.deepEqual(codes(a?.accused), ['RUS']);
  assert.equal(a?.violationDate, '2025-03-17');
  assert.equal(a?.scope, 'energy infrastructure');
  const [d] = detect('The Kremlin denied the accusation and said its forces had not struck any energy facility since the pause began.');
  assert.equal(d?.phase, 'denied-violation');
  assert.deepEqual(codes(d?.accused), ['RUS']);
});

test('an extension rule is kept with the commitment', () => {
  const [c] = detect('Russia and Ukraine agreed to a 30-day ceasefire on energy infrastructure, which can be extended by mutual consent.');
  assert.equal(c?.durationDays, 30);
  assert.equal(c?.extension, 'can be extended by mutual consent');
});

test('extensions, withdrawals and threats', () => {
  const [e] = detect('Moscow extended the moratorium by 30 days.');
  assert.equal(e?.phase, 'extended');
  assert.equal(e?.durationDays, 30);
  const [w] = detect('Russia withdrew from the Black Sea grain deal on July 17, 2023.', '2023-07-18');
  assert.equal(w?.phase, 'withdrawn');
  assert.equal(w?.starts, '2023-07-17');
  const [t] = detect('Russia threatened to strike Kyiv if the attacks continued.');
  assert.equal(t?.kind, 'threat');
  assert.equal(t?.action, 'ASSAULT');
  assert.equal(t?.refrain, false);
  assert.deepEqual(t?.conditions, ['the attacks continued']);
});

test('talk about commitments that do not exist yields none', () => {
  for (const text of [
    'Analysts said a ceasefire was unlikely.',
    'The pause falls far short of the comprehensive ceasefire that many anticipated.',
    'The absence of a concrete ceasefire plan worried Kyiv.',
    'Russia refused to agree to a ceasefire.',
    'A brief pause in attacks on infrastructure gave civilians some respite.',
  ]) {
    assert.deepEqual(detect(text).map((c) => c.kind), [], text);
  }
});

test('a rejected proposal is a proposal by its proposers to the party that rejected it, never dated as in force', () => {
  const cs = detect('Moscow turned down a 60-day truce that Washington and Ankara had put forward on Friday.');
  assert.equal(cs.length, 1);
  const [c] = cs;
  assert.equal(c?.kind, 'ceasefire');
  assert.equal(c?.phase, 'proposed');
  assert.equal(c?.status, 'rejected');
  assert.deepEqual(codes(c?.by), ['USA', 'TUR']);
  assert.deepEqual(codes(c?.rejectedBy), ['RUS']);
  assert.deepEqual(codes(c?.to), ['RUS']);
  assert.equal(c?.durationDays, 60, 'the duration names the truce itself');
  assert.equal(c?.starts, null);
  assert.equal(c?.ends, null);
});

test('an opening pronoun that rejects stands for the previous sentence subject', () => {
  const cs = detect('Putin spoke for an hour on state television. He dismissed a truce proposed by Kyiv.');
  const [c] = cs;
  assert.equal(cs.length, 1);
  assert.deepEqual(codes(c?.by), ['UKR']);
  assert.deepEqual(codes(c?.rejectedBy), ['RUS']);
  assert.equal(c?.status, 'rejected');
});

test('a rejected truce without a named proposer is no commitment at all', () => {
  assert.equal(detect('Hamas rejected the latest truce.').length, 0);
});

test('a truce mentioned inside a condition is not made; a threat with a condition and a deadline is an ultimatum', () => {
  const cs = detect('On Tuesday the Kremlin warned that it would strike Kyiv if Ukraine did not agree to a truce within 10 days.');
  assert.equal(cs.filter((c) => c.kind === 'ceasefire').length, 0);
  const [u] = cs;
  assert.equal(u?.kind, 'ultimatum');
  assert.deepEqual(codes(u?.by), ['RUS']);
  assert.equal(u?.action, 'ASSAULT');
  assert.equal(u?.durationDays, 10);
  assert.equal(u?.starts, '2025-03-18');
  assert.equal(u?.ends, '2025-03-27');
  assert.match(u?.conditions[0] ?? '', /Ukraine did not agree/);
});

test('a threat of tariffs is a SANCTION threat on its target; without a deadline it stays a threat', () => {
  const [t] = detect('Trump threatened on Friday to impose steep tariffs on Russia.');
  assert.equal(t?.kind, 'threat');
  assert.equal(t?.action, 'SANCTION');
  assert.deepEqual(codes(t?.to), ['RUS']);
  assert.match(t?.scope ?? '', /^steep tariffs/);
});

test('"the truce" later in an article is the truce already reported, not a new one', () => {
  const cs = detect('Israel and Hamas agreed to a truce in Gaza on Monday. Aid lorries crossed from Egypt after the truce began.');
  assert.equal(cs.length, 1);
  assert.deepEqual(codes(cs[0]?.by), ['ISR', 'PSE']);
  assert.equal(cs[0]?.evidence.length, 2);
});

test('a condition before entry into force is attached to the agreement it names', () => {
  const cs = detect('Russia and Ukraine agreed to end the use of force against merchant ships. The Kremlin said the agreement would take effect only after the port blockade was lifted.');
  assert.equal(cs.length, 1);
  const [a] = cs;
  assert.equal(a?.kind, 'agreement', 'a pledge two parties make together is an agreement');
  assert.equal(a?.scope, 'Black Sea shipping', 'a known object named in an assault phrase is its scope');
  assert.deepEqual(a?.inForceOnlyIf, ['the port blockade was lifted']);
  assert.ok(a?.conditions.includes('the port blockade was lifted'));
  assert.equal(a?.status, 'announced', 'agreed but not in force while its condition is unmet: announced, not proposed');
});

test('a collective subject pledges; the object of "to meet" does not', () => {
  const [p, ...rest] = detect('European governments sent envoys to meet Zelensky and pledged more air defence systems for Ukraine.');
  assert.equal(rest.length, 0);
  assert.equal(p?.kind, 'pledge');
  assert.deepEqual(codes(p?.by), ['EUR']);
  assert.deepEqual(codes(p?.to), ['UKR']);
  assert.equal(p?.action, 'AID');
  assert.equal(p?.refrain, false);
});

test('"until" a day includes that day; a duration in another clause is not the commitment\'s', () => {
  const [c] = detect('Putin declared a truce on Saturday, telling his troops to hold fire until midnight on Sunday.', '2025-04-21');
  assert.equal(c?.starts, '2025-04-19');
  assert.equal(c?.ends, '2025-04-20', 'Sunday is its last day');
  const [d] = detect('Russia declared a truce on Tuesday, but Kyiv wanted a halt lasting 30 days.');
  assert.equal(d?.kind, 'ceasefire');
  assert.equal(d?.durationDays, null);
});

test('a denial right after an accusation answers it, with its scope, though it names no commitment', () => {
  const cs = detect("Moscow said a Ukrainian drone broke the moratorium on strikes against power plants. Kyiv denied the accusation on Thursday.");
  const denial = cs.find((c) => c.phase === 'denied-violation');
  assert.ok(denial);
  assert.deepEqual(codes(denial?.accused), ['UKR']);
  assert.equal(denial?.scope, 'energy infrastructure');
  assert.equal(detect('Kyiv denied the accusation on Thursday.').length, 0, 'alone, a denial names nothing');
});

test('"with X" inside a demand is a partner in the action, not the one the demand is made to', () => {
  const [d] = detect('The Kremlin demanded an end to intelligence sharing with Ukraine.');
  assert.equal(d?.kind, 'demand');
  assert.deepEqual(codes(d?.to), []);
  const [t] = detect('Israel agreed to a truce with Hamas on Monday.');
  assert.deepEqual(codes(t?.to), ['PSE']);
});

test('a proposed halt is a proposal with its own duration and scope, never started', () => {
  const [p, ...rest] = detect('Kyiv proposed a halt on strikes against hospitals for 30 days.');
  assert.equal(rest.length, 0);
  assert.equal(p?.kind, 'ceasefire');
  assert.equal(p?.phase, 'proposed');
  assert.equal(p?.status, 'proposed');
  assert.deepEqual(codes(p?.by), ['UKR']);
  assert.equal(p?.scope, 'civilian infrastructure');
  assert.equal(p?.durationDays, 30);
  assert.equal(p?.starts, null);
  assert.equal(p?.ends, null);
  assert.equal(detect('Kyiv wants to know more about a halt on strikes.').length, 0);
});

test('suspending or leaving a non-military deal is a turn of an agreement, not a withdrawn ceasefire', () => {
  const [w, ...rest] = detect('Russia said it would suspend the grain export agreement with Ukraine.');
  assert.equal(rest.length, 0);
  assert.equal(w?.phase, 'withdrawn');
  assert.equal(w?.kind, 'agreement');
  assert.notEqual(w?.action, 'ASSAULT');
  assert.equal(w?.refrain, false);
  const [t] = detect('Moscow announced on Monday that it was suspending the truce with Kyiv.');
  assert.equal(t?.phase, 'withdrawn');
  assert.equal(t?.kind, 'ceasefire', 'a truce is still a ceasefire');
  assert.equal(t?.action, 'ASSAULT');
});

test('violating or prolonging a treaty is about an agreement', () => {
  const [v] = detect('Moscow accused Washington of breaching its obligations under the 1987 missile treaty.');
  assert.equal(v?.phase, 'accused-violation');
  assert.equal(v?.kind, 'agreement');
  assert.deepEqual(codes(v?.accused), ['USA']);
  const [e] = detect('Russia and the United States agreed to prolong the arms control deal by five years.');
  assert.ok(e, 'the extension is found');
  assert.notEqual(e?.kind, 'ceasefire');
});

test('an assertion with "insist that", a fight against an abstract foe, a policy commitment and a required signature are no commitments', () => {
  assert.equal(detect('Putin insisted that his words had been quoted out of context.').length, 0);
  assert.equal(detect('The Kremlin insists on calling the invasion a special operation.').length, 0);
  assert.equal(detect('Ukraine is committed to fighting corruption in its courts.').length, 0);
  assert.equal(detect('The United States is committed to an ambitious energy policy.').length, 0);
  assert.equal(detect('Travellers arriving from Russia must sign forms listing their belongings.').length, 0);
  const [d] = detect('Kyiv insisted that Moscow withdraw its troops from the plant.');
  assert.equal(d?.kind, 'demand', 'a subjunctive that-clause is still a demand');
  assert.deepEqual(codes(d?.to), ['RUS']);
});

test('a warning is a threat only of the speaker\'s own act', () => {
  assert.equal(detect('The UN warned that the shelling of the plant risked a nuclear disaster.').length, 0);
  assert.equal(detect('The UN warned that any attack on the dam would be catastrophic.').length, 0);
  const [t, ...rest] = detect('Russia warned Ukraine that it would strike government buildings in Kyiv.');
  assert.equal(rest.length, 0);
  assert.equal(t?.kind, 'threat');
  assert.deepEqual(codes(t?.by), ['RUS']);
  assert.deepEqual(codes(t?.to), ['UKR']);
  assert.equal(t?.action, 'ASSAULT');
});

test('an actor inside an apposition describes the subject before it', () => {
  const [t] = detect('Putin, a frequent critic of the UN, threatened to strike bridges in Kyiv.');
  assert.deepEqual(codes(t?.by), ['RUS']);
});

test('urging others to commit is a demand to them; the addressee of a verb is the recipient', () => {
  const [d, ...rest] = detect('Trump urged Turkey to commit to new sanctions on Russia.');
  assert.equal(rest.length, 0);
  assert.equal(d?.kind, 'demand');
  assert.deepEqual(codes(d?.by), ['USA']);
  assert.equal(codes(d?.to)[0], 'TUR', 'the one urged is addressed first');
  assert.equal(d?.action, 'SANCTION');
  const [p] = detect('Trump promised Ukraine more air defence systems.');
  assert.equal(p?.kind, 'pledge');
  assert.deepEqual(codes(p?.to), ['UKR']);
});

test('demanding that sanctions be lifted demands an end to sanctions; threatening to use weapons is an assault', () => {
  const [d] = detect('Moscow is demanding that Western sanctions are lifted before any talks.');
  assert.equal(d?.action, 'SANCTION');
  assert.equal(d?.refrain, true);
  const [t] = detect('Russia has threatened using nuclear arms against Ukraine.');
  assert.equal(t?.kind, 'threat');
  assert.equal(t?.action, 'ASSAULT');
  assert.notEqual(t?.scope, 'arms supplies');
});

test('a later party-less mention of another act does not overwrite a threat\'s action', () => {
  const cs = detect('Putin threatened the use of nuclear weapons. Threats to impose tariffs on grain were also raised.');
  assert.equal(cs.length, 1);
  assert.equal(cs[0]?.action, 'ASSAULT');
  assert.equal(cs[0]?.scope, null);
});

test('a participle after a comma takes the subject of the main clause', () => {
  const [p, ...rest] = detect('Trump said Putin was a dictator, pledging new sanctions on Russia.');
  assert.equal(rest.length, 0);
  assert.equal(p?.kind, 'pledge');
  assert.deepEqual(codes(p?.by), ['USA']);
});

test('halting energy deliveries is a sanction on trade, not a pledge on energy infrastructure', () => {
  // stopping cooperation reduces relations (CAMEO 16): SANCTION, as the commitments gold labels "threatened to cut gas supplies"
  const [t] = detect('Putin threatened to halt all supplies of energy to Turkey.');
  assert.equal(t?.kind, 'threat');
  assert.equal(t?.action, 'SANCTION');
  assert.equal(t?.refrain, false);
  assert.notEqual(t?.scope, 'energy infrastructure');
  const [p] = detect("Russia pledged to halt strikes on Ukraine's energy facilities.");
  assert.equal(p?.scope, 'energy infrastructure', 'energy facilities still are');
});

test('a turn only weighed has not happened; coordinated parties extend together', () => {
  assert.equal(detect('Turkey is considering suspending its trade deal with Israel.').length, 0);
  const [e] = detect('Russia and the United States agreed to prolong the deal for five years.');
  assert.equal(e?.phase, 'extended');
  assert.deepEqual(codes(e?.by), ['RUS', 'USA']);
});

test('offering to swap people is a concession, even when one is an arms dealer', () => {
  const [p] = detect('Washington offered to exchange a convicted arms dealer for two jailed Americans.');
  assert.equal(p?.kind, 'pledge');
  assert.equal(p?.phase, 'proposed');
  assert.equal(p?.action, 'CONCEDE');
  assert.notEqual(p?.scope, 'arms supplies');
});

test('directives are demands of the addressee; an idiom of striking is no commitment to attack', () => {
  const [urge] = detect('Moscow urged Kyiv to withdraw its troops from the plant.');
  assert.deepEqual([urge?.kind, urge?.phase, codes(urge?.by), codes(urge?.to), urge?.action], ['demand', 'announced', ['RUS'], ['UKR'], 'RETREAT'], 'the urging is the demand made, not a proposal');
  const [call] = detect('The Kremlin called on Kyiv to halt its drone attacks.');
  assert.deepEqual([call?.kind, codes(call?.to), call?.action, call?.refrain], ['demand', ['UKR'], 'ASSAULT', true]);
  assert.deepEqual(detect('Putin has vowed to strike an optimistic tone in his speech.'), []);
  assert.deepEqual(detect('Putin struck a conciliatory note on Tuesday.'), []);
  assert.equal(detect('Russia pledged to stop strikes on energy infrastructure.')[0]?.action, 'ASSAULT');
});

test('timeOnly: a scope made only of the sentence\'s time phrases', () => {
  assert.equal(timeOnly('Saturday', ['on Saturday']), true);
  assert.equal(timeOnly('Saturday afternoon', ['from Saturday afternoon until Sunday']), true);
  assert.equal(timeOnly('the weekend and Sunday', ['Sunday']), true);
  assert.equal(timeOnly('energy sites', ['on Saturday']), false);
});
