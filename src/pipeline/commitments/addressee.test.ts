/**
 * Addressees and acts of directives read from the tree, through the default pipeline (parser included), on
 * sentences written for this test: the party asked is the one the verb addresses (not the one the asked act is
 * done to), a generic addressee ("citizens", "officials") is of the speaker's country, an act noun that is told
 * "to stop" is refrained from, a swap of people is a release, and a commitment the sentence says is not seen is none.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes, commitmentsOf } from '../../testing/commitments.js';

const commitments = (text: string) => commitmentsOf(text, '2022-10-01');

test('the person an asked act is done to is not the addressee of the demand', () => {
  const [c] = commitments("Trump asked Ukraine's government to investigate Joe Biden.");
  assert.equal(c?.kind, 'demand');
  assert.deepEqual(codes(c!.by), ['USA']);
  assert.deepEqual(codes(c!.to), ['UKR']);
});

test('a party the asked act acts on is not asked: "urged the EU to bar Russians from receiving visas"', () => {
  const [c] = commitments('The Estonian prime minister urged the EU to bar Russians from receiving Schengen visas.');
  assert.equal(c?.kind, 'demand');
  assert.deepEqual(codes(c!.to), ['EUR']);
  assert.equal(c?.action, 'SANCTION');
});

test('a generic addressee takes the speaker\'s country', () => {
  const [c] = commitments('The Ukrainian president urged citizens to leave the occupied region.');
  assert.equal(c?.kind, 'demand');
  assert.deepEqual(codes(c!.to), ['UKR']);
  assert.equal(c?.to[0]?.sector, 'CVL');
});

test('a generic addressee qualified as foreign is not the speaker\'s country', () => {
  const cs = commitments('The Ukrainian president urged other governments to impose sanctions on Russia.');
  for (const c of cs) assert.ok(!codes(c.to).includes('UKR'), JSON.stringify(c.to));
});

test('an act noun told to stop is refrained from', () => {
  const [c] = commitments('The IAEA chief called for the shelling at the plant to stop immediately.');
  assert.equal(c?.kind, 'demand');
  assert.equal(c?.action, 'ASSAULT');
  assert.equal(c?.refrain, true);
});

test('a swap of people is a release (CONCEDE), not arms for an arms dealer', () => {
  const [c] = commitments('Washington has offered to exchange two jailed Americans for Viktor Bout, a Russian arms dealer.');
  assert.equal(c?.kind, 'pledge');
  assert.equal(c?.action, 'CONCEDE');
  assert.equal(c?.status, 'proposed');
});

test('warned a coordinated addressee against an act: a demand to refrain', () => {
  const [c] = commitments('Russia has constantly warned the US and its allies against providing Ukraine with weapons.');
  assert.equal(c?.kind, 'demand');
  assert.ok(codes(c!.to).includes('USA'), JSON.stringify(c?.to));
  assert.equal(c?.action, 'AID');
  assert.equal(c?.refrain, true);
});

test('a warning against an act, delivered: a demand to refrain', () => {
  const [c] = commitments('Iran\'s president delivered a stern warning against the planned Turkish incursion into Syria.');
  assert.equal(c?.kind, 'demand');
  assert.deepEqual(codes(c!.by), ['IRN']);
  assert.equal(c?.action, 'ASSAULT');
  assert.equal(c?.refrain, true);
});

test('"back Moscow into a corner" is no support; co-operation is COOPERATE', () => {
  const [w] = commitments('Lukashenko warned the West against attempting to back Moscow into a corner.');
  assert.notEqual(w?.action, 'SUPPORT');
  const [a] = commitments('Britain and France have agreed to step up co-operation on migration with European partners.');
  assert.equal(a?.kind, 'agreement');
  assert.equal(a?.action, 'COOPERATE');
});

test('no sign that a party is ready: no offer', () => {
  assert.deepEqual(commitments('The official added that there was no sign, for now, that Russia was ready to seriously negotiate over Ukraine.'), []);
});

test('the subject of a demanded passive is not asked: "called for Putin to be banned"', () => {
  const [c] = commitments('Biden and other Western politicians called for Putin to be banned from the summit.');
  assert.equal(c?.kind, 'demand');
  assert.ok(!codes(c!.to).includes('RUS'), JSON.stringify(c?.to));
  const [d] = commitments('NATO has demanded that Moscow return the region to Ukrainian control.');
  assert.deepEqual(codes(d!.to), ['RUS']);
});

test('a passive committing verb is made by its agent, to its subject; with no agent, no party', () => {
  const [o] = commitments('Vladimir Putin has been offered surrender terms by the West.');
  assert.deepEqual(codes(o!.by), ['WST']);
  assert.deepEqual(codes(o!.to), ['RUS']);
  assert.equal(o?.status, 'proposed');
  const [p] = commitments('Ukraine was promised tanks by Germany.');
  assert.deepEqual(codes(p!.by), ['DEU']);
  assert.deepEqual(codes(p!.to), ['UKR']);
  assert.deepEqual(commitments('Russia was urged to withdraw its troops.'), []);
});

test('a demand the addressee refused is rejected; dealing with a named party is engagement, not the idiom', () => {
  const [d] = commitments('Russia previously asked the UK to deal with the DPR directly, which the UK has refused to do.');
  assert.equal(d?.kind, 'demand');
  assert.deepEqual(codes(d!.to), ['GBR']);
  assert.equal(d?.action, 'CONSULT');
  assert.equal(d?.status, 'rejected');
  assert.deepEqual(codes(d!.rejectedBy ?? []), ['GBR']);
  assert.deepEqual(commitments('Biden promised to deal with inflation.'), []);
});

test('an inspection called for accuses no one (no act), an investigation of killings does; a since-clause is no part of the content', () => {
  const [c] = commitments('Moscow has repeatedly called for an IAEA inspection since the nuclear plant came under attack in July.');
  assert.equal(c?.kind, 'demand');
  assert.equal(c?.action, null);
  assert.match(c?.scope ?? '', /inspection/);
  assert.doesNotMatch(c?.scope ?? '', /July|attack/);
  const [d] = commitments('Kyiv called for an international investigation of the killings in Bucha.');
  assert.equal(d?.action, 'ACCUSE');
});

test('a pledge or demand for a generic public ("for households", "to pensioners") is made to the party\'s own people', async () => {
  const { commitmentsOf, codes } = await import('../../testing/commitments.js');
  const [c] = commitmentsOf('Paris has promised two billion euros of relief for struggling households this winter.', '2022-10-01');
  assert.equal(c?.kind, 'pledge');
  assert.deepEqual(codes(c!.to), ['FRA']);
  assert.equal(c?.to[0]?.sector, 'CVL');
  const [d] = commitmentsOf('Germany pledged more air defence systems to Ukraine.', '2022-10-01');
  assert.deepEqual(codes(d!.to), ['UKR'], 'a named other party stays the addressee');
});

test("a demand on the government's measures, the government named with no country, is made to the party's own government", async () => {
  const { commitmentsOf, codes } = await import('../../testing/commitments.js');
  const [c] = commitmentsOf("Poland's opposition has called for a cut in the government's fuel tax.", '2022-10-01');
  assert.equal(c?.kind, 'demand');
  assert.deepEqual(codes(c!.to), ['POL']);
  assert.equal(c?.to[0]?.sector, 'GOV');
  const [d] = commitmentsOf('Warsaw vowed the government would keep supplying Ukraine with arms.', '2022-10-01');
  assert.ok(!d || !codes(d.to).includes('POL'), 'the government that acts is no addressee');
});
