/**
 * The long tail of office-holders (data/officials.json, derived from the Wikidata snapshot 2000-2022): deputy ministers,
 * governors, chief ministers, chiefs of staff, judges, speakers, ambassadors… indexed by full name (with the usual
 * variants: diacritics folded, middle initials dropped, umlauts written out) and by surname for "Title Surname".
 * Curated people (people.json, holdings.json) always win: an official they already cover, by Wikidata id or by any
 * name, is not indexed for full-name matching (the curated lexicon finds them), only as a "Title Surname" candidate. Read and built on first use (KnowledgeBase.officials).
 *
 *   const o = kb.officials; o.byName('Kathleen Hicks')[0].terms[0].position  // 'Deputy Secretary of Defense'
 *   o.atName(words('Jai Ram Thakur said'), 0)                               // { end: 3, people: [Official{ code: 'IND', … }] }
 *   o.titled(words('Deputy Secretary Hicks'), 2, '2022-01-01')              // { start: 0, official: Official{…}, term }
 */
import { keyOf, transliterate, words, type Word } from './text.js';
import type { HoldingStatus, Term } from './types.js';

export interface OfficialTerm { position: string; sector: string; code: string; start: string; end: string | null; source: string }
export interface Official { name: string; id: string; terms: OfficialTerm[] }
export interface OfficialsFile { positions: Array<[string, string]>; sources: string[]; officials: Array<[string, string, string, number, string, string | null, number]> }

/** The snapshot date: open terms are confirmed up to it. */
export const OFFICIALS_SNAPSHOT = '2022-08-02';

/** Abbreviated titles written before a surname ("Gov. Abbott", "Gen. Burkhard"). */
const ABBREVIATIONS: Record<string, string> = { gov: 'governor', gen: 'general', sen: 'senator', rep: 'representative', adm: 'admiral', lt: 'lieutenant', col: 'colonel', amb: 'ambassador', sec: 'secretary', dep: 'deputy', atty: 'attorney', pres: 'president', 'lt-gen': 'general', 'maj-gen': 'general' };
/** Title words that name a post (one must stand right before the surname's other title words). */
const HEADS = new Set(['minister', 'secretary', 'undersecretary', 'under-secretary', 'governor', 'speaker', 'judge', 'justice', 'mayor', 'premier', 'ambassador', 'envoy', 'chancellor', 'commander', 'chief', 'director', 'president', 'attorney', 'prosecutor', 'senator', 'chairman', 'chairwoman', 'chair', 'chairperson', 'commissioner', 'adviser', 'advisor', 'administrator', 'general', 'admiral', 'marshal', 'counsel', 'representative', 'head', 'spokesperson', 'spokesman', 'spokeswoman', 'akim', 'prefect']);
/** Ranks that stand for any military post, and court titles for any judicial one. */
const SECTOR_TITLES: Record<string, string[]> = { MIL: ['general', 'admiral', 'marshal', 'lieutenant', 'colonel', 'commander', 'chief'], JUD: ['judge', 'justice'] };
/** Words of a name that never stand alone as names of people here: particles and generational suffixes. */
const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'bin', 'ibn', 'al', 'el', 'jr', 'sr', 'ii', 'iii']);
/** A word that titles a person or is a particle of a name, never a given name: "Secretary", "Gen", "Lieutenant", "bin". */
export function isTitleOrParticle(key: string): boolean {
  return HEADS.has(key) || key in ABBREVIATIONS || RANKS.has(key) || PARTICLES.has(key) || key === 'deputy' || key === 'vice';
}

/** Two or more ASCII words, hyphens and inner apostrophes allowed ("Jean-Yves Le Drian", "Beto O'Rourke"). */
const PLAIN_NAME = /^[A-Za-z]+(?:[-'][A-Za-z]+)*(?: [A-Za-z]+(?:[-'][A-Za-z]+)*)+$/;
const RANKS = new Set(['general', 'admiral', 'marshal', 'lieutenant', 'colonel']);
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'to']);
/** Two or more words of letters (no initials, no dots): cut by spaces exactly as words() cuts them. */
const LETTER_NAME = /^\p{L}+(?:[-'’]\p{L}+)*(?: \p{L}+(?:[-'’]\p{L}+)*)+$/u;
const UPPER_START = /^\p{Lu}/u;
const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\s.'’-]*$/u;

function statusOf(t: { start: string; end: string | null }, on: string): HoldingStatus {
  if (on < t.start) return 'future';
  if (t.end !== null && on >= t.end) return 'former';
  return 'current';
}

