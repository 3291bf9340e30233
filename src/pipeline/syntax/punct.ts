/**
 * Punctuation attachment, once the words are parsed, by the algorithm of Udapi's `ud.FixPunct` (Popel et al.,
 * github.com/udapi/udapi-python; reimplemented here): paired marks (quotes, brackets) attach to the head of what
 * they enclose; any other mark takes the nearest words left and right of it, climbs from each towards the root
 * while the climb stays on its side and crosses no arc, and attaches to one of the two: to the word on the
 * right when it is a conjunct or an apposition the mark introduces, else to the lower of the two (EWT's
 * convention: the rule gives 97.5% of EWT's punctuation heads) or the higher (convention 'higher': PUD's, 89-91%;
 * the UD guideline's "highest node that preserves projectivity"). The mixed conventions of the training files
 * cost the parser about a point of UAS; training on one and reattaching by rule gains another third of a point
 * (dev split of the training treebanks). `keepParser` keeps the parser's head when it lies on a climbing path.
 *
 *   attachPunctuation(['He', 'said', ',', 'we', 'won', '.'], upos, heads, rels) // heads[5] = 1 ('said')
 */

const PAIRED = new Map<string, string>(Object.entries({ '(': ')', '[': ']', '{': '}', '"': '"', '“': '”', '‘': '’', '«': '»', "''": "''", '``': "''" }));
const FINAL = new Set(['.', '?', '!']);
/** A mark before a conjunct or an apposition belongs to it (UD: "attached to the following conjunct"). */
const INTRODUCES = new Set(['conj', 'appos']);

/** Reattaches the PUNCT tokens in place; heads are sentence-relative (-1 root). */
export interface PunctuationOptions { keepParser?: boolean; convention?: 'lower' | 'higher' }

export function attachPunctuation(forms: readonly string[], upos: readonly string[], heads: number[], rels: string[], opts: PunctuationOptions = {}): void {
  const keepParser = opts.keepParser ?? false;
  const lower = (opts.convention ?? 'lower') === 'lower';
  const n = forms.length;
  const punct = (i: number) => upos[i] === 'PUNCT';
  // punctuation has no dependents
  for (let i = 0; i < n; i++) {
    let h = heads[i]!;
    for (let guard = 0; h >= 0 && punct(h) && guard < n; guard++) h = heads[h]!;
    if (h !== heads[i]) heads[i] = h;
  }
  const kind = new Array<'' | 'open' | 'close'>(n).fill('');
  for (let i = 0; i < n; i++) {
    if (!punct(i) || kind[i]) continue;
    const close = PAIRED.get(forms[i]!);
    if (close === undefined) continue;
    let depth = 0;
    for (let j = i + 1; j < n; j++) {
      if (forms[j] === close) {
        if (depth > 0) { depth--; continue; }
        pair(i, j, heads, punct, kind);
        break;
      } else if (forms[j] === forms[i]) depth++;
    }
  }
  // subtree spans, recomputed only after a mark actually moves (most already sit where the rule puts them)
  let span = spans(heads, n);
  for (let i = 0; i < n; i++) {
    if (!punct(i) || kind[i]) continue;
    const orig = heads[i]!;
    let l = i - 1;
    while (l >= 0 && punct(l)) {
      if (kind[l] === 'open' && heads[l] !== i) { l = -1; break; }
      l--;
    }
    let r = FINAL.has(forms[i]!) ? n : i + 1;
    while (r < n && punct(r)) {
      if (kind[r] === 'close' && heads[r] !== i) { r = n; break; }
      r++;
    }
    const lPath: number[] = [];
    if (l >= 0) {
      lPath.push(l);
      while (heads[l]! >= 0 && heads[l]! < i && !(i < span.hi[l]!)) lPath.push((l = heads[l]!));
    }
    const rPath: number[] = [];
    if (r < n) {
      rPath.push(r);
      while (heads[r]! >= 0 && i < heads[r]! && !(span.lo[r]! < i)) rPath.push((r = heads[r]!));
    }
    const lOk = lPath.filter((c) => projective(heads, i, c));
    const rOk = rPath.filter((c) => projective(heads, i, c));
    heads[i] = orig;
    const lc = lOk.length ? lOk[lOk.length - 1]! : -1;
    const rc = rOk.length ? rOk[rOk.length - 1]! : -1;
    let cand: number; let path: number[];
    if (rc >= 0 && INTRODUCES.has(rels[rc]!) && (lc < 0 || dominates(heads, lc, rc))) { cand = rc; path = rOk; }
    else if (lc >= 0 && rc >= 0 && dominates(heads, rc, lc)) { cand = lower ? lc : rc; path = lower ? lOk : rOk; }
    else if (rc >= 0 && lc >= 0 && dominates(heads, lc, rc)) { cand = lower ? rc : lc; path = lower ? rOk : lOk; }
    else if (lc >= 0) { cand = lc; path = [...lOk, ...rOk]; }
    else { cand = rc; path = [...lOk, ...rOk]; }
    if (cand < 0) continue;
    if (!(keepParser && path.includes(orig)) && cand !== orig) {
      heads[i] = cand;
      span = spans(heads, n);
    }
    rels[i] = 'punct';
  }
  for (let i = 0; i < n; i++) if (punct(i) && heads[i]! >= 0) rels[i] = 'punct';
}

