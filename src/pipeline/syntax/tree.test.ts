import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Dependency } from '../../core/types.js';
import { childrenOf, DependencyTree, relMatches, subtreeOf } from './tree.js';

// "Kyiv was shelled by troops ." as a tree: shelled is the root.
const d = (head: number, rel: string): Dependency => ({ head, rel, upos: 'X' });
const deps = [d(2, 'nsubj:pass'), d(2, 'aux:pass'), d(-1, 'root'), d(4, 'case'), d(2, 'obl:agent'), d(2, 'punct')];

test('a relation without subtype matches its subtypes; with a subtype only itself', () => {
  assert.ok(relMatches('obl:agent', 'obl'));
  assert.ok(!relMatches('obl', 'obl:agent'));
  assert.ok(!relMatches('oblique', 'obl'));
  assert.ok(relMatches('nsubj:pass', 'nsubj:pass'));
});

test('children by relation and subtree ranges', () => {
  assert.deepEqual(childrenOf(deps, 2, 'nsubj'), [0]);
  assert.deepEqual(childrenOf(deps, 2, 'obl'), [4]);
  assert.deepEqual(childrenOf(deps, 2).length, 4);
  assert.deepEqual(subtreeOf(deps, 4), { first: 3, last: 4 });
  assert.deepEqual(new DependencyTree(deps).subtree(2), { first: 0, last: 5 });
});