export class OfficialsIndex {
  readonly people: Official[] = [];
  /** first word key of a name form -> the forms starting with it (a flat index: cheaper to build than a trie) */
  private readonly forms = new Map<string, NameForm[]>();
  private readonly byId = new Map<string, number>();
  /** every name variant key -> people (for kb roles; includes people the curated data covers) */
  private readonly names = new Map<string, number[]>();
  /** surname key -> people with that surname, for "Title Surname" (curated people included, so they count for ambiguity) */
  private readonly surnames = new Map<string, number[]>();

  /**
   * `curated(id, nameKey)` tells whether the curated data already knows a person (by Wikidata id or by a name key; '' asks by id only):
   * such officials keep their terms for roles but are never matched in text. `stopSurname(key)` marks surnames that
   * are everyday words.
   */
  constructor(file: OfficialsFile, curated: (id: string, nameKey: string) => boolean, stopSurname: (key: string) => boolean) {
    // plain indexed loops: this runs once per process, mostly before the JIT warms up (no destructuring iterators)
    const rows = file.officials;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      const id = row[1];
      let k = this.byId.get(id);
      if (k === undefined) { k = this.people.length; this.byId.set(id, k); this.people.push({ name: row[0], id, terms: [] }); }
      const pos = file.positions[row[3]]!;
      this.people[k]!.terms.push({ position: pos[0], sector: pos[1], code: row[2], start: row[4], end: row[5], source: file.sources[row[6]]! });
    }
    for (let k = 0; k < this.people.length; k++) {
      const p = this.people[k]!;
      const variants = nameVariants(p.name);
      if (!variants.length) continue;
      const forms: NameForm[] = [];
      const keys: string[] = [];
      let known = curated(p.id, '');
      for (let v = 0; v < variants.length; v++) {
        const f = nameForm(variants[v]!, k);
        forms.push(f);
        keys.push(f.keys.join(' '));
        if (!known && curated(p.id, keys[v]!)) known = true;
      }
      for (let v = 0; v < forms.length; v++) {
        push(this.names, keys[v]!, k);
        if (!known) push(this.forms, forms[v]!.keys[0]!, forms[v]!);
      }
      // curated people stay surname candidates: "Ambassador Sullivan" in 2022 is John J. Sullivan (curated), not a namesake
      const n = forms[0]!.keys.length - 1;
      const last = forms[0]!.keys[n]!;
      if (last.length >= 4 && forms[0]!.upper[n] && !stopSurname(last) && !PARTICLES.has(last)) push(this.surnames, last, k);
    }
  }

  /** A full name of an official starting at ws[i] (the longest), with every person it may denote. */
  atName(ws: readonly Word[], i: number): { end: number; people: Official[] } | null {
    const list = this.forms.get(ws[i]!.key);
    if (!list) return null;
    let end = 0;
    let people: Official[] = [];
    for (const f of list) {
      const e = i + f.keys.length;
      if (e > ws.length || e < end) continue;
      let ok = true;
      for (let j = 0; j < f.keys.length && ok; j++) { const w = ws[i + j]!; ok = w.key === f.keys[j] && (!f.upper[j] || w.upper); }
      if (!ok) continue;
      if (e > end) { end = e; people = []; }
      const p = this.people[f.person]!;
      if (!people.includes(p)) people.push(p);
    }
    return end ? { end, people } : null;
  }

  /**
   * A surname at ws[i] after title words that name that person's position ("Deputy Secretary Hicks", "Chief Minister
   * Thakur", "Gen. Burkhard"): the one official with that surname and title whose term covers the date, else the one
   * official with that surname and title at all. Returns the index of the first title word.
   */
  titled(ws: readonly Word[], i: number, on: string): { start: number; official: Official; term: OfficialTerm } | null {
    const cands = this.surnames.get(ws[i]!.key);
    // "Justice Minister Morgan Johansson": a capitalised word after it makes the word a first name, not a surname
    const next = ws[i + 1];
    if (!cands || (next && next.upper && /^\p{L}/u.test(next.text)) || CONNECTORS.has(ws[i - 1]?.key ?? '')) return null;
    let best: { start: number; official: Official; term: OfficialTerm; current: boolean } | null = null;
    let ambiguous = false;
    const seen = new Set<number>();
    for (const k of cands) {
      const p = this.people[k]!;
      for (const t of p.terms) {
        const start = titleStart(ws, i, t);
        if (start === i) continue;
        const current = statusOf(t, on) === 'current';
        if (best && best.official === p) { if (current && !best.current) best = { start, official: p, term: t, current }; continue; }
        if (!best || (current && !best.current)) { best = { start, official: p, term: t, current }; ambiguous = false; }
        else if (current === best.current && !seen.has(k)) ambiguous = true;
        seen.add(k);
      }
    }
    return best && !ambiguous ? { start: best.start, official: best.official, term: best.term } : null;
  }

  /** Officials a whole name denotes (any variant), best first on the date: in office, then most recently in office. */
  byName(name: string, on?: string): Official[] {
    const ks = this.names.get(words(name.trim()).map((w) => w.key).join(' ')) ?? [];
    const people = ks.map((k) => this.people[k]!);
    return on ? people.sort((a, b) => score(b, on) - score(a, on)) : people;
  }

  /** The official with a Wikidata id. */
  byWikidata(id: string): Official | undefined {
    const k = this.byId.get(id);
    return k === undefined ? undefined : this.people[k];
  }
}

