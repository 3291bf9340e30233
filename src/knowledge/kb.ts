/**
 * The knowledge base: countries, organisations, offices and who held them when, indexed for fast lookup.
 * Build it once with `loadKnowledge()` (src/knowledge/index.ts); every question takes an ISO date.
 *
 *   kb.who('German Chancellor', '2019-01-01')[0].person    // 'Angela Merkel'
 *   kb.roles('Donald Trump', '2023-06-15')[0].status       // 'former'
 *   kb.resolve('Russian troops')                          // { code: 'RUS', sector: 'MIL', kind: 'country' }
 */
import { toIsoDate } from '../core/dates.js';
import { LEADERS_SOURCE, readOfficialsFile, readPetrarchFile, readPlaceFile, readRegionsFile, readVillageFile, type KnowledgeFiles, type PlaceFile } from './load.js';
import { Geography } from './geo.js';
import { OfficialsIndex, officialTerms, termOn } from './officials.js';
import { countryInside, isProperName, looseOrgIndex, orgByVariant, type OrgHit } from './fallback.js';
import { findMentions, namesakePlace, NO_COUNTRY, orgSectorOn, resolvedFields } from './matcher.js';
import { PetrarchIndex } from './petrarch.js';
import { Gazetteer } from './places.js';
import { PhraseTrie } from './trie.js';
import { Villages } from './villages.js';
import { keyOf, phraseKeys, transliterate, words } from './text.js';

export { transliterate } from './text.js';
import type { Holding, HoldingStatus, Office, OfficeTitle, Person, ResolvedActor, Term } from './types.js';
import type { Hit, KnowledgeLookup } from './lookup.js';

export type { Hit } from './lookup.js';

/** Generic title phrases per office role (country-specific titles come from offices.json). */
const ROLE_TITLES: Record<string, string[]> = {
  'head-of-government': ['prime minister', 'premier', 'pm', 'head of government'],
  'foreign': ['foreign minister', 'minister of foreign affairs', 'minister for foreign affairs', 'foreign affairs minister', 'top diplomat', 'foreign ministry chief'],
  'defence': ['defence minister', 'defense minister', 'minister of defence', 'minister of defense', 'minister of national defence', 'minister of national defense', 'defence chief', 'defense chief'],
  'vice-president': ['vice president', 'vice-president'],
  'head-of-state': ['head of state'],
};
/** Role order when a person holds several offices at once: the first decides their code and sector. */
const ROLE_RANK = ['head-of-state', 'supreme-leader', 'head-of-government', 'party-leader', 'secretary-general', 'commission-president', 'council-president', 'crown-prince', 'vice-president', 'foreign', 'defence', 'security-adviser', 'military-chief'];
/** Surnames that are also everyday capitalised words, months or places: matched only in full names. */
const SURNAME_STOP = new Set(['may', 'austin', 'king', 'major', 'hague', 'kim', 'lee', 'park', 'moon', 'costa', 'young', 'brown', 'white', 'green', 'rice', 'power', 'gates', 'hill', 'rush', 'long', 'bay', 'ali', 'khan', 'li', 'wang', 'zhang', 'liu', 'chen', 'yang', 'sharif', 'reid', 'browne', 'jordan', 'george', 'charles', 'michel', 'francis', 'pavel', 'schmitt', 'fernandes', 'fernandez', 'rodrigues', 'rodriguez', 'garcia', 'gonzalez', 'lopez', 'martinez', 'perez', 'gomez', 'silva', 'santos', 'oliveira', 'pereira', 'souza', 'lima', 'alves', 'ferreira', 'singh', 'kumar', 'sharma', 'ahmed', 'hussain', 'hussein', 'abdullah', 'mohammed', 'muhammad', 'hassan', 'ibrahim', 'xvi', 'xiv', 'ii', 'iii', 'jr', 'james', 'thomas', 'paul', 'mark', 'john', 'abe', 'ban']);
/** Frequent English-language surnames: alone they name an office-holder only if that person led a state or government. */
const COMMON_SURNAMES = new Set(('smith johnson williams brown jones miller davis wilson anderson taylor thomas moore martin jackson thompson white harris clark lewis ' +
  'robinson walker hall allen wright scott adams baker nelson hill carter mitchell roberts turner phillips campbell parker evans edwards collins stewart ' +
  'morris rogers reed cook morgan bell murphy bailey cooper richardson cox howard ward peterson gray james watson brooks kelly sanders price bennett wood ' +
  'barnes ross henderson coleman jenkins perry powell long patterson hughes butler foster bryant alexander russell griffin hayes myers ford hamilton ' +
  'graham sullivan wallace woods cole west owens reynolds fisher ellis harrison gibson marshall murray freeman wells webb simpson stevens tucker porter ' +
  'hunter hicks crawford henry boyd mason kennedy warren dixon burns gordon shaw holmes rice robertson hunt black palmer mills grant knight ferguson ' +
  'stone hawkins dunn perkins hudson spencer gardner stephens payne pierce berry matthews arnold wagner willis ray duncan hart bradley lane andrews ' +
  'harper fox riley armstrong carpenter lawrence elliott austin peters franklin lawson ryan carr chapman oliver richards williamson johnston banks ' +
  'bishop morrison harvey little burton stanley george reid fuller lynch dean gilbert burke hanson day douglas fleming hopkins may curtis lowe barrett ' +
  'gregory lucas craig holt lambert fletcher bates newman walsh hale rhodes hardy steele powers page ball leonard baldwin mann cross cohen blair ' +
  'baker hammond pope floyd paul frank owen lloyd clarke rose wolf king young green major').split(' '));
