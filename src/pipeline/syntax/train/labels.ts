/**
 * The label set of a treebank: `root` first (label 0, given only to arcs from the root), then the others by
 * descending frequency, ties by name, so label ids are the same on every run; and the labels seen on arcs
 * whose head is on the right (`left`: nsubj, det, case …) and on the left (`right`: obj, obl, conj …).
 *
 *   labelSet(examples) // { labels: ['root', 'punct', 'case', …], left: [1, 2, …], right: [1, 7, …] }
 */
import type { Example } from './data.js';

export interface LabelSet { labels: string[]; left: number[]; right: number[] }

export function labelSet(examples: readonly Example[]): LabelSet {
  const freq = new Map<string, number>();
  for (const ex of examples) for (const r of ex.rels) if (r !== 'root') freq.set(r, (freq.get(r) ?? 0) + 1);
  const labels = ['root', ...[...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r)];
  const id = new Map(labels.map((l, i) => [l, i]));
  const left = new Set<number>();
  const right = new Set<number>();
  for (const ex of examples) {
    ex.rels.forEach((r, i) => {
      const h = ex.goldHeads[i]!;
      if (r !== 'root' && h < ex.attrs.n) (h > i ? left : right).add(id.get(r)!);
    });
  }
  return { labels, left: [...left].sort((a, b) => a - b), right: [...right].sort((a, b) => a - b) };
}
