/**
 * Weight tables of the averaged perceptrons: `rows` x `cols` weights in one typed array, a feature hash picking
 * the row (hash & (rows - 1)) and a class the column. At run time the tables are 8-bit integers (averaged
 * weights quantised to ±127: measured on GUM news, no loss against 16 bits, half the memory traffic and file);
 * training uses `TrainingTable` (float weights with lazily averaged totals).
 *
 *   const scores = new Float64Array(t.cols); t.score(feats, nFeats, scores); // scores[c] = Σ w[row(f)][c]
 */
import { MAX_PACKED_FEATURES, type PackedRows, packRows, scorePacked } from './packed.js';

/** Anything that scores a feature vector: `out[c]` = sum over the features of their row's weight for class c. */
export interface Scorer {
  readonly cols: number;
  score(feats: Uint32Array, n: number, out: Float64Array): void;
  /** The same for the columns in `cols` only (the others of `out` are left as they are). */
  scoreSome(feats: Uint32Array, n: number, cols: Int32Array, out: Float64Array): void;
}

/** out[c] = sum over the first n features of w[row(feature) * cols + c]. */
function addRows(w: Int8Array | Float32Array, mask: number, cols: number, feats: Uint32Array, n: number, out: Float64Array): void {
  if (cols === 3) {
    // the parser's three moves, kept in registers
    let a = 0; let b = 0; let c = 0;
    for (let f = 0; f < n; f++) {
      const base = (feats[f]! & mask) * 3;
      a += w[base]!; b += w[base + 1]!; c += w[base + 2]!;
    }
    out[0] = a; out[1] = b; out[2] = c;
    return;
  }
  out.fill(0, 0, cols);
  for (let f = 0; f < n; f++) {
    const base = (feats[f]! & mask) * cols;
    for (let c = 0; c < cols; c++) out[c] += w[base + c]!;
  }
}

function addSome(w: Int8Array | Float32Array, mask: number, cols: number, feats: Uint32Array, n: number, some: Int32Array, out: Float64Array): void {
  const k = some.length;
  for (let j = 0; j < k; j++) out[some[j]!] = 0;
  for (let f = 0; f < n; f++) {
    const base = (feats[f]! & mask) * cols;
    for (let j = 0; j < k; j++) { const c = some[j]!; out[c] += w[base + c]!; }
  }
}

/** Row offsets of the features being scored (scratch, grown on demand). */
let offsets = new Int32Array(256);

/**
 * The run-time table. Its weights are integers, so any order of summation gives the same scores. `score` sums
 * the parser's 3 columns byte by byte, and a wider table's (the tagger's) packed four weights to a word
 * (packed.ts, built on first use). `scoreSome` (the labellers' chosen columns) sums four columns a pass over all
 * the features' rows: the first pass reads every row with independent loads the processor overlaps (the rows are
 * scattered over megabytes: cache misses are most of the cost), and the other passes find the rows in cache (one
 * column a pass was measured 1.3x faster than row by row; four a pass, 1.5x faster again).
 */
export class Table implements Scorer {
  private readonly mask: number;
  private packed: PackedRows | null = null;
  constructor(readonly rows: number, readonly cols: number, readonly w: Int8Array, readonly scale: number) {
    this.mask = rows - 1;
  }

  score(feats: Uint32Array, n: number, out: Float64Array): void {
    if (this.cols === 3) { addRows(this.w, this.mask, 3, feats, n, out); return; }
    if (n <= MAX_PACKED_FEATURES) {
      this.packed ??= packRows(this.w, this.rows, this.cols);
      scorePacked(this.packed, feats, n, out);
      return;
    }
    const at = this.offsetsOf(feats, n);
    const w = this.w;
    for (let c = 0; c < this.cols; c++) {
      let s = 0;
      for (let f = 0; f < n; f++) s += w[at[f]! + c]!;
      out[c] = s;
    }
  }

  scoreSome(feats: Uint32Array, n: number, cols: Int32Array, out: Float64Array): void {
    const at = this.offsetsOf(feats, n);
    const w = this.w;
    const k = cols.length;
    let j = 0;
    // four columns a pass, in four registers: the row offset read once for four weights
    for (; j + 4 <= k; j += 4) {
      const c0 = cols[j]!; const c1 = cols[j + 1]!; const c2 = cols[j + 2]!; const c3 = cols[j + 3]!;
      let s0 = 0; let s1 = 0; let s2 = 0; let s3 = 0;
      for (let f = 0; f < n; f++) {
        const row = at[f]!;
        s0 += w[row + c0]!; s1 += w[row + c1]!; s2 += w[row + c2]!; s3 += w[row + c3]!;
      }
      out[c0] = s0; out[c1] = s1; out[c2] = s2; out[c3] = s3;
    }
    for (; j < k; j++) {
      const c = cols[j]!;
      let s = 0;
      for (let f = 0; f < n; f++) s += w[at[f]! + c]!;
      out[c] = s;
    }
  }

  private offsetsOf(feats: Uint32Array, n: number): Int32Array {
    if (offsets.length < n) offsets = new Int32Array(n * 2);
    const at = offsets;
    const mask = this.mask;
    const cols = this.cols;
    for (let f = 0; f < n; f++) at[f] = (feats[f]! & mask) * cols;
    return at;
  }
}

export class TrainingTable implements Scorer {
  readonly mask: number;
  readonly w: Float32Array;
  private readonly totals: Float64Array;
  private readonly stamps: Int32Array;
  clock = 0;

  constructor(readonly rows: number, readonly cols: number) {
    this.mask = rows - 1;
    this.w = new Float32Array(rows * cols);
    this.totals = new Float64Array(rows * cols);
    this.stamps = new Int32Array(rows * cols);
  }

  score(feats: Uint32Array, n: number, out: Float64Array): void {
    addRows(this.w, this.mask, this.cols, feats, n, out);
  }

  scoreSome(feats: Uint32Array, n: number, cols: Int32Array, out: Float64Array): void {
    addSome(this.w, this.mask, this.cols, feats, n, cols, out);
  }

  /** One perceptron step: +1 to the right class, -1 to the predicted one. */
  update(feats: Uint32Array, n: number, good: number, bad: number): void {
    for (let f = 0; f < n; f++) {
      const base = (feats[f]! & this.mask) * this.cols;
      this.bump(base + good, 1);
      this.bump(base + bad, -1);
    }
  }

  private bump(i: number, d: number): void {
    this.totals[i] += (this.clock - this.stamps[i]!) * this.w[i]!;
    this.stamps[i] = this.clock;
    this.w[i] += d;
  }

  /** The averaged weights, quantised to 8 bits (scale: the weight of one unit). */
  averaged(): Table {
    const n = this.w.length;
    const avg = new Float32Array(n);
    let max = 0;
    for (let i = 0; i < n; i++) {
      const total = this.totals[i]! + (this.clock - this.stamps[i]!) * this.w[i]!;
      avg[i] = this.clock ? total / this.clock : this.w[i]!;
      const a = Math.abs(avg[i]!);
      if (a > max) max = a;
    }
    return quantise(avg, this.rows, this.cols, max);
  }
}

/** Weights as 8-bit integers, ±127 for the largest magnitude `max`. */
export function quantise(weights: ArrayLike<number>, rows: number, cols: number, max: number): Table {
  const n = weights.length;
  const scale = max > 0 ? max / 127 : 1;
  const w = new Int8Array(n);
  for (let i = 0; i < n; i++) w[i] = Math.round(weights[i]! / scale);
  return new Table(rows, cols, w, scale);
}
