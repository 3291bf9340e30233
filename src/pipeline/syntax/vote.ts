/**
 * Reparsing by arc voting (Sagae & Lavie 2006): several parses of one sentence propose arcs, each arc scores
 * the summed weights of the parses proposing it, and the tree returned is the best-scoring projective tree
 * with one root made of proposed arcs only (eisner.ts; when every token's best-scoring head already forms such
 * a tree, that tree is the optimum and no decoding is needed). Each arc keeps the label of its heaviest proposer.
 * Heads: 0..n-1, n for the root; `weights[d]` is the parse's confidence in d's arc (at least 0).
 *
 *   voteTree(3, [{ heads, labels, weights }, …]) // { heads, labels }: a tree
 */
import { bestProjectiveTree } from './eisner.js';

export interface ArcProposal { heads: Int32Array; labels: Int32Array; weights: Float64Array }

/** Far below any sum of weights: arcs no parse proposes are taken only when nothing else makes a tree. */
const UNPROPOSED = -1e9;

/** Whether heads (n: the root) form a tree with one root in which every subtree spans adjacent tokens. */
export function isProjectiveTree(heads: Int32Array): boolean {
  const n = heads.length;
  let roots = 0;
  for (let d = 0; d < n; d++) if (heads[d] === n) roots++;
  if (roots !== 1) return false;
  const lo = new Int32Array(n);
  const hi = new Int32Array(n);
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) { lo[i] = i; hi[i] = i; size[i] = 1; }
  for (let d = 0; d < n; d++) {
    let h = heads[d]!;
    for (let steps = 0; h !== n; steps++) {
      if (steps >= n || h < 0 || h > n) return false; // a cycle, or no head
      if (d < lo[h]!) lo[h] = d;
      if (d > hi[h]!) hi[h] = d;
      size[h]++;
      h = heads[h]!;
    }
  }
  for (let h = 0; h < n; h++) if (hi[h]! - lo[h]! + 1 !== size[h]) return false;
  return true;
}

export function voteTree(n: number, parses: readonly ArcProposal[]): { heads: Int32Array; labels: Int32Array } {
  if (parses.every((p) => sameHeads(p.heads, parses[0]!.heads, n))) return labelled(n, parses[0]!.heads, parses);
  // per token, the summed weight of each proposed head; the best one first
  const best = new Int32Array(n);
  const sum = (d: number, h: number) => {
    let s = 0;
    for (const p of parses) if (p.heads[d] === h) s += p.weights[d]!;
    return s;
  };
  for (let d = 0; d < n; d++) {
    let top = -1;
    let topScore = -Infinity;
    for (const p of parses) {
      const s = sum(d, p.heads[d]!);
      if (s > topScore) { topScore = s; top = p.heads[d]!; }
    }
    best[d] = top;
  }
  let heads: Int32Array = best;
  if (!isProjectiveTree(best)) {
    const score = new Float64Array(n * n).fill(UNPROPOSED);
    const rootScore = new Float64Array(n).fill(UNPROPOSED);
    for (let d = 0; d < n; d++) {
      for (const p of parses) {
        const h = p.heads[d]!;
        if (h === n) rootScore[d] = sum(d, h);
        else score[h * n + d] = sum(d, h);
      }
    }
    heads = bestProjectiveTree(n, score, rootScore);
  }
  return labelled(n, heads, parses);
}

function sameHeads(a: Int32Array, b: Int32Array, n: number): boolean {
  for (let d = 0; d < n; d++) if (a[d] !== b[d]) return false;
  return true;
}

/** Each arc labelled by its heaviest proposer. */
function labelled(n: number, heads: Int32Array, parses: readonly ArcProposal[]): { heads: Int32Array; labels: Int32Array } {
  const labels = new Int32Array(n);
  for (let d = 0; d < n; d++) {
    let w = -Infinity;
    for (const p of parses) if (p.heads[d] === heads[d] && p.weights[d]! > w) { w = p.weights[d]!; labels[d] = p.labels[d]!; }
  }
  return { heads, labels };
}
