/**
 * The JSON shapes the REST API answers with, shared by the server (src/api) and the dashboard (src/web).
 * Types only: the OpenAPI document (openapi.ts) describes the same shapes for other clients.
 *
 *   const page: Page<EventItem> = await (await fetch('/api/events?actor=USA')).json();
 */
import type { EventLocation } from '../core/types.js';

export interface ApiErrorBody { error: { code: string; message: string; hint: string } }

export interface Page<T> { items: T[]; nextCursor: string | null }

export interface ActorRefDto { code: string; sector?: string; name?: string; id?: string }

export interface DocumentSummary {
  id: string;
  title: string;
  published: string | null;
  source: { kind: string; uri: string; name?: string };
}

/** One coded event with the document it came from and the sentence that evidences it. */
export interface EventItem {
  /** The event's id inside its document (what the article view highlights). */
  id: string;
  /** Ledger-wide id: `<documentId>#<id>`. */
  uid: string;
  /** null for events imported from GDELT rows, which have no document. */
  documentId: string | null;
  documentTitle: string;
  published: string | null;
  sourceName: string | null;
  url: string | null;
  origin: string;
  clusterId: string | null;
  type: string;
  mode: string | null;
  cameo: string;
  quad: number;
  goldstein: number;
  actor: ActorRefDto[];
  recipient: ActorRefDto[];
  date: string | null;
  /**
   * How exact `date` is (ACLED's time precision): 'day', or 'month' / 'year' when the source named only a
   * month or a year — `date` is then its first day, to show as "Feb 2025" or "2025", never as a day.
   */
  datePrecision: DatePrecision;
  negated: boolean;
  modality: string;
  confidence: number;
  evidenceText: string;
  /** Where the event happened, when the text names the place (or the GDELT row's ActionGeo); absent otherwise. */
  location?: EventLocationDto;
}

/** Matching events per day for a timeline filter: over the newest 20,000 matches at most (`capped` says there are more). */
export interface EventCounts { total: number; capped: boolean; days: { day: string; count: number }[]; undated: number }

/** One place on the map: the events located there (for the filter), split by cooperation and conflict, and the latest one. */
export interface MapPlace {
  lat: number; lon: number; name: string; country: string | null; precision: string;
  count: number; cooperation: number; conflict: number;
  latest: { documentId: string | null; eventId: string; day: string };
}

/** The map for a filter: places with events, from the newest `read` located events (`capped`: the ledger holds more). */
export interface MapView { places: MapPlace[]; read: number; capped: boolean }

/** An actor found by name or code: countries and organisations from the knowledge base, and codes the ledger uses. */
export interface ActorHit { code: string; name: string; kind: 'country' | 'organisation' | 'actor'; events: number; matched: string }

export type DatePrecision = 'day' | 'month' | 'year';

/** A town (with coordinates and GeoNames id), a first-level region or only the country (ISO3) of an event. */
export type EventLocationDto = Omit<EventLocation, 'span'>;

export interface Counts { documents: number; events: number; commitments: number; claims: number }

/** Events per period split by cooperation (quad 1-2) and conflict (quad 3-4), with the Goldstein sum. */
export interface TrendPoint { period: string; count: number; cooperation: number; conflict: number; goldstein: number }

/** Events dated only to a month ('2025-02') or a year ('2025') that a trend of the interval cannot place in a period. */
export interface CoarsePoint { period: string; precision: 'month' | 'year'; count: number; cooperation: number; conflict: number; goldstein: number }

export interface Overview {
  counts: Counts;
  /** The last day the overview counts as past (today): later-dated events (plans, targets) are left out of `latestEvents` and the trend. */
  today: string;
  /** Events dated after `today` (climate targets for 2050, scheduled talks), not drawn. */
  future: number;
  latestEvents: EventItem[];
  interval: Interval;
  /** Daily and weekly trends count exact days only; a monthly one also the events dated only to a month. */
  trend: TrendPoint[];
  /** The window's events the trend leaves out (month-precision ones from days and weeks, year-precision always), to show apart. */
  outsideTrend: CoarsePoint[];
}

export type Interval = 'day' | 'week' | 'month';

export interface DyadSeries { a: string; b: string; interval: Interval; points: TrendPoint[] }

export interface Counterpart { code: string; name?: string; count: number; cooperation: number; conflict: number; goldstein: number }

export interface ActorProfile {
  code: string;
  /** The actor's name from the knowledge base ("Russia"), null for a code it does not know. */
  name: string | null;
  names: string[];
  eventCount: number;
  interval: Interval;
  counterparts: Counterpart[];
  series: { counterpart: string; points: TrendPoint[] }[];
  topTypes: { type: string; count: number }[];
}

