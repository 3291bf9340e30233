/**
 * The label set of a treebank: `root` first (label 0, given only to arcs from the root), then the others by
 * descending frequency, ties by name, so label ids are the same on every run; and the labels seen on arcs
 * whose head is on the right (`left`: nsubj, det, case …) and on the left (`right`: obj, obl, conj …).
 *
 *   labelSet(examples) // { labels: ['root', 'punct', 'case', …], left: [1, 2, …], right: [1, 7, …] }
 */
import { TAG_PAIRS, tagPair } from '../parse.js';
import { type Example, UNKNOWN_REL } from './data.js';

export interface LabelSet { labels: string[]; left: number[]; right: number[] }

export function labelSet(examples: readonly Example[]): LabelSet {
  const freq = new Map<string, number>();
  for (const ex of examples) for (const r of ex.rels) if (r !== 'root' && r !== UNKNOWN_REL) freq.set(r, (freq.get(r) ?? 0) + 1);
  const labels = ['root', ...[...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r)];
  const id = new Map(labels.map((l, i) => [l, i]));
  const left = new Set<number>();
  const right = new Set<number>();
  for (const ex of examples) {
    ex.rels.forEach((r, i) => {
      const h = ex.goldHeads[i]!;
      if (r !== 'root' && h >= 0 && h < ex.attrs.n && id.has(r)) (h > i ? left : right).add(id.get(r)!);
    });
  }
  return { labels, left: [...left].sort((a, b) => a - b), right: [...right].sort((a, b) => a - b) };
}

/**
 * For each labeller (0: head on the right, 1: on the left) and each pair of dependent and head tags, the
 * labeller's columns seen on such arcs in training, with the predicted tags the parser trains on and with the
 * gold tags: the labeller scores only those (an unseen pair scores all).
 */
export function labelCandidates(examples: readonly Example[], tags: readonly Int32Array[], set: LabelSet): Int32Array[][] {
  const id = new Map(set.labels.map((l, i) => [l, i]));
  const column = [new Map(set.left.map((l, c) => [l, c])), new Map(set.right.map((l, c) => [l, c]))];
  const seen = [0, 1].map(() => Array.from({ length: TAG_PAIRS }, () => new Set<number>()));
  examples.forEach((ex, k) => {
    ex.rels.forEach((r, i) => {
      const h = ex.goldHeads[i]!;
      if (r === 'root' || h < 0 || h >= ex.attrs.n) return;
      const dir = h > i ? 0 : 1;
      const c = column[dir]!.get(id.get(r)!);
      if (c === undefined) return;
      for (const t of [tags[k]!, ex.goldTags]) if (t[i]! >= 0 && t[h]! >= 0) seen[dir]![tagPair(t[i]!, t[h]!)]!.add(c);
    });
  });
  return seen.map((pairs) => pairs.map((cols) => Int32Array.from([...cols].sort((a, b) => a - b))));
}
