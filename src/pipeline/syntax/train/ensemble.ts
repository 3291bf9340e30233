/**
 * Averages models trained with different seeds into one. The models are linear, so averaging their weights is
 * averaging their scores: a greedy ensemble at the cost of one model at run time. Models must share the
 * training data (labels, table sizes, clusters).
 *
 *   const m = averageModels([a, b]);
 */
import type { SyntaxModel } from '../model.js';
import { quantise, type Table } from '../weights.js';

export function averageTables(tables: readonly Table[]): Table {
  const { rows, cols } = tables[0]!;
  const sum = new Float64Array(rows * cols);
  for (const t of tables) for (let i = 0; i < sum.length; i++) sum[i] += (t.w[i]! * t.scale) / tables.length;
  let max = 0;
  for (let i = 0; i < sum.length; i++) max = Math.max(max, Math.abs(sum[i]!));
  return quantise(sum, rows, cols, max);
}

/** Each tag pair's label columns seen by any of the models. */
function unionCandidates(lists: readonly (Int32Array[] | undefined)[]): Int32Array[] | undefined {
  if (lists.some((l) => !l)) return undefined;
  return lists[0]!.map((_, pair) => Int32Array.from(new Set(lists.flatMap((l) => [...l![pair]!]))).sort());
}

export function averageModels(models: readonly SyntaxModel[]): SyntaxModel {
  const [first] = models;
  if (!first || models.some((m) => m.labels.join() !== first.labels.join())) throw new Error('models to average must share their labels');
  return {
    ...first,
    tagger: averageTables(models.map((m) => m.tagger)),
    parser: averageTables(models.map((m) => m.parser)),
    left: { labels: first.left.labels, table: averageTables(models.map((m) => m.left.table)), candidates: unionCandidates(models.map((m) => m.left.candidates)) },
    right: { labels: first.right.labels, table: averageTables(models.map((m) => m.right.table)), candidates: unionCandidates(models.map((m) => m.right.candidates)) },
    meta: { ...first.meta, seeds: models.map((m) => m.meta.seed) },
  };
}