const LEADER_ROLES = new Set(['head-of-state', 'head-of-government', 'supreme-leader', 'party-leader', 'secretary-general', 'commission-president', 'council-president']);
const PROMINENT_ROLES = new Set([...LEADER_ROLES, 'foreign', 'defence', 'vice-president', 'crown-prince']);
const EMPTY: ReadonlySet<string> = new Set();
const FORMER_WORDS = new Set(['former', 'former-', 'ex', 'ex-', 'then', 'then-', 'retired', 'disgraced', 'onetime', 'one-time']);
const ELITE_SECTORS = new Set(['GOV', 'MIL', 'SPY', 'LEG', 'JUD', 'COP']);
/** States and territories outside the UN whose capitals news uses as metonyms. */
const STATE_NON_MEMBERS = new Set(['TWN', 'XKX', 'PSE', 'VAT', 'ESH']);
const QUALIFIERS: Record<string, 'former' | 'current'> = { former: 'former', 'former-': 'former', ex: 'former', 'ex-': 'former', then: 'former', 'then-': 'former', onetime: 'former', 'one-time': 'former', erstwhile: 'former', previous: 'former', current: 'current', sitting: 'current', incumbent: 'current', serving: 'current', present: 'current' };

export function statusOn(t: { start: string; end: string | null }, on: string): HoldingStatus {
  if (on < t.start) return 'future';
  if (t.end !== null && on >= t.end) return 'former';
  return 'current';
}

export class KnowledgeBase implements KnowledgeLookup {
  readonly trie = new PhraseTrie<Hit>();
  readonly countryNames = new Map<string, string>();
  /** A country's capital by code ('LVA' -> 'Riga'), for "the Latvian capital". */
  private readonly capitals = new Map<string, string>();
  /** States that no longer exist -> the first day they did not ("SUN" -> "1991-12-26"). */
  readonly formerStates: ReadonlyMap<string, string>;
  readonly offices: Office[];
  readonly officeByLabel = new Map<string, Office>();
  private readonly officeExact = new Map<string, Office>();
  /** title key ("prime minister") -> offices carrying that title */
  readonly titleIndex = new Map<string, Office[]>();
  readonly terms: Term[];
  readonly termsByOffice = new Map<string, Term[]>();
  readonly termsByPerson = new Map<string, Term[]>();
  readonly people = new Map<string, Person>();
  readonly modifiers: Set<string>;
  readonly ownedNouns: Set<string>;
  readonly institutionNouns: { readonly bodies: Set<string>; readonly members: Set<string>; readonly nonState: Set<string>; readonly legal: Map<string, Set<string>> };
  readonly countryCompounds: { readonly own: Set<string>; readonly proxy: Set<string> };
  private readonly placeFile: KnowledgeFiles['places'];
  private readonly orgNames: Array<[string, OrgHit]> = [];
  private looseOrgs: ReturnType<typeof looseOrgIndex> | null = null;
  private gazetteer: Gazetteer | null = null;
  private villageIndex: Villages | null = null;
  private geo: Geography | null = null;
  private placeFileRead: PlaceFile | null = null;
  /** ISO 3166 alpha-2 -> alpha-3, for GeoNames codes. */
  private readonly iso3 = new Map<string, string>();
  private readonly officialsFile: KnowledgeFiles['officials'];
  private officialsIndex: OfficialsIndex | null = null;
  private readonly petrarchFile: KnowledgeFiles['petrarch'];
  private petrarchIndex: PetrarchIndex | null = null;
  /** phrase key (full name or alias) -> person keys */
  private readonly nameIndex = new Map<string, string[]>();
  /** one-word name key ("johnson", "putin") -> the people it names alone (a surname or a one-word alias) */
  readonly oneWordNames = new Map<string, Set<string>>();
  /** person key -> keys of the first words of their multi-word names ("boris", "alexander" for Boris Johnson) */
  private readonly firstWords = new Map<string, Set<string>>();
  private givenNameSet: Set<string> | null = null;
  /** "saddam|Q1316": one-word names a person goes by in the data, not just their surname */
  private readonly ownOneWord = new Set<string>();

