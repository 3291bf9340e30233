/**
 * The places a sentence names as where something happens: a town, region or country after a locative word
 * ("in Gitega province", "near Kafranbel", "in eastern Ukraine", "on the outskirts of Kharkiv", "the province of
 * Idlib"), and the dateline at an article's start ("KYIV, Ukraine (AP) —"). Not where: an origin ("from X",
 * "X-based"), a home or birthplace ("born in X", "lives in X"), an organisation's seat or a post ("the embassy in X",
 * "the correspondent in X").
 *
 *   placesIn(kb, 'Riot police detained activists in Gitega province.', 0, 51)
 *   // [{ start: 36, end: 51, word: 7, place: { name: 'Gitega Province', admin1Code: 'BI.13', country: 'BDI', precision: 'admin1', … } }]
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../../core/paths.js';
import type { GeoPlace, KnowledgeBase } from '../../knowledge/index.js';
import { words, type Word } from '../../knowledge/text.js';
import { DATELINE } from '../tokenizer.js';

export interface PlaceMention {
  start: number;
  end: number;
  place: GeoPlace;
  /** Named without a locative word ("shelled Kharkiv"): where an event happened only when it follows the trigger. */
  objectOnly?: boolean;
  /** An event noun the locative phrase belongs to ("the war in Ukraine"): the place of that event, not of others. */
  ofNoun?: { start: number; end: number };
  /**
   * A seat or post noun the phrase belongs to ("the embassy in Kabul", "journalists in Minsk"): where that
   * place or person is, so where an event happened only to it ("stormed the embassy in Kabul", "detained journalists in Minsk").
   */
  seatOf?: { start: number; end: number };
  /** Named as a reference point ("north of Kyiv", "close to the border"): where only when nothing nearer is named. */
  reference?: boolean;
  /** A town the gazetteer does not know, placed by the region after its comma: where only for its own sentence's events. */
  unknownTown?: boolean;
  /** A country's ground ("into Russian territory", "on Ukrainian soil"): where only for its own sentence's events. */
  ground?: boolean;
  /**
   * Named after "including", "notably" ("shelled areas across Ukraine, including the region of Dnipropetrovsk"): a
   * more exact place for a place already chosen, never where on its own ("countries including France sent aid").
   */
  refines?: boolean;
}

interface Cues {
  locative: Set<string>;
  pairs: Map<string, string>;
  /** First words of the pairs that name a reference point ("north of", "close to"), not where. */
  referencePairs: Set<string>;
  settlements: Set<string>;
  directions: Set<string>;
  notWhere: Set<string>;
  seatNouns: Set<string>;
  originAfter: Set<string>;
  eventNouns: Set<string>;
  /** Capitalised words that name a time, not a town ("In March, Russia …"). */
  calendarWords: Set<string>;
  /** Words after which a place makes a place named before it more exact ("including"). */
  refining: Set<string>;
  /** Nouns that, after a demonym, name the country's ground: "Russian territory", "Polish airspace". */
  countryGround: Set<string>;
}

let cached: Cues | null = null;

function cues(): Cues {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(packagePath('src', 'pipeline', 'locations', 'data', 'cues.json'), 'utf8')) as {
    locative: string[]; locativePairs: Array<[string, string]>; referencePairs: string[]; settlements: string[]; directions: string[]; notWhere: string[]; seatNouns: string[]; originAfter: string[]; eventNouns: string[]; calendarWords: string[]; refining: string[]; countryGround: string[];
  };
  cached = {
    locative: new Set(raw.locative),
    pairs: new Map(raw.locativePairs.map(([a, b]) => [a, b])),
    referencePairs: new Set(raw.referencePairs),
    settlements: new Set(raw.settlements),
    directions: new Set(raw.directions),
    notWhere: new Set(raw.notWhere),
    seatNouns: new Set(raw.seatNouns),
    originAfter: new Set(raw.originAfter),
    eventNouns: new Set(raw.eventNouns),
    calendarWords: new Set(raw.calendarWords),
    refining: new Set(raw.refining),
    countryGround: new Set(raw.countryGround),
  };
  return cached;
}

