import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ArcProposal, isProjectiveTree, voteTree } from './vote.js';

/** A parse of n tokens: heads (n: the root), labels, all arcs weighted 1 unless given. */
function parse(heads: number[], labels: number[] = heads.map(() => 1), weights: number[] = heads.map(() => 1)): ArcProposal {
  return { heads: Int32Array.from(heads), labels: Int32Array.from(labels), weights: Float64Array.from(weights) };
}

test('isProjectiveTree: one root, no cycle, no crossing subtree', () => {
  assert.ok(isProjectiveTree(Int32Array.from([1, 3, 1])));
  assert.ok(!isProjectiveTree(Int32Array.from([3, 3, 1])), 'two roots');
  assert.ok(!isProjectiveTree(Int32Array.from([1, 0, 3])), 'a cycle');
  assert.ok(!isProjectiveTree(Int32Array.from([2, 4, 4, 1])), 'two roots again');
  assert.ok(!isProjectiveTree(Int32Array.from([2, 4, 1, 2])), '0 -> 2 crosses 1 -> 3... (0 under 2, 1 between them under the root)');
});

test('the majority arc wins, with the label of its proposers', () => {
  // "Russia attacked Kyiv": two parses hang "Kyiv" on "attacked" (obj, label 7), one on "Russia" (label 9)
  const a = parse([1, 3, 1], [2, 0, 7]);
  const b = parse([1, 3, 1], [2, 0, 7]);
  const c = parse([1, 3, 0], [2, 0, 9]);
  const got = voteTree(3, [c, a, b]);
  assert.deepEqual([...got.heads], [1, 3, 1]);
  assert.equal(got.labels[2], 7);
});

test('a more confident proposer outweighs a less confident one, and its label comes along', () => {
  // two tokens: a hangs 0 on 1 (label 5), b hangs 1 on 0 (label 6) and is surer of both arcs
  const a = parse([1, 2], [5, 0], [0.6, 0.6]);
  const b = parse([2, 0], [0, 6], [0.9, 0.9]);
  const got = voteTree(2, [a, b]);
  assert.deepEqual([...got.heads], [2, 0]);
  assert.equal(got.labels[1], 6);
});

test('where each token\'s best head would make a cycle, the decoder still returns a tree of proposed arcs', () => {
  // two parses disagree on tokens 0 and 1; the heavier arcs per token are 1 -> 0 (from b) and 0 -> 1 (from a): a cycle
  const a = parse([2, 0, 3], [1, 1, 0], [0.5, 0.95, 1]);
  const b = parse([1, 2, 3], [1, 1, 0], [0.8, 0.6, 1]);
  const perToken = [0, 1, 2].map((d) => ([a, b].reduce((x, y) => (y.weights[d]! > x.weights[d]! ? y : x)).heads[d]!));
  assert.deepEqual(perToken, [1, 0, 3], 'voting token by token gives the cycle 0 <-> 1');
  const got = voteTree(3, [a, b]);
  assert.ok(isProjectiveTree(got.heads));
  // the trees of proposed arcs: a's (0.5 + 0.95) beats b's (0.8 + 0.6) and the mixed ones (0 -> 1 -> 0: a cycle;
  // 2 -> 0, 2 -> 1: 0.5 + 0.6)
  assert.deepEqual([...got.heads], [2, 0, 3]);
});

test('a parse proposing an invalid tree (two roots) is outvoted into a tree', () => {
  const got = voteTree(3, [parse([3, 3, 1], [0, 0, 7], [1, 1, 1]), parse([1, 3, 1], [2, 0, 7], [0.6, 0.6, 0.6])]);
  assert.ok(isProjectiveTree(got.heads));
  assert.deepEqual([...got.heads], [1, 3, 1]);
  assert.equal(got.labels[0], 2);
});