/** Attaches an opening and a closing mark to the head(s) of what lies between them. */
function pair(open: number, close: number, heads: number[], punct: (i: number) => boolean, kind: ('' | 'open' | 'close')[]): void {
  let inner: number[] = [];
  const innerPunct: number[] = [];
  for (let k = open + 1; k < close; k++) {
    const h = heads[k]!;
    if (h < open || h > close) (punct(k) ? innerPunct : inner).push(k);
  }
  if (!inner.length) inner = innerPunct;
  if (!inner.length) return;
  const span = spans(heads, heads.length);
  heads[open] = inner.reduce((a, b) => (span.lo[b]! < span.lo[a]! ? b : a));
  heads[close] = inner.reduce((a, b) => (span.hi[b]! > span.hi[a]! ? b : a));
  kind[open] = 'open';
  kind[close] = 'close';
}

/** Leftmost and rightmost token of each token's subtree. */
function spans(heads: readonly number[], n: number): { lo: Int32Array; hi: Int32Array } {
  const both = new Int32Array(2 * n);
  const lo = both.subarray(0, n);
  const hi = both.subarray(n);
  for (let i = 0; i < n; i++) { lo[i] = i; hi[i] = i; }
  for (let i = 0; i < n; i++) {
    let h = heads[i]!;
    for (let guard = 0; h >= 0 && guard < n; guard++, h = heads[h]!) {
      if (i < lo[h]!) lo[h] = i;
      if (i > hi[h]!) hi[h] = i;
    }
  }
  return { lo, hi };
}

/** a is x or one of x's ancestors. */
function dominates(heads: readonly number[], a: number, x: number): boolean {
  for (let guard = 0; x >= 0 && guard <= heads.length; guard++, x = heads[x]!) if (x === a) return true;
  return false;
}

/** Whether attaching p to c leaves the arc projective and puts p in no gap that c is not in. */
function projective(heads: number[], p: number, c: number): boolean {
  heads[p] = c;
  const a = p < c ? p : c;
  const b = p < c ? c : p;
  for (let k = a + 1; k < b; k++) if (!dominates(heads, c, k)) return false;
  return !(inGap(heads, p) && !inGap(heads, c));
}

/** Some arc spans x whose head does not dominate x. */
function inGap(heads: readonly number[], x: number): boolean {
  for (let d = 0; d < heads.length; d++) {
    const h = heads[d]!;
    if (h < 0 || (h < x) === (d < x) || h === x || d === x) continue; // (no allocation: this runs for every arc)
    if (!dominates(heads, h, x)) return true;
  }
  return false;
}
