/**
 * The record: one `Document` flows through the pipeline and components add span layers to it.
 * Every annotation is a span of character offsets into `document.text`, never a copy.
 *
 *   const doc = createDocument({ text, title: 'Call', published: '2025-03-19', source: { kind: 'file', uri: 'a.txt' } });
 *   doc.layers.sentences // [{ start: 0, end: 120 }] once the `sentences` component ran
 */

export interface Span { start: number; end: number }

export type SourceKind = 'file' | 'url' | 'feed' | 'jsonl' | 'stdin' | 'text' | 'gdelt' | 'example';

export interface SourceRef { kind: SourceKind; uri: string; name?: string }

/** Where the publication date came from and how sure we are of it. */
export type DateProvenance = 'user' | 'header' | 'json-ld' | 'meta' | 'time' | 'url' | 'feed' | 'record' | 'none';

export interface Token extends Span {
  /** Universal POS tag from wink-nlp (NOUN, VERB, PROPN, ADP, …). */
  pos: string;
  /** Lower-cased lemma. */
  lemma: string;
  /** Lower-cased surface form. */
  norm: string;
  /** Index of the sentence holding the token. */
  sentence: number;
  /** True when wink-nlp marks the token as negated. */
  negated: boolean;
}

export type ActorKind = 'country' | 'person' | 'organisation' | 'group' | 'place' | 'sector';

/** A compact actor reference as carried on events and commitments. */
export interface ActorRef {
  code: string;
  sector?: string;
  name?: string;
  id?: string;
}

export interface ActorMention extends Span, ActorRef {
  text?: string;
  kind: ActorKind;
  office?: string;
  sentence: number;
}

export interface TimeMention extends Span {
  text?: string;
  /** ISO date (YYYY-MM-DD) the expression points at, when it names a point in time. */
  date?: string;
  precision?: 'day' | 'month' | 'year';
  /** Length in days, when the expression is a duration ("for 30 days"). */
  durationDays?: number;
  sentence: number;
}

export type Modality = 'asserted' | 'future' | 'hypothetical' | 'reported' | 'requested' | 'denied';

export interface EventRecord {
  id: string;
  sentence: number;
  type: string;
  mode?: string | null;
  context?: string[];
  cameo: string;
  quad: number;
  goldstein: number;
  actor: ActorRef[];
  recipient: ActorRef[];
  date: string | null;
  negated: boolean;
  modality: Modality;
  evidence: Span & { trigger: Span };
  confidence: number;
}

export type CommitmentKind = 'pledge' | 'ceasefire' | 'demand' | 'threat' | 'agreement' | 'ultimatum';
export type CommitmentStatus = 'proposed' | 'active' | 'expired' | 'kept' | 'violated' | 'withdrawn' | 'collapsed' | 'extended';

export interface CommitmentRecord {
  id: string;
  kind: CommitmentKind;
  by: ActorRef[];
  to: ActorRef[];
  mediators?: ActorRef[];
  action: string | null;
  refrain: boolean;
  scope: string | null;
  announced?: string | null;
  starts: string | null;
  ends: string | null;
  durationDays: number | null;
  conditions: string[];
  status: CommitmentStatus;
  evidence: Span[];
  sentence: number;
}

export type ClaimVerdict = 'supported' | 'contradicted' | 'unverified';

export interface ClaimEvidence {
  kind: 'knowledge' | 'ledger';
  ref?: string;
  documentId?: string;
  eventId?: string;
  note?: string;
}

export interface ClaimRecord {
  id: string;
  kind: 'role' | 'event-date' | 'commitment-date';
  text: string;
  span: Span;
  sentence: number;
  subject: string;
  asserted: Record<string, string | undefined>;
  verdict: ClaimVerdict;
  explanation: string;
  evidence: ClaimEvidence[];
}

export interface Layers {
  sentences?: Span[];
  tokens?: Token[];
  actors?: ActorMention[];
  times?: TimeMention[];
  events?: EventRecord[];
  commitments?: CommitmentRecord[];
  claims?: ClaimRecord[];
}

export type LayerName = keyof Layers;

export interface ComponentError { component: string; code: string; message: string }

export interface Document {
  /** `sha256:` + hex digest of the normalised text. */
  id: string;
  title: string;
  /** Publication date, ISO YYYY-MM-DD, or null when unknown. */
  published: string | null;
  publishedProvenance: DateProvenance;
  source: SourceRef;
  language: 'en';
  text: string;
  layers: Layers;
  errors: ComponentError[];
  timings: Record<string, number>;
}
