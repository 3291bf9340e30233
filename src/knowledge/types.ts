/**
 * Shapes of the knowledge base: offices, terms in office (holdings), people and resolved actors.
 *
 *   const h: Holding = { person: 'Angela Merkel', personId: 'Q567', office: 'Chancellor of Germany', country: 'DEU',
 *                        start: '2005-11-22', end: '2021-12-08', status: 'former', source: '…' };
 */
import type { ActorKind } from '../core/types.js';

export type HoldingStatus = 'current' | 'former' | 'future';

/** One term of one person in one office, with its status on the date asked about. */
export interface Holding {
  person: string;
  personId: string | null;
  office: string;
  country: string;
  start: string;
  end: string | null;
  status: HoldingStatus;
  source: string;
  /** For open terms (end null): the last day the sources confirm the person in office; later the status is unverified. */
  verifiedUntil?: string;
}

/** A term as stored (no status: that depends on the date asked about). */
export type Term = Omit<Holding, 'status'>;

export interface Office {
  office: string;
  country: string;
  role: string;
  sector: string;
  titles?: string[];
  csv?: string[];
}

export interface Person {
  /** Wikidata Q id, when known for sure. */
  id?: string;
  name: string;
  aliases: string[];
  /** For people known without a term in office (spokespeople, generals, group leaders). */
  code?: string;
  sector?: string;
  role?: string;
  source?: string;
}

export interface ResolvedActor {
  code: string;
  sector?: string;
  kind: ActorKind;
  name?: string;
  office?: string;
  id?: string;
  /** Status on the date asked about of the office named, for people. */
  status?: HoldingStatus;
}

export interface OfficeTitle {
  /** Canonical office label, when the phrase names a country's office we know. */
  office?: string;
  country?: string;
  role?: string;
  qualifier?: 'former' | 'current';
  /** The title words as written, e.g. "President". */
  title: string;
}
