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
