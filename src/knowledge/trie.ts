/**
 * A phrase trie over word keys: finds the longest lexicon phrase starting at a word in O(phrase length),
 * checking the capitalisation a phrase demands (proper names must be capitalised in the text, short
 * acronyms such as "US" or "UN" must match exactly, so "us" and "un" never do).
 *
 *   const t = new PhraseTrie<string>(); t.add('the Kremlin', 'RUS'); t.longest(words('the Kremlin said'), 0) // { end: 2, values: ['RUS'] }
 */
import { phraseKeys, type Word } from './text.js';

interface Entry<T> { value: T; upper: boolean[]; exact?: string }
interface Node<T> { next?: Map<string, Node<T>>; entries?: Entry<T>[] }

export class PhraseTrie<T> {
  private readonly root: Node<T> = {};
  size = 0;

  /** Adds a phrase; returns its word keys. */
  add(phrase: string, value: T): string[] {
    const { keys, upper, allCaps } = phraseKeys(phrase);
    if (!keys.length) return keys;
    let node = this.root;
    for (const k of keys) {
      node.next ??= new Map();
      let child = node.next.get(k);
      if (!child) { child = {}; node.next.set(k, child); }
      node = child;
    }
    node.entries ??= [];
    if (node.entries.some((e) => e.value === value)) return keys;
    node.entries.push({ value, upper, exact: allCaps ? phrase.replace(/\./g, '') : undefined });
    this.size++;
    return keys;
  }

  /** Longest match at words[i]; returns the end index (exclusive) and the matching values. */
  longest(ws: readonly Word[], i: number, limit = ws.length): { end: number; values: T[] } | null {
    let node: Node<T> | undefined = this.root;
    let best: { end: number; values: T[] } | null = null;
    for (let j = i; j < limit && node?.next; j++) {
      const child: Node<T> | undefined = node.next.get(ws[j]!.key);
      // a middle initial the phrase does not spell ("Vladimir V. Putin") is skipped
      if (!child && j > i && ws[j]!.initial) continue;
      node = child;
      if (!node) break;
      if (node.entries) {
        const values: T[] = [];
        for (const e of node.entries) if (fits(e, ws, i, j + 1)) values.push(e.value);
        if (values.length) best = { end: j + 1, values };
      }
    }
    return best;
  }
}

function fits<T>(e: Entry<T>, ws: readonly Word[], i: number, end: number): boolean {
  if (e.exact !== undefined) return ws[i]!.text.replace(/\./g, '') === e.exact;
  if (end - i === e.upper.length) {
    for (let k = 0; k < e.upper.length; k++) if (e.upper[k] && !ws[i + k]!.upper) return false;
    return true;
  }
  // a skipped initial: check the capitalisation of the words actually matched
  let k = 0;
  for (let j = i; j < end && k < e.upper.length; j++) {
    if (ws[j]!.initial && j > i) continue;
    if (e.upper[k] && !ws[j]!.upper) return false;
    k++;
  }
  return true;
}