/**
 * Places named as locations in text[from, to). `countries`: those the article names, whose villages (the smaller
 * places of data/villages.json) count too when exactly one of them has a place of the name.
 */
export function placesIn(kb: KnowledgeBase, text: string, from: number, to: number, countries?: ReadonlySet<string>): PlaceMention[] {
  const c = cues();
  const ws = words(text, from, to);
  const out: PlaceMention[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (w.key === 'between') {
      const road = betweenTowns(kb, ws, i + 1);
      if (road) { out.push(road.mention); i = road.end - 1; }
      continue;
    }
    // "on Ukrainian soil": "on" names a place only before a country's ground ("into Polish airspace" is read below)
    if (w.key === 'on') {
      const ground = countryGround(kb, ws, ws[i + 1]?.key === 'the' ? i + 2 : i + 1, c);
      if (ground) { out.push(ground.mention); i = ground.end - 1; }
      continue;
    }
    let j: number;
    let reference = false;
    const refines = c.refining.has(w.key) && !w.upper;
    // "In Kafranbel, …" opens a sentence with a capital
    if (refines || (c.locative.has(w.key) && (!w.upper || i === 0 || !/[\p{L}\p{N}]/u.test(ws[i - 1]!.text)))) j = i + 1;
    else if (c.pairs.get(w.key) === ws[i + 1]?.key) { j = i + 2; reference = c.referencePairs.has(w.key); }
    else continue;
    // "including pressing towards the city of X": after "including" a place itself, not words that lead to one
    if (refines && !(ws[j]?.upper || ws[j]?.key === 'the')) continue;
    const seat = c.seatNouns.has(ws[i - 1]?.key ?? '') ? { start: ws[i - 1]!.start, end: ws[i - 1]!.end } : null;
    if (!seat && notWhereBefore(ws, i)) continue;
    let noun = false;
    if (ws[j]?.key === 'the') j++;
    // "in the Ukrainian capital", "in the southern port city of Odesa", "the Russian region of Belgorod"
    const described = describedPlace(kb, ws, j);
    let hint: string | undefined;
    if (described && !('place' in described)) { j = described.at; noun = described.noun; hint = described.country; }
    // "the town of X", "the province of X", "the outskirts of X"
    if (ws[j + 1]?.key === 'of' && (c.settlements.has(ws[j]!.key) || kb.geography.regionNouns.has(ws[j]!.key))) {
      noun = kb.geography.regionNouns.has(ws[j]!.key);
      j += 2;
      if (ws[j]?.key === 'the') j++;
    }
    // "in eastern Ukraine", "in the rebel-held city of X"
    while (ws[j] && !ws[j]!.upper && c.directions.has(ws[j]!.key)) j++;
    if (ws[j + 1]?.key === 'of' && c.settlements.has(ws[j]?.key ?? '')) { j += 2; if (ws[j]?.key === 'the') j++; }
    const grounded = described && 'place' in described && described.ground;
    const known = described && 'place' in described ? described : placeAt(kb, ws, j, noun, hint) ?? villageAt(kb, ws, j, hint ? new Set([hint]) : countries);
    const hit = known ?? regionAfterComma(kb, ws, j, c);
    if (!hit) continue;
    if (originAfter(ws, hit.end, text, c)) continue;
    const owner = ws[i - 1];
    out.push({
      start: ws[j]!.start, end: ws[hit.end - 1]!.end, place: hit.place,
      ...(owner && c.eventNouns.has(owner.key) ? { ofNoun: { start: owner.start, end: owner.end } } : {}), ...(seat ? { seatOf: seat } : {}),
      ...(reference ? { reference } : {}), ...(known ? {} : { unknownTown: true }), ...(refines ? { refines } : {}), ...(grounded ? { ground: true } : {}),
    });
    i = hit.end - 1;
  }
  return out;
}

/**
 * "on the highway between Abuja and Kaduna", "fighting between Goma and Rutshuru": two towns or regions of one
 * country; the stretch between them is in their region when they share it, else in their country. Two countries
 * ("talks between Russia and Ukraine") or towns of two countries name no place.
 */
