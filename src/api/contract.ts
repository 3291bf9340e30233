/**
 * The JSON shapes the REST API answers with, shared by the server (src/api) and the dashboard (src/web).
 * Types only: the OpenAPI document (openapi.ts) describes the same shapes for other clients.
 *
 *   const page: Page<EventItem> = await (await fetch('/api/events?actor=USA')).json();
 */

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

export type DatePrecision = 'day' | 'month' | 'year';

/** A town (with coordinates and GeoNames id), a first-level region or only the country (ISO3) of an event. */
export interface EventLocationDto {
  name: string;
  admin1?: string;
  admin1Code?: string;
  country: string | null;
  lat?: number;
  lon?: number;
  precision: 'town' | 'admin1' | 'country';
  geonameId?: number;
}

export interface Counts { documents: number; events: number; commitments: number; claims: number }

/** Events per period split by cooperation (quad 1-2) and conflict (quad 3-4), with the Goldstein sum. */
export interface TrendPoint { period: string; count: number; cooperation: number; conflict: number; goldstein: number }

/** Events dated only to a month ('2025-02') or a year ('2025') that a trend of the interval cannot place in a period. */
export interface CoarsePoint { period: string; precision: 'month' | 'year'; count: number; cooperation: number; conflict: number; goldstein: number }

export interface Overview {
  counts: Counts;
  latestEvents: EventItem[];
  interval: Interval;
  /** Daily and weekly trends count exact days only; a monthly one also the events dated only to a month. */
  trend: TrendPoint[];
  /** The window's events the trend leaves out (month-precision ones from days and weeks, year-precision always), to show apart. */
  outsideTrend: CoarsePoint[];
}

export type Interval = 'day' | 'week' | 'month';

export interface DyadSeries { a: string; b: string; interval: Interval; points: TrendPoint[] }

export interface Counterpart { code: string; count: number; cooperation: number; conflict: number; goldstein: number }

export interface ActorProfile {
  code: string;
  names: string[];
  eventCount: number;
  interval: Interval;
  counterparts: Counterpart[];
  series: { counterpart: string; points: TrendPoint[] }[];
  topTypes: { type: string; count: number }[];
}

export interface NetworkNode { id: string; count: number }
export interface NetworkEdge { source: string; target: string; count: number; cooperation: number; conflict: number; goldstein: number }
export interface NetworkGraph { from: string | null; to: string | null; nodes: NetworkNode[]; edges: NetworkEdge[] }

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
  /** in-force, announced, extended, expired, withdrawn, collapsed. */
  lifecycle: string;
  /** not-yet-due, kept, violated or disputed. */
  compliance: string;
  daysLeft: number | null;
  explanation: string;
  evidenceText: string;
  /** Articles reporting the commitment (merged across the ledger). */
  citations: CitationDto[];
  violations: Violation[];
}

export interface CommitmentBoard {
  asOf: string;
  soonDays: number;
  inForce: CommitmentItem[];
  expiringSoon: CommitmentItem[];
  expired: CommitmentItem[];
  violated: CommitmentItem[];
  other: CommitmentItem[];
}

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
