/**
 * The committing party of a verb the parse coordinated or embedded (syntax.ts matrixOfConjunct, sayerOf), through the
 * default pipeline on sentences written for this test: a past-tense conjunct hung on a verb of a complement clause
 * whose tense it cannot share is coordinated with the verb governing that clause, and a personal pronoun subject of
 * a clause a verb of saying governs stands for the one who says it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes, commitmentsOf } from '../../testing/commitments.js';

const commitments = (text: string) => commitmentsOf(text, '2025-03-19');

test('a past conjunct after a clause under "will" shares the subject of the verb governing the clause', () => {
  const [c, ...rest] = commitments('Putin claimed on Monday that the government in Kyiv will present a clear threat to Russia, and called for the complete dismantling of the regime in Kyiv.');
  assert.equal(rest.length, 0);
  assert.equal(c?.kind, 'demand');
  assert.deepEqual(codes(c!.by), ['RUS']);
  // (a conjunct that agrees in tense with its head is left as the parse reads it)
  const [d] = commitments('Zelensky said Ukraine had repelled the attack and pledged to retake the city.');
  assert.equal(d?.kind, 'pledge');
  assert.deepEqual(codes(d!.by), ['UKR']);
});

test('a past conjunct after a present-tense complement clause is the speaker\'s, not the clause subject\'s', () => {
  const [c] = commitments('The European Council said in a statement that Ukraine has the right to defend its territory and pledged to increase pressure on Russia.');
  assert.equal(c?.kind, 'pledge');
  assert.deepEqual(codes(c!.by), ['EUR']);
  const [d] = commitments('Biden said Russia will pay a heavy price and vowed to send more weapons to Ukraine.');
  assert.deepEqual(codes(d!.by), ['USA']);
  assert.deepEqual(codes(d!.to), ['UKR']);
});

test('"he" in a clause told to someone is the teller, however long the object of "told"', () => {
  const [c] = commitments('Scholz told the annual congress of his Social Democratic party in Berlin on Saturday he had called Putin and urged him to withdraw his troops.');
  assert.equal(c?.kind, 'demand');
  assert.deepEqual(codes(c!.by), ['DEU']);
  assert.deepEqual(codes(c!.to), ['RUS']);
});

test('a perfect conjunct shares its auxiliary with the perfect verb governing the clause, and that verb\'s subject', () => {
  const [c] = commitments('Biden has said that Russia is committing genocide and has pledged more weapons for Ukraine.');
  assert.equal(c?.kind, 'pledge');
  assert.deepEqual(codes(c!.by), ['USA']);
  // (with the same auxiliary on the clause's own verb the parse's reading stands)
  const [d] = commitments('Russia has said Ukraine has shelled the plant and has demanded an inquiry.');
  assert.ok(!d || codes(d.by).includes('UKR'), JSON.stringify(d?.by));
});
