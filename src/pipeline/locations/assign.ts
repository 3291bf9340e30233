/**
 * Which named place each event happened in, and the country of generic agents. Per event: a place its sentence
 * names as a location (the one the dependency tree attaches to the trigger when the `deps` layer exists, else the
 * nearest to the trigger, made more exact by a town or region of the same country named beside it; a capital the
 * act is done to, by the tree, though the actors layer read it as its government: targets.ts); else the
 * place the sentence before it in its paragraph named; else the article's dateline. A place inside a quotation locates
 * only events quoted with it. An actor or recipient coded `---` (police, gunmen, protesters: no country in the
 * sentence) takes the country of the event's location, unless it says it is not from there (refugees, "invading
 * forces", foreign fighters). An attack, arrest or withdrawal with a foreign actor and no recipient reached the
 * country it happened in ("Russian shelling overnight in the Sumy region" -> recipient UKR, `via: 'place'`); an
 * arrest with no one named making it was made by the police of the place named in its sentence.
 *
 *   locateEvents(doc); doc.layers.events[0].location
 *   // { name: 'Gitega Province', admin1: 'Gitega Province', country: 'BDI', lat: -3.43, lon: 29.92, precision: 'admin1', span: {…} }
 *   doc.layers.events[0].actor // [{ code: 'BDI', sector: 'COP', … }] (was '---')
 */
import type { ActorMention, ActorRef, Dependency, Document, EventLocation, EventRecord, Span, Token } from '../../core/types.js';
import { loadKnowledge, NO_COUNTRY, type GeoPlace, type KnowledgeBase } from '../../knowledge/index.js';
import { words } from '../../knowledge/text.js';
import { dateline, isLocative, notWhereBefore, placeAt, placesIn, type PlaceMention } from './places.js';
import { caseIs, descends, tokenAt, topRelation } from './deps.js';
import { targetPlaces } from './targets.js';

const RANK = { country: 0, admin1: 1, town: 2 } as const;
/** How many sentences back a place carries within a paragraph (news copied as one block has no paragraph breaks). */
const CARRY = 1;
/** How close (characters) a more exact place must be to make the chosen one more exact. */
const NEAR = 30;

export function locateEvents(doc: Document): void {
  const events = doc.layers.events;
  if (!events?.length) return;
  const kb = loadKnowledge();
  const sentences = doc.layers.sentences?.length ? doc.layers.sentences : [{ start: 0, end: doc.text.length }];
  const countries = countriesBySentence(kb, doc);
  const byS = new Map<number, PlaceMention[]>();
  const mentionsOf = (s: number): PlaceMention[] => {
    let list = byS.get(s);
    if (!list) byS.set(s, (list = sentencePlaces(kb, doc, sentences[s]!, s, countries(s))));
    return list;
  };
  const head = articleDateline(kb, doc.text);
  const paragraph = paragraphs(doc.text, sentences);
  for (const e of events) {
    const s = e.sentence;
    const t = e.evidence.trigger;
    const here = mentionsOf(s).filter((m) => (!m.objectOnly || m.start >= t.end)
      // "sanctions over the war in Ukraine": the place of the war, not of the sanctions
      && (!m.ofNoun || (m.ofNoun.start < t.end && t.start < m.ofNoun.end) || meansOf(doc.layers.tokens, doc.layers.deps, m.ofNoun, t))
      // "journalists in Minsk": where they are, and so where the event happened only if it was done to them
      && (!m.seatOf || undergoes(doc.layers.tokens, doc.layers.deps, m.seatOf, t))
      && sameQuote(doc.text, sentences[s]!, m, t));
    // "shelled Kyiv", "areas of Khartoum": a capital the act is done to is a place, not the government it stands for
    for (const m of targetPlaces(kb, doc, e, countries(s))) if (!here.some((o) => o.start < m.end && m.start < o.end) && sameQuote(doc.text, sentences[s]!, m, t)) here.push(m);
    let chosen: PlaceMention | null = here.length ? choose(here, e, doc.layers.tokens, doc.layers.deps) : null;
    let spanned = chosen !== null;
    for (let p = s - 1; !chosen && p >= 0 && p >= s - CARRY && paragraph[p] === paragraph[s]; p--) {
      const earlier = mentionsOf(p).filter((m) => !m.unknownTown && !m.refines && !m.ground);
      if (earlier.length) chosen = earlier[earlier.length - 1]!;
    }
    // the dateline is its own sentence: its words are evidence for the report's first sentence, as for its own
    if (!chosen && head) { chosen = head; spanned = inSpan(head, sentences[s]!) || (s > 0 && inSpan(head, sentences[s - 1]!)); }
    // "Local police detained 14 protesters": an act that happens somewhere takes the place the article is about
    if (!chosen && HAPPENS_SOMEWHERE.has(e.type)) chosen = articlePlace(kb, s, mentionsOf);
    // an official of unknown country is of the country of the people it deals with before the place it is in
    domesticCounterpart(e, kb, true);
    if (!chosen) { policedAtHome(e, kb); domesticCounterpart(e, kb, false); continue; }
    e.location = toLocation(chosen.place, spanned ? { start: chosen.start, end: chosen.end } : undefined);
    giveCountry(e, kb);
    domesticCounterpart(e, kb, false);
    policedAtHome(e, kb);
    reachedCountry(e, spanned);
    if (spanned) { arrestingAuthority(e); if (ownPlace(doc.layers.tokens, doc.layers.deps, chosen, e.evidence.trigger)) protestingPeople(e); protestedAuthority(e); }
  }
}

