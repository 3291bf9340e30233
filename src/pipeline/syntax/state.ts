/**
 * The arc-hybrid transition system (Kuhlmann et al. 2011) with the root at the end of the buffer (Ballesteros
 * & Nivre 2013): SHIFT moves the buffer's front b0 onto the stack; LEFT makes b0 the head of the stack's top
 * s0 and pops it; RIGHT makes s1 the head of s0 and pops it. The root (index n) can take a LEFT dependent only
 * when the stack holds one token, so every sentence gets exactly one root. The state keeps each token's two
 * leftmost and rightmost children, its valency and its sets of left and right labels for the features.
 *
 *   const s = new ParseState(); s.reset(3); s.apply(SHIFT, 0); s.apply(LEFT, label); …
 */

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const MOVES = 3;

export class ParseState {
  n = 0;
  sp = 0;
  b = 0;
  stack = new Int32Array(16);
  heads = new Int32Array(16);
  labels = new Int32Array(16);
  lc1 = new Int32Array(16);
  lc2 = new Int32Array(16);
  rc1 = new Int32Array(16);
  rc2 = new Int32Array(16);
  nl = new Int32Array(16);
  nr = new Int32Array(16);
  lsetLo = new Int32Array(16);
  lsetHi = new Int32Array(16);
  rsetLo = new Int32Array(16);
  rsetHi = new Int32Array(16);

  /** Starts a sentence of n tokens (the root is token n). */
  reset(n: number): void {
    if (this.heads.length < n + 1) this.grow(n + 1);
    this.n = n;
    this.sp = 0;
    this.b = 0;
    for (const a of [this.heads, this.lc1, this.lc2, this.rc1, this.rc2]) a.fill(-1, 0, n + 1);
    for (const a of [this.labels, this.nl, this.nr, this.lsetLo, this.lsetHi, this.rsetLo, this.rsetHi]) a.fill(0, 0, n + 1);
  }

  private grow(size: number): void {
    const cap = Math.max(size, this.heads.length * 2);
    this.stack = new Int32Array(cap);
    for (const k of ['heads', 'labels', 'lc1', 'lc2', 'rc1', 'rc2', 'nl', 'nr', 'lsetLo', 'lsetHi', 'rsetLo', 'rsetHi'] as const) this[k] = new Int32Array(cap);
  }

  terminal(): boolean {
    return this.b === this.n && this.sp === 0;
  }

  s(k: number): number {
    return this.sp > k ? this.stack[this.sp - 1 - k]! : -1;
  }

  canApply(move: number): boolean {
    if (move === SHIFT) return this.b < this.n;
    if (move === LEFT) return this.sp > 0 && (this.b < this.n || this.sp === 1);
    return this.sp > 1;
  }

  apply(move: number, label: number): void {
    if (move === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const d = this.stack[--this.sp]!;
    const h = move === LEFT ? this.b : this.stack[this.sp - 1]!;
    this.heads[d] = h;
    this.labels[d] = label;
    if (d < h) {
      this.lc2[h] = this.lc1[h]!;
      this.lc1[h] = d;
      this.nl[h]++;
      if (label < 32) this.lsetLo[h] |= 1 << label; else this.lsetHi[h] |= 1 << (label - 32);
    } else {
      this.rc2[h] = this.rc1[h]!;
      this.rc1[h] = d;
      this.nr[h]++;
      if (label < 32) this.rsetLo[h] |= 1 << label; else this.rsetHi[h] |= 1 << (label - 32);
    }
  }
}
