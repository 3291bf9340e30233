/**
 * Reading the `deps` layer: a token's children (optionally of given relations), its subtree's token range.
 * A relation pattern without a subtype matches the relation and all its subtypes ('obl' matches 'obl' and
 * 'obl:agent'); with a subtype it matches exactly ('nsubj:pass').
 *
 *   const tree = new DependencyTree(doc.layers.deps);
 *   tree.children(verb, 'nsubj', 'obj') // [2, 5]
 *   tree.subtree(5)                     // { first: 4, last: 7 }
 */
import type { Dependency } from '../../core/types.js';

export function relMatches(rel: string, pattern: string): boolean {
  return rel === pattern || (!pattern.includes(':') && rel.startsWith(pattern) && rel.charCodeAt(pattern.length) === 58);
}

export class DependencyTree {
  private readonly kids: number[][];

  constructor(readonly deps: readonly Dependency[]) {
    this.kids = deps.map(() => []);
    deps.forEach((d, i) => { if (d.head >= 0) this.kids[d.head]!.push(i); });
  }

  /** Children of token i in text order, only those of the given relations when any are named. */
  children(i: number, ...rels: string[]): number[] {
    const all = this.kids[i] ?? [];
    return rels.length ? all.filter((c) => rels.some((r) => relMatches(this.deps[c]!.rel, r))) : all.slice();
  }

  /** The first and last token index of the subtree under token i (i itself included). */
  subtree(i: number): { first: number; last: number } {
    let first = i;
    let last = i;
    const todo = [i];
    while (todo.length) {
      const k = todo.pop()!;
      if (k < first) first = k;
      if (k > last) last = k;
      for (const c of this.kids[k] ?? []) todo.push(c);
    }
    return { first, last };
  }
}

const trees = new WeakMap<readonly Dependency[], DependencyTree>();

function treeOf(deps: readonly Dependency[]): DependencyTree {
  let t = trees.get(deps);
  if (!t) trees.set(deps, (t = new DependencyTree(deps)));
  return t;
}

/** Children of token i (of the given relations, when named), from a tree cached per deps layer. */
export function childrenOf(deps: readonly Dependency[], i: number, ...rels: string[]): number[] {
  return treeOf(deps).children(i, ...rels);
}

/** The token range of the subtree under token i. */
export function subtreeOf(deps: readonly Dependency[], i: number): { first: number; last: number } {
  return treeOf(deps).subtree(i);
}
