/**
 * Feature templates as data: each template is its number and one to three atoms (indices into an array of
 * integers the caller fills once per parser state or token: a word hash, a tag, a distance). `fill` hashes every
 * template exactly as `mix1`/`mix2`/`mix3` of hash.ts would, in one tight loop: written out as 116 calls, the
 * hashing was not inlined and cost more than scoring the features (measured on news: 94 µs of a sentence's 200).
 *
 *   const T = new FeatureTemplates([[1, S0W], [20, S0W, B0W]]);
 *   atoms[S0W] = …; atoms[B0W] = …; const n = T.fill(atoms, feats); // feats[1] === mix2(20, atoms[S0W], atoms[B0W])
 */
import { fold, MIX_A, MIX_B, MIX_T } from './hash.js';

/** [template number, atom, atom?, atom?] */
export type TemplateSpec = readonly [number, number, number?, number?];

export class FeatureTemplates {
  readonly count: number;
  private readonly seed: Int32Array;
  private readonly a: Int32Array;
  private readonly b: Int32Array;
  private readonly c: Int32Array;

  constructor(specs: readonly TemplateSpec[]) {
    this.count = specs.length;
    this.seed = Int32Array.from(specs, (s) => Math.imul(s[0], MIX_T));
    this.a = Int32Array.from(specs, (s) => s[1]);
    this.b = Int32Array.from(specs, (s) => s[2] ?? -1);
    this.c = Int32Array.from(specs, (s) => s[3] ?? -1);
  }

  /** Writes the templates' hashes over `atoms` into feats[0..count); returns count. */
  fill(atoms: Int32Array, feats: Uint32Array): number {
    const { seed, a, b, c } = this;
    for (let k = 0; k < this.count; k++) {
      let h = seed[k]! ^ atoms[a[k]!]!;
      const bk = b[k]!;
      if (bk >= 0) {
        h = Math.imul(h, MIX_A) ^ atoms[bk]!;
        const ck = c[k]!;
        if (ck >= 0) h = Math.imul(h, MIX_B) ^ atoms[ck]!;
      }
      feats[k] = fold(h);
    }
    return this.count;
  }
}
