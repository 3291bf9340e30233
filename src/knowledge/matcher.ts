/**
 * Finds actor mentions in a stretch of text with the knowledge base's phrase trie and a small grammar:
 *   COUNTRY ['s] [modifiers] SECTOR|TITLE [,] [PERSON]   "Russian troops", "Ukraine's defence minister", "U.S. President Donald Trump"
 *   COUNTRY and COUNTRY … SECTOR                          "Russian and Belarusian troops" -> two mentions
 *   TITLE [,] PERSON · TITLE of COUNTRY · PERSON · ORG · COUNTRY | CAPITAL | SEAT ("the Kremlin" -> RUS GOV)
 *   SECTOR in PLACE                                       "protesters in Tbilisi" -> GEO OPP (domestic sectors only)
 *   the INSTITUTION | MEMBERS (no country in the phrase)   "the government said", "officials added" -> --- GOV
 *   MEMBERS in|at|of BODY                                 "officials at the State Department" -> USA GOV
 *   COUNTRY-PARTICIPLE SECTOR                             "Russian-appointed officials" -> RUS GOV ("Kremlin-backed": no country)
 * People and titles are resolved on the date given (the document's publication date).
 *
 *   findMentions(kb, 'Russian and Belarusian troops', 0, 29, '2022-03-01').map((m) => m.code) // ['RUS', 'BLR']
 */
import type { Hit, KnowledgeLookup } from './lookup.js';
import { isTitleOrParticle, termOn, titleStart, type Official, type OfficialTerm } from './officials.js';
import { isTitleCase, plausiblePeople, sameGivenName, type NameContext } from './person-names.js';
import { localBodyAfter, placeContext } from './places.js';
import { keyOf, words, type Word } from './text.js';
import type { HoldingStatus, ResolvedActor } from './types.js';

/** The code of an actor whose country the text does not give ("gunmen", "riot police"): PETRARCH's convention. */
export const NO_COUNTRY = '---';
/**
 * Sectors whose generic nouns name actors of the news even without a country ("riot police", "gunmen", "soldiers",
 * "protesters", "a mob"): they become mentions with code `---` (the places a sentence names may give the country later).
 * Institutions (GOV, LEG, JUD, PTY), media, business and the like are left to the country their context gives.
 */
const AGENT_SECTORS = new Set(['COP', 'MIL', 'REB', 'PRM', 'UAF', 'OPP', 'CVL', 'CRM', 'SPY', 'REF', 'UNK', 'LAB', 'AGR', 'MED', 'JRN']);
/**
 * Sectors a generic noun stands for when the parse makes it a party of an event ("teachers marched", "police arrested
 * members of the opposition party", "a suicide bomber blew himself up"): the agents above, and teachers, clergy and
 * civil society, who act in the news when they are a verb's subject or object. Institutions stay with their context.
 */
const ARGUMENT_SECTORS = new Set([...AGENT_SECTORS, 'EDU', 'REL', 'SOC']);

/**
 * The sector of a generic agent that the words `ws` end with ("the main opposition party" -> OPP, "suicide bomber"
 * -> REB), or null: the longest dictionary phrase that reaches the last word, not an office title, not a country or
 * organisation (those are mentions of their own).
 */
/** Places the agents dictionary files with their people ("school" EDU, "mosque" REL): a building acted on is no party. */
const BUILDINGS = new Set(['school', 'schools', 'college', 'colleges', 'university', 'universities', 'academy', 'academies', 'institute', 'institutes', 'conservatory', 'conservatories', 'hospital', 'hospitals', 'clinic', 'clinics', 'church', 'churches', 'mosque', 'mosques', 'temple', 'temples', 'synagogue', 'synagogues', 'monastery', 'monasteries', 'cathedral', 'cathedrals', 'shrine', 'shrines', 'station', 'stations', 'prison', 'prisons']);

export function argumentAgentSector(kb: KnowledgeLookup, ws: readonly Word[]): string | null {
  for (let i = 0; i < ws.length; i++) {
    const hit = kb.trie.longest(ws, i);
    if (!hit || hit.end !== ws.length) continue;
    const s = hit.values.find((v): v is SectorHit => v.t === 'sector' && !v.title && ARGUMENT_SECTORS.has(v.sector));
    return s && !(hit.end - i === 1 && GENERIC_PEOPLE.has(ws[i]!.key)) && !BUILDINGS.has(ws[ws.length - 1]!.key) ? s.sector : null;
  }
  return null;
}
/** Nouns for people in general, mostly victims or bystanders, that are no actor of their own ("20 people were killed"). */
const GENERIC_PEOPLE = new Set(['people', 'peoples', 'persons', 'population', 'populations', 'man', 'men', 'woman', 'women', 'children', 'families', 'relatives', 'person']);
/** Words that follow a noun heading its phrase: auxiliaries and a few adverbs ("police have", "soldiers reportedly"). */
const AFTER_HEAD = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'shall', 'must', 'may', 'might', 'did', 'do', 'does', 'who', 'which', 'that', 'reportedly', 'allegedly', 'also', 'then', 'later', 'again', 'still', 'themselves', 'himself', 'herself']);
/** Words that start a noun phrase: after "police arrest", "gunmen kill" they show the word between is a verb. */
const NP_START = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'several', 'some', 'many', 'at', 'least', 'him', 'them', 'people']);

/** A resolved actor found in the text, with its span. */
export interface MentionFound extends ResolvedActor {
  start: number;
  end: number;
  text: string;
  /** Number of words covered (used to pick the head of a phrase). */
  tokens: number;
}

type CountryHit = Extract<Hit, { t: 'country' }> | (Extract<Hit, { t: 'org' }> & { sector?: undefined });
type SectorHit = Extract<Hit, { t: 'sector' }>;

