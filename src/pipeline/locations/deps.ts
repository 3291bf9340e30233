/**
 * Reading the `deps` layer by token index, for the locations component: the token at a character offset, the head
 * token of a span, a node's case word, subtrees and the relation under which a token hangs on an ancestor.
 *
 *   caseIs(tokens, deps, tokenAt(tokens, 41), new Set(['in', 'near']))   // "near" in "shelled positions near Kafranbel"
 */
import type { Dependency, Token } from '../../core/types.js';

/** The token that holds character `offset` (the first after it when none does). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The token of the span [start, end) whose head lies outside it ("assault" of "ground assault"). */
export function spanHead(tokens: readonly Token[], deps: readonly Dependency[], start: number, end: number): number {
  const first = tokenAt(tokens, start);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
  for (let k = first; k <= last; k++) if (deps[k]!.head < first || deps[k]!.head > last) return k;
  return first;
}

/** Whether node `k` has a `case` child among `preps` ("around" in "from around Kyiv" counts too). */
export function caseIs(tokens: readonly Token[], deps: readonly Dependency[], k: number, preps: ReadonlySet<string>): boolean {
  for (let c = Math.max(0, k - 4); c < k; c++) if (deps[c]!.head === k && deps[c]!.rel === 'case' && preps.has(tokens[c]!.norm)) return true;
  return false;
}

/** Whether token `k` lies in the subtree of token `root`. */
export function descends(deps: readonly Dependency[], k: number, root: number): boolean {
  for (let steps = 0; k >= 0 && steps < 40; steps++) {
    if (k === root) return true;
    k = deps[k]!.head;
  }
  return false;
}

/** The relation (without subtype) to `root` of the child of `root` that token `k` lies under ('' when it does not). */
export function topRelation(deps: readonly Dependency[], k: number, root: number): string {
  for (let steps = 0; k >= 0 && k !== root && steps < 40; steps++) {
    if (deps[k]!.head === root) return deps[k]!.rel.split(':')[0]!;
    k = deps[k]!.head;
  }
  return '';
}
