/**
 * The label set of a treebank: `root` first (label 0, given only to arcs from the root), then the others by
 * descending frequency, ties by name, so label ids are the same on every run.
 *
 *   labelSet(examples) // ['root', 'punct', 'case', 'nsubj', …]
 */
import type { Example } from './data.js';

export function labelSet(examples: readonly Example[]): string[] {
  const freq = new Map<string, number>();
  for (const ex of examples) for (const r of ex.rels) if (r !== 'root') freq.set(r, (freq.get(r) ?? 0) + 1);
  return ['root', ...[...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r)];
}
