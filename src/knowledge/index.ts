/**
 * Knowledge base API: countries, organisations and armed groups, offices and their holders 2000-2025.
 * Stable for other modules (the event coder, the claims checker, the CLI):
 *
 *   import { loadKnowledge, parseOfficeTitle } from '../knowledge/index.js';
 *   const kb = loadKnowledge();                          // cached singleton, loads in well under 200 ms
 *   kb.resolve('Russian troops', '2022-03-01')           // { code: 'RUS', sector: 'MIL', kind: 'country' }
 *   kb.resolve('Putin', '2025-03-18')                    // { code: 'RUS', sector: 'GOV', kind: 'person', name: 'Vladimir Putin',
 *                                                        //   office: 'President of Russia', id: 'Q7747', status: 'current' }
 *   kb.resolveAll('Russian and Belarusian troops')      // [{ code: 'RUS', sector: 'MIL', … }, { code: 'BLR', sector: 'MIL', … }]
 *   kb.who('German Chancellor', '2019-01-01')            // [Holding{ person: 'Angela Merkel', office: 'Chancellor of Germany', status: 'current', … }]
 *   kb.roles('Donald Trump', '2023-06-15')               // [Holding{ office: 'President of the United States', status: 'former', … }, …]
 *   kb.findPeople('Bush', '2005-01-01')[0].person.name   // 'George W. Bush'
 *   parseOfficeTitle('former U.S. President')            // { office: 'President of the United States', country: 'USA', qualifier: 'former', … }
 *   findActorMentions('Russian and Belarusian troops', '2022-02-10') // two mentions, RUS MIL and BLR MIL
 *   kb.resolveInContext('the army', 'Kenyan', '2022-06-01')  // { code: 'KEN', sector: 'MIL', kind: 'country' } (context supplies the country)
 *   kb.who('President of the European Commission', '2020-01-01') // canonical labels, 'X of Y', "Y's X", demonym and 'ORG TITLE' forms
 *   kb.resolve('Puerto Peñasco')                         // { code: 'MEX', sector: 'CVL', kind: 'place' } (GeoNames gazetteer, data/places.json)
 *   kb.resolve('protesters in Tbilisi')                  // { code: 'GEO', sector: 'OPP', kind: 'country' }
 *   kb.resolve('Soviet troops', '1980-01-01')            // { code: 'SUN', sector: 'MIL', kind: 'country' } (former states: ISO 3166-3 codes)
 *   kb.resolve('Ahlu Sunnah Wa-Jama')                    // SOM PRM: a spelling variant of a known organisation (proper names only)
 *   kb.resolve('Deputy Secretary Hicks', '2022-01-01')   // { code: 'USA', sector: 'GOV', kind: 'person', name: 'Kathleen Hicks',
 *                                                        //   office: 'Deputy Secretary of Defence', status: 'current', … } (long tail, data/officials.json)
 *   kb.roles('Kathleen Hicks', '2022-01-01')             // her long-tail post, status 'current'; curated people also list their long-tail posts
 *   kb.geography.region('gitega', { noun: true })         // { name: 'Gitega Province', admin1Code: 'BI.13', country: 'BDI', lat, lon, precision: 'admin1' }
 *   kb.geography.town(kb.places.at(ws, i)!.index, 'Kafranbel') // coordinates, region (Idlib Governorate) and GeoNames id of a gazetteer town (geo.ts)
 *
 * Dates are ISO YYYY-MM-DD (default: today). A term is current from its start day up to, not including,
 * its end day (the successor's first day). Holding = { person, personId (Wikidata Q id or null), office
 * (canonical English title), country (ISO3 or IGO code), start, end|null, status, source, verifiedUntil? }:
 * for an open term, verifiedUntil is the last day the sources confirm it (later, 'current' is unverified).
 *
 * ResolvedActor / mention fields: code = ISO3 country or IGO code (UNO, NATO, EUR, IGO, NGO, AFR, ASA, IMGISI…),
 * sector = PLOVER sector (GOV MIL COP REB UAF PRM JUD LEG SPY OPP PTY JRN MED REL PRE AGR BUS CVL REF SOC LAB EDU
 * CRM; ELI for former office-holders on the date), kind = country | person | organisation | group | place
 * (place = a location: a city or town, with sector CVL when named alone, none after "in/near/at…"; in running text a
 * gazetteer town counts only in such a locative context, "X province", "X police" or "X, Country") | sector (a generic agent or sector noun without a country,
 * code '---' = NO_COUNTRY, PETRARCH's convention: "riot police", "gunmen"; in running text only agents that head their
 * phrase, see data/README.md). People carry name, office (the one held on the date, else the latest), id and status.
 * PETRARCH's people (codes by date), organisations and armed groups (data/petrarch-actors.json) fill in where the
 * project's files are silent: kb.resolve('Yegor Gaidar', '1992-09-01') // { code: 'RUS', sector: 'GOV', kind: 'person', … }
 */
import { KnowledgeBase } from './kb.js';
import { readKnowledgeFiles } from './load.js';
import { argumentAgentSector, findMentions, type MentionFound } from './matcher.js';
import { words } from './text.js';
import type { OfficeTitle } from './types.js';

export { KnowledgeBase, statusOn } from './kb.js';
export type { Holding, HoldingStatus, Office, OfficeTitle, Person, ResolvedActor, Term } from './types.js';
export type { MentionFound } from './matcher.js';
export { NO_COUNTRY } from './matcher.js';
export type { GeoPlace } from './geo.js';

let cached: KnowledgeBase | null = null;

/** The knowledge base, loaded once per process. */
export function loadKnowledge(): KnowledgeBase {
  cached ??= new KnowledgeBase(readKnowledgeFiles());
  return cached;
}

/**
 * Parses an office title phrase ("former U.S. President", "the German chancellor", "President of France")
 * into the office it names and its qualifier; undefined when the phrase names no known title.
 */
export function parseOfficeTitle(text: string): OfficeTitle | undefined {
  return loadKnowledge().parseOfficeTitle(text)[0];
}

/** Actor mentions in a text on a date (character offsets into `text`). */
export function findActorMentions(text: string, on: string = KnowledgeBase.today(), from = 0, to = text.length): MentionFound[] {
  return findMentions(loadKnowledge(), text, from, to, on);
}

/**
 * The sector of the generic agent a phrase ends with, when an event's parse makes it a party: agentSectorOf('the main
 * opposition party') // 'OPP'; agentSectorOf('teachers') // 'EDU'; agentSectorOf('the city') // null.
 */
export function agentSectorOf(phrase: string): string | null {
  return argumentAgentSector(loadKnowledge(), words(phrase));
}
