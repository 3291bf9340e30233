/**
 * Word clusters as a compact hashed lookup: word hash -> cluster bit string (with a leading 1, so "0" and "00"
 * differ), in open-addressing typed arrays. The clusters themselves are learned from unlabelled news by
 * train/clusters.ts.
 *
 *   const t = ClusterTable.fromPairs(pairs); t.get(hashString('shelled')) // 0b1_0110_1101 or 0 when unknown
 */
import type { ClusterLookup } from './words.js';

export class ClusterTable implements ClusterLookup {
  private readonly mask: number;
  private readonly keys: Uint32Array;
  private readonly values: Int32Array;

  private constructor(size: number) {
    let cap = 16;
    while (cap < size * 2) cap *= 2;
    this.mask = cap - 1;
    this.keys = new Uint32Array(cap);
    this.values = new Int32Array(cap);
  }

  /** From (word hash, bit string) pairs laid out flat. */
  static fromPairs(pairs: Uint32Array): ClusterTable {
    const t = new ClusterTable(pairs.length / 2);
    for (let i = 0; i < pairs.length; i += 2) t.set(pairs[i]!, pairs[i + 1]!);
    return t;
  }

  private set(key: number, value: number): void {
    const k = key === 0 ? 1 : key;
    let i = k & this.mask;
    while (this.keys[i] !== 0 && this.keys[i] !== k) i = (i + 1) & this.mask;
    this.keys[i] = k;
    this.values[i] = value;
  }

  get(key: number): number {
    const k = key === 0 ? 1 : key;
    let i = k & this.mask;
    for (;;) {
      const at = this.keys[i]!;
      if (at === k) return this.values[i]!;
      if (at === 0) return 0;
      i = (i + 1) & this.mask;
    }
  }

  pairs(): Uint32Array {
    let n = 0;
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== 0) n++;
    const out = new Uint32Array(n * 2);
    let j = 0;
    for (let i = 0; i < this.keys.length; i++) {
      if (this.keys[i] === 0) continue;
      out[j++] = this.keys[i]!;
      out[j++] = this.values[i]!;
    }
    return out;
  }
}
