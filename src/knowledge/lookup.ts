/**
 * What the mention matcher reads of the knowledge base: the phrase trie and its hits, people, offices and terms.
 * `KnowledgeBase` (kb.ts) implements it; matcher.ts, person-names.ts and fallback.ts take this shape, so that the
 * knowledge files import one way (kb -> matcher -> lookup), never in a circle.
 *
 *   const hit = kb.trie.longest(ws, i);                  // kb: KnowledgeLookup
 *   hit?.values.find((h) => h.t === 'person')            // { t: 'person', key: 'Q567' }
 */
import type { OfficialsIndex } from './officials.js';
import type { PetrarchIndex } from './petrarch.js';
import type { Gazetteer } from './places.js';
import type { PhraseTrie } from './trie.js';
import type { Holding, Office, Person, Term } from './types.js';

/** One value the phrase trie holds for a phrase: a country name, an organisation, an office title or a person. */
export type Hit =
  | { t: 'country'; code: string; form: 'name' | 'demonym' | 'capital' | 'seat' | 'city'; sector?: string }
  | { t: 'org'; code: string; sector?: string; kind: 'organisation' | 'group' | 'person' | 'place'; name: string; id?: string; periods?: Array<{ from: string; sector: string }>; platform?: boolean; shared?: boolean }
  | { t: 'sector'; sector: string; title?: string }
  | { t: 'person'; key: string };

/** The knowledge base as the matcher sees it (all of it lives in `KnowledgeBase`). */
export interface KnowledgeLookup {
  readonly trie: PhraseTrie<Hit>;
  /** title key ("prime minister") -> offices carrying that title */
  readonly titleIndex: ReadonlyMap<string, Office[]>;
  readonly termsByOffice: ReadonlyMap<string, Term[]>;
  readonly termsByPerson: ReadonlyMap<string, Term[]>;
  readonly people: ReadonlyMap<string, Person>;
  readonly modifiers: ReadonlySet<string>;
  /** States that no longer exist -> the first day they did not ("SUN" -> "1991-12-26"). */
  readonly formerStates: ReadonlyMap<string, string>;
  /** Nouns of what a group holds ("positions"): "rebel positions" names the rebels. */
  readonly ownedNouns: ReadonlySet<string>;
  /** Head nouns of a state institution, singular bodies ("government") and plural members ("officials"). */
  readonly institutionNouns: { readonly bodies: ReadonlySet<string>; readonly members: ReadonlySet<string>; readonly nonState: ReadonlySet<string>; readonly legal: ReadonlyMap<string, ReadonlySet<string>> };
  /** Participles after "COUNTRY-": `own` makes the actor the country's ("Russian-appointed"), `proxy` someone it backs ("Kremlin-backed"). */
  readonly countryCompounds: { readonly own: ReadonlySet<string>; readonly proxy: ReadonlySet<string> };
  /** one-word name key ("johnson") -> the people it names alone */
  readonly oneWordNames: ReadonlyMap<string, Set<string>>;
  readonly officials: OfficialsIndex;
  readonly petrarch: PetrarchIndex;
  readonly places: Gazetteer;
  readonly givenNames: ReadonlySet<string>;
  firstNamesOf(key: string): ReadonlySet<string>;
  goesBy(nameKey: string, key: string): boolean;
  isProminent(key: string): boolean;
  rankPeople(keys: readonly string[], on: string): string[];
  holdingOf(key: string, on: string, titleKey?: string): Holding | null;
  sectorOf(office: string): string;
  officesFor(code: string, titleKey: string): Office[];
}