/** Acts that take place where they are done (not statements, meetings or decisions, which may be made anywhere). */
const HAPPENS_SOMEWHERE = new Set(['ASSAULT', 'COERCE', 'PROTEST', 'MOBILIZE', 'RETREAT']);

/**
 * The place the article so far is about: the country whose places the sentences before `s` name most often (at
 * least twice); its town or region when that one place has most of those mentions, else the country itself.
 */
function articlePlace(kb: KnowledgeBase, s: number, mentionsOf: (s: number) => PlaceMention[]): PlaceMention | null {
  const byCountry = new Map<string, PlaceMention[]>();
  for (let p = 0; p < s; p++) {
    for (const m of mentionsOf(p)) {
      const c = m.place.country;
      if (!c || m.seatOf || m.ofNoun || m.unknownTown || m.ground) continue;
      const list = byCountry.get(c);
      if (list) list.push(m); else byCountry.set(c, [m]);
    }
  }
  let best: PlaceMention[] = [];
  for (const list of byCountry.values()) if (list.length > best.length) best = list;
  if (best.length < 2) return null;
  const counts = new Map<string, { m: PlaceMention; n: number }>();
  for (const m of best) {
    const c = counts.get(m.place.name);
    if (c) c.n++; else counts.set(m.place.name, { m, n: 1 });
  }
  let top: { m: PlaceMention; n: number } | null = null;
  for (const c of counts.values()) if (!top || c.n > top.n) top = c;
  if (top!.n >= 2 && 2 * top!.n > best.length) return top!.m;
  const code = best[0]!.place.country!;
  return { start: best[0]!.start, end: best[0]!.end, place: kb.geography.country(code, kb.countryNames.get(code) ?? code) };
}

/** Event types whose recipient is where they happen when the text names none: the land attacked, arrested in, left. */
const PLACE_IS_TARGET = new Set(['ASSAULT', 'COERCE', 'RETREAT']);
/**
 * Types whose recipient is the country they happen in when their own sentence names the place: aid arriving in,
 * troops deployed to, a curfew lifted in. Not meetings, talks, statements or demands, whose place is a venue.
 */
const NAMED_PLACE_IS_TARGET = new Set(['AID', 'MOBILIZE', 'CONCEDE']);
/** A visit (CAMEO 042) is the one meeting whose place is not a venue: the country visited is the host. */
const VISIT = '042';
/** Declaring a ceasefire (CAMEO 0871): the place is where it was agreed as often as where it holds. */
const CEASEFIRE = '0871';