/** The term to report for an official on a date: a current one (the first by start), else the latest former, else the first future. */
export function termOn(p: Official, on: string): { term: OfficialTerm; status: HoldingStatus } {
  let current: OfficialTerm | undefined, former: OfficialTerm | undefined, future: OfficialTerm | undefined;
  for (const t of p.terms) {
    const st = statusOf(t, on);
    if (st === 'current') { if (!current || t.start > current.start) current = t; }
    else if (st === 'former') { if (!former || t.end! > former.end!) former = t; }
    else if (!future || t.start < future.start) future = t;
  }
  if (current) return { term: current, status: 'current' };
  if (former) return { term: former, status: 'former' };
  return { term: future!, status: 'future' };
}

/** An official's terms as knowledge-base terms (office = the position label as the snapshot gives it). */
export function officialTerms(p: Official): Term[] {
  return p.terms.map((t) => ({ person: p.name, personId: p.id, office: t.position, country: t.code, start: t.start, end: t.end, source: t.source, ...(t.end === null ? { verifiedUntil: OFFICIALS_SNAPSHOT } : {}) }));
}

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

interface NameForm { keys: string[]; upper: boolean[]; person: number }

/** The word keys of a name as words() cuts it ("Jai Ram Thakur" -> jai, ram, thakur), and which words are capitalised. */
function nameForm(name: string, person: number): NameForm {
  if (PLAIN_NAME.test(name)) {
    const parts = name.split(' ');
    const keys: string[] = [];
    const upper: boolean[] = [];
    for (let j = 0; j < parts.length; j++) { keys.push(parts[j]!.toLowerCase()); upper.push(parts[j]!.charCodeAt(0) <= 90); }
    return { keys, upper, person };
  }
  if (LETTER_NAME.test(name)) {
    const parts = name.split(' ');
    const keys: string[] = [];
    const upper: boolean[] = [];
    for (let j = 0; j < parts.length; j++) { keys.push(keyOf(parts[j]!)); upper.push(UPPER_START.test(parts[j]!)); }
    return { keys, upper, person };
  }
  const ws = words(name);
  return { keys: ws.map((w) => w.key), upper: ws.map((w) => w.upper), person };
}

/** Index of the first of the title words ending right before ws[i] that all belong to the term's position, or i. */
export function titleStart(ws: readonly Word[], i: number, t: OfficialTerm, needHead = true): number {
  const label = new Set(words(t.position).map((w) => w.key));
  for (const w of SECTOR_TITLES[t.sector] ?? []) label.add(w);
  let j = i;
  let head = false;
  while (j > 0 && i - j < 5) {
    const w = ws[j - 1]!;
    if (w.key === '.' && j >= 2 && ABBREVIATIONS[ws[j - 2]!.key]) { j--; continue; }
    const key = ABBREVIATIONS[w.key] ?? w.key;
    if (!/^\p{L}/u.test(w.text) || !label.has(key)) break;
    // a rank ("General Franco") names a military post only, not a "Director General"
    if (HEADS.has(key) && (t.sector === 'MIL' || !RANKS.has(key))) head = true;
    j--;
  }
  // "Director of National Intelligence": inner "of", "the", "and" belong to the title, leading ones do not
  while (j < i && (ws[j]!.key === '.' || CONNECTORS.has(ws[j]!.key))) j++;
  return head || !needHead ? j : i;
}

function score(p: Official, on: string): number {
  const { term, status } = termOn(p, on);
  if (status === 'current') return 2e9;
  const days = Math.abs(Date.parse((status === 'former' ? term.end! : term.start).padEnd(10, '-01').slice(0, 10)) - Date.parse(on)) / 864e5;
  return (status === 'former' ? 1e9 : 0) - days;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}