  constructor(files: KnowledgeFiles) {
    const lex = files.lexicon;
    this.formerStates = new Map(Object.entries(lex.formerStates ?? {}).filter(([code]) => !code.startsWith('_')));
    this.modifiers = new Set(lex.modifiers.map(keyOf));
    this.ownedNouns = new Set((lex.ownedNouns ?? []).map(keyOf));
    this.institutionNouns = { bodies: new Set((lex.institutionNouns?.bodies ?? []).map(keyOf)), members: new Set((lex.institutionNouns?.members ?? []).map(keyOf)), nonState: new Set((lex.institutionNouns?.nonState ?? []).map(keyOf)),
      legal: new Map(Object.entries(lex.institutionNouns?.legal ?? {}).map(([noun, cues]) => [keyOf(noun), new Set(cues.map(keyOf))])) };
    this.countryCompounds = { own: new Set((lex.countryCompounds?.own ?? []).map(keyOf)), proxy: new Set((lex.countryCompounds?.proxy ?? []).map(keyOf)) };
    this.placeFile = files.places;
    this.officialsFile = files.officials;
    this.petrarchFile = files.petrarch;
    for (const c of files.countries) {
      this.countryNames.set(c.code, c.name);
      this.iso3.set(c.iso2, c.code);
      for (const n of c.names) this.trie.add(n, { t: 'country', code: c.code, form: 'name' });
      // capitals of small dependent territories are often first names (Douglas, Victoria, Hamilton): kept for states only
      if (c.un || STATE_NON_MEMBERS.has(c.code)) for (const n of c.capitals) this.trie.add(n, { t: 'country', code: c.code, form: 'capital' });
      if (c.capitals[0]) this.capitals.set(c.code, c.capitals[0]);
    }
    for (const [code, names] of Object.entries(lex.countryNames)) for (const n of names) this.trie.add(n, { t: 'country', code, form: 'name' });
    // demonyms: hand-written ones first, so an ambiguous demonym ("Congolese") keeps the hand-written code
    const demonymSeen = new Set<string>();
    for (const [code, names] of Object.entries(lex.demonyms)) for (const n of names) { demonymSeen.add(keyOf(n)); this.trie.add(n, { t: 'country', code, form: 'demonym' }); }
    for (const c of files.countries) for (const d of c.demonyms) {
      const k = keyOf(d);
      if (demonymSeen.has(k)) continue;
      demonymSeen.add(k);
      this.trie.add(d, { t: 'country', code: c.code, form: 'demonym' });
      if (!d.endsWith('s') && !d.endsWith('ese') && !d.endsWith('sh') && !d.endsWith('ch')) this.trie.add(d + 's', { t: 'country', code: c.code, form: 'demonym' });
    }
    for (const [code, names] of Object.entries(lex.capitals)) for (const n of names) this.trie.add(n, { t: 'country', code, form: 'capital' });
    for (const [code, names] of Object.entries(lex.cities)) for (const n of names) this.trie.add(n, { t: 'country', code, form: 'city' });
    for (const [code, names] of Object.entries(lex.seats)) for (const n of names) this.trie.add(n, { t: 'country', code, form: 'seat', sector: lex.seatSector[n] ?? 'GOV' });
    for (const o of files.organisations) {
      const hit: OrgHit = { t: 'org', code: o.code, sector: o.sector, kind: o.kind, name: o.name, id: o.id, periods: o.periods, platform: o.platform };
      // a name other bodies bear too ("Security Council") is marked, so that "his Security Council" is not this one
      const shared: OrgHit = { ...hit, shared: true };
      for (const n of o.names) { const h = o.sharedNames?.includes(n) ? shared : hit; this.trie.add(n, h); this.orgNames.push([n, h]); }
    }
    const handNouns = new Set<string>();
    for (const [sector, nouns] of Object.entries(lex.sectors)) for (const n of nouns) { handNouns.add(keyOf(n)); this.trie.add(n, { t: 'sector', sector }); }

    this.offices = files.offices;
    const titleAdded = new Set<string>();
    for (const o of this.offices) {
      // canonical labels are looked up by their word keys without "the": "President of the European Commission"
      this.officeByLabel.set(keyOf(o.office), o);
      this.officeByLabel.set(labelKey(o.office), o);
      this.officeExact.set(o.office, o);
      const titles = new Set<string>([...(o.titles ?? []), ...(ROLE_TITLES[o.role] ?? [])]);
      if (/^President of/.test(o.office)) titles.add('president');
      if (/^King of/.test(o.office)) titles.add('king');
      for (const t of titles) {
        const k = phraseKeys(t).keys.join(' ');
        let list = this.titleIndex.get(k);
        if (!list) this.titleIndex.set(k, (list = []));
        list.push(o);
        // one trie entry per (sector, title): "president" names some seventy offices
        if (titleAdded.has(`${o.sector}|${k}`)) continue;
        titleAdded.add(`${o.sector}|${k}`);
        this.trie.add(t, { t: 'sector', sector: o.sector, title: k });
      }
    }

    // PETRARCH's agent nouns where the hand-written ones are silent ("gunmen" UAF, "constables" COP, "peasants" AGR);
    // not those holding an office title ("deputy prime minister"), which the title grammar reads, nor frequent surnames
    for (const [sector, nouns] of Object.entries(files.agents ?? {})) {
      for (const n of nouns) {
        const k = keyOf(n);
        // "Hunter", "Bishop", "Mason": a frequent surname alone is left to names
        if (handNouns.has(k) || COMMON_SURNAMES.has(k) || SURNAME_STOP.has(k) || this.holdsTitle(n)) continue;
        this.trie.add(n, { t: 'sector', sector });
      }
    }

    this.terms = files.holdings;
    const idByName = new Map<string, string>();
    for (const p of files.people) {
      const key = p.id ?? `name:${p.name}`;
      this.people.set(key, { ...p, aliases: [...p.aliases] });
      idByName.set(keyOf(p.name), key);
    }
    for (const t of this.terms) {
      const key = t.personId ?? idByName.get(keyOf(t.person)) ?? `name:${t.person}`;
      let p = this.people.get(key);
      if (!p) { p = { id: t.personId ?? undefined, name: t.person.replace(/,.*$/, ''), aliases: [] }; this.people.set(key, p); }
      const plain = t.person.replace(/,.*$/, '');
      if (keyOf(plain) !== keyOf(p.name) && !p.aliases.includes(plain)) p.aliases.push(plain);
      push(this.termsByPerson, key, t);
      push(this.termsByOffice, t.office, t);
    }
    for (const [key, p] of this.people) {
      const names = new Set([p.name, ...p.aliases]);
      // "Mark T. Esper" is also written "Mark Esper"
      for (const n of [...names]) { if (!n.includes('.')) continue; const plain = n.replace(/\s\p{Lu}\.(?=\s)/gu, ''); if (plain !== n) names.add(plain); }
      // one-word names the data spells ("Saddam", "Lula"), before the surname is added
      for (const n of names) if (!/\s/.test(n)) this.ownOneWord.add(`${keyOf(n)}|${key}`);
      const last = p.name.split(/\s+/).pop()!;
      const terms = this.termsByPerson.get(key);
      // a surname alone names the person when it is distinctive, or when the person led a state or government
      const led = terms?.some((t) => LEADER_ROLES.has(this.roleOf(t.office) ?? '')) ?? false;
      // (the generated leaders of data/leaders.json, a thousand names news rarely writes, go by their full names only)
      const fullNameOnly = !!terms?.length && terms.every((t) => t.source.startsWith(LEADERS_SOURCE));
      if (terms && !fullNameOnly && last.length >= 4 && !SURNAME_STOP.has(keyOf(last)) && (led || !COMMON_SURNAMES.has(keyOf(last))) && /^\p{Lu}/u.test(last)) names.add(last);
      // German-style transliterations: "Schröder" is also written "Schroeder", "Müller" "Mueller"
      for (const n of [...names]) { const t = transliterate(n); if (t !== n) names.add(t); }
      for (const n of names) {
        const parts = n.split(/\s+/);
        if (parts.length === 1 && SURNAME_STOP.has(keyOf(n))) continue;
        const phrase = this.trie.add(n, { t: 'person', key }).join(' ');
        push(this.nameIndex, phrase, key);
        if (parts.length === 1) { let set = this.oneWordNames.get(phrase); if (!set) this.oneWordNames.set(phrase, (set = new Set())); set.add(key); }
        else { let set = this.firstWords.get(key); if (!set) this.firstWords.set(key, (set = new Set())); set.add(keyOf(parts[0]!)); }
      }
    }
  }