/**
 * An act of a foreign actor with no recipient reached the country of its location: "Russian forces shelled
 * villages in the Kharkiv region" -> UKR, "Serbia lifted a curfew in Montenegro" -> MNE (`spanned`: the sentence
 * names the place; "the Japanese prime minister arrived in Canberra" -> AUS, the host of a visit). Not when an actor is of that country (police arresting at home: the arrested are not named),
 * nor without a known actor country.
 */
export function reachedCountry(e: EventRecord, spanned = false): void {
  const country = e.location?.country;
  if (!country || e.recipient.length || !(PLACE_IS_TARGET.has(e.type) || (spanned && (NAMED_PLACE_IS_TARGET.has(e.type) || e.cameo === VISIT)))) return;
  if (!e.actor.length || e.actor.some((a) => a.code === country || a.code === NO_COUNTRY)) return;
  // "signed a ceasefire in Pretoria", "declared a truce in Doha": a ceasefire is between parties, its place a venue
  if (e.cameo === CEASEFIRE) return;
  e.recipient.push({ code: country, via: 'place' });
}

/**
 * An arrest or detention whose sentence names no one making it was made by the police of the place it happened
 * ("Some 1,700 people were detained in Moscow" -> RUS COP, `via: 'place'`): only the state holds people, and the
 * place must be named in the sentence (foreigners detained in Moscow are held by Russia).
 */
export function arrestingAuthority(e: EventRecord): void {
  const country = e.location?.country;
  if (!country || e.actor.length || !ARREST.test(e.cameo)) return;
  e.actor.push({ code: country, sector: 'COP', via: 'place' });
}
/**
 * A protest whose sentence names no one protesting was made by the people of the place it happened ("Hundreds of
 * people marched in Colombo" -> LKA CVL, `via: 'place'`): crowds named only as people, hundreds or thousands. Called
 * only when the place is the protest's own (`ownPlace`), not a place it is about ("protested against the war in Ukraine").
 */
export function protestingPeople(e: EventRecord): void {
  const country = e.location?.country;
  if (!country || e.type !== 'PROTEST' || e.actor.length) return;
  e.actor.push({ code: country, sector: 'CVL', via: 'place' });
}

/**
 * A protest that names no target is aimed at the authorities of the country it happens in, when the protesters
 * are of that country ("Students staged demonstrations throughout Indonesia" -> IDN GOV, `via: 'place'`).
 * Exiles protesting abroad are left alone: their target is not their host.
 */
export function protestedAuthority(e: EventRecord): void {
  const country = e.location?.country;
  if (!country || e.type !== 'PROTEST' || e.recipient.length || !e.actor.length) return;
  if (e.actor.some((a) => a.code !== country)) return;
  e.recipient.push({ code: country, sector: 'GOV', via: 'place' });
}

/** Sectors of a state that act on its own people: police, government, courts, parliament. */
const HOME_SECTORS = new Set(['COP', 'GOV', 'JUD', 'LEG']);

/**
 * A party of no known country acted on by a state's police, government or courts is of that state when no place
 * says otherwise ("Egyptian police opened fire on demonstrators" -> EGY CVL; "the government ordered the opposition
 * newspaper to close"). Only for countries (UN staff are no one's citizens), not for armies, which fight abroad, nor
 * for refugees and others who are not from there.
 */
export function policedAtHome(e: EventRecord, kb: KnowledgeBase): void {
  const home = e.actor.length && e.actor.every((a) => a.code === e.actor[0]!.code && kb.countryNames.has(a.code) && HOME_SECTORS.has(a.sector ?? '')) ? e.actor[0]!.code : null;
  if (home) settle(e.recipient, home);
}

/** Sectors of a country's own people and groups, which deal with their own state. */
const SOCIETY_SECTORS = new Set(['OPP', 'CVL', 'LAB', 'PTY', 'REB', 'AGR', 'EDU', 'BUS', 'REL', 'SOC']);
/** A state's officials (not its police, who arrest foreigners too) and the organised groups of its own politics. */
const OFFICIAL_SECTORS = new Set(['GOV', 'JUD', 'LEG']);
const DOMESTIC_GROUPS = new Set(['OPP', 'PTY', 'REB', 'LAB']);