export interface NetworkNode { id: string; count: number; name?: string }
export interface NetworkEdge { source: string; target: string; count: number; cooperation: number; conflict: number; goldstein: number }
export interface NetworkGraph { from: string | null; to: string | null; nodes: NetworkNode[]; edges: NetworkEdge[]; /** Relations in the window before `limit` kept the strongest. */ totalEdges: number }

export interface SpanText { start: number; end: number; text: string }

export interface CitationDto { documentId: string; published: string | null; source?: string; quote: string }

export interface Violation {
  date: string | null;
  violator: ActorRefDto[];
  accuser: ActorRefDto[];
  /** Ledger event uids the violation rests on. */
  events: string[];
  /** alleged (one side says so), corroborated (two or more independent sources) or denied. */
  standing: string;
  sources: number;
  explanation: string;
  evidence: CitationDto[];
}

export interface CommitmentItem {
  id: string;
  documentId: string;
  documentTitle: string;
  kind: string;
  by: ActorRefDto[];
  to: ActorRefDto[];
  action: string | null;
  refrain: boolean;
  scope: string | null;
  starts: string | null;
  ends: string | null;
  durationDays: number | null;
  conditions: string[];
  /** Status as of the board's date (proposed, announced, active, extended, expired, withdrawn, collapsed, rejected). */
  status: string;
  /** in-force, announced, extended, expired, lapsed (open-ended, not reported again for 365 days), withdrawn, collapsed. */
  lifecycle: string;
  /** not-yet-due, kept, unverified (ended, outcome unknown), violated or disputed. */
  compliance: string;
  daysLeft: number | null;
  explanation: string;
  evidenceText: string;
  /** Articles reporting the commitment (merged across the ledger); lists show the first three of `citationCount`. */
  citations: CitationDto[];
  citationCount?: number;
  /** Violations on record; lists carry the latest three of `violationCount`. */
  violations: Violation[];
  violationCount?: number;
}

/** The board's columns, as the `status` parameter names them. */
export type BoardStatus = 'in-force' | 'expiring' | 'expired' | 'violated' | 'other';

export interface CommitmentBoard {
  asOf: string;
  soonDays: number;
  inForce: CommitmentItem[];
  expiringSoon: CommitmentItem[];
  expired: CommitmentItem[];
  violated: CommitmentItem[];
  other: CommitmentItem[];
}

/** The board as GET /api/commitments/board answers: each column's first `limit` cards, its size in `counts`, and the cursor of its next page (GET /api/commitments?status=…) in `next`. */
export interface BoardPage extends CommitmentBoard { limit: number; counts: Record<BoardStatus, number>; next: Record<BoardStatus, string | null> }

/** A page of commitments (one board column with `status`, or all of them). */
export interface CommitmentPage { asOf: string; items: CommitmentItem[]; nextCursor: string | null; total: number }

export interface ClaimEvidenceDto { kind: string; ref?: string; documentId?: string; eventId?: string; note?: string }

export interface ClaimItem {
  id: string;
  documentId: string;
  kind: string;
  text: string;
  span: { start: number; end: number };
  subject: string;
  asserted: Record<string, string | undefined>;
  verdict: 'supported' | 'contradicted' | 'unverified';
  explanation: string;
  evidence: ClaimEvidenceDto[];
}

/** A document with its text and every span layer, for the article view. */
export interface ArticleView {
  document: DocumentSummary;
  text: string;
  sentences: { start: number; end: number }[];
  actors: (SpanText & { code: string; sector?: string; name?: string; kind: string; office?: string })[];
  times: (SpanText & { date?: string; precision?: DatePrecision; durationDays?: number })[];
  events: (Pick<EventItem, 'id' | 'type' | 'mode' | 'cameo' | 'quad' | 'goldstein' | 'actor' | 'recipient' | 'date' | 'negated' | 'modality' | 'confidence'> & { datePrecision: DatePrecision | null } & { evidence: { start: number; end: number; trigger: { start: number; end: number } } })[];
  commitments: {
    id: string; kind: string; by: ActorRefDto[]; to: ActorRefDto[]; action: string | null; refrain: boolean; scope: string | null;
    starts: string | null; ends: string | null; durationDays: number | null; conditions: string[]; status: string;
    evidence: { start: number; end: number }[];
  }[];
  claims: ClaimItem[];
}

export interface CheckResult { article: ArticleView; summary: Record<'supported' | 'contradicted' | 'unverified', number> }

export interface IngestResult { added: number; skipped: number; failed: { source: string; code: string; message: string }[]; documentIds: string[] }

export interface ClusterItem {
  id: string; actor: string; recipient: string; type: string; firstDay: string; lastDay: string;
  firstEventUid: string; firstDocumentId: string | null; firstSource: string | null;
  sourcesCount: number; reportsCount: number; documentsCount: number;
}