  /** Whether some words of a plain lower-case phrase are an office title ("first deputy prime minister" holds "prime minister"). */
  private holdsTitle(phrase: string): boolean {
    const keys = phrase.split(' ');
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j <= keys.length; j++) if (this.titleIndex.has(keys.slice(i, j).join(' '))) return true;
    return false;
  }

  /** Populated places -> country (GeoNames), consulted where no lexicon phrase matches; read and built on first use (~10-20 ms). */
  get places(): Gazetteer {
    // a town named like a frequent surname ("Murphy", "Carter") is left to the people it more often names
    this.gazetteer ??= new Gazetteer(this.placeFileOnce(), (key) => COMMON_SURNAMES.has(key) || SURNAME_STOP.has(key));
    return this.gazetteer;
  }

  /** The smaller places (villages.ts), for locative phrases in a country the article names; read on first use (~30 ms). */
  get villages(): Villages {
    // a village named like a frequent surname is left to the people it more often names, as the gazetteer's towns are
    this.villageIndex ??= new Villages(readVillageFile(), (key) => COMMON_SURNAMES.has(key) || SURNAME_STOP.has(key));
    return this.villageIndex;
  }

  /** Coordinates, regions and countries of places (geo.ts), read on first use with the gazetteer's file. */
  get geography(): Geography {
    this.geo ??= new Geography(this.placeFileOnce(), this.iso3, readRegionsFile());
    return this.geo;
  }

  private placeFileOnce(): PlaceFile {
    this.placeFileRead ??= this.placeFile ?? readPlaceFile();
    return this.placeFileRead;
  }

  /**
   * The long tail of office-holders (deputy ministers, governors, chiefs of staff, judges…), read and indexed on first
   * use; people the curated files know are left to them.
   */
  get officials(): OfficialsIndex {
    this.officialsIndex ??= new OfficialsIndex(this.officialsFile ?? readOfficialsFile(),
      (id, nameKey) => this.people.has(id) || this.nameIndex.has(nameKey), (key) => SURNAME_STOP.has(key));
    return this.officialsIndex;
  }

  /**
   * PETRARCH's people (codes by date), organisations and armed groups, read and indexed on first use; the matcher
   * consults them only where the curated files and the long tail name nothing as long.
   */
  get petrarch(): PetrarchIndex {
    this.petrarchIndex ??= new PetrarchIndex(this.petrarchFile ?? readPetrarchFile());
    return this.petrarchIndex;
  }

  /** Keys of the first words of a person's multi-word names ("Joe Biden", "Joseph R. Biden" -> joe, joseph). */
  firstNamesOf(key: string): ReadonlySet<string> { return this.firstWords.get(key) ?? EMPTY; }

  /**
   * Given names: first words of the names of curated people and long-tail officials ("Petro", "Martin", "Sharon",
   * "Jordan"), built on first use. A surname that is also a given name is weak evidence on its own.
   */
  get givenNames(): ReadonlySet<string> {
    if (!this.givenNameSet) {
      const set = new Set<string>();
      const add = (name: string): void => { const first = name.split(/\s+/); if (first.length > 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(first[0]!)) set.add(keyOf(first[0]!)); };
      for (const p of this.people.values()) { add(p.name); for (const a of p.aliases) add(a); }
      for (const name of this.officials.allNames()) add(name);
      this.givenNameSet = set;
    }
    return this.givenNameSet;
  }

  /** Whether a one-word name is one the person goes by ("Saddam", "Lula"), not only their surname. */
  goesBy(nameKey: string, key: string): boolean { return this.ownOneWord.has(`${nameKey}|${key}`); }

  /** A person who led a state or government, or was foreign or defence minister or vice-president: named by surname alone. */
  isProminent(key: string): boolean {
    return (this.termsByPerson.get(key) ?? []).some((t) => PROMINENT_ROLES.has(this.roleOf(t.office) ?? ''));
  }

  /** Today's date, the default for every question without one. */
  static today(): string { return toIsoDate(new Date()); }

  /** The actor a phrase names on a date: the widest mention found in it, or null. */
  resolve(phrase: string, on: string = KnowledgeBase.today()): ResolvedActor | null {
    const found = findMentions(this, phrase, 0, phrase.length, on);
    const ws = words(phrase);
    const noun = this.sectorNoun(ws, found.length ? found.reduce((a, m) => Math.min(a, m.start), phrase.length) : phrase.length);
    if (found.length) {
      let best = found[0]!;
      // the widest mention; among equally wide ones the one with a sector ("the UN General Assembly": the Assembly)
      // (and one with a country over a generic agent: "the rebel FDLR force" is the FDLR)
      for (const m of found) if (m.tokens > best.tokens || (m.tokens === best.tokens && ((m.sector && !best.sector) || (best.code === NO_COUNTRY && m.code !== NO_COUNTRY)))) best = m;
      const r = resolvedFields(best);
      // "trade unions in Denmark", "people in the UK": the noun before a place gives the sector
      if (!r.sector && noun) { r.sector = noun; if (r.kind === 'place') r.kind = 'country'; }
      return r;
    }
    // "Jordan Peterson", "Chad Smith": a given name and a surname name a person, not an organisation of the country
    const personLike = ws.length <= 3 && ws.every((w) => w.upper && /^\p{L}/u.test(w.text)) && (this.givenNames.has(ws[0]!.key) || namesakePlace(this, ws[0]!.key));
    if (isProperName(ws) && !personLike) {
      // a spelling variant of a known organisation ("Ahlu Sunnah Wa-Jama"), or a place inside a name
      this.looseOrgs ??= looseOrgIndex(this.orgNames);
      const org = orgByVariant(this.looseOrgs, phrase);
      if (org) return resolvedFields({ code: org.code, sector: orgSectorOn(org, on), kind: org.kind, name: org.name, id: org.id });
      const code = countryInside(this.trie, this.places, ws);
      if (code) return noun ? { code, sector: noun, kind: 'organisation' } : { code, kind: 'organisation' };
    }
    // a sector noun or title alone ("crowd control police", "taxi drivers") names a sector without a country
    return noun ? { code: NO_COUNTRY, sector: noun, kind: 'sector' } : null;
  }

  /**
   * Like resolve(), for a phrase cut from a longer text: when the phrase names no country, the first country
   * its context names is used ("the National Guard" with context "Saudi" -> SAU MIL).
   */
  resolveInContext(phrase: string, context: string, on: string = KnowledgeBase.today()): ResolvedActor | null {
    const r = this.resolve(phrase, on);
    if ((r && r.code && r.code !== NO_COUNTRY) || !context.trim()) return r;
    const c = this.resolveAll(context, on).find((a) => a.code && (a.kind === 'country' || a.kind === 'place'));
    if (!c) return r;
    return r ? { ...r, code: c.code, kind: r.kind === 'sector' ? 'country' : r.kind } : { code: c.code, kind: 'country' };
  }

  /** Every actor a phrase names, in order ("Russian and Belarusian troops" -> RUS MIL, BLR MIL). */
  resolveAll(phrase: string, on: string = KnowledgeBase.today()): ResolvedActor[] {
    return findMentions(this, phrase, 0, phrase.length, on).filter((m) => m.code).map(resolvedFields);
  }

  /** The sector of the last, longest sector noun ending before character `before` ("a disgraced former minister" -> ELI). */
  private sectorNoun(ws: ReturnType<typeof words>, before: number): string | undefined {
    let best: { start: number; end: number; sector: string } | undefined;
    for (let i = 0; i < ws.length && ws[i]!.start < before; i++) {
      const hit = this.trie.longest(ws, i);
      const s = hit?.values.find((v): v is Extract<Hit, { t: 'sector' }> => v.t === 'sector');
      if (!hit || !s || ws[hit.end - 1]!.end > before) continue;
      if (!best || hit.end > best.end) best = { start: i, end: hit.end, sector: s.sector };
    }
    if (!best) return undefined;
    const former = ws.slice(0, best.start).some((w) => FORMER_WORDS.has(w.key));
    return former && ELITE_SECTORS.has(best.sector) ? 'ELI' : best.sector;
  }

  /** Every term of the office(s) a title phrase names that is current on `on`. */
  who(title: string, on: string = KnowledgeBase.today()): Holding[] {
    const parsed = this.parseOfficeTitle(title);
    const offices = parsed.filter((o) => o.office);
    // no curated title at all: the long tail's posts of that exact label ("Governor of Luhansk Oblast"); a bare title
    // that several curated offices share ("president") stays unanswered
    if (!parsed.length) {
      return this.officials.holdersOf(title, on).map(({ official, term }) => ({ ...officialTerms({ ...official, terms: [term] })[0]!, status: 'current' as const }));
    }
    const out: Holding[] = [];
    for (const p of offices) {
      for (const t of this.termsByOffice.get(p.office!) ?? []) {
        const status = statusOn(t, on);
        if (status === 'current') out.push({ ...t, status });
      }
    }
    return out;
  }

  /**
   * Every term of the person a name denotes (ambiguous names: the person in office nearest the date): curated terms,
   * plus the long-tail posts of the same Wikidata id (deputy posts, earlier posts), positions labelled as Wikidata gives them.
   */
  roles(name: string, on: string = KnowledgeBase.today()): Holding[] {
    const people = this.findPeople(name, on);
    if (!people.length) return [];
    const best = people[0]!;
    const extra = best.key.startsWith('official:') || !best.person.id ? [] : officialTerms(this.officials.byWikidata(best.person.id) ?? { name: '', id: '', terms: [] });
    return [...best.terms, ...extra]
      .map((t) => ({ ...t, status: statusOn(t, on) }))
      .sort((a, b) => a.start.localeCompare(b.start));
  }

  /**
   * People a name can denote, best first on the date: in office, then most recently in office. Curated people first;
   * only when none has the name, the long tail's officials (key "official:QID", role = the position on the date).
   */
  findPeople(name: string, on: string = KnowledgeBase.today()): Array<{ key: string; person: Person; terms: Term[] }> {
    const k = words(name.trim()).map((w) => w.key).join(' ');
    const keys = this.nameIndex.get(k) ?? [];
    if (!keys.length) {
      return this.officials.byName(name, on).map((o) => {
        const terms = officialTerms(o);
        const now = termOn(o, on).term;
        return { key: `official:${o.id}`, person: { id: o.id, name: o.name, aliases: [], code: now.code, sector: now.sector, role: now.position }, terms };
      });
    }
    return this.rankPeople(keys, on).map((key) => ({ key, person: this.people.get(key)!, terms: this.termsByPerson.get(key) ?? [] }));
  }

  /** Orders person keys by how likely the name means them on the date. */
  rankPeople(keys: readonly string[], on: string): string[] {
    const score = (key: string): number => {
      const terms = this.termsByPerson.get(key) ?? [];
      let s = 0;
      for (const t of terms) {
        const st = statusOn(t, on);
        const rank = ROLE_RANK.length - rankOf(this.roleOf(t.office));
        if (st === 'current') s = Math.max(s, 1_000_000 + rank * 1000);
        else if (st === 'former') s = Math.max(s, 500_000 - daysApart(t.end!, on) + rank);
        else s = Math.max(s, 100_000 - daysApart(on, t.start));
      }
      if (!terms.length) s = 200_000; // known figure without terms
      return s;
    };
    if (keys.length < 2) return [...keys];
    const scores = new Map(keys.map((k) => [k, score(k)]));
    return [...keys].sort((a, b) => scores.get(b)! - scores.get(a)!);
  }

  /** The best holding of a person on a date: a current one by role rank, else the latest former one. */
  holdingOf(key: string, on: string, titleKey?: string): Holding | null {
    const all = this.termsByPerson.get(key);
    if (!all) return null;
    let pool: readonly Term[] = all;
    if (titleKey) {
      const offices = this.titleOffices(titleKey);
      const titled = all.filter((t) => offices.has(t.office));
      if (titled.length) pool = titled;
    }
    // current: best role rank; else the latest former; else the earliest future
    let current: Term | undefined, former: Term | undefined, future: Term | undefined;
    for (const t of pool) {
      const st = statusOn(t, on);
      if (st === 'current') { if (!current || rankOf(this.roleOf(t.office)) < rankOf(this.roleOf(current.office))) current = t; }
      else if (st === 'former') { if (!former || t.end! > former.end!) former = t; }
      else if (!future || t.start < future.start) future = t;
    }
    if (current) return { ...current, status: 'current' };
    if (former) return { ...former, status: 'former' };
    return future ? { ...future, status: 'future' } : null;
  }

  private readonly titleOfficeCache = new Map<string, Set<string>>();
  private titleOffices(titleKey: string): Set<string> {
    let set = this.titleOfficeCache.get(titleKey);
    if (!set) this.titleOfficeCache.set(titleKey, (set = new Set((this.titleIndex.get(titleKey) ?? []).map((o) => o.office))));
    return set;
  }

  roleOf(office: string): string | undefined { return (this.officeExact.get(office) ?? this.officeByLabel.get(keyOf(office)))?.role; }
  sectorOf(office: string): string { return (this.officeExact.get(office) ?? this.officeByLabel.get(keyOf(office)))?.sector ?? 'GOV'; }

  /** Offices a title phrase names: "German Chancellor", "the French president", "President of France", exact labels. */
  parseOfficeTitle(text: string): OfficeTitle[] {
    const ws = words(text).filter((w) => w.key !== 'the' && w.key !== '-');
    let i = 0;
    let qualifier: 'former' | 'current' | undefined;
    while (i < ws.length && QUALIFIERS[ws[i]!.key]) { qualifier = QUALIFIERS[ws[i]!.key]; i++; }
    const label = this.officeByLabel.get(ws.slice(i).map((w) => w.key).join(' '));
    const title = ws.slice(i).map((w) => w.text).join(' ');
    if (label) return [{ office: label.office, country: label.country, role: label.role, qualifier, title }];
    // COUNTRY ['s] TITLE
    const country = this.countryAt(ws, i);
    if (country) {
      let j = country.end;
      if (ws[j]?.key === "'s") j++;
      const t = this.titleAt(ws, j);
      if (t && t.end === ws.length) return this.officesFor(country.code, t.key).map((o) => ({ office: o.office, country: o.country, role: o.role, qualifier, title: ws.slice(j, t.end).map((w) => w.text).join(' ') }));
      return [];
    }
    // TITLE of COUNTRY
    const t = this.titleAt(ws, i);
    if (t && ws[t.end]?.key === 'of') {
      const c = this.countryAt(ws, t.end + 1);
      if (c && c.end === ws.length) return this.officesFor(c.code, t.key).map((o) => ({ office: o.office, country: o.country, role: o.role, qualifier, title: ws.slice(i, t.end).map((w) => w.text).join(' ') }));
    }
    // ORGANISATION TITLE: "EU Commission president" (an office whose label names the organisation)
    const orgHit = t ? null : this.trie.longest(ws, i);
    const org = orgHit?.values.find((v): v is Extract<Hit, { t: 'org' }> => v.t === 'org');
    if (orgHit && org) {
      const ot = this.titleAt(ws, orgHit.end);
      if (ot && ot.end === ws.length) {
        const name = labelKey(org.name);
        const offices = (this.titleIndex.get(ot.key) ?? []).filter((o) => o.country === org.code && labelKey(o.office).includes(name));
        if (offices.length) return offices.map((o) => ({ office: o.office, country: o.country, role: o.role, qualifier, title: ws.slice(orgHit.end).map((w) => w.text).join(' ') }));
      }
    }
    if (t && t.end === ws.length) {
      // a bare title names offices only when it is specific to one ("Secretary General of NATO" style titles);
      // among several, the one whose label spells every title word ("Defence Secretary": Secretary of State for Defence)
      let offices = this.titleIndex.get(t.key) ?? [];
      if (offices.length > 1) {
        const spelled = offices.filter((o) => { const label = ` ${labelKey(o.office)} `; return t.key.split(' ').every((k) => label.includes(` ${k} `)); });
        if (spelled.length === 1) offices = spelled;
      }
      if (offices.length === 1) return [{ office: offices[0]!.office, country: offices[0]!.country, role: offices[0]!.role, qualifier, title: ws.slice(i).map((w) => w.text).join(' ') }];
      return [{ title: ws.slice(i).map((w) => w.text).join(' '), qualifier }];
    }
    return [];
  }

  /** Offices of a country (or IGO code) that carry a title. */
  officesFor(code: string, titleKey: string): Office[] {
    return (this.titleIndex.get(titleKey) ?? []).filter((o) => o.country === code);
  }

  /** A country or country-like organisation (NATO, UN, EU) at ws[i]. */
  countryAt(ws: ReturnType<typeof words>, i: number): { code: string; end: number } | null {
    const hit = this.trie.longest(ws, i);
    if (!hit) return null;
    const c = hit.values.find((v) => v.t === 'country' || (v.t === 'org' && !v.sector));
    return c && (c.t === 'country' || c.t === 'org') ? { code: c.code, end: hit.end } : null;
  }

  /** The country a demonym at ws[i] names ("Ukrainian" -> UKR), with where it ends. */
  demonymAt(ws: readonly ReturnType<typeof words>[number][], i: number): { code: string; end: number } | null {
    const hit = this.trie.longest(ws, i);
    const c = hit?.values.find((v) => v.t === 'country' && v.form === 'demonym');
    return hit && c && c.t === 'country' ? { code: c.code, end: hit.end } : null;
  }

  /** The capital city of a country ('LVA' -> 'Riga'), when the country file has one. */
  capitalOf(code: string): string | undefined { return this.capitals.get(code); }

  /** A title phrase at ws[i] ("prime minister", "secretary of state"). */
  titleAt(ws: ReturnType<typeof words>, i: number): { key: string; end: number } | null {
    const hit = this.trie.longest(ws, i);
    if (!hit) return null;
    const s = hit.values.find((v) => v.t === 'sector' && v.title);
    return s && s.t === 'sector' && s.title ? { key: s.title, end: hit.end } : null;
  }
}


/** Word keys of a label without "the" and hyphens, as parseOfficeTitle cuts a query. */
function labelKey(label: string): string {
  return phraseKeys(label).keys.filter((k) => k !== 'the' && k !== '-').join(' ');
}

function rankOf(role: string | undefined): number {
  const i = role ? ROLE_RANK.indexOf(role) : -1;
  return i < 0 ? ROLE_RANK.length : i;
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(b) - Date.parse(a)) / 86_400_000;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}
