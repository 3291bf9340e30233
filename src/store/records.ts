/**
 * What the ledger hands back: the pipeline's records (EventRecord, CommitmentRecord, ClaimRecord) plus where
 * they live (uid, document, day, source), filters for the list queries, and cursor pages.
 *
 *   const page: Page<StoredEvent> = await store.listEvents({ actor: 'RUS', from: '2022-03-01' }, { limit: 20 });
 *   const next = await store.listEvents({ actor: 'RUS' }, { cursor: page.nextCursor! });
 */
import type { ClaimRecord, CommitmentRecord, DateProvenance, EventRecord, SourceRef } from '../core/types.js';

/** Moved to core (the reader builds them, the ledger stores them); named here too as part of the store's contract. */
export type { ExternalEvent } from '../core/types.js';
export type { StoredCluster } from '../core/clusters.js';

export interface PageRequest {
  /** 1..1000, default 50. */
  limit?: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string | null;
  /** Newest first by default. */
  order?: 'asc' | 'desc';
}

export interface Page<T> { items: T[]; nextCursor: string | null }

export interface DateRange {
  /** Inclusive ISO date. */
  from?: string;
  /** Inclusive ISO date. */
  to?: string;
}

export interface EventFilter extends DateRange {
  /** Actor country/IGO code (e.g. RUS); `actorSector` narrows to a sector (GOV, MIL …). */
  actor?: string;
  actorSector?: string;
  recipient?: string;
  recipientSector?: string;
  /** PLOVER type, e.g. ASSAULT. */
  type?: string;
  /** CAMEO root, two digits, e.g. "18". */
  cameoRoot?: string;
  /** The outlet (source name, e.g. "BBC") or host. */
  source?: string;
  /** Case-insensitive words in the evidence sentence. */
  text?: string;
  documentId?: string;
  clusterId?: string;
  /** `parley` (coded from documents) or `gdelt` (imported). */
  origin?: 'parley' | 'gdelt';
  /** How exact the date is: 'day' (also every event stored before precision was recorded), 'month' or 'year'. */
  precision?: 'day' | 'month' | 'year';
  /** Leave out events dated after the report that carries them (forecasts, plans, targets: "by 2050"). */
  pastOnly?: boolean;
  /** ISO3 country of the event's location (where it happened, not who took part). */
  country?: string;
}

export interface StoredEvent extends EventRecord {
  /** Always set on stored events: 'day' unless the text dated the event only to a month or a year. */
  datePrecision: 'day' | 'month' | 'year';
  uid: string;
  documentId: string | null;
  origin: 'parley' | 'gdelt';
  /** The event date, else its report's publication date (the sort key). */
  day: string;
  published: string | null;
  sourceName: string | null;
  url: string | null;
  clusterId: string | null;
  evidenceText: string;
  /** Extra columns of imported records (GDELT: GLOBALEVENTID, NumMentions, NumSources, AvgTone …). */
  extra: Record<string, unknown> | null;
}

export interface ClusterFilter extends DateRange {
  actor?: string;
  recipient?: string;
  type?: string;
  /** Only clusters reported by at least this many distinct sources. */
  minSources?: number;
}

/** Note: for commitments `to` is the recipient's code; the date range is `from` .. `until`. */
export interface CommitmentFilter {
  /** Code of a party that made the commitment. */
  by?: string;
  /** Code of the party it was made to. */
  to?: string;
  /** Inclusive ISO dates on the commitment's day (announced, else starts, else published). */
  from?: string;
  until?: string;
  kind?: string;
  status?: string;
  documentId?: string;
  source?: string;
  text?: string;
}

export interface StoredCommitment extends CommitmentRecord {
  uid: string;
  documentId: string;
  /** announced, else starts, else the publication date. */
  day: string;
  published: string | null;
  sourceName: string | null;
  /** The evidence sentences quoted from the document. */
  quotes: string[];
}

export interface ClaimFilter extends DateRange {
  verdict?: string;
  kind?: string;
  subject?: string;
  documentId?: string;
  text?: string;
}

export interface StoredClaim extends ClaimRecord {
  uid: string;
  documentId: string;
  day: string;
  /** The claim's words quoted from the document. */
  quote: string;
}

export interface DocumentFilter extends DateRange {
  source?: string;
  text?: string;
  /** Documents naming this actor code. */
  actor?: string;
  /** true: only near-duplicates; false: only originals. */
  nearDuplicate?: boolean;
}

export interface DocumentSummary {
  id: string;
  title: string;
  published: string | null;
  publishedProvenance: DateProvenance;
  publishedConfidence: number;
  source: SourceRef;
  url: string | null;
  nearDuplicateOf: string | null;
  ingestedAt: string;
}

export interface SaveOptions {
  runId?: string | null;
}

export type SaveStatus = 'added' | 'duplicate' | 'near-duplicate';

export interface SaveResult {
  id: string;
  status: SaveStatus;
  /** For near-duplicates: the document it copies. */
  nearDuplicateOf?: string;
  events: number;
}

export interface LedgerCounts {
  documents: number;
  nearDuplicates: number;
  events: number;
  gdeltEvents: number;
  clusters: number;
  commitments: number;
  claims: number;
  sources: number;
  failures: number;
}
