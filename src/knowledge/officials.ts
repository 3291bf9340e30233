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
import { decodePerson, PARTICLES, type OfficialsFile } from './officials-file.js';
import { words, type Word } from './text.js';
import type { HoldingStatus, Term } from './types.js';

export type { OfficialsFile } from './officials-file.js';
export { nameVariants } from './officials-file.js';
export interface OfficialTerm { position: string; sector: string; code: string; start: string; end: string | null; source: string }
export interface Official { name: string; id: string; terms: OfficialTerm[] }

/** The snapshot date: open terms are confirmed up to it. */
export const OFFICIALS_SNAPSHOT = '2022-08-02';

/** Abbreviated titles written before a surname ("Gov. Abbott", "Gen. Burkhard"). */
const ABBREVIATIONS: Record<string, string> = { gov: 'governor', gen: 'general', sen: 'senator', rep: 'representative', adm: 'admiral', lt: 'lieutenant', col: 'colonel', amb: 'ambassador', sec: 'secretary', dep: 'deputy', atty: 'attorney', pres: 'president', 'lt-gen': 'general', 'maj-gen': 'general' };
/** Title words that name a post (one must stand right before the surname's other title words). */
const HEADS = new Set(['minister', 'secretary', 'undersecretary', 'under-secretary', 'governor', 'speaker', 'judge', 'justice', 'mayor', 'premier', 'ambassador', 'envoy', 'chancellor', 'commander', 'chief', 'director', 'president', 'attorney', 'prosecutor', 'senator', 'chairman', 'chairwoman', 'chair', 'chairperson', 'commissioner', 'adviser', 'advisor', 'administrator', 'general', 'admiral', 'marshal', 'counsel', 'representative', 'head', 'spokesperson', 'spokesman', 'spokeswoman', 'akim', 'prefect']);
/** Ranks that stand for any military post, and court titles for any judicial one. */
const SECTOR_TITLES: Record<string, string[]> = { MIL: ['general', 'admiral', 'marshal', 'lieutenant', 'colonel', 'commander', 'chief'], JUD: ['judge', 'justice'] };
/** A word that titles a person or is a particle of a name, never a given name: "Secretary", "Gen", "Lieutenant", "bin". */
export function isTitleOrParticle(key: string): boolean {
  return HEADS.has(key) || key in ABBREVIATIONS || RANKS.has(key) || PARTICLES.has(key) || key === 'deputy' || key === 'vice';
}

const RANKS = new Set(['general', 'admiral', 'marshal', 'lieutenant', 'colonel']);
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'to']);

function statusOf(t: { start: string; end: string | null }, on: string): HoldingStatus {
  if (on < t.start) return 'future';
  if (t.end !== null && on >= t.end) return 'former';
  return 'current';
}

export class OfficialsIndex {
  /** person index -> Official, materialised on first use */
  private readonly cache: Array<Official | undefined> = [];
  /** person index -> 1 when the curated data knows them (never matched in text), 2 when not, 0 not yet asked */
  private readonly known: Uint8Array;
  private byIdMap: Map<string, number> | null = null;
  /** every name form key -> people (for kb roles; includes people the curated data covers); built on first use */
  private names: Map<string, number[]> | null = null;
  /** surname key -> people, decoded from the surnames table on first use (hits only: bounded by the table) */
  private readonly surnameCache = new Map<string, number[]>();
  /** first words of the name forms and the surnames, for a quick "no" before bisection; built on first use */
  private sets: { firstWords: Set<string>; surnames: Set<string> } | null = null;
  /** position label key -> people who held it, built on first use (kb who on the long tail) */
  private byPosition: Map<string, number[]> | null = null;

