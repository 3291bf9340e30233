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
  id: string;
  documentId: string;
  documentTitle: string;
  published: string | null;
  sourceUri: string;
  type: string;
  mode: string | null;
  cameo: string;
  quad: number;
  goldstein: number;
  actor: ActorRefDto[];
  recipient: ActorRefDto[];
  date: string | null;
  negated: boolean;
  modality: string;
  confidence: number;
  evidenceText: string;
}

export interface Counts { documents: number; events: number; commitments: number; claims: number }

/** Events per period split by cooperation (quad 1-2) and conflict (quad 3-4), with the Goldstein sum. */
export interface TrendPoint { period: string; count: number; cooperation: number; conflict: number; goldstein: number }

export interface Overview {
  counts: Counts;
  latestEvents: EventItem[];
  interval: Interval;
  trend: TrendPoint[];
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

export interface Violation {
  eventId: string;
  documentId: string;
  date: string | null;
  type: string;
  evidenceText: string;
  /** How firmly the record holds the violation: asserted by the source, reported second-hand, or denied. */
  standing: string;
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
  /** Status as of the board's date. */
  status: string;
  evidenceText: string;
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
  times: (SpanText & { date?: string; durationDays?: number })[];
  events: (Omit<EventItem, 'documentId' | 'documentTitle' | 'published' | 'sourceUri' | 'evidenceText'> & { evidence: { start: number; end: number; trigger: { start: number; end: number } } })[];
  commitments: (Omit<CommitmentItem, 'documentId' | 'documentTitle' | 'evidenceText' | 'violations'> & { evidence: { start: number; end: number }[] })[];
  claims: ClaimItem[];
}

export interface CheckResult { article: ArticleView; summary: Record<'supported' | 'contradicted' | 'unverified', number> }

export interface IngestResult { added: number; skipped: number; failed: { source: string; code: string; message: string }[]; documentIds: string[] }

export interface ClusterItem { id: string; label: string; size: number; documentIds: string[]; from: string | null; to: string | null }
