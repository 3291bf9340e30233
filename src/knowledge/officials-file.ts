/**
 * The encoding of data/officials.json, the long tail of office-holders, and the name forms it stores. The file is
 * laid out for a cheap first read: arrays of flat strings and numbers (no nested objects to allocate), with the
 * lookup tables precomputed by the build (build/officials.mjs calls `encodeOfficials`), sorted for bisection.
 *
 *   people:     "name|Wikidata id|terms|forms", terms "code,position index,start,end,source index" joined by ";"
 *               (end empty while open), forms the person's name forms (word keys joined by spaces) joined by ";"
 *   forms:      every name form of every person, sorted (UTF-16 order); formPeople: [person, capitalisation mask] per form
 *   surnames:   "surname person person…", sorted: people by the last word of their first form, for "Title Surname"
 *
 *   encodeOfficials([{ name: 'Jai Ram Thakur', id: 'Q…', terms: [['IND', 3, '2017-12-27', null, 1]] }]).forms  // ['jai ram thakur']
 */
import { keyOf, transliterate, words } from './text.js';

export interface OfficialsFile {
  positions: Array<[string, string]>;
  sources: string[];
  people: string[];
  forms: string[];
  formPeople: number[];
  surnames: string[];
}

/** A term as the build gives it: code, position index, start, end (null while open), source index. */
export type TermRow = [code: string, position: number, start: string, end: string | null, source: number];
export interface OfficialRecord { name: string; id: string; terms: TermRow[] }

/** Words of a name that never stand alone as names of people here: particles and generational suffixes. */
export const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'bin', 'ibn', 'al', 'el', 'jr', 'sr', 'ii', 'iii']);
/** Two or more ASCII words, hyphens and inner apostrophes allowed ("Jean-Yves Le Drian", "Beto O'Rourke"). */
const PLAIN_NAME = /^[A-Za-z]+(?:[-'][A-Za-z]+)*(?: [A-Za-z]+(?:[-'][A-Za-z]+)*)+$/;
/** Two or more words of letters (no initials, no dots): cut by spaces exactly as words() cuts them. */
const LETTER_NAME = /^\p{L}+(?:[-'’]\p{L}+)*(?: \p{L}+(?:[-'’]\p{L}+)*)+$/u;
const UPPER_START = /^\p{Lu}/u;
const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\s.'’-]*$/u;

/**
 * Name forms matched in text: the name without a qualifier after a comma or in brackets, without middle initials
 * ("Mark T. Esper" -> "Mark Esper"), with umlauts written out. Names of one word, or not in Latin script, give none.
 */
export function nameVariants(name: string): string[] {
  // most names are plain ASCII words: nothing to vary (no initials, no diacritics)
  if (PLAIN_NAME.test(name)) return /^[A-Z]/.test(name.slice(name.lastIndexOf(' ') + 1)) ? [name] : [];
  const plain = name.replace(/\s*\(.*\)\s*$/, '').replace(/,.*$/, '').trim();
  if (!LATIN_NAME.test(plain)) return [];
  const out = new Set<string>();
  const add = (n: string): void => {
    if (LETTER_NAME.test(n)) {
      const last = n.slice(n.lastIndexOf(' ') + 1);
      if (last.length >= 2 && /^\p{Lu}/u.test(last)) out.add(n);
      return;
    }
    const ws = words(n).filter((w) => /\p{L}/u.test(w.text));
    if (ws.length < 2 || ws.every((w) => w.initial || w.key.length < 2)) return;
    if (!ws[ws.length - 1]!.upper || ws[ws.length - 1]!.key.length < 2) return;
    out.add(n);
  };
  add(plain);
  add(plain.replace(/\s\p{Lu}\.(?=\s)/gu, ''));
  for (const n of [...out]) add(transliterate(n));
  return [...out];
}

/** A person's name forms: per variant, its word keys as words() cuts them and a mask of its capitalised words (bit j: word j). */
export function nameForms(name: string): Array<{ keys: string[]; upper: number }> {
  return nameVariants(name).map((v) => {
    const { keys, upper } = nameKeys(v);
    let mask = 0;
    for (let j = 0; j < upper.length; j++) if (upper[j]) mask |= 1 << j;
    return { keys, upper: mask };
  });
}

function nameKeys(name: string): { keys: string[]; upper: boolean[] } {
  if (PLAIN_NAME.test(name)) {
    const parts = name.split(' ');
    return { keys: parts.map((p) => p.toLowerCase()), upper: parts.map((p) => p.charCodeAt(0) <= 90) };
  }
  if (LETTER_NAME.test(name)) {
    const parts = name.split(' ');
    return { keys: parts.map(keyOf), upper: parts.map((p) => UPPER_START.test(p)) };
  }
  const ws = words(name);
  return { keys: ws.map((w) => w.key), upper: ws.map((w) => w.upper) };
}

/** The people, forms and surname tables of officials.json for people in this order (positions and sources are the caller's). */
export function encodeOfficials(records: readonly OfficialRecord[]): Pick<OfficialsFile, 'people' | 'forms' | 'formPeople' | 'surnames'> {
  const people: string[] = [];
  const forms: Array<{ key: string; person: number; upper: number }> = [];
  const surnames = new Map<string, number[]>();
  records.forEach((r, k) => {
    const own = nameForms(r.name);
    const terms = r.terms.map((t) => `${t[0]},${t[1]},${t[2]},${t[3] ?? ''},${t[4]}`);
    const bad = [r.name, r.id, ...terms].find((x) => /[|;\n]/.test(x)) ?? own.flatMap((f) => f.keys).find((x) => /[|; \n]/.test(x));
    if (bad !== undefined) throw new Error(`officials: a separator inside "${bad}" (${r.id})`);
    people.push([r.name, r.id, terms.join(';'), own.map((f) => f.keys.join(' ')).join(';')].join('|'));
    for (const f of own) forms.push({ key: f.keys.join(' '), person: k, upper: f.upper });
    const first = own[0];
    if (!first) return;
    const n = first.keys.length - 1;
    const last = first.keys[n]!;
    if (last.length >= 4 && (first.upper >> n) & 1 && !PARTICLES.has(last)) {
      const list = surnames.get(last);
      if (list) list.push(k); else surnames.set(last, [k]);
    }
  });
  forms.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.person - b.person));
  return {
    people,
    forms: forms.map((f) => f.key),
    formPeople: forms.flatMap((f) => [f.person, f.upper]),
    surnames: [...surnames].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([s, ks]) => `${s} ${ks.join(' ')}`),
  };
}

/** A person line of the file back as a record (name, id, terms) and their form keys. */
export function decodePerson(line: string): OfficialRecord & { forms: string[] } {
  const [name, id, terms, forms] = line.split('|') as [string, string, string, string];
  return {
    name,
    id,
    terms: terms ? terms.split(';').map((t) => { const [code, pos, start, end, src] = t.split(','); return [code!, Number(pos), start!, end || null, Number(src)]; }) : [],
    forms: forms ? forms.split(';') : [],
  };
}