  /**
   * `curated(id, nameKey)` tells whether the curated data already knows a person (by Wikidata id or by a name key; '' asks by id only):
   * such officials keep their terms for roles but are never matched in text, only as "Title Surname" candidates (so they
   * count for ambiguity). `stopSurname(key)` marks surnames that are everyday words. Nothing is built here: the file
   * carries sorted lookup tables, and a person is decoded when a lookup reaches them.
   */
  constructor(private readonly file: OfficialsFile, private readonly curated: (id: string, nameKey: string) => boolean, private readonly stopSurname: (key: string) => boolean) {
    this.known = new Uint8Array(file.people.length);
  }

  private keySets(): { firstWords: Set<string>; surnames: Set<string> } {
    if (!this.sets) {
      const head = (line: string): string => { const sp = line.indexOf(' '); return sp < 0 ? line : line.slice(0, sp); };
      this.sets = { firstWords: new Set(this.file.forms.map(head)), surnames: new Set(this.file.surnames.map(head)) };
    }
    return this.sets;
  }

  /** How many people the long tail holds. */
  get size(): number { return this.file.people.length; }

  /** Every official's name as the data gives it. */
  *allNames(): Iterable<string> { for (const line of this.file.people) yield line.slice(0, line.indexOf('|')); }

  /** The official at a person index. */
  private person(k: number): Official {
    let p = this.cache[k];
    if (!p) {
      const r = decodePerson(this.file.people[k]!);
      const terms = r.terms.map(([code, position, start, end, source]): OfficialTerm => {
        const pos = this.file.positions[position]!;
        return { position: pos[0], sector: pos[1], code, start, end, source: this.file.sources[source]! };
      });
      this.cache[k] = p = { name: r.name, id: r.id, terms };
    }
    return p;
  }

  /** Whether the curated data covers person k, by Wikidata id or by any of the name forms. */
  private isCurated(k: number): boolean {
    if (!this.known[k]) {
      const r = decodePerson(this.file.people[k]!);
      this.known[k] = this.curated(r.id, '') || r.forms.some((f) => this.curated(r.id, f)) ? 1 : 2;
    }
    return this.known[k] === 1;
  }