const PLACE_PREPS = new Set(['in', 'into', 'near', 'at', 'across', 'throughout', 'inside', 'outside', 'around', 'within', 'across', 'across', 'toward', 'towards', 'via', 'through']);
const CONJ = new Set(['and', 'or', '&', ',']);
const MEMBER_NOUNS = new Set(['official', 'officials', 'officer', 'officers', 'agent', 'agents', 'director', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'employee', 'employees', 'member', 'members', 'commander', 'commanders', 'leader', 'leaders', 'envoy', 'fighters', 'militants', 'operatives']);
/** Words that end a country phrase instead of standing before its sector noun. */
const FILLER_STOP = new Set(['is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'says', 'say', 'told', 'tells', 'than', 'which', 'whose', 'whom', 'who', 'new', 'including', 'include', 'includes', 'among', 'amid', 'figures', 'people']);
/** Sectors of people who are mostly of the place they are in ("protesters in Tbilisi"); troops, spies, refugees and reporters are often foreign. */
const LOCAL_SECTORS = new Set(['COP', 'OPP', 'CVL', 'REB', 'LAB', 'JUD', 'LEG', 'GOV', 'MED', 'EDU', 'BUS', 'AGR', 'REL', 'CRM', 'SOC', 'PRE']);
/** Sectors of the state, whose titled officials are actors even when the data lacks the person ("President Dos Santos"). */
const STATE_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'COP', 'MIL', 'SPY']);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord']);
const FORMER = new Set(['former', 'former-', 'ex', 'ex-', 'then', 'then-', 'onetime', 'one-time', 'late', 'retired', 'disgraced']);
/** Sectors whose members become elites (ELI) when 'former': officials, officers, spies, lawmakers, judges. */
const ELITE_WHEN_FORMER = new Set(['GOV', 'MIL', 'SPY', 'LEG', 'JUD', 'COP']);
const NAME_STOP = new Set(['when', 'while', 'after', 'before', 'if', 'although', 'though', 'since', 'meanwhile', 'now', 'yet', 'so', 'then', 'also', 'still', 'however', 'by', 'from', 'with', 'without', 'under', 'over', 'like', 'unlike', 'despite', 'during', 'today', 'yesterday', 'tomorrow', 'earlier', 'later', 'last', 'next', 'these', 'those', 'there', 'here', 'what', 'why', 'how', 'where', 'who', 'both', 'neither', 'either', 'not', 'only', 'even', 'just', 'all', 'many', 'some', 'most', 'such', 'its', 'their', 'our', 'my', 'your', 'a', 'an', 'or', 'nor', 'because', 'until', 'unless', 'whether', 'once', 'every', 'each', 'no', 'against', 'between', 'about', 'into', 'near', 'across', 'through', 'following', 'according', 'the', 'on', 'in', 'at', 'said', 'says', 'and', 'but', 'as', 'for', 'to', 'of', 'i', 'it', 'he', 'she', 'they', 'we', 'this', 'that', 'his', 'her', 'mr', 'mrs', 'ms', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Capitalised nouns of seas and land features whose names hold a country's name or demonym. */
const FEATURES = new Set(['sea', 'seas', 'ocean', 'gulf', 'strait', 'straits', 'bay', 'peninsula', 'channel', 'basin', 'sound', 'lake', 'river', 'isthmus', 'archipelago', 'plateau', 'highlands', 'lowlands', 'desert']);

/** ws[i, end) is part of a feature's name: "South China Sea", "Korean Peninsula", "Sea of Japan", "Gulf of Guinea". */
function featureName(ws: readonly Word[], i: number, end: number): boolean {
  const next = ws[end];
  if (next?.upper && FEATURES.has(next.key)) return true;
  const of = ws[i - 1];
  const noun = ws[i - 2];
  return of?.key === 'of' && !!noun?.upper && FEATURES.has(noun.key);
}

export function findMentions(kb: KnowledgeLookup, text: string, from: number, to: number, on: string, seen?: Set<string>): MentionFound[] {
  const ws = words(text, from, to);
  const out: MentionFound[] = [];
  const n = ws.length;
  const ctx: NameContext = { titleCase: isTitleCase(ws), seen };
  let i = 0;
  while (i < n) {
    let hit = kb.trie.longest(ws, i);
    // "the EU Commission": a longer phrase after "the" wins over "the EU"
    if (hit && ws[i]!.key === 'the' && i + 1 < n) { const alt = kb.trie.longest(ws, i + 1); if (alt && alt.end > hit.end) { i++; hit = alt; } }
    // "the West Midlands", "the East Asian summit": a compass word before a capitalised word is part of a longer name
    if (hit && COMPASS.has(ws[hit.end - 1]!.key) && hit.values.every((v) => v.t === 'org') && ws[hit.end]?.upper && /^\p{L}/u.test(ws[hit.end]!.text)) hit = null;
    // a known name the words around make someone else's ("Chris Johnson", "Martin Bashir", "Trump Jr."): not that person
    if (hit && hit.values.some((v) => v.t === 'person')) {
      const keys = personKeys(hit.values);
      const kept = new Set(plausiblePeople(kb, ws, i, hit.end, keys, ctx, titledBefore(kb, ws, i), (k) => namePart(kb, ws, k)));
      if (kept.size < keys.length) {
        const values = hit.values.filter((v) => v.t !== 'person' || kept.has(v.key));
        hit = values.length ? { end: hit.end, values } : null;
        if (!hit) { i = skipName(kb, ws, i + 1); continue; }
      }
    }
    // "Dr." is an honorific, but "DR Congo" is a country name
    if (HONORIFICS.has(ws[i]!.key) && i + 1 < n && !(hit && hit.end > i + 1)) { i++; if (ws[i]!.key === '.') i++; continue; }
    // the long tail of office-holders: a full name longer than any lexicon phrase here, or "Title Surname"
    if (ws[i]!.upper && !(hit && hit.values.some((v) => v.t === 'person'))) {
      const off = officialAt(kb, ws, i, on);
      if (off && (!hit || off.end > hit.end)) { pushOfficial(out, ws, off); i = off.end; continue; }
    }
    // PETRARCH's people (code by date), organisations and armed groups: a full name longer than any phrase here
    if (ws[i]!.upper && !(hit && hit.values.some((v) => v.t === 'person'))) {
      const pa = kb.petrarch.at(ws, i, on);
      if (pa && (!hit || pa.end > hit.end) && !namePart(kb, ws, pa.end)) { out.push(mention(ws, i, pa.end, pa.actor)); i = pa.end; continue; }
    }
    // "Russian-appointed officials", "Kremlin-run media": the actor after the compound is that country's; after
    // "Kremlin-backed" it is someone else's, and the compound names no party of its own
    const compound = hit ? null : countryCompound(kb, ws[i]!);
    if (compound) {
      const found: MentionFound[] = [];
      const next = compound.own ? countryPhrase(kb, ws, i, i + 1, compound.hit, found, on, ctx) : i + 1;
      // "a Russian-owned superyacht": no actor noun after it, no party; "the US-led military bloc": the noun is a modifier
      if (found.length === 1 && found[0]!.end > ws[i]!.end && (found[0]!.sector || found[0]!.kind === 'person') && headsPhrase(ws, next)) { out.push(found[0]!); i = next; continue; }
      i++;
      continue;
    }
    // "a Somalia-based group", "Kenya-based": a country before "-based" locates the actor there
    if (!hit) hit = basedIn(kb, ws, i) ?? placeHit(kb, ws, i);
    if (!hit) { i++; continue; }
    const person = hit.values.find((v): v is Extract<Hit, { t: 'person' }> => v.t === 'person');
    const org = hit.values.find((v): v is Extract<Hit, { t: 'org' }> => v.t === 'org');
    const country = hit.values.find((v): v is Extract<Hit, { t: 'country' }> => v.t === 'country');
    const sector = pickSector(hit.values);

    if (person && !country) {
      out.push(personMention(kb, ws, i, hit.end, personKeys(hit.values), on, undefined, undefined));
      i = hit.end;
      continue;
    }
    const countryLike: CountryHit | undefined = country ?? (org && !org.sector && org.kind === 'organisation' ? (org as CountryHit) : undefined);
    if (country && (country.form === 'capital' || country.form === 'city') && partOfName(kb, ws, i, hit.end)) { i = hit.end; continue; }
    // "the South China Sea", "the Indian Ocean", "the Gulf of Guinea": a country inside the name of a sea or a land
    // feature names no party
    if (country && featureName(ws, i, hit.end)) { i = hit.end; continue; }
    if (country && country.form !== 'demonym' && country.form !== 'seat') {
      // "King's College London", "Kyiv School of Economics": a university of the place, not its government
      if (EDU_WORDS.has(ws[i - 1]?.key ?? '') || EDU_WORDS.has(ws[hit.end]?.key ?? '')) { out.push(mention(ws, i, hit.end, { code: country.code, sector: 'EDU', kind: 'organisation' })); i = hit.end; continue; }
      // "Jordan Peterson", "Chad Smith", "her daughter Sofia": a place name that is also a given name, used as one
      if (hit.end - i === 1 && namesakePlace(kb, ws[i]!.key) && (partOfName(kb, ws, i, hit.end) || (country.form === 'capital' && !metonymic(ws, i, hit.end)))) { i = hit.end; continue; }
      // "our Washington correspondent", "the Moscow bureau": where a journalist works
      if (country.form === 'capital' && PRESS_NOUNS.has(ws[hit.end]?.key ?? '')) { out.push(mention(ws, i, hit.end, { code: country.code, kind: 'place' })); i = hit.end + 1; continue; }
    }
    if (countryLike) { i = countryPhrase(kb, ws, i, hit.end, countryLike, out, on, ctx); continue; }
    if (org) {
      // "wrote on Telegram", "posted on his Facebook page": a platform named as the channel is not an actor
      if (org.platform && viaChannel(ws, i)) { i = hit.end; continue; }
      // "his Security Council", "the country's Security Council": someone's own body of that name, not the UN's; a
      // state institution whose country the context gives (pipeline/actors/institutions.ts). Not "his General Assembly
      // speech" (the speech is his)
      if (org.shared && ownedByState(ws, i) && headsPhrase(ws, hit.end)) { out.push(mention(ws, i, hit.end, { code: NO_COUNTRY, sector: orgSectorOn(org, on) ?? 'GOV', kind: 'sector' })); i = hit.end; continue; }
      // "a former CIA official", "Hamas fighters": a person noun after an organisation belongs to it
      const member = hit.end < n && MEMBER_NOUNS.has(ws[hit.end]!.key) ? hit.end + 1 : hit.end;
      const sector = orgSectorOn(org, on);
      if (member > hit.end) {
        const elite = isFormer(ws, i, member) && sector !== undefined && ELITE_WHEN_FORMER.has(sector);
        const one = !ws[hit.end]!.key.endsWith('s') || ws[hit.end]!.key === 'chief';
        out.push(mention(ws, i, member, { code: org.code, sector: elite ? 'ELI' : sector, kind: one ? 'person' : org.kind === 'person' || org.kind === 'place' ? 'group' : org.kind }));
        i = member;
        continue;
      }
      out.push(mention(ws, i, hit.end, { code: org.code, sector: orgSectorOn(org, on), kind: org.kind === 'place' ? 'place' : org.kind === 'person' ? 'person' : org.kind, name: org.name, id: org.id }));
      i = hit.end;
      continue;
    }
    if (sector) { i = sectorPhrase(kb, ws, i, hit.end, sector, out, on, ctx); continue; }
    i = hit.end;
  }
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    m.text = text.slice(m.start, m.end);
    // "Gyumri, Armenia", "KREMENCHUK, Ukraine (AP)": the country after a place locates it, it does not act
    const prev = out[k - 1];
    if (prev && prev.kind === 'place' && m.kind === 'country' && !m.sector && /^\s*,\s*$/.test(text.slice(prev.end, m.start))) m.kind = 'place';
  }
  return out;
}

/** Forms of address besides the honorifics the matcher skips: "Miss Truss", "Prof. Sands". */
const TITLE_WORDS = new Set(['miss', 'mx', 'madam', 'madame', 'mme', 'mister', 'prof', 'professor', 'herr', 'frau', 'president', 'chancellor', 'premier', 'minister', 'king', 'queen', 'prince', 'princess', 'emir', 'sheikh', 'pope', 'taoiseach']);
const OPENING_VERBS = new Set(['has', 'had', 'have', 'did', 'does', 'do', 'can', 'could', 'will', 'would', 'should', 'shall', 'might', 'must', 'is', 'are', 'was', 'were', 'watch', 'read', 'see', 'ask', 'asked', 'thank', 'thanks', 'let', 'tell', 'meet', 'blame', 'dear', 'welcome', 'congratulations', 'listen', 'hear', 'call', 'vote', 'support', 'stop', 'please', 'says', 'said']);
const POSSESSIVES = new Set(['his', 'her', 'my', 'your', 'their', 'our']);
/** Common nouns whose genitive owns a body of the state: "the country's Security Council". */
const STATE_OWNERS = new Set(['country', 'nation', 'state', 'republic', 'kingdom', 'government', 'president', 'leader', 'regime']);

/**
 * The noun at ws[i] belongs to a person or a state: after a personal possessive ("his") or the genitive of a name
 * ("Putin's", "Tokayev's") or of a state noun ("the country's"); not "its" nor "the organisation's", "the bloc's".
 */
function ownedByState(ws: Word[], i: number): boolean {
  const prev = ws[i - 1];
  if (!prev) return false;
  if (POSSESSIVES.has(prev.key)) return true;
  const owner = ws[i - 2];
  return (prev.key === "'s" || prev.key === "'") && !!owner && (owner.upper || STATE_OWNERS.has(owner.key));
}
const EDU_WORDS = new Set(['college', 'university', 'school', 'institute', 'academy', 'polytechnic']);
const PRESS_NOUNS = new Set(['correspondent', 'correspondents', 'bureau', 'reporter', 'reporters', 'editor', 'journalist', 'journalists', 'analyst', 'analysts']);
/** Capitals and country names that are as often words or given names ("Victoria", "Chad", "Regina"); given names of the data count too. */
const NAMESAKE_PLACES = new Set(['victoria', 'sofia', 'jordan', 'chad', 'georgia', 'lima', 'santiago', 'regina', 'dover', 'kingston', 'hamilton', 'israel', 'juba', 'male', 'praia', 'apia', 'hope']);

export function namesakePlace(kb: KnowledgeLookup, key: string): boolean {
  return NAMESAKE_PLACES.has(key) || kb.givenNames.has(key);
}

/**
 * A capital in a metonymic position, standing for its government: at the start of a clause or after a function word
 * or place preposition, and not followed by a bracket or name ("Sofia said", "talks with Sofia"; not "her daughter Sofia").
 */
function metonymic(ws: Word[], i: number, end: number): boolean {
  const prev = ws[i - 1];
  const next = ws[end];
  if (next && (next.key === '(' || next.upper)) return false;
  return !prev || !/^\p{L}/u.test(prev.text) || (NAME_STOP.has(prev.key) && !DETERMINERS.has(prev.key)) || PLACE_PREPS.has(prev.key) || prev.key === 'the';
}

const CHANNEL_PREPS = new Set(['on', 'via', 'through', 'across', 'onto', 'to']);
const DETERMINERS = new Set(['the', 'a', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** "on Telegram", "via his Facebook page": ws[i] names the channel of a message. */
function viaChannel(ws: Word[], i: number): boolean {
  let p = i - 1;
  if (p >= 0 && (DETERMINERS.has(ws[p]!.key) || ws[p]!.key === "'s")) p--;
  if (p >= 0 && ws[p + 1]?.key === "'s") p--; // "on Zelensky's Telegram channel"
  return p >= 0 && CHANNEL_PREPS.has(ws[p]!.key);
}

/** An organisation's sector on a date (the last period started on or before it, else its own). */
export function orgSectorOn(org: Extract<Hit, { t: 'org' }>, on: string): string | undefined {
  let sector = org.sector;
  for (const p of org.periods ?? []) if (on >= p.from) sector = p.sector;
  return sector;
}

function personKeys(values: Hit[]): string[] {
  const keys: string[] = [];
  for (const v of values) if (v.t === 'person') keys.push(v.key);
  return keys;
}

function pickSector(values: Hit[]): SectorHit | undefined {
  let best: SectorHit | undefined;
  for (const v of values) if (v.t === 'sector' && (!best || (v.title && !best.title))) best = v;
  return best;
}

/** COUNTRY [and COUNTRY…] ['s] [modifiers] [SECTOR|TITLE [,] [PERSON]] starting at ws[i]. Returns the next index. */
function countryPhrase(kb: KnowledgeLookup, ws: Word[], i: number, end: number, first: CountryHit, out: MentionFound[], on: string, ctx: NameContext): number {
  const n = ws.length;
  const group: Array<{ hit: CountryHit; start: number; end: number }> = [{ hit: first, start: i, end }];
  let j = end;
  // compound actors: "Russian and Belarusian troops", "Russia, Belarus and Iran"
  while (j + 1 < n && CONJ.has(ws[j]!.key)) {
    let k = j + 1;
    if (ws[j]!.key === ',' && ws[k]?.key === 'and') k++;
    const next = kb.trie.longest(ws, k);
    const c = next?.values.find((v): v is Extract<Hit, { t: 'country' }> => v.t === 'country' && (v.form === 'demonym' || v.form === 'name'));
    if (!next || !c || c.form !== (first.t === 'country' ? first.form : 'name')) break;
    group.push({ hit: c, start: k, end: next.end });
    j = next.end;
  }
  const last = group[group.length - 1]!;
  let k = last.end;
  if (ws[k]?.key === "'s" || ws[k]?.key === "'") k++;
  // an organisation of the country: "Russia's Baltic Fleet"; a body of an organisation: "the UN Security Council"
  const orgHit = k > last.end || last.hit.t === 'org' ? kb.trie.longest(ws, k) : null;
  const ownOrg = orgHit?.values.find((v): v is Extract<Hit, { t: 'org' }> => v.t === 'org' && !!v.sector && v.code === last.hit.code);
  if (orgHit && ownOrg) {
    emitLeading(group, out, ws, undefined);
    out.push(mention(ws, last.start, orgHit.end, { code: ownOrg.code, sector: orgSectorOn(ownOrg, on), kind: ownOrg.kind === 'person' ? 'person' : ownOrg.kind === 'place' ? 'place' : ownOrg.kind, name: ownOrg.name, id: ownOrg.id }));
    return orgHit.end;
  }
  let mods = 0;
  let fillers = 0;
  const adjectival = k > last.end || (last.hit.t === 'country' && last.hit.form === 'demonym');
  let sectorHit: { end: number; hit: SectorHit } | null = null;
  // "Russia's deputy prime minister": a deputy is not the holder of the post
  let deputy = false;
  while (k < n && mods <= 3) {
    const h = kb.trie.longest(ws, k);
    const s = h && !h.values.some((v) => v.t === 'country' || v.t === 'person') ? pickSector(h.values) : undefined;
    if (h && s) { sectorHit = { end: h.end, hit: s }; break; }
    if (DEPUTY_WORDS.has(ws[k]!.key)) deputy = true;
    // known modifiers ("senior", "top"), or up to two unknown portfolio words ("mining minister", "Health and Education Ministry")
    if (!kb.modifiers.has(ws[k]!.key)) {
      // after a bare name a lower-case "-s" word or past form is a verb, not a portfolio ("the West supplies artillery", "Russia sent troops")
      if (h || fillers >= 2 || !isFiller(ws[k]!) || (!ws[k]!.upper && !adjectival && verbLike(ws[k]!.key))) break;
      fillers++;
    }
    k++; mods++;
  }
  if (!sectorHit) {
    // a bare adjective of a former state ("the Soviet era", "a former Yugoslav republic") names a period, not an actor
    for (const g of group) if (!(g.hit.t === 'country' && g.hit.form === 'demonym' && kb.formerStates.has(g.hit.code))) out.push(countryMention(ws, g.start, g.end, g.hit));
    return last.end;
  }
  const code = last.hit.code;
  const former = isFormer(ws, group[0]!.start, sectorHit.end);
  emitLeading(group, out, ws, sectorHit.hit.sector);
  const title = sectorHit.hit.title;
  if (title) {
    const offices = kb.officesFor(code, title);
    let p = sectorHit.end;
    if (ws[p]?.key === ',') p++;
    while (p < n && HONORIFICS.has(ws[p]!.key)) p++;
    const ph = p < n ? kb.trie.longest(ws, p) : null;
    const person = ph?.values.find((v): v is Extract<Hit, { t: 'person' }> => v.t === 'person');
    const titledKeys = ph && person ? plausiblePeople(kb, ws, p, ph.end, personKeys(ph.values), ctx, true, (k) => namePart(kb, ws, k)) : [];
    if (ph && titledKeys.length) {
      out.push(deputyOf(personMention(kb, ws, last.start, ph.end, titledKeys, on, deputy ? undefined : title, code), deputy, sectorHit.hit.sector));
      return ph.end;
    }
    // a first name the data does not spell, then a known surname: "national security adviser Robert O'Brien"
    const later = personAfterFirstNames(kb, ws, p, code);
    if (later) {
      out.push(deputyOf(personMention(kb, ws, last.start, later.end, later.keys, on, deputy ? undefined : title, code), deputy, sectorHit.hit.sector));
      return later.end;
    }
    const off = p < n ? officialAt(kb, ws, p, on, code) : null;
    if (off) { out.push(mention(ws, last.start, off.end, off.actor)); return off.end; }
    const nameEnd = ws[sectorHit.end]?.key === ',' ? sectorHit.end : unknownName(kb, ws, sectorHit.end);
    const office = deputy ? undefined : offices[0]?.office;
    const sector = offices[0]?.sector ?? sectorHit.hit.sector;
    if (nameEnd > sectorHit.end) {
      out.push(mention(ws, last.start, nameEnd, { code, sector, kind: 'person', name: ws.slice(sectorHit.end, nameEnd).map((w) => w.text).join(' '), office }));
      return nameEnd;
    }
    if (office && !former && !deputy && offices.length === 1) {
      const holders = (kb.termsByOffice.get(office) ?? []).filter((t) => on >= t.start && (t.end === null || on < t.end));
      if (holders.length === 1) {
        const h = holders[0]!;
        out.push(mention(ws, last.start, sectorHit.end, { code, sector, kind: 'person', name: h.person, office, id: h.personId ?? undefined, status: 'current' }));
        return sectorHit.end;
      }
    }
    out.push(mention(ws, last.start, sectorHit.end, { code, sector: former ? 'ELI' : sector, kind: 'person', office }));
    return sectorHit.end;
  }
  const sector = former && ELITE_WHEN_FORMER.has(sectorHit.hit.sector) ? 'ELI' : sectorHit.hit.sector;
  // a post in the body before a name: "Russia's Security Council Secretary Nikolai Patrushev"
  let post = sectorHit.end;
  while (post < n && post - sectorHit.end < 3 && ws[post]!.upper && isTitleOrParticle(ws[post]!.key)) post++;
  if (post > sectorHit.end && post < n) {
    const ph = kb.trie.longest(ws, post);
    const keys = ph && ph.values.some((v) => v.t === 'person') ? plausiblePeople(kb, ws, post, ph.end, personKeys(ph.values), ctx, true, (k) => namePart(kb, ws, k)) : [];
    if (ph && keys.length) { out.push(personMention(kb, ws, last.start, ph.end, keys, on, undefined, code)); return ph.end; }
    const titled = officialAt(kb, ws, post, on, code);
    if (titled) { out.push(mention(ws, last.start, titled.end, titled.actor)); return titled.end; }
    const end = unknownName(kb, ws, post);
    if (end > post + 1) {
      out.push(mention(ws, last.start, end, { code, sector, kind: 'person', name: ws.slice(post, end).map((w) => w.text).join(' ') }));
      return end;
    }
  }
  const off = sectorHit.end < n ? officialAt(kb, ws, sectorHit.end, on, code) : null;
  if (off) { out.push(mention(ws, last.start, off.end, off.actor)); return off.end; }
  // a capitalised rank or post used as a title before a name the data lacks: "Russian Governor Vadim Shumkov", "Ukrainian General X"
  const named = ws[sectorHit.end - 1]!.upper && ws[sectorHit.end]?.key !== ',' ? unknownName(kb, ws, sectorHit.end) : sectorHit.end;
  if (named > sectorHit.end + 1) {
    out.push(mention(ws, last.start, named, { code, sector, kind: 'person', name: ws.slice(sectorHit.end, named).map((w) => w.text).join(' ') }));
    return named;
  }
  out.push(mention(ws, last.start, sectorHit.end, { code, sector, kind: last.hit.t === 'org' ? 'organisation' : 'country' }));
  return sectorHit.end;
}

const COMPASS = new Set(['west', 'east', 'north', 'south']);
const PAST_FORMS = new Set(['sent', 'told', 'made', 'took', 'gave', 'began', 'fought', 'struck', 'shot', 'led', 'held', 'kept', 'met', 'paid', 'put', 'saw', 'sold', 'won', 'lost', 'brought', 'bought', 'built', 'caught', 'left', 'ran', 'spent', 'stood', 'thought', 'came', 'went', 'got', 'did', 'hit', 'let', 'set', 'cut', 'sought', 'drew', 'threw', 'flew', 'knew', 'grew', 'wrote', 'spoke', 'broke', 'chose', 'rose', 'fell', 'felt', 'heard', 'meant']);

/** A lower-case word that reads as a verb after a bare name: third person "-s" ("supplies", "says") or a past form. */
function verbLike(key: string): boolean {
  return PAST_FORMS.has(key) || (key.length > 3 && key.endsWith('s') && !key.endsWith('ss') && !key.endsWith('ics'));
}
/** Words that make a title a deputy's: "deputy prime minister", "vice premier", "assistant secretary". */
const DEPUTY_WORDS = new Set(['deputy', 'vice', 'assistant', 'under', 'undersecretary', 'under-secretary', 'vice-']);

/** A person named after a deputy's title keeps only a post they hold on the date, and the title's sector. */
function deputyOf(m: MentionFound, deputy: boolean, sector: string): MentionFound {
  if (!deputy) return m;
  if (m.status !== 'current') { delete m.office; delete m.status; }
  m.sector ??= sector;
  return m;
}

/** Emits every country of a compound but the last (which the caller extends over the shared noun). */
function emitLeading(group: Array<{ hit: CountryHit; start: number; end: number }>, out: MentionFound[], ws: Word[], sector: string | undefined): void {
  for (let g = 0; g < group.length - 1; g++) {
    const c = group[g]!;
    out.push(mention(ws, c.start, c.end, { code: c.hit.code, sector, kind: sector ? 'country' : c.hit.t === 'org' ? 'organisation' : 'country' }));
  }
}

function countryMention(ws: Word[], start: number, end: number, hit: CountryHit): MentionFound {
  if (hit.t === 'org') return mention(ws, start, end, { code: hit.code, kind: 'organisation', name: hit.name, id: hit.id });
  const prev = ws[start - 1]?.key;
  const isPlace = prev !== undefined && PLACE_PREPS.has(prev) || (prev === 'the' && PLACE_PREPS.has(ws[start - 2]?.key ?? ''));
  if (hit.form === 'seat') return mention(ws, start, end, { code: hit.code, sector: hit.sector ?? 'GOV', kind: 'organisation' });
  if (hit.form === 'city') return isPlace || placeContext(ws, start, end) ? mention(ws, start, end, { code: hit.code, kind: 'place' }) : mention(ws, start, end, { code: hit.code, sector: 'CVL', kind: 'place' });
  if (hit.form === 'capital') return isPlace ? mention(ws, start, end, { code: hit.code, kind: 'place' }) : mention(ws, start, end, { code: hit.code, sector: 'GOV', kind: 'place' });
  return mention(ws, start, end, { code: hit.code, kind: isPlace && hit.form === 'name' ? 'place' : 'country' });
}

/** TITLE [,] PERSON | TITLE of COUNTRY | SECTOR of COUNTRY, starting at ws[i] with no country before. */
function sectorPhrase(kb: KnowledgeLookup, ws: Word[], i: number, end: number, s: SectorHit, out: MentionFound[], on: string, ctx: NameContext): number {
  const n = ws.length;
  let p = end;
  if (s.title) {
    if (ws[p]?.key === ',') p++;
    while (p < n && HONORIFICS.has(ws[p]!.key)) p++;
    const ph = p < n ? kb.trie.longest(ws, p) : null;
    const person = ph?.values.find((v): v is Extract<Hit, { t: 'person' }> => v.t === 'person');
    const titledKeys = ph && person ? plausiblePeople(kb, ws, p, ph.end, personKeys(ph.values), ctx, true, (k) => namePart(kb, ws, k)) : [];
    const later = ph && titledKeys.length ? { end: ph.end, keys: titledKeys } : personAfterFirstNames(kb, ws, p);
    if (later) {
      // "First Deputy Prime Minister Andrei Belousov": the deputy's own post, not the title's
      const deputy = DEPUTY_WORDS.has(ws[i - 1]?.key ?? '') || DEPUTY_WORDS.has(ws[i - 2]?.key ?? '');
      const offices = kb.titleIndex.get(s.title) ?? [];
      const only = offices.length && offices.every((o) => o.country === offices[0]!.country) ? offices[0]!.country : undefined;
      out.push(deputyOf(personMention(kb, ws, i, later.end, later.keys, on, deputy ? undefined : s.title, only), deputy, s.sector));
      return later.end;
    }
  }
  if (ws[end]?.key === 'of') {
    let k = end + 1;
    if (ws[k]?.key === 'the') k++;
    const ch = k < n ? kb.trie.longest(ws, k) : null;
    // "the president of France", "the army of Russia" (a demonym after "of" is an adjective: "the court of the Ukrainian side")
    const c = ch?.values.find((v): v is CountryHit => (v.t === 'country' && v.form !== 'demonym') || (v.t === 'org' && v.kind === 'organisation'));
    if (ch && c) {
      const offices = s.title ? kb.officesFor(c.code, s.title) : [];
      const named = c.t === 'org' ? offices.find((o) => o.office.toLowerCase().includes(c.name.toLowerCase())) : undefined;
      const office = named ?? (offices.length === 1 ? offices[0] : undefined);
      const former = isFormer(ws, i, ch.end);
      if (office && !former) {
        const holders = (kb.termsByOffice.get(office.office) ?? []).filter((t) => on >= t.start && (t.end === null || on < t.end));
        const h = holders.length === 1 ? holders[0]! : undefined;
        out.push(mention(ws, i, ch.end, { code: c.code, sector: office.sector, kind: 'person', office: office.office, name: h?.person, id: h?.personId ?? undefined, status: h ? 'current' : undefined }));
      } else {
        const ofOrg = c.t === 'org' && !office ? orgSectorOn(c, on) : undefined;
        out.push(mention(ws, i, ch.end, { code: c.code, sector: former ? 'ELI' : ofOrg ?? s.sector, kind: s.title ? 'person' : 'country', office: office?.office }));
      }
      return ch.end;
    }
  }
  // the long tail: "Deputy Secretary of Defense Kathleen Hicks", "Chief Minister Jai Ram Thakur", "Gen. Burkhard"
  let q = end;
  if (ws[q]?.key === '.' && s.title) q++;
  if (ws[q]?.key === ',' && s.title) q++;
  const off = q < n && (s.title || ws[end - 1]!.upper) ? officialAt(kb, ws, q, on) : null;
  if (off) {
    // "Deputy Secretary of Defense Kathleen Hicks": the title begins with the words of the post before the sector noun
    const post = titleStart(ws, i, { position: off.actor.office ?? '', sector: off.actor.sector ?? '', code: '', start: '', end: null, source: '' }, false);
    pushOfficial(out, ws, { ...off, start: Math.min(post, off.start) });
    return off.end;
  }
  // a capitalised post or rank, a name the data lacks, then "of COUNTRY|PLACE": "Governor Vadim Shumkov of Kurgan region"
  const named = ws[end - 1]!.upper ? unknownName(kb, ws, end) : end;
  if (named >= end + 2) {
    let k = named;
    if (ws[k]?.key === ',') k++;
    if (ws[k]?.key === 'of') {
      k++;
      if (ws[k]?.key === 'the') k++;
      const ch = k < n ? kb.trie.longest(ws, k) ?? placeHit(kb, ws, k, true) : null;
      const c = ch?.values.find((v): v is Extract<Hit, { t: 'country' }> => v.t === 'country' && v.form !== 'demonym' && v.form !== 'seat');
      if (ch && c) {
        const office = s.title ? kb.officesFor(c.code, s.title)[0] : undefined;
        const former = isFormer(ws, i, end) && ELITE_WHEN_FORMER.has(s.sector);
        out.push(mention(ws, i, ch.end, { code: c.code, sector: former ? 'ELI' : office?.sector ?? s.sector, kind: 'person', name: ws.slice(end, named).map((w) => w.text).join(' '), office: office?.office }));
        return ch.end;
      }
    }
  }
  // "Interior Minister John Kamau", "Colonel Ahmed Musa": a capitalised state post before a full name the data
  // (the trie, the officials, PETRARCH's people) lacks, opening with a given name, is an official of a country the context may give (code `---`); not before one
  // capitalised word, nor in a headline's title case ("President Visits Kyiv Amid Strikes", "the State Dining Room")
  if (named >= end + 2 && STATE_SECTORS.has(s.sector) && kb.givenNames.has(ws[end]!.key) && !ctx.titleCase && !(named < n && ws[named]!.upper && /^\p{L}/u.test(ws[named]!.text))
    && !kb.petrarch.at(ws, end, on)) {
    const former = isFormer(ws, i, end) && ELITE_WHEN_FORMER.has(s.sector);
    // "CIA Director Bill Burns": a post of one country's ("CIA director") gives that country to a holder the data lacks
    const offices = s.title ? kb.titleIndex.get(s.title) ?? [] : [];
    const code = offices.length && offices.every((o) => o.country === offices[0]!.country) ? offices[0]!.country : NO_COUNTRY;
    out.push(mention(ws, i, named, { code, sector: former ? 'ELI' : s.sector, kind: 'person', name: ws.slice(end, named).map((w) => w.text).join(' ') }));
    return named;
  }
  // "protesters in Tbilisi", "police in Lyon", "rebels in the Ivory Coast": a domestic group takes the place's country
  // (not troops, spies, refugees or journalists, who are as often foreign: "troops in Ukraine")
  if (!s.title && LOCAL_SECTORS.has(s.sector) && ws[end]?.key === 'in') {
    let k = end + 1;
    if (ws[k]?.key === 'the') k++;
    const ph = k < n ? kb.trie.longest(ws, k) ?? placeHit(kb, ws, k, true) : null;
    const c = ph?.values.find((v): v is Extract<Hit, { t: 'country' }> => v.t === 'country' && v.form !== 'demonym' && v.form !== 'seat');
    if (ph && c && !(c.form === 'city' && partOfName(kb, ws, k, ph.end))) {
      out.push(mention(ws, i, ph.end, { code: c.code, sector: isFormer(ws, i, end) && ELITE_WHEN_FORMER.has(s.sector) ? 'ELI' : s.sector, kind: 'country' }));
      return ph.end;
    }
  }
  // "Russian institutions and officials", "Ukrainian troops and officials": the demonym before a coordinated plural is theirs too
  if (!s.title && end - i === 1 && kb.institutionNouns.members.has(ws[i]!.key)) {
    const code = sharedDemonym(kb, ws, i, out);
    if (code) { out.push(mention(ws, i, end, { code, sector: isFormer(ws, i, end) ? 'ELI' : s.sector, kind: 'country' })); return end; }
  }
  // "officials in the Russian Foreign Ministry", "officials at the State Department", "officials of the Ukrainian army":
  // the members of a state body named after them are of its country and sector
  if (!s.title && kb.institutionNouns.members.has(ws[end - 1]!.key)) {
    const found = bodyAfter(kb, ws, end, on, ctx);
    if (found) {
      const b = found.body;
      out.push(mention(ws, i, found.end, { code: b.code, sector: isFormer(ws, i, end) ? 'ELI' : b.sector, kind: b.kind === 'organisation' ? 'organisation' : 'country' }));
      return found.end;
    }
  }
  // "riot police", "gunmen", "soldiers" with no country: an actor coded `---` with its sector
  if (!s.title && AGENT_SECTORS.has(s.sector) && agentHead(kb, ws, i, end, out)) {
    out.push(mention(ws, i, end, { code: NO_COUNTRY, sector: isFormer(ws, i, end) && ELITE_WHEN_FORMER.has(s.sector) ? 'ELI' : s.sector, kind: 'sector' }));
    return end;
  }
  // "the government said", "officials added", "the court sentenced": a state institution or its members heading the phrase,
  // with no country in it, is a party of a country unknown here (PETRARCH's ---GOV); the actors component gives it the
  // country an earlier mention pins (src/pipeline/actors/institutions.ts)
  if (!s.title && INSTITUTION_SECTORS.has(s.sector) && institutionHead(kb, ws, i, end, out)) {
    out.push(mention(ws, i, end, { code: NO_COUNTRY, sector: isFormer(ws, i, end) ? 'ELI' : s.sector, kind: 'sector' }));
    return end;
  }
  if (s.title) {
    // a title specific to one country or organisation ("NATO secretary general", "Commission president")
    const offices = kb.titleIndex.get(s.title) ?? [];
    const office = offices.length === 1 ? offices[0]! : undefined;
    // "a beauty queen", "a drag king": a title after another noun or a possessive ("his queen") is not the office-holder ("the queen", "the late queen" are)
    const before = ws[i - 1];
    const modified = before !== undefined && !before.upper && /^\p{L}/u.test(before.text) && (POSSESSIVES.has(before.key) || (!NAME_STOP.has(before.key) && !DETERMINERS.has(before.key) && !FORMER.has(before.key) && !kb.modifiers.has(before.key) && !kb.trie.longest(ws, i - 1)));
    // "Unite general secretary Sharon Graham": a title before the name of someone the data does not know is theirs
    if (office && !modified && !namePart(kb, ws, end)) {
      const former = isFormer(ws, i, end);
      const holders = former ? [] : (kb.termsByOffice.get(office.office) ?? []).filter((t) => on >= t.start && (t.end === null || on < t.end));
      const h = holders.length === 1 ? holders[0]! : undefined;
      out.push(mention(ws, i, end, { code: office.country, sector: former ? 'ELI' : office.sector, kind: 'person', office: office.office, name: h?.person, id: h?.personId ?? undefined, status: h ? 'current' : undefined }));
    }
  }
  return end;
}

/**
 * The sector noun ws[i..end) heads its noun phrase, so it names an actor: not a modifier of the next noun ("military aid",
 * "police car"), unless that noun is what the group holds or is ("rebel positions", "a police station": the owner is the
 * party an act on it reaches; lexicon.json `ownedNouns`), not part of a capitalised name or title ("Army Day", "Police Chief"), not the member noun of an organisation or country
 * just named ("Taliban gunmen"). The next word must end the phrase: punctuation, a function word, an auxiliary, a past
 * form or participle ("police detained", "protesters chanting"), or a verb before the start of a noun phrase ("gunmen kill two").
 */
function agentHead(kb: KnowledgeLookup, ws: Word[], i: number, end: number, out: MentionFound[]): boolean {
  if (end - i === 1 && GENERIC_PEOPLE.has(ws[i]!.key)) return false;
  const before = ws[i - 1];
  // past lower-case modifiers ("its peacekeeping forces"): "its troops", "their forces" belong to an owner named
  // earlier (coreference), "Israeli helicopters and tanks" to the country of the first noun
  let b = i - 1;
  while (b >= 0 && b >= i - 3 && !ws[b]!.upper && /^\p{L}/u.test(ws[b]!.text) && !NAME_STOP.has(ws[b]!.key)) b--;
  const owner = ws[b];
  if (owner && (POSSESSIVES.has(owner.key) || owner.key === 'its')) return false;
  const last = out[out.length - 1];
  if (owner && CONJ.has(owner.key) && last && b > 0 && last.end === ws[b - 1]!.end && last.code && last.code !== NO_COUNTRY && last.sector) return false;
  // "the Forces for Defence of Democracy": a capitalised noun inside a sentence begins a name
  if (ws[i]!.upper && before && /^\p{L}/u.test(before.text) && !before.upper) return false;
  const prev = out[out.length - 1];
  if (prev && i > 0 && prev.end === ws[i - 1]!.end && prev.kind !== 'place') return false;
  const next = ws[end];
  if (!next || !/^\p{L}/u.test(next.text)) return true;
  // "Army Day", "Police Chief Smith": two capitalised words make a name or a title
  // "the rebel FDLR", "army General X": a noun before a name describes it
  if (next.upper) return !ws[end - 1]!.upper && !kb.trie.longest(ws, end) && !namePart(kb, ws, end);
  const k = next.key;
  if (kb.ownedNouns.has(k)) return true;
  // "fighters of the Armed Islamic Group", "members of Hamas": the group after "of" is the actor
  if (k === 'of') {
    const g = ws[end + 1]?.key === 'the' ? end + 2 : end + 1;
    if (g < ws.length && ws[g]!.upper && (kb.trie.longest(ws, g)?.values.some((v) => v.t === 'org') || kb.petrarch.at(ws, g, '9999-12-31'))) return false;
  }
  if (NAME_STOP.has(k) || AFTER_HEAD.has(k)) return true;
  if (kb.trie.longest(ws, end)) return false;
  if (PAST_FORMS.has(k) || /^\p{L}{3,}(ed|ing|ly)$/u.test(k)) return true;
  return NP_START.has(ws[end + 1]?.key ?? '') || /^\d/.test(ws[end + 1]?.text ?? '');
}

/** Sectors of the state institutions whose head nouns (lexicon.json `institutionNouns`) name a party without a country. */
const INSTITUTION_SECTORS = new Set(['GOV', 'LEG', 'JUD']);
/** Words before a singular institution noun that make it one body of the news ("the government"), not a generic ("a foreign government") or someone's ("his government"). */
const BODY_DETERMINERS = new Set(['the', 'this', 'that']);

/**
 * The institution noun ws[i..end) heads its phrase and names a party: its last word is a body ("government", after
 * "the" or "this") or its members ("officials", "lawmakers"); not someone's ("his government", "their officials":
 * an owner named before), not adjacent to the actor it belongs to ("Taliban government"), not a modifier ("government
 * troops", "ministry building", "officials' cars"), not followed by "of" ("the ministry of finance", "officials of the
 * company") or by a capitalised name ("the Senate Armed Services Committee").
 */
function institutionHead(kb: KnowledgeLookup, ws: Word[], i: number, end: number, out: MentionFound[]): boolean {
  const head = ws[end - 1]!.key;
  const body = kb.institutionNouns.bodies.has(head);
  if (!body && !kb.institutionNouns.members.has(head)) return false;
  // "the judges ruled": judges are the state's in a sentence about the law, not at a wine tasting or a boxing match
  const cues = kb.institutionNouns.legal.get(head);
  if (cues && !ws.some((w) => cues.has(w.key))) return false;
  let b = i - 1;
  while (b >= 0 && b >= i - 3 && !ws[b]!.upper && /^\p{L}/u.test(ws[b]!.text) && !NAME_STOP.has(ws[b]!.key)) b--;
  const owner = ws[b]?.key ?? '';
  if (POSSESSIVES.has(owner) || owner === 'its' || owner === "'s" || owner === "'") return false;
  // "the court" is a phrase of the agents dictionary itself
  if (body && !BODY_DETERMINERS.has(owner) && !BODY_DETERMINERS.has(ws[i]!.key)) return false;
  // "Kremlin-backed officials", "the pro-Russian authorities": the body of someone a state backs, of no country the context gives
  for (let k = i - 1; k >= 0 && k >= i - 3 && /^\p{L}/u.test(ws[k]!.text); k--) if (backedBy(kb, ws[k]!)) return false;
  const prev = out[out.length - 1];
  if (prev && i > 0 && prev.end === ws[i - 1]!.end && prev.kind !== 'place') return false;
  // "the student government", "party officials", "club officials": a body of a school, a party, a sport, not of the state
  const mod = i > 0 ? kb.trie.longest(ws, i - 1) : null;
  if (mod && mod.end === i && mod.values.some((v) => v.t === 'sector' && !STATE_SECTORS.has(v.sector))) return false;
  if (i > 0 && kb.institutionNouns.nonState.has(ws[i - 1]!.key)) return false;
  const next = ws[end];
  if (!next) return true;
  if (next.key === "'s" || next.key === "'" || next.key === 'of') return false;
  if (!/^\p{L}/u.test(next.text)) return true;
  if (next.upper) return !kb.trie.longest(ws, end) && !namePart(kb, ws, end) && !(ws[end - 1]!.upper && next.upper);
  if (NAME_STOP.has(next.key) || AFTER_HEAD.has(next.key)) return true;
  if (kb.trie.longest(ws, end) || kb.ownedNouns.has(next.key)) return false;
  // "officials speaking on condition of anonymity", not "the ministry building was hit" (an -ing noun ends its phrase)
  const after = ws[end + 1];
  if (next.key.endsWith('ing') && (!after || !/^\p{L}/u.test(after.text) || AFTER_HEAD.has(after.key))) return false;
  if (PAST_FORMS.has(next.key) || /^\p{L}{3,}(ed|ing|ly)$/u.test(next.key)) return true;
  // "the government plans to", "officials deny that", "the ministry accuses Kyiv": a verb in -s before its complement
  if (verbLike(next.key) && after && (after.key === 'to' || after.key === 'that' || after.upper)) return true;
  return NP_START.has(ws[end + 1]?.key ?? '') || /^\d/.test(ws[end + 1]?.text ?? '');
}

/**
 * An office-holder of the long tail at ws[i] (kb.officials): a full name ("Jai Ram Thakur"), or a surname after title
 * words naming that person's post ("Deputy Secretary Hicks"); with `code`, only an official of that country.
 */
function officialAt(kb: KnowledgeLookup, ws: Word[], i: number, on: string, code?: string): { start: number; end: number; actor: ResolvedActor } | null {
  if (!ws[i]!.upper || !/^\p{L}/u.test(ws[i]!.text)) return null;
  const o = kb.officials;
  const full = o.atName(ws, i);
  // "Richard Wagner" in a text about the Wagner Group: a surname that is itself a known organisation or place is left to it
  const tail = full ? kb.trie.longest(ws, full.end - 1) : null;
  if (full && !(tail && tail.values.some((v) => v.t !== 'person'))) {
    const people = code ? full.people.filter((p) => p.terms.some((t) => t.code === code)) : full.people;
    // in office on the date first, then by the order of the file
    const p = people.find((x) => termOn(x, on).status === 'current') ?? people[0];
    if (!p) return null;
    const { term, status } = code ? termOfCountry(p, code, on) : termOn(p, on);
    const actor = officialActor(p, term, status, isFormer(ws, i, full.end));
    // "Sen. Rick Scott": out of the posts on record, but the text names a seat in a legislature
    if (status !== 'current' && !isFormer(ws, i, full.end) && LEGISLATOR_TITLES.has(wordBefore(ws, i))) actor.sector = 'LEG';
    return { start: i, end: full.end, actor };
  }
  const t = o.titled(ws, i, on);
  if (!t || (code && t.term.code !== code)) return null;
  return { start: t.start, end: i + 1, actor: officialActor(t.official, t.term, statusOfTerm(t.term, on), isFormer(ws, t.start, i + 1)) };
}

const LEGISLATOR_TITLES = new Set(['sen', 'senator', 'rep', 'representative', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'mp', 'deputy']);

/** The key of the word before ws[i], past an abbreviation's dot ("Sen. X" -> "sen"). */
function wordBefore(ws: Word[], i: number): string {
  let k = i - 1;
  if (ws[k]?.key === '.') k--;
  return ws[k]?.key ?? '';
}

function termOfCountry(p: Official, code: string, on: string): { term: OfficialTerm; status: HoldingStatus } {
  return termOn({ ...p, terms: p.terms.filter((t) => t.code === code) }, on);
}

function statusOfTerm(t: OfficialTerm, on: string): HoldingStatus {
  return on < t.start ? 'future' : t.end !== null && on >= t.end ? 'former' : 'current';
}

/** A long-tail official as an actor: the post's sector while in office, ELI after it (or when the text says "former"). */
function officialActor(p: Official, term: OfficialTerm, status: HoldingStatus, former: boolean): ResolvedActor {
  const sector = former || status === 'former' ? 'ELI' : status === 'current' ? term.sector : undefined;
  return { code: term.code, sector, kind: 'person', name: p.name, id: p.id, office: term.position, status };
}

/** Adds an official found in the main loop, replacing mentions its title words overlap ("Deputy Secretary" + "Hicks"). */
function pushOfficial(out: MentionFound[], ws: Word[], off: { start: number; end: number; actor: ResolvedActor }): void {
  const m = mention(ws, off.start, off.end, off.actor);
  while (out.length && out[out.length - 1]!.end > m.start) {
    const prev = out.pop()!;
    if (prev.start < m.start) { m.tokens += 1; m.start = prev.start; }
  }
  // "U.S. Director of National Intelligence Avril Haines": the official's own country right before joins the mention
  const prev = out[out.length - 1];
  if (prev && off.start > 0 && prev.end === ws[off.start - 1]!.end && prev.kind === 'country' && !prev.sector && prev.code === m.code) {
    out.pop();
    m.start = prev.start;
    m.tokens += prev.tokens;
  }
  out.push(m);
}

function personMention(kb: KnowledgeLookup, ws: Word[], start: number, end: number, keys: string[], on: string, titleKey: string | undefined, code: string | undefined): MentionFound {
  let ranked = kb.rankPeople(keys, on);
  if (code) {
    const ofCountry = ranked.filter((k) => (kb.termsByPerson.get(k) ?? []).some((t) => t.country === code) || kb.people.get(k)?.code === code);
    if (ofCountry.length) ranked = ofCountry;
  }
  const key = ranked[0]!;
  const p = kb.people.get(key)!;
  const h = kb.holdingOf(key, on, titleKey);
  const base = { kind: 'person' as const, name: p.name, id: p.id };
  // no curated post on the date, but a long-tail one (Blinken, Deputy Secretary of State in 2016): that post
  const extra = h?.status !== 'current' && p.id ? kb.officials.byWikidata(p.id) : undefined;
  const now = extra ? termOn(extra, on) : undefined;
  if (now?.status === 'current' && (!code || now.term.code === code)) {
    return mention(ws, start, end, { ...base, code: now.term.code, sector: now.term.sector, office: now.term.position, status: 'current' });
  }
  if (h) {
    const sector = h.status === 'current' ? kb.sectorOf(h.office) : h.status === 'former' ? 'ELI' : undefined;
    return mention(ws, start, end, { ...base, code: h.country, sector, office: h.office, status: h.status });
  }
  return mention(ws, start, end, { ...base, code: p.code ?? code ?? '', sector: p.sector });
}

/** One or two capitalised words without a lexicon entry, then a known person: returns that person's end and keys. */
function personAfterFirstNames(kb: KnowledgeLookup, ws: Word[], from: number, code?: string): { end: number; keys: string[] } | null {
  let k = from;
  while (k < ws.length && k - from < 2 && ws[k]!.upper && /^\p{L}/u.test(ws[k]!.text) && !NAME_STOP.has(ws[k]!.key) && !kb.trie.longest(ws, k)) k++;
  if (k === from || k >= ws.length) return null;
  const hit = kb.trie.longest(ws, k);
  // "Robert O'Brien" for "Robert C. O'Brien", not "Chris Johnson" for Boris Johnson: the given name must be theirs
  const given = ws[k - 1]!.key;
  // after a title of their country ("Kosovo President Vlosa Osmani", a misspelling) the post vouches for the person
  const holds = (key: string): boolean => code !== undefined && (kb.termsByPerson.get(key) ?? []).some((t) => t.country === code);
  const keys = hit && hit.end - k === 1 ? personKeys(hit.values).filter((key) => holds(key) || [...kb.firstNamesOf(key)].some((f) => sameGivenName(given, f))) : [];
  if (hit && keys.length && ws[hit.end]?.upper && namePart(kb, ws, hit.end)) return null;
  return hit && keys.length ? { end: hit.end, keys } : null;
}

/** ws[k] could be part of a person's name: a capitalised word that is no stop word, title, country, organisation or sector noun. */
function namePart(kb: KnowledgeLookup, ws: Word[], k: number): boolean {
  const w = ws[k];
  if (!w || !w.upper || w.initial || !/^\p{L}/u.test(w.text) || NAME_STOP.has(w.key) || HONORIFICS.has(w.key) || TITLE_WORDS.has(w.key) || isTitleOrParticle(w.key) || kb.modifiers.has(w.key)) return false;
  // a verb opening the sentence ("Has Putin ever…", "Watch Putin's speech") is no name part
  const before = ws[k - 1];
  if ((!before || /^[.!?:;"“”‘’'(\[—–-]$/.test(before.text)) && (OPENING_VERBS.has(w.key) || /^\p{L}{3,}ing$/u.test(w.key))) return false;
  const h = kb.trie.longest(ws, k);
  return !h || h.values.every((v) => v.t === 'person');
}

/** A title or honorific right before ws[i]: "Mr Johnson", "Prime Minister Johnson", "Sen. Johnson". */
function titledBefore(kb: KnowledgeLookup, ws: Word[], i: number): boolean {
  let p = i - 1;
  if (ws[p]?.key === '.') p--;
  if (p < 0) return false;
  if (HONORIFICS.has(ws[p]!.key) || TITLE_WORDS.has(ws[p]!.key) || LEGISLATOR_TITLES.has(ws[p]!.key) || isTitleOrParticle(ws[p]!.key)) return true;
  for (let s = Math.max(0, p - 4); s <= p; s++) {
    const h = kb.trie.longest(ws, s);
    if (h && h.end === p + 1 && h.values.some((v) => v.t === 'sector' && v.title)) return true;
  }
  return false;
}

/** Past the capitalised words of an unknown name starting at ws[k]. */
function skipName(kb: KnowledgeLookup, ws: Word[], k: number): number {
  while (k < ws.length && namePart(kb, ws, k) && !kb.trie.longest(ws, k)) k++;
  return k;
}

/** A place name inside a longer proper name: "Washington Post", "George Washington", "Douglas Paul James". */
function partOfName(kb: KnowledgeLookup, ws: Word[], start: number, end: number): boolean {
  const next = ws[end];
  if (next && next.upper && /^\p{L}/u.test(next.text) && !NAME_STOP.has(next.key) && !kb.modifiers.has(next.key) && !kb.trie.longest(ws, end)) return true;
  const prev = ws[start - 1];
  return Boolean(prev && prev.upper && /^\p{L}/u.test(prev.text) && !prev.initial && !NAME_STOP.has(prev.key) && !kb.trie.longest(ws, start - 1));
}

function unknownName(kb: KnowledgeLookup, ws: Word[], from: number): number {
  let k = from;
  while (k < ws.length && k - from < 4 && ws[k]!.upper && /^\p{L}/u.test(ws[k]!.text) && !NAME_STOP.has(ws[k]!.key) && !kb.trie.longest(ws, k)) k++;
  return k;
}

/** A word that may stand between a country and its sector noun: a plain lower-case or capitalised word, not a stop word or an "-ed" verb. */
function isFiller(w: Word): boolean {
  return /^\p{L}[\p{L}-]*$/u.test(w.text) && !NAME_STOP.has(w.key) && !w.key.endsWith('ed') && !FILLER_STOP.has(w.key);
}

/**
 * A gazetteer place at ws[i] as a city hit, when the text makes it a location: the whole phrase is the name,
 * a locative word or place noun stands around it ("in X", "the town of X", "X province"), a country or region
 * follows after a comma ("Mongbwalu, Ituri"), or a local body follows ("X police").
 */
function placeHit(kb: KnowledgeLookup, ws: Word[], i: number, located = false): { end: number; values: Hit[] } | null {
  const p = kb.places.at(ws, i);
  if (!p) return null;
  if (located && !p.namesake) return { end: p.end, values: [{ t: 'country', code: p.code, form: 'city' }] };
  // "Geneva, Switzerland": the country or region named after the comma decides, whatever town the name also is
  const next = ws[p.end]?.key === ',' ? kb.trie.longest(ws, p.end + 1) : null;
  const stated = next?.values.find((v): v is Extract<Hit, { t: 'country' }> => v.t === 'country' && v.form !== 'demonym');
  const ok = stated !== undefined || (i === 0 && p.end === ws.length) || (!p.namesake && (placeContext(ws, i, p.end) || localBodyAfter(ws, p.end)));
  // a country or a region ("Newark, Nottinghamshire", "Hernando, Florida")
  const code = stated && stated.form !== 'capital' ? stated.code : p.code;
  return ok ? { end: p.end, values: [{ t: 'country', code, form: 'city' }] } : null;
}

/** "Somalia-based" -> the country before "-based", as a one-word country hit. */
function basedIn(kb: KnowledgeLookup, ws: Word[], i: number): { end: number; values: Hit[] } | null {
  const w = ws[i]!;
  if (!w.key.endsWith('-based')) return null;
  const inner = words(w.text.slice(0, -6));
  const h = inner.length ? kb.trie.longest(inner, 0) : null;
  const c = h && h.end === inner.length ? h.values.find((v): v is Extract<Hit, { t: 'country' }> => v.t === 'country' && v.form !== 'demonym') : undefined;
  // "a Moscow-based analyst" lives in Moscow; a capital here locates, it does not stand for the government
  if (c && (c.form === 'capital' || c.form === 'seat')) return { end: i + 1, values: [{ t: 'country', code: c.code, form: 'city' }] };
  return c ? { end: i + 1, values: [c] } : null;
}

/**
 * "Russian-appointed", "Kremlin-run", "NATO-led": a hyphenated word of a country's name, demonym, capital or seat (or an
 * organisation) and a participle of lexicon.json `countryCompounds`, as a demonym hit of that country; `own` when the
 * actor it describes is that country's, false when it is someone the country backs ("Kremlin-backed").
 */
function countryCompound(kb: KnowledgeLookup, w: Word): { hit: CountryHit; own: boolean } | null {
  const dash = w.text.lastIndexOf('-');
  if (dash < 1 || !w.upper) return null;
  const part = keyOf(w.text.slice(dash + 1));
  const own = kb.countryCompounds.own.has(part);
  if (!own && !kb.countryCompounds.proxy.has(part)) return null;
  const inner = words(w.text.slice(0, dash));
  const h = inner.length ? kb.trie.longest(inner, 0) : null;
  if (!h || h.end !== inner.length) return null;
  const c = h.values.find((v): v is Extract<Hit, { t: 'country' }> => v.t === 'country');
  if (c) return { hit: { t: 'country', code: c.code, form: 'demonym' }, own };
  const org = h.values.find((v): v is Extract<Hit, { t: 'org' }> => v.t === 'org' && v.kind === 'organisation' && !v.sector);
  return org ? { hit: org as CountryHit, own } : null;
}

/**
 * The country of a demonym that two coordinated plurals share, the second at ws[i]: "Russian institutions and
 * officials" (a demonym, one plural noun, "and"), "Ukrainian troops and officials" (an actor of the demonym, "and").
 */
function sharedDemonym(kb: KnowledgeLookup, ws: Word[], i: number, out: MentionFound[]): string | null {
  const prev = out[out.length - 1];
  if (!prev || i < 3 || !CONJ.has(ws[i - 1]!.key) || !prev.code || prev.code === NO_COUNTRY) return null;
  const noun = ws[i - 2]!;
  // the demonym's own actor ends right before "and", or the demonym stands before one lower-case plural
  const bare = prev.end === ws[i - 3]!.end && !prev.sector && !noun.upper && /^\p{L}{3,}s$/u.test(noun.key);
  if (!bare && !(prev.end === noun.end && prev.sector && prev.kind !== 'person')) return null;
  const k = ws.findIndex((w) => w.start === prev.start);
  const h = k >= 0 ? kb.trie.longest(ws, k) : null;
  return h && h.values.some((v) => v.t === 'country' && v.form === 'demonym' && v.code === prev.code) ? prev.code : null;
}

/** Prepositions that put members in their body: "officials in the Foreign Ministry", "at the State Department", "of the army". */
const BODY_PREPS = new Set(['in', 'at', 'of', 'from', 'within', 'inside', 'representing']);

/**
 * A state body after a member noun ending at ws[end], as the mention its own phrase makes: "in the Russian Foreign
 * Ministry" (RUS GOV), "at the State Department", "of the Ukrainian army", "from the Kremlin", "at NATO", "representing
 * the US" (a country they represent), or of a rebel
 * body ("authorities in the DPR": UKR REB, as their forces); not a person,
 * nor a country or town alone (those are the "SECTOR in PLACE" and "SECTOR of COUNTRY" readings).
 */
function bodyAfter(kb: KnowledgeLookup, ws: Word[], end: number, on: string, ctx: NameContext): { body: MentionFound; end: number } | null {
  if (!BODY_PREPS.has(ws[end]?.key ?? '')) return null;
  let k = end + 1;
  if (ws[k]?.key === 'the') k++;
  const h = k < ws.length ? kb.trie.longest(ws, k) : null;
  if (!h) return null;
  const country = h.values.find((v): v is Extract<Hit, { t: 'country' }> => v.t === 'country');
  const org = h.values.find((v): v is Extract<Hit, { t: 'org' }> => v.t === 'org');
  const found: MentionFound[] = [];
  let next = h.end;
  if (country || (org && !org.sector && org.kind === 'organisation')) next = countryPhrase(kb, ws, k, h.end, (country ?? org) as CountryHit, found, on, ctx);
  else if (org) found.push(mention(ws, k, h.end, { code: org.code, sector: orgSectorOn(org, on), kind: org.kind === 'organisation' ? 'organisation' : 'group' }));
  const b = found.length === 1 ? found[0]! : null;
  if (!b || !b.code || b.code === NO_COUNTRY || b.kind === 'person') return null;
  // "officials representing the US": whom they represent is their country
  if (!b.sector && ws[end]!.key === 'representing' && b.kind === 'country') b.sector = 'GOV';
  // "officials at NATO", "at the UN": an intergovernmental organisation's officials
  if (!b.sector && b.kind === 'organisation') b.sector = 'GOV';
  return b.sector && (STATE_SECTORS.has(b.sector) || b.sector === 'REB') ? { body: b, end: next } : null;
}

/**
 * The noun before ws[end] ends its phrase: nothing, punctuation, a capitalised word, a function word or auxiliary, a
 * verb form ("officials announced", "media praising") follows, or it is a plural ("officials say"); not a singular
 * before a lower-case noun ("military bloc").
 */
function headsPhrase(ws: Word[], end: number): boolean {
  const next = ws[end];
  if (!next || !/^\p{L}/u.test(next.text) || next.upper) return true;
  if (NAME_STOP.has(next.key) || AFTER_HEAD.has(next.key) || PAST_FORMS.has(next.key) || /^\p{L}{3,}(ed|ing|ly)$/u.test(next.key) || verbLike(next.key)) return true;
  return ws[end - 1]!.key.endsWith('s');
}

/** "Kremlin-backed", "Western-backed", "pro-Russian": a word that makes the actor after it someone a country backs, not that country's. */
function backedBy(kb: KnowledgeLookup, w: Word): boolean {
  const dash = w.text.lastIndexOf('-');
  return w.key.startsWith('pro-') || (dash > 0 && w.upper && kb.countryCompounds.proxy.has(keyOf(w.text.slice(dash + 1))));
}

function isFormer(ws: Word[], start: number, end: number): boolean {
  for (let k = Math.max(0, start - 2); k < end; k++) if (FORMER.has(ws[k]!.key)) return true;
  return false;
}

/** The actor fields of a mention or hit, leaving out the ones that are not set. */
export function resolvedFields(a: ResolvedActor): ResolvedActor {
  const r: ResolvedActor = { code: a.code, kind: a.kind };
  if (a.sector) r.sector = a.sector;
  if (a.name) r.name = a.name;
  if (a.office) r.office = a.office;
  if (a.id) r.id = a.id;
  if (a.status) r.status = a.status;
  return r;
}

function mention(ws: Word[], start: number, end: number, a: ResolvedActor): MentionFound {
  return { start: ws[start]!.start, end: ws[end - 1]!.end, text: '', tokens: end - start, ...resolvedFields(a) };
}
