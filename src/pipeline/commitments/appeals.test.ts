/**
 * Appeals, day-stamped agreements, brokers and the acts the gold guideline names (src/eval/gold/README.md), through
 * the default pipeline on sentences written for this test: pleading with, appealing to and wanting another party
 * to act are demands made to it; "agreed on Tuesday to" commits like "agreed to"; a broker is no party; military
 * intervention is ASSAULT; a veto lifted is SUPPORT; money for one's own citizens is domestic policy (no act).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes, commitmentsOf } from '../../testing/commitments.js';

const commitments = (text: string) => commitmentsOf(text, '2022-10-01');

test('pleading with, appealing to and wanting another party to act are demands made to that party', () => {
  const [p] = commitments('The IAEA is pleading with Russia to withdraw its troops from the plant.');
  assert.equal(p?.kind, 'demand');
  assert.deepEqual(codes(p!.to), ['RUS']);
  assert.equal(p?.action, 'RETREAT');
  const [a] = commitments('Kyiv appealed to NATO to send more weapons.');
  assert.equal(a?.kind, 'demand');
  assert.deepEqual(codes(a!.to), ['NATO']);
  const [w] = commitments('Germany wants Russia to withdraw its troops.');
  assert.equal(w?.kind, 'demand');
  assert.deepEqual(codes(w!.by), ['DEU']);
  assert.deepEqual(codes(w!.to), ['RUS']);
  // one's own wish is no demand, and an appeal for aid to nobody named is none of these frames
  assert.equal(commitments('Germany wants to buy more gas.').filter((c) => c.kind === 'demand').length, 0);
});

test('a turn that one party wants of another has not happened', () => {
  const cs = commitments('Germany wants Russia to extend the grain deal.');
  assert.ok(!cs.some((c) => c.phase === 'extended'), JSON.stringify(cs.map((c) => c.phase)));
  assert.ok(cs.some((c) => c.kind === 'demand' && codes(c.to).includes('RUS')));
});

test('a day between "agreed" and its infinitive still commits the subject', () => {
  const [c] = commitments('France agreed Monday to send more artillery to Ukraine.');
  assert.equal(c?.kind, 'pledge');
  assert.deepEqual(codes(c!.by), ['FRA']);
  assert.equal(c?.action, 'AID');
  const [d] = commitments('Western countries agreed on Thursday to continue long-term funding for Ukraine.');
  assert.equal(d?.kind, 'pledge');
  assert.equal(d?.action, 'AID', 'funding another party is aid');
});

test('the broker of a deal named after it ("brokered by X") is no party to it', () => {
  const cs = commitments('A ceasefire brokered by Moscow left the region protected by peacekeepers.');
  assert.ok(!cs.some((c) => codes(c.by).includes('RUS')), JSON.stringify(cs.map((c) => c.by)));
});

test('military intervention threatened is ASSAULT; a veto or an objection lifted is SUPPORT', () => {
  const [t] = commitments('Biden warned China that the US would intervene militarily if Taiwan were attacked.');
  assert.equal(t?.kind, 'threat');
  assert.equal(t?.action, 'ASSAULT');
  const [s] = commitments('Turkey agreed to drop its veto on Finland\'s membership.');
  assert.equal(s?.action, 'SUPPORT');
  assert.equal(s?.refrain, false);
  const [v] = commitments('Hungary vowed to veto the sanctions package.');
  assert.equal(v?.action, 'REJECT');
});

test('money promised to one\'s own citizens is domestic policy (no act); the same help for another party is aid', () => {
  const [d] = commitments('Scholz has promised 30 billion euros of financial help for citizens.');
  assert.equal(d?.kind, 'pledge');
  assert.equal(d?.action, null);
  const [f] = commitments('Japan pledged financial help for Ukraine.');
  assert.equal(f?.action, 'AID');
  assert.deepEqual(codes(f!.to), ['UKR']);
});

test('the content in the article\'s words stands beside a scope that says less', () => {
  const [c] = commitments('Zelensky demanded the international community get involved in the Taiwan situation.');
  assert.match(`${c?.scope ?? ''} ${c?.scopeWords ?? ''}`, /Taiwan/);
});

test('two commitments of one kind in two verb phrases are two; one that is the other\'s content is one', () => {
  const cs = commitments('Berlin pledged more aid to Kyiv, and Paris is ready to send howitzers.');
  assert.deepEqual(cs.map((c) => codes(c.by)[0]).sort(), ['DEU', 'FRA']);
  assert.equal(cs.find((c) => codes(c.by)[0] === 'FRA')?.status, 'proposed');
  assert.equal(commitments('Germany promised that it will send tanks to Ukraine.').length, 1);
});

test('blocking an accession is a rejection threatened; a party\'s own demand named inside a condition exists', () => {
  const [t] = commitments('Erdogan said Ankara would block the accession if Sweden fails to meet its demands.');
  assert.equal(t?.kind, 'threat');
  assert.equal(t?.action, 'REJECT');
  const [d] = commitments('Sweden can join NATO only if it meets Turkey\'s demand to extradite suspects.');
  assert.equal(d?.kind, 'demand');
  assert.deepEqual(codes(d!.by), ['TUR']);
  // a commitment a condition only imagines is still none
  assert.equal(commitments('Sweden could join NATO if Turkey agreed to a deal.').filter((c) => codes(c.by).includes('TUR')).length, 0);
});

test('offering an opportunity, an insight or a view is no commitment', () => {
  assert.equal(commitments('Ukraine offered an opportunity to test the theory.').length, 0);
  assert.equal(commitments('The minister offered his views on the war.').length, 0);
});

test('a deal pushed for or sought is not made', () => {
  const cs = commitments('She said the US should push for a free trade agreement between the US and Taiwan.');
  assert.ok(!cs.some((c) => c.status === 'active' && c.kind === 'agreement'), JSON.stringify(cs.map((c) => [c.kind, c.status])));
});

test('a pronoun addressed is the person it stands for, of the speaker\'s country too, never the speaker', () => {
  const [d] = commitments('Zelensky met Prime Minister Denys Shmyhal and urged him to restore the power grid.');
  assert.equal(d?.kind, 'demand');
  assert.deepEqual(codes(d!.by), ['UKR']);
  assert.deepEqual(codes(d!.to), ['UKR'], 'Shmyhal, a domestic addressee');
  const [f] = commitments('Macron called Putin and pressed him to withdraw his troops.');
  assert.deepEqual(codes(f!.to), ['RUS']);
});

test('who a pledge is made to comes first (the speaker reporting it, the audience addressed), then the parties its content bears on', () => {
  const [b] = commitments('Blinken said Ukraine had promised not to use the new missiles to strike inside Russia.');
  assert.equal(b?.to[0]?.code, 'USA');
  const [z] = commitments('“We will never recognise the annexation of Crimea by Russia,” Zelensky told the UN General Assembly.');
  assert.equal(z?.to[0]?.code, 'UNO');
  assert.ok(codes(z!.to).includes('RUS'), 'the annexing party the refusal bears on');
  const [p] = commitments('Poland vowed never to recognise the annexation of Ukrainian regions by Russia.');
  assert.ok(codes(p!.to).includes('RUS'), JSON.stringify(p?.to));
});