  /** A full name of an official starting at ws[i] (the longest), with every person it may denote. */
  atName(ws: readonly Word[], i: number): { end: number; people: Official[] } | null {
    const first = ws[i]!.key;
    if (!this.keySets().firstWords.has(first)) return null;
    const forms = this.file.forms;
    let end = 0;
    let people: Official[] = [];
    // the forms starting with this word sit together from its lower bound: the word alone sorts first, then "word …"
    for (let f = lowerBound(forms, first); f < forms.length; f++) {
      const form = forms[f]!;
      if (!form.startsWith(first) || (form.length > first.length && form.charCodeAt(first.length) !== 32)) break;
      const n = matchForm(form, ws, i, this.file.formPeople[2 * f + 1]!);
      if (n === 0 || i + n < end) continue;
      const k = this.file.formPeople[2 * f]!;
      if (this.isCurated(k)) continue;
      if (i + n > end) { end = i + n; people = []; }
      const p = this.person(k);
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
    const key = ws[i]!.key;
    const cands = this.surnamed(key);
    // "Justice Minister Morgan Johansson": a capitalised word after it makes the word a first name, not a surname
    const next = ws[i + 1];
    if (!cands || this.stopSurname(key) || (next && next.upper && /^\p{L}/u.test(next.text)) || CONNECTORS.has(ws[i - 1]?.key ?? '')) return null;
    let best: { start: number; official: Official; term: OfficialTerm; current: boolean } | null = null;
    let ambiguous = false;
    const seen = new Set<number>();
    for (const k of cands) {
      const p = this.person(k);
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
    if (!this.names) {
      this.names = new Map();
      for (let k = 0; k < this.file.people.length; k++) for (const f of decodePerson(this.file.people[k]!).forms) push(this.names, f, k);
    }
    const ks = this.names.get(words(name.trim()).map((w) => w.key).join(' ')) ?? [];
    const people = ks.map((k) => this.person(k));
    return on ? people.sort((a, b) => score(b, on) - score(a, on)) : people;
  }

  /** The official with a Wikidata id. */
  byWikidata(id: string): Official | undefined {
    if (!this.byIdMap) {
      this.byIdMap = new Map();
      for (let k = 0; k < this.file.people.length; k++) { const line = this.file.people[k]!; const a = line.indexOf('|') + 1; this.byIdMap.set(line.slice(a, line.indexOf('|', a)), k); }
    }
    const k = this.byIdMap.get(id);
    return k === undefined ? undefined : this.person(k);
  }

  /**
   * Terms of a long-tail position on a date, by its label as the data gives it (case, diacritics and "the" aside):
   * "Governor of Luhansk Oblast", "Deputy Secretary of Defense". Every country's post of that label, in office on the date.
   */
  holdersOf(label: string, on: string): Array<{ official: Official; term: OfficialTerm }> {
    this.positionIndex();
    const key = positionKey(label);
    const out: Array<{ official: Official; term: OfficialTerm }> = [];
    for (const k of new Set(this.byPosition!.get(key) ?? [])) {
      const p = this.person(k);
      for (const term of p.terms) if (positionKey(term.position) === key && statusOf(term, on) === 'current') out.push({ official: p, term });
    }
    return out.sort((a, b) => a.term.code.localeCompare(b.term.code) || a.term.start.localeCompare(b.term.start));
  }

  /** The labels of the long tail's positions a label names (one per spelling in the data), or none. */
  positionLabels(label: string): string[] {
    const key = positionKey(label);
    return [...new Set(this.file.positions.filter(([l]) => positionKey(l) === key).map(([l]) => l))];
  }

  private positionIndex(): void {
    if (!this.byPosition) {
      this.byPosition = new Map();
      const keyOfPosition = this.file.positions.map(([l]) => positionKey(l));
      for (let k = 0; k < this.file.people.length; k++) {
        for (const t of decodePerson(this.file.people[k]!).terms) push(this.byPosition, keyOfPosition[t[1]]!, k);
      }
    }
  }

  /** People whose surname (the last word of their first name form) is this key. */
  private surnamed(key: string): number[] | undefined {
    const cached = this.surnameCache.get(key);
    if (cached) return cached;
    if (!this.keySets().surnames.has(key)) return undefined;
    const list = this.file.surnames;
    const prefix = key + ' ';
    const at = lowerBound(list, prefix);
    const line = list[at];
    if (!line?.startsWith(prefix)) return undefined;
    const people = line.slice(prefix.length).split(' ').map(Number);
    this.surnameCache.set(key, people);
    return people;
  }
}

/** A position label as a lookup key: word keys without "the" ("Governor of the Bank of England" ~ "governor of bank of england"). */
function positionKey(label: string): string {
  return words(label).map((w) => SPELLINGS[w.key] ?? w.key).filter((k) => k !== 'the').join(' ');
}

/** American and British spellings of post labels read alike ("Secretary of Defense" ~ "Secretary of Defence"). */
const SPELLINGS: Record<string, string> = { defense: 'defence', labor: 'labour', center: 'centre' };

/** The first index of a sorted array whose string is not below `key` (UTF-16 order, as the build sorts). */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many words of ws from i spell a name form ("jai ram thakur": word keys joined by spaces), each word the form
 * writes capitalised (bit j of `upper`) capitalised in the text too; 0 when they do not.
 */
function matchForm(form: string, ws: readonly Word[], i: number, upper: number): number {
  let pos = 0;
  for (let j = 0; i + j < ws.length; j++) {
    const w = ws[i + j]!;
    const e = pos + w.key.length;
    if (!form.startsWith(w.key, pos) || (e < form.length && form.charCodeAt(e) !== 32)) return 0;
    if ((upper >> j) & 1 && !w.upper) return 0;
    if (e === form.length) return j + 1;
    pos = e + 1;
  }
  return 0;
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