/**
 * A state official of no known country dealing with one country's opposition, parties, rebels or unions is of that
 * country ("President Dos Santos conceded to demands from UNITA" -> AGO GOV); with `officialsOnly` false, also people
 * of no known country dealing with one country's state ("fundamentalists demanded the resignation of the Algerian
 * president" -> DZA). Not police, who detain foreigners too, nor armies, which fight abroad, nor refugees.
 */
export function domesticCounterpart(e: EventRecord, kb: KnowledgeBase, officialsOnly: boolean): void {
  for (const [unknown, known] of [[e.actor, e.recipient], [e.recipient, e.actor]] as const) {
    if (!unknown.length || !known.length || !unknown.every((r) => r.code === NO_COUNTRY)) continue;
    const country = known[0]!.code;
    if (!kb.countryNames.has(country) || !known.every((r) => r.code === country)) continue;
    const official = unknown.every((r) => OFFICIAL_SECTORS.has(r.sector ?? ''));
    const people = !officialsOnly && unknown.every((r) => SOCIETY_SECTORS.has(r.sector ?? ''));
    if ((official && known.every((r) => DOMESTIC_GROUPS.has(r.sector ?? ''))) || (people && known.every((r) => HOME_SECTORS.has(r.sector ?? '')))) settle(unknown, country);
  }
}

/** CAMEO 173: arrest, detain, or charge with legal action. */
const ARREST = /^173/;

/** Agents the place says nothing about: refugees came from elsewhere, invaders and foreign fighters too. */
const NOT_LOCAL = /\b(?:invad|occupy|occupation|foreign|enemy|mercenar|expat|exile)/i;

/**
 * Actors and recipients coded `---` take the country of the event's location, unless they are not from there. A state
 * institution named by its common noun ("the government", "officials", "the court") meets, speaks and acts abroad, and
 * is named in sentences about other countries: it takes the place's country only from a town or region its own
 * sentence names ("The authorities declared an emergency in Karakalpakstan"), not from a country named there ("sanctions
 * against Russia", "captured in Ukraine") or a place carried from before, nor the venue of a meeting ("Defence
 * ministers will meet in Brussels"); else its country comes from the text before it (src/pipeline/actors/institutions.ts)
 * or stays unknown.
 */
export function giveCountry(e: EventRecord, kb: KnowledgeBase): void {
  const loc = e.location;
  if (!loc?.country) return;
  const local = !!loc.span && loc.precision !== 'country' && e.type !== 'CONSULT' && !e.cameo.startsWith(INTENT_TO_MEET);
  settle([...e.actor, ...e.recipient].filter((r) => local || !institutionNoun(kb, r)), loc.country);
}

/** CAMEO 036: express intent to meet or negotiate (its place, like a meeting's, is a venue). */
const INTENT_TO_MEET = '036';

/** The party is an institution named by its head noun (lexicon.json `institutionNouns`: "the government", "officials"). */
function institutionNoun(kb: KnowledgeBase, r: ActorRef): boolean {
  const last = words(r.name ?? '').pop()?.key ?? '';
  return kb.institutionNouns.bodies.has(last) || kb.institutionNouns.members.has(last);
}

/** Gives `country` to the parties coded `---` that may be from there (not refugees, invaders, foreign fighters). */
function settle(refs: readonly ActorRef[], country: string): void {
  for (const ref of refs) {
    if (ref.code !== NO_COUNTRY || ref.sector === 'REF' || NOT_LOCAL.test(ref.name ?? '')) continue;
    ref.code = country;
  }
}