function betweenTowns(kb: KnowledgeBase, ws: readonly Word[], j: number): { end: number; mention: PlaceMention } | null {
  if (ws[j]?.key === 'the') j++;
  const a = placeAt(kb, ws, j, false);
  if (!a || a.place.precision === 'country' || ws[a.end]?.key !== 'and') return null;
  let k = a.end + 1;
  if (ws[k]?.key === 'the') k++;
  const b = placeAt(kb, ws, k, false);
  if (!b || b.place.precision === 'country' || !a.place.country || b.place.country !== a.place.country) return null;
  const code = a.place.country;
  const region = a.place.admin1 && a.place.admin1 === b.place.admin1 ? kb.geography.region(a.place.admin1.toLowerCase(), { noun: true, country: code }) : null;
  const place = region ?? kb.geography.country(code, kb.countryNames.get(code) ?? code);
  return { end: b.end, mention: { start: ws[j]!.start, end: ws[b.end - 1]!.end, place } };
}

/** Nouns of a landscape feature or a body a place name may qualify ("Ural mountains", "Kursk governor"). */
const FEATURE_AFTER = /^(?:river|sea|lake|mountains?|range|valley|plain|steppe|coast|bay|gulf|strait|island|islands|peninsula|forest|desert|region|city|town|village|governor|mayor|council)$/;

/** A village of one of `countries` whose name starts at ws[j] ("in Tetkino" in a report naming Russia). */
export function villageAt(kb: KnowledgeBase, ws: readonly Word[], j: number, countries: ReadonlySet<string> | undefined): { end: number; place: GeoPlace } | null {
  if (!countries?.size || !ws[j]?.upper) return null;
  const v = kb.villages.at(ws, j, countries);
  // the name goes on ("the Baltic Sea") or qualifies a noun ("the Ural city of Yekaterinburg"): no village
  const next = ws[v?.end ?? 0];
  if (!v || (next && (next.upper || cues().settlements.has(next.key) || kb.geography.regionNouns.has(next.key) || FEATURE_AFTER.test(next.key)))) return null;
  return { end: v.end, place: kb.geography.located(kb.villages.geo, 12 * v.index, ws.slice(j, v.end).map((w) => w.text).join(' '), v.code) };
}

/** How many words the name of a town the gazetteer does not know may have ("in Owo, Ondo state"). */
const UNKNOWN_TOWN_WORDS = 3;

/**
 * A town the gazetteer does not know, placed by the region or country after its comma: "in Owo, Ondo state" is in
 * Ondo State, "in Tetkino, Kursk region" in Kursk Oblast. The name must be capitalised words the knowledge base does
 * not know at all and that name no time ("In March, Russia …").
 */
function regionAfterComma(kb: KnowledgeBase, ws: readonly Word[], j: number, c: Cues): { end: number; place: GeoPlace } | null {
  let r = j;
  while (r < ws.length && r - j < UNKNOWN_TOWN_WORDS && ws[r]!.upper && /^\p{Lu}\p{Ll}/u.test(ws[r]!.text) && !c.calendarWords.has(ws[r]!.key)) r++;
  if (r === j || ws[r]?.key !== ',' || kb.trie.longest(ws, j)) return null;
  const region = placeAt(kb, ws, r + 1, false);
  if (!region || region.place.precision === 'town') return null;
  // the region ends the phrase: a full stop, a comma or a lower-case word after it ("in Owo, Nigeria, gunmen" still counts)
  const next = ws[region.end];
  if (next && next.upper && /\p{L}/u.test(next.text)) return null;
  return region;
}

