/**
 * The highest-scoring projective dependency tree over n tokens with exactly one root (Eisner 1996's dynamic
 * programme, O(n^3), the root kept outside the spans: it takes one dependent r, whose left and right complete
 * spans cover the sentence). `score[h * n + d]` scores the arc h -> d for tokens h, d < n (the diagonal is never
 * read); `rootScore[d]` scores d as the root. Ties go to the leftmost split, so the result is deterministic.
 *
 *   bestProjectiveTree(3, score, rootScore) // Int32Array [1, 3, 1]: heads, n for the root
 */

/** Scratch tables, grown on demand and reused (one decoder runs at a time). */
let cap = 0;
let completeR = new Float64Array(0); // span s..t, head s, complete
let completeL = new Float64Array(0); // span s..t, head t, complete
let openR = new Float64Array(0); // s -> t, inside still open
let openL = new Float64Array(0); // t -> s
let splitCR = new Int32Array(0);
let splitCL = new Int32Array(0);
let splitO = new Int32Array(0);

function grow(cells: number): void {
  if (cells <= cap) return;
  cap = Math.max(cells, cap * 2);
  completeR = new Float64Array(cap); completeL = new Float64Array(cap);
  openR = new Float64Array(cap); openL = new Float64Array(cap);
  splitCR = new Int32Array(cap); splitCL = new Int32Array(cap); splitO = new Int32Array(cap);
}

export function bestProjectiveTree(n: number, score: Float64Array, rootScore: Float64Array): Int32Array {
  const heads = new Int32Array(n);
  if (n === 0) return heads;
  grow(n * n);
  for (let s = 0; s < n; s++) { completeR[s * n + s] = 0; completeL[s * n + s] = 0; }
  for (let len = 1; len < n; len++) {
    for (let s = 0; s + len < n; s++) {
      const t = s + len;
      const st = s * n + t;
      // two complete halves meeting between r and r + 1, joined by an arc between s and t
      let best = -Infinity;
      let at = s;
      for (let r = s; r < t; r++) {
        const v = completeR[s * n + r]! + completeL[(r + 1) * n + t]!;
        if (v > best) { best = v; at = r; }
      }
      openR[st] = best + score[s * n + t]!;
      openL[st] = best + score[t * n + s]!;
      splitO[st] = at;
      // head t: a complete span s..r under r, then t's open span r..t
      best = -Infinity; at = s;
      for (let r = s; r < t; r++) {
        const v = completeL[s * n + r]! + openL[r * n + t]!;
        if (v > best) { best = v; at = r; }
      }
      completeL[st] = best; splitCL[st] = at;
      // head s: s's open span s..r, then a complete span r..t under r
      best = -Infinity; at = t;
      for (let r = s + 1; r <= t; r++) {
        const v = openR[s * n + r]! + completeR[r * n + t]!;
        if (v > best) { best = v; at = r; }
      }
      completeR[st] = best; splitCR[st] = at;
    }
  }
  let root = 0;
  let best = -Infinity;
  for (let r = 0; r < n; r++) {
    const v = completeL[r]! + completeR[r * n + n - 1]! + rootScore[r]!;
    if (v > best) { best = v; root = r; }
  }
  heads[root] = n;
  // read the arcs back: [kind, s, t]; 0 complete with head t, 1 complete with head s, 2 open t -> s, 3 open s -> t
  const todo: number[] = [0, 0, root, 1, root, n - 1];
  while (todo.length) {
    const t = todo.pop()!;
    const s = todo.pop()!;
    const kind = todo.pop()!;
    if (s === t) continue;
    const st = s * n + t;
    if (kind === 0) { const r = splitCL[st]!; todo.push(0, s, r, 2, r, t); }
    else if (kind === 1) { const r = splitCR[st]!; todo.push(3, s, r, 1, r, t); }
    else {
      heads[kind === 2 ? s : t] = kind === 2 ? t : s;
      const r = splitO[st]!;
      todo.push(1, s, r, 0, r + 1, t);
    }
  }
  return heads;
}