function toLocation(p: GeoPlace, span: Span | undefined): EventLocation {
  // a dateline writes the town in capitals ("KYIV"): the name in title case
  const name = /^\p{Lu}[\p{Lu}' -]{3,}$/u.test(p.name) ? p.name.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase()) : p.name;
  const loc: EventLocation = { name, country: p.country, precision: p.precision };
  if (p.admin1) loc.admin1 = p.admin1;
  if (p.admin1Code) loc.admin1Code = p.admin1Code;
  if (p.lat !== undefined && p.lon !== undefined) { loc.lat = p.lat; loc.lon = p.lon; }
  if (p.geonameId) loc.geonameId = p.geonameId;
  if (span) loc.span = span;
  return loc;
}

/** Locative phrases of a sentence, and the places the actors layer found there that are no one's origin or seat. */
function sentencePlaces(kb: KnowledgeBase, doc: Document, span: Span, s: number, countries: ReadonlySet<string>): PlaceMention[] {
  const found = placesIn(kb, doc.text, span.start, span.end, countries);
  for (const a of doc.layers.actors ?? []) {
    // a capital standing for its government ("Moscow proposed", "blame Kyiv": sector GOV) is an actor, not a place
    if (a.sentence !== s || a.kind !== 'place' || (a.sector && a.sector !== 'CVL') || found.some((m) => !m.refines && m.start < a.end && a.start < m.end)) continue;
    const m = actorPlace(kb, doc.text, a);
    if (m) found.push(m);
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Per sentence `s`, the countries the actors layer found in it, the one before it and the article's first (its
 * dateline and lead): where the villages it names may be ("in Soledar, Ukrainian officials said"). One pass over the
 * actors per document; each sentence's set is built once.
 */
function countriesBySentence(kb: KnowledgeBase, doc: Document): (s: number) => ReadonlySet<string> {
  const named = new Map<number, Set<string>>();
  for (const a of doc.layers.actors ?? []) {
    if (!kb.countryNames.has(a.code)) continue;
    let set = named.get(a.sentence);
    if (!set) named.set(a.sentence, (set = new Set()));
    set.add(a.code);
  }
  const cache = new Map<number, Set<string>>();
  return (s) => {
    let set = cache.get(s);
    if (!set) cache.set(s, (set = new Set([...(named.get(0) ?? []), ...(named.get(s - 1) ?? []), ...(named.get(s) ?? [])])));
    return set;
  };
}

const NOT_WHERE_BEFORE = new Set(['from', 'born', 'based', 'native', 'embassy', 'ambassador', 'envoy', 'correspondent', 'bureau']);
const NOT_WHERE_AFTER = /^(?:-based|-born|\s+(?:correspondent|bureau|embassy|native|based|born|headquarters|office|river|sea|lake|dam|strait|gulf|bay|canal|mountains|valley|airline|airlines|team|club|declaration|accords?|agreements?|format|protocols?|talks|process|summit|university)\b)/i;

/** A town or city the actors layer found ("shelled Kharkiv", "Kharkiv's mayor"), unless it is an origin or a seat. */
function actorPlace(kb: KnowledgeBase, text: string, a: ActorMention): PlaceMention | null {
  const before = words(text, Math.max(0, a.start - 40), a.start);
  const last = before.length - 1;
  const prev = before[last]?.key;
  if ((prev && NOT_WHERE_BEFORE.has(prev)) || NOT_WHERE_AFTER.test(text.slice(a.end, a.end + 16))) return null;
  if ((isLocative(before[last]) || prev === 'of') && notWhereBefore(before, last)) return null;
  // the text after a comma only names the region or country of the place before it ("Gyumri, Armenia")
  if (/,\s*$/.test(text.slice(Math.max(0, a.start - 3), a.start))) return null;
  // two words more, for a region noun after the name ("the Kharkiv region's territory", "Luhansk oblast")
  const ws = words(text, a.start, Math.min(text.length, a.end + 24));
  const own = ws.findIndex((w) => w.end >= a.end) + 1;
  const hit = placeAt(kb, ws, 0, false);
  return hit && hit.end >= own ? { start: a.start, end: ws[hit.end - 1]!.end, place: hit.place, objectOnly: true } : null;
}

/** The place for an event among its sentence's places. */
function choose(here: PlaceMention[], e: EventRecord, tokens: readonly Token[] | undefined, deps: readonly Dependency[] | undefined): PlaceMention | null {
  const t = e.evidence.trigger;
  let pool = here.filter((m) => !m.refines);
  // "shelling against various Ukrainian cities, including Kyiv": the places an attack's own target is said to include
  if (!pool.length && PLACE_IS_TARGET.has(e.type) && deps && tokens && deps.length === tokens.length) {
    const trigger = tokenAt(tokens, t.start);
    pool = here.filter((m) => descends(deps, tokenAt(tokens, m.start), trigger) && !throughSubject(deps, tokenAt(tokens, m.start), trigger));
  }
  if (!pool.length) return null;
  if (deps && tokens && deps.length === tokens.length) {
    const trigger = tokenAt(tokens, t.start);
    const attached = pool.filter((m) => descends(deps, tokenAt(tokens, m.start), trigger));
    if (attached.length) pool = attached;
    // "Security forces in Guinea fired at demonstrators in Conakry": a place of the act's own phrases wins over one
    // that says where something else is
    const own = attached.filter((m) => !elsewhere(topRelation(deps, tokenAt(tokens, m.start), trigger), e.type));
    if (own.length) pool = own;
  }
  let best = pool[0]!;
  for (const m of pool) if (distance(m, t) < distance(best, t)) best = m;
  // "in Chernihiv, north of Kyiv": a reference point right after a place is that place's bearing, not where
  if (best.reference) {
    const placed = here.filter((m) => !m.reference && m.end <= best.start && best.start - m.end <= REFERENCE_GAP).at(-1);
    if (placed) best = placed;
  }
  // "in Kafranbel in Idlib province", "in Ukraine's Kharkiv region": the most exact place named beside the chosen one
  for (const m of here) {
    if (RANK[m.place.precision] <= RANK[best.place.precision] || m.place.country !== best.place.country) continue;
    if (Math.max(m.start - best.end, best.start - m.end) > NEAR && !(m.refines && m.start > best.end)) continue;
    if (best.place.precision === 'admin1' && m.place.admin1 !== best.place.admin1) continue;
    best = m;
  }
  return best;
}

/** How far before a reference point ("…, 20 km north of Kyiv") the place it locates may end, in characters. */
const REFERENCE_GAP = 24;

function distance(m: Span, t: Span): number {
  return m.start >= t.end ? m.start - t.end : t.start - m.end + 1;
}

/** "killed in shelling in Idlib", "died in a strike on Kharkiv": the event noun that is the trigger's means or setting (by the tree) shares its place. */
function meansOf(tokens: readonly Token[] | undefined, deps: readonly Dependency[] | undefined, noun: Span, trigger: Span): boolean {
  if (!tokens || !deps || deps.length !== tokens.length) return false;
  const k = tokenAt(tokens, noun.start);
  const h = tokenAt(tokens, trigger.start);
  // (not a reason: "imposed sanctions over the war in Ukraine")
  if ((deps[k]?.rel === 'obl' || deps[k]?.rel === 'advcl') && deps[k]!.head === h) return !caseIs(tokens, deps, k, REASON_CASES);
  // "killed 12 fighters in an operation near Kismayo": the parse may hang the means on the object it reached
  const up = deps[k]?.head ?? -1;
  return deps[k]?.rel === 'nmod' && up >= 0 && deps[up]!.head === h && deps[up]!.rel === 'obj' && caseIs(tokens, deps, k, MEANS_CASES);
}

/** Prepositions of a reason, not a means or setting ("over the war", "for its invasion"). */
const REASON_CASES = new Set(['over', 'for', 'against', 'because', 'despite', 'about']);
/** Prepositions of a means an act was done in ("in an operation", "during a raid"). */
const MEANS_CASES = new Set(['in', 'during']);

const PATIENT_RELS = new Set(['obj', 'iobj', 'nsubj:pass', 'obl', 'nmod']);

/** Whether the noun at `noun` is what the trigger's act is done to (its object, passive subject, oblique), by the tree. */
function undergoes(tokens: readonly Token[] | undefined, deps: readonly Dependency[] | undefined, noun: Span, trigger: Span): boolean {
  if (!tokens || !deps || deps.length !== tokens.length) return false;
  let k = tokenAt(tokens, noun.start);
  const h = tokenAt(tokens, trigger.start);
  // "detained two activists and three journalists in Minsk": a conjunct shares its first conjunct's relation
  for (let steps = 0; deps[k]?.rel === 'conj' && steps < 5; steps++) k = deps[k]!.head;
  return deps[k]?.head === h && PATIENT_RELS.has(deps[k]!.rel);
}

/** Whether the tree hangs the place right on the trigger ("marched in Colombo", "protests in Armenia"), by a locative preposition. */
function ownPlace(tokens: readonly Token[] | undefined, deps: readonly Dependency[] | undefined, place: Span, trigger: Span): boolean {
  if (!tokens || !deps || deps.length !== tokens.length) return false;
  const h = tokenAt(tokens, trigger.start);
  const last = tokenAt(tokens, place.end - 1);
  for (let k = tokenAt(tokens, place.start); k <= last; k++) {
    if (deps[k]!.head === h && (deps[k]!.rel === 'obl' || deps[k]!.rel === 'nmod')) return caseIs(tokens, deps, k, LOCATIVE_CASES);
  }
  return false;
}

const LOCATIVE_CASES = new Set(['in', 'at', 'near', 'outside', 'across', 'throughout', 'around']);

/**
 * Whether a place under the trigger by a child of relation `rel` says where something else is: inside the subject,
 * where the doers are based ("Security forces in Guinea fired …"); in a clause coordinated with the act, where another
 * act happened; inside the object of an act that is not done to a place, a topic ("oppose the country's actions in
 * Ukraine"; but "shelled the cities of Nikopol and Marhanets" is where the shelling fell).
 */
function elsewhere(rel: string, type: string): boolean {
  return rel === 'nsubj' || rel === 'conj' || rel === 'parataxis' || (rel === 'obj' && !PLACE_IS_TARGET.has(type));
}

/** Whether token `k`, below `root`, hangs on it through its subject ("countries including France sent aid"). */
function throughSubject(deps: readonly Dependency[], k: number, root: number): boolean {
  return topRelation(deps, k, root) === 'nsubj';
}

/** The dateline of the article: at its start or at the start of one of its first lines (after a headline). */
function articleDateline(kb: KnowledgeBase, text: string): PlaceMention | null {
  let at = 0;
  for (let line = 0; line < 4 && at < Math.min(text.length, 800); line++) {
    const d = dateline(kb, text, at);
    if (d) return d;
    const nl = text.indexOf('\n', at);
    if (nl < 0) break;
    at = nl + 1;
  }
  return null;
}

const inSpan = (m: Span, s: Span): boolean => m.start >= s.start && m.end <= s.end;

/** Paragraph number of each sentence: a line break between two sentences starts a new paragraph. */
function paragraphs(text: string, sentences: readonly Span[]): number[] {
  const out: number[] = [];
  let p = 0;
  for (let s = 0; s < sentences.length; s++) {
    if (s > 0) {
      // between the last character of one sentence and the first of the next (spans may hold the white space)
      let a = sentences[s - 1]!.end;
      while (a > sentences[s - 1]!.start && /\s/.test(text[a - 1]!)) a--;
      let b = sentences[s]!.start;
      while (b < sentences[s]!.end && /\s/.test(text[b]!)) b++;
      if (text.slice(a, b).includes('\n')) p++;
    }
    out.push(p);
  }
  return out;
}

/** Whether the place and the trigger are both outside quotation marks, or inside the same quotation. */
function sameQuote(text: string, sentence: Span, m: Span, trigger: Span): boolean {
  const quotes = quoteSpans(text, sentence);
  const inside = (x: Span) => quotes.findIndex((q) => x.start >= q.start && x.end <= q.end);
  return inside(m) === inside(trigger);
}

function quoteSpans(text: string, s: Span): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (let i = s.start; i < s.end; i++) {
    const ch = text[i];
    if (ch === '“' || (ch === '"' && open < 0)) { if (open < 0) open = i; }
    else if ((ch === '”' || ch === '"') && open >= 0) { out.push({ start: open, end: i + 1 }); open = -1; }
  }
  if (open >= 0) out.push({ start: open, end: s.end });
  return out;
}