/** A demonym at ws[j] and a noun of its country's ground after it ("Russian territory", "Ukrainian soil"): the country. */
function countryGround(kb: KnowledgeBase, ws: readonly Word[], j: number, c: Cues): { end: number; mention: PlaceMention } | null {
  const demonym = ws[j]?.upper ? kb.demonymAt(ws, j) : null;
  if (!demonym || !c.countryGround.has(ws[demonym.end]?.key ?? '') || !kb.countryNames.has(demonym.code)) return null;
  const place = kb.geography.country(demonym.code, kb.countryNames.get(demonym.code) ?? demonym.code);
  return { end: demonym.end + 1, mention: { start: ws[j]!.start, end: ws[demonym.end]!.end, place, ground: true } };
}

/** Words that may stand between "the" and the noun of a described place: "port", "strategic", "rebel-held". */
const DESCRIPTOR = /^[a-z][a-z-]*$/;
/** How many descriptive words may come before the place noun ("the key southern port city of"). */
const DESCRIPTORS = 4;

/**
 * A place described by its kind after "the": where its name starts ("the Ukrainian city of | Kharkiv", with the
 * demonym's country to choose among namesakes), or the place itself when the description is the name: a
 * country's capital ("the Latvian capital" -> Riga; "the Ukrainian capital, Kyiv" is left to the name).
 */
function describedPlace(kb: KnowledgeBase, ws: readonly Word[], j: number):
  { at: number; noun: boolean; country?: string } | { end: number; place: GeoPlace; ground?: boolean } | null {
  const c = cues();
  let country: string | undefined;
  let k = j;
  for (let seen = 0; k < ws.length && seen <= DESCRIPTORS; seen++) {
    const w = ws[k]!;
    const demonym = w.upper ? kb.demonymAt(ws, k) : null;
    if (demonym && !country) {
      // "into Russian territory", "in Polish airspace": the country itself
      const ground = k === j ? countryGround(kb, ws, k, c) : null;
      if (ground) return { end: ground.end, place: ground.mention.place, ground: true };
      country = demonym.code;
      k = demonym.end;
      continue;
    }
    // "his home city of London" is a home, not where something happened
    if (w.upper || !DESCRIPTOR.test(w.key) || w.key === 'of' || c.notWhere.has(w.key)) return null;
    const regionNoun = kb.geography.regionNouns.has(w.key);
    if (ws[k + 1]?.key === 'of' && (c.settlements.has(w.key) || regionNoun)) {
      if (k === j) return null;
      let at = k + 2;
      if (ws[at]?.key === 'the') at++;
      return { at, noun: regionNoun, ...(country ? { country } : {}) };
    }
    if (w.key === 'capital' && ws[k + 1]?.key === ',' && ws[k + 2]?.upper) return { at: k + 2, noun: false, ...(country ? { country } : {}) };
    if (w.key === 'capital' && country) {
      const name = kb.capitalOf(country);
      const named = name ? placeAt(kb, words(name), 0, false, country) : null;
      return { end: k + 1, place: named?.place ?? kb.geography.country(country, kb.countryNames.get(country) ?? country) };
    }
    k++;
  }
  return null;
}

/** "KYIV, Ukraine (AP) —", "GITEGA, Burundi, March 3 (Reuters) -", "KHARKIV (Reuters) -" at the start of `text`. */
export function dateline(kb: KnowledgeBase, text: string, from: number): PlaceMention | null {
  const m = DATELINE.exec(text.slice(from, from + 160));
  if (!m) return null;
  const start = from + m.index + m[0].indexOf(m[1]!);
  const ws = words(text, start, start + m[1]!.trimEnd().length);
  if (!ws.length) return null;
  // the country or region after the comma ("Ukraine", "Calif."): it decides, and stands in for a town we do not know
  let hint: GeoPlace | null = null;
  if (m[2]) {
    const hs = words(m[2]).filter((w) => /\p{L}/u.test(w.text));
    const country = kb.countryAt(hs, 0);
    hint = country && country.end === hs.length ? kb.geography.country(country.code, m[2])
      : kb.geography.region(hs.map((w) => w.key).join(' '), { noun: true }) ?? placeAt(kb, hs, 0, false)?.place ?? null;
  }
  const end = ws[ws.length - 1]!.end;
  const hit = placeAt(kb, ws, 0, false, hint?.country ?? undefined);
  if (hit && hit.end === ws.length && (!hint || hint.country === hit.place.country)) return { start, end, place: hit.place };
  return hint ? { start, end, place: hint } : null;
}

