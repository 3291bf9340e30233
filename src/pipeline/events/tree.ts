/**
 * One sentence's dependency tree (the `deps` layer) indexed once for the coder: each token's head and
 * relation, and its children in a flat array (CSR), so finding a verb's subject or objects costs a scan of
 * its own children, never of the sentence. Indices are document token indices, as in `SentenceView`.
 *
 *   const tree = sentenceTree(doc.layers.deps, tokens, 10, 22);
 *   kidsOf(tree, 12) // token indices whose head is token 12
 *   childRel(tree, 12, 'nsubj') // the subject of token 12, or -1
 */
import type { Dependency, Token } from '../../core/types.js';

export interface Tree {
  start: number;
  end: number;
  tokens: readonly Token[];
  /** Document index of each token's head (local index k - start), -1 for the root. */
  head: Int32Array;
  rel: string[];
  /** The parser's UPOS per token (local index). */
  upos: string[];
  /** Children of token k: kids[first[k - start] .. first[k - start + 1]) in text order. */
  first: Int32Array;
  kids: Int32Array;
}

/** Relations that open a clause of their own: an argument's subtree is not searched past them. */
export const CLAUSAL = new Set(['ccomp', 'xcomp', 'advcl', 'acl', 'acl:relcl', 'csubj', 'csubj:pass', 'parataxis', 'list', 'discourse', 'vocative', 'reparandum', 'dislocated']);

/** The tree of tokens [start, end), or null when the deps layer does not cover them (no parse). */
export function sentenceTree(deps: readonly Dependency[] | undefined, tokens: readonly Token[], start: number, end: number): Tree | null {
  if (!deps || deps.length < end || (end > start && !deps[start]!.rel)) return null; // not parsed: UNPARSED
  const n = end - start;
  const head = new Int32Array(n);
  const rel: string[] = new Array(n);
  const upos: string[] = new Array(n);
  const count = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const d = deps[start + i]!;
    const h = d.head >= start && d.head < end && d.head !== start + i ? d.head : -1;
    head[i] = h;
    rel[i] = h < 0 ? 'root' : d.rel;
    upos[i] = d.upos || tokens[start + i]!.pos;
    if (h >= 0) count[h - start + 1]!++;
  }
  const first = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) first[i + 1] = first[i]! + count[i + 1]!;
  const fill = first.slice(0, n);
  const kids = new Int32Array(first[n]!);
  for (let i = 0; i < n; i++) {
    const h = head[i]!;
    if (h >= 0) kids[fill[h - start]!++] = start + i;
  }
  return { start, end, tokens, head, rel, upos, first, kids };
}

export const headOf = (t: Tree, k: number): number => t.head[k - t.start]!;
export const relOf = (t: Tree, k: number): string => t.rel[k - t.start]!;
/** The relation without its subtype ("nsubj:pass" -> "nsubj"). */
export const baseRel = (t: Tree, k: number): string => { const r = t.rel[k - t.start]!; const c = r.indexOf(':'); return c < 0 ? r : r.slice(0, c); };

export function kidsOf(t: Tree, k: number): Int32Array {
  return t.kids.subarray(t.first[k - t.start]!, t.first[k - t.start + 1]!);
}

/** The first child of `k` with relation `rel` (exactly, subtype included), or -1. */
export function childRel(t: Tree, k: number, rel: string): number {
  for (const c of kidsOf(t, k)) if (t.rel[c - t.start] === rel) return c;
  return -1;
}

/** The preposition or case marker of a nominal ("with" for "with Putin"), lower-cased, or ''. Multiword: "according to". */
export function caseOf(t: Tree, k: number): string {
  for (const c of kidsOf(t, k)) {
    if (t.rel[c - t.start] !== 'case') continue;
    for (const f of kidsOf(t, c)) if (t.rel[f - t.start] === 'fixed') return `${t.tokens[c]!.norm} ${t.tokens[f]!.norm}`;
    return t.tokens[c]!.norm;
  }
  return '';
}

/** The subordinator of a clause ("if" for "if Ukraine joins"), lower-cased, or ''. */
export function markOf(t: Tree, k: number): string {
  for (const c of kidsOf(t, k)) if (t.rel[c - t.start] === 'mark') return t.tokens[c]!.norm;
  return '';
}

/** The first and last token of the subtree headed by `k` ("the Russian forces" for "forces"). */
export function subtreeSpan(t: Tree, k: number): [number, number] {
  let first = k;
  let last = k;
  const stack = [k];
  while (stack.length) {
    const n = stack.pop()!;
    if (n < first) first = n;
    if (n > last) last = n;
    for (const c of kidsOf(t, n)) stack.push(c);
  }
  return [first, last];
}

/** True when `k` is `anc` or below it. */
export function under(t: Tree, k: number, anc: number): boolean {
  for (let h = k, guard = 0; h >= 0 && guard < 200; h = t.head[h - t.start]!, guard++) if (h === anc) return true;
  return false;
}

/** The head of the clause holding `k`: the nearest ancestor-or-self that is a predicate (root or a clausal relation). */
export function clauseHead(t: Tree, k: number): number {
  let h = k;
  for (let guard = 0; guard < 200; guard++) {
    const r = t.rel[h - t.start]!;
    const up = t.head[h - t.start]!;
    if (up < 0 || CLAUSAL.has(r)) return h;
    // a coordinated verb is a clause of its own ("X met Y and signed Z")
    if (r === 'conj' && isVerbal(t, h) && isVerbal(t, up)) return h;
    h = up;
  }
  return h;
}

export const uposOf = (t: Tree, k: number): string => t.upos[k - t.start]!;

export function isVerbal(t: Tree, k: number): boolean {
  const p = t.upos[k - t.start]!;
  return p === 'VERB' || p === 'AUX';
}

/** The conjuncts of `k` ("Russia and Belarus": [Russia, Belarus]), `k` first, through chains of conj. */
export function conjuncts(t: Tree, k: number): number[] {
  const out = [k];
  for (let i = 0; i < out.length && out.length < 12; i++) {
    for (const c of kidsOf(t, out[i]!)) if (t.rel[c - t.start] === 'conj' && !isVerbal(t, c)) out.push(c);
  }
  return out;
}

/** The token of [first, last] whose head lies outside it: the head of a multi-word trigger ("phone call" -> call). */
export function spanHead(t: Tree, first: number, last: number): number {
  for (let k = first; k <= last; k++) {
    const h = t.head[k - t.start]!;
    if (h < first || h > last) return k;
  }
  return first;
}

/** The subject of a for-to infinitive: the noun "for" introduces right before the infinitive's "to", or -1. */
export function forSubject(t: Tree, k: number): number {
  const to = childRel(t, k, 'mark');
  if (to < 0 || t.tokens[to]!.norm !== 'to') return -1;
  const n = to - 1;
  if (n <= t.start || caseOf(t, n) !== 'for') return -1;
  const upos = t.tokens[n]!.pos;
  return upos === 'NOUN' || upos === 'PROPN' || upos === 'PRON' ? n : -1;
}
