/**
 * Whether a name matched in text can denote the known people it spells, from the words around it: a surname or
 * one-word name is not the person when a different given name stands before it ("Chris Johnson", "Hunter Biden"),
 * another name part follows it ("Martin Bashir", "Petro Kotin") or "Jr."/"Sr." does ("Trump Jr."); a surname that
 * is also a given name ("Martin", "Petro") names the person alone only after a title or once the document has
 * named them in full; in a document, a surname alone names only prominent people (leaders, foreign and defence
 * ministers) or people the document named in full before.
 *
 *   plausiblePeople(kb, words('Hunter Biden said'), 1, 2, ['Q6279'], { titleCase: false }, false) // []
 *   plausiblePeople(kb, words('Mr Biden said'), 1, 2, ['Q6279'], { titleCase: false }, true)      // ['Q6279']
 */
import type { KnowledgeLookup } from './lookup.js';
import type { Word } from './text.js';

/** What the text around a mention tells: a headline in Title Case (capitals say nothing), the people named in full so far. */
export interface NameContext {
  titleCase: boolean;
  /**
   * person keys the document has named by a full name so far, and "other:SURNAME" for surnames it has given to
   * someone else ("Tobias Andersson": a later "Andersson" is him, not the prime minister). Absent: a lone phrase.
   */
  seen?: Set<string>;
}

const SUFFIXES = new Set(['jr', 'sr', 'junior', 'senior']);
/** Short forms of given names whose spelling shares too little with the full form. */
const NICKNAMES: Record<string, string> = { joe: 'joseph', bill: 'william', bob: 'robert', jim: 'james', tony: 'anthony', dick: 'richard', ted: 'edward', ned: 'edward', jack: 'john', liz: 'elizabeth', beto: 'robert', sasha: 'alexander', misha: 'mikhail', kolya: 'nikolai', volodya: 'vladimir' };

/**
 * The person keys (of `keys`, matched at ws[i..end)) the words around allow. `titled`: a title or honorific stands
 * right before ("Prime Minister Johnson", "Mr Martin").
 */
export function plausiblePeople(kb: KnowledgeLookup, ws: Word[], i: number, end: number, keys: readonly string[], ctx: NameContext, titled: boolean, isName: (k: number) => boolean): string[] {
  // "Donald Trump Jr.", "Trump Jr.", "Donald Trump, Jr.": a son of the name
  const after = ws[end]?.key === ',' ? ws[end + 1] : ws[end];
  if (after && SUFFIXES.has(after.key) && after.upper) return [];
  const one = end - i === 1 ? kb.oneWordNames.get(ws[i]!.key) : undefined;
  if (!one) { for (const k of keys) ctx.seen?.add(k); return [...keys]; }
  const full = keys.filter((k) => !one.has(k));
  let alone = keys.filter((k) => one.has(k));
  // "Martin Bashir", "Sharon Graham", "Petro Kotin": a person's surname is the last word of the name
  if (!ctx.titleCase && isName(end)) return full;
  const prev = titled ? undefined : ws[i - 1];
  const given = prev && !prev.initial && isName(i - 1) && (!ctx.titleCase || kb.givenNames.has(prev.key)) ? prev.key : undefined;
  if (given !== undefined) {
    // "Chris Johnson", "Jill Biden": a different given name; "Sergey Lavrov", "Vladimir Zelensky": a variant of theirs
    alone = alone.filter((k) => [...kb.firstNamesOf(k)].some((f) => sameGivenName(given, f)));
    if (!alone.length) ctx.seen?.add(`other:${ws[i]!.key}`);
    for (const k of alone) ctx.seen?.add(k);
    return [...full, ...alone];
  }
  if (titled) for (const k of alone) ctx.seen?.add(k);
  // the document gave this surname to someone else and has not named the known person in full
  if (!titled && ctx.seen?.has(`other:${ws[i]!.key}`)) alone = alone.filter((k) => ctx.seen!.has(k));
  if (!titled) {
    // "Martin", "Petro", "Philippe" alone: a given name as often as the surname
    if (kb.givenNames.has(ws[i]!.key)) alone = alone.filter((k) => kb.goesBy(ws[i]!.key, k) || ctx.seen?.has(k));
    // in a document: a surname alone names a prominent person, or one the document named in full before
    else if (ctx.seen) alone = alone.filter((k) => ctx.seen!.has(k) || kb.isProminent(k));
  }
  return [...full, ...alone];
}

/** "Sergei"/"Sergey", "Vladimir"/"Volodymyr", "Mikhail"/"Michael", "Joe"/"Joseph": spellings of one given name. */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  if (NICKNAMES[a] === b || NICKNAMES[b] === a) return true;
  if (a[0] !== b[0]) return false;
  // "S Jaishankar": an initial written without its dot
  if (a.length === 1 || b.length === 1) return true;
  // one letter apart: "Lis"/"Liz", "Vlosa"/"Vjosa" (misspellings and transliterations)
  if (a.length >= 3 && b.length >= 3 && oneEditApart(a, b)) return true;
  if (a.length >= 3 && b.length >= 3 && a.slice(0, 3) === b.slice(0, 3)) return true;
  const sa = skeleton(a);
  const sb = skeleton(b);
  return sa.length >= 3 && sa.slice(0, 3) === sb.slice(0, 3);
}

function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, skip: number): string => x.slice(i + skip);
  return rest(a, 1) === rest(b, 1) || rest(a, 1) === rest(b, 0) || rest(a, 0) === rest(b, 1);
}

/** Consonants of a name after its first letter, with c/q as k and doubles merged ("volodymyr" -> "vldmr"). */
function skeleton(name: string): string {
  const rest = name.slice(1).replace(/[aeiouyhwj]/g, '').replace(/[cq]/g, 'k');
  return (name[0]! + rest).replace(/(.)\1+/g, '$1');
}

/** Whether every word of four letters or more is capitalised, as in a headline ("Biden Meets Zelensky In Kyiv"). */
export function isTitleCase(ws: Word[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const w of ws) {
    if (w.key.length < 4 || !/^\p{L}/u.test(w.text)) continue;
    letters++;
    if (w.upper) upper++;
  }
  // headlines capitalise every longer word; a news sentence full of names still has a lower-case one
  return letters >= 3 && upper === letters;
}