/**
 * The place whose name starts at ws[j]: a region with its noun ("Gitega province"), a country or a city of the
 * lexicon, a gazetteer town, or a region named alone ("Bujumbura Rural"); the longest name wins, then that order.
 */
export function placeAt(kb: KnowledgeBase, ws: readonly Word[], j: number, noun: boolean, country?: string): { end: number; place: GeoPlace } | null {
  const w = ws[j];
  if (!w || !w.upper) return null;
  const geo = kb.geography;
  const keyOf = (e: number) => ws.slice(j, e).map((x) => x.key).join(' ');
  const nameOf = (e: number) => ws.slice(j, e).map((x) => x.text).join(' ');
  // the capitalised run ("Bujumbura Rural", "Kafr Nabl") and a region noun after it ("Gitega province")
  let run = j;
  while (run < ws.length && run - j < 5 && (ws[run]!.upper || (run > j && ws[run]!.key === '-')) && !geo.regionNouns.has(ws[run]!.key)) run++;
  if (run > j && geo.regionNouns.has(ws[run]?.key ?? '')) {
    const r = geo.region(keyOf(run), { noun: true, country });
    if (r) return { end: run + 1, place: r };
  }
  const found: Array<{ end: number; place: GeoPlace }> = [];
  for (let e = run; e > j && !found.length; e--) {
    const r = geo.region(keyOf(e), { noun, country });
    if (r) found.push({ end: e, place: r });
  }
  const t = kb.trie.longest(ws, j);
  const c = t?.values.find((v) => (v.t === 'country' && v.form !== 'demonym' && v.form !== 'seat') || (v.t === 'org' && v.kind === 'place'));
  if (t && c && (c.t === 'country' || c.t === 'org')) {
    const name = nameOf(t.end);
    if (c.t === 'country' && c.form === 'name') found.unshift({ end: t.end, place: geo.country(c.code, name) });
    else found.unshift({ end: t.end, place: geo.lexiconPlace(keyOf(t.end), name) ?? geo.region(keyOf(t.end), { noun: true, country: c.code }) ?? geo.country(c.code, name) });
  }
  const g = kb.places.at(ws, j);
  if (g && (!g.namesake || ws[g.end]?.key === ',') && (!country || g.code === country)) found.splice(t && c ? 1 : 0, 0, { end: g.end, place: geo.town(g.index, nameOf(g.end)) });
  // another transliteration of a town ("Kafr Nabl" for Kafranbel), when no name matched as written
  for (let e = Math.min(run, j + 3); e > j && !found.length; e--) {
    const s = kb.places.bySkeleton(ws, j, e);
    if (s && !s.namesake && (!country || s.code === country)) found.push({ end: e, place: geo.town(s.index, nameOf(e)) });
  }
  let best: { end: number; place: GeoPlace } | null = null;
  for (const f of found) if (!best || f.end > best.end) best = f;
  return best;
}

/** Whether the words before the locative word at ws[i] make the place a home, seat or post ("born in", "grew up in", "the embassy in"). */
export function notWhereBefore(ws: readonly Word[], i: number): boolean {
  const c = cues();
  return c.notWhere.has(ws[i - 1]?.key ?? '') || (ws[i - 1]?.key === 'up' && c.notWhere.has(ws[i - 2]?.key ?? ''));
}

/** Whether ws[i] is a locative word ("in", "near"). */
export function isLocative(w: Word | undefined): boolean {
  return w !== undefined && !w.upper && cues().locative.has(w.key);
}

/** "Kyiv-based", "a Kyiv native": the place is someone's seat or origin. */
function originAfter(ws: readonly Word[], end: number, text: string, c: Cues): boolean {
  const next = ws[end];
  if (!next) return false;
  if (next.start === ws[end - 1]!.end && text[next.start] === '-' ) return true;
  return c.originAfter.has(next.key) && next.start - ws[end - 1]!.end <= 1;
}
