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
  /** Lower-cased surface form, typographic apostrophes as plain ones ("n’t" -> "n't"). */
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
  /**
   * 'coref' when the actor was named by a pronoun resolved to an earlier mention ("He agreed …" -> Putin); 'place' for
   * the country an attack or arrest reached, known from where it happened ("Russian shelling in the Sumy region" -> UKR);
   * 'article' for the other side of an attack naming one, from the war the article's other attacks report ("Kyiv was
   * shelled overnight" in an article of Russian attacks on Ukraine -> RUS).
   */
  via?: 'coref' | 'place' | 'article';
  /** For via 'coref': where the antecedent (the mention the pronoun stands for) is in the text. */
  antecedent?: Span;
  /** For via 'coref' on event actors and recipients: where the pronoun is in the text. */
  pronoun?: Span;
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
  /**
   * How exact `date` is (ACLED's time precision): 'day', or 'month'/'year' when the text names only a month or a year
   * ("in February": the date is then the first day of it). Absent on records from before this field (read as 'day').
   */
  datePrecision?: 'day' | 'month' | 'year';
  negated: boolean;
  modality: Modality;
  evidence: Span & { trigger: Span };
  confidence: number;
  /** For pledges, demands, threats, appeals and refusals: the action they are about ("refrain from attacks"). */
  action?: EventAction;
  /** Where the event happened, when the sentence or the article names the place ("in Gitega province"). */
  location?: EventLocation;
}

/**
 * The place an event happened, like GDELT's ActionGeo and PLOVER's event_loc. `precision` says how exact it is:
 * a town or city (with coordinates), an administrative region (admin1: province, oblast, governorate), or only
 * the country. `span` is where the text names the place, absent when the place comes from the article's
 * dateline or an earlier sentence.
 */
export interface EventLocation {
  /** The place as named, in its gazetteer form ("Kafr Nabl", "Gitega", "Kharkiv"). */
  name: string;
  /** First-level administrative region when known ("Idlib Governorate", "Gitega Province"). */
  admin1?: string;
  /** Its GeoNames admin1 code ("SY.12"); with the FIPS country code it is GDELT's ADM1Code ("SY12"). */
  admin1Code?: string;
  /** ISO 3166 alpha-3 country code, or null when the place has none (the high seas). */
  country: string | null;
  lat?: number;
  lon?: number;
  precision: 'town' | 'admin1' | 'country';
  /** GeoNames id of the place when it comes from the gazetteer. */
  geonameId?: number;
  span?: Span;
}

/** An event from outside the pipeline (a GDELT row) to import as-is. */
export interface ExternalEvent {
  uid: string;
  day: string;
  type: string;
  cameo: string;
  quad: number;
  goldstein: number;
  actor: ActorRef[];
  recipient: ActorRef[];
  sourceName: string | null;
  url: string | null;
  published: string | null;
  evidenceText: string;
  extra: Record<string, unknown>;
  /** Where it happened (a GDELT row's ActionGeo), when the row says. */
  location?: EventLocation;
}

/**
 * One token's place in its sentence's Universal Dependencies tree, parallel to `layers.tokens`
 * (deps[i] belongs to tokens[i]). Heads index `layers.tokens` (document-wide), -1 for the root of a sentence.
 * A pipeline may parse only the sentences that can hold what it reads (an event's trigger and party): the tokens
 * of a sentence it skipped carry `UNPARSED` (head -1, rel '').
 */
export interface Dependency {
  head: number;
  /** UD relation with its subtype: nsubj, obj, iobj, obl, nsubj:pass, obl:agent, ccomp, xcomp, acl:relcl, conj, …; '' when not parsed. */
  rel: string;
  /** The parser's own UPOS tag for the token (it may differ from wink's `pos`). */
  upos: string;
}

/** The embedded action of a frame event: "pledge to refrain from attacks" -> { type: 'ASSAULT', refrain: true }. */
export interface EventAction {
  type: string;
  cameo: string;
  /** True when the actor is to stop or refrain from the action rather than do it. */
  refrain: boolean;
  trigger: Span;
}

export type CommitmentKind = 'pledge' | 'ceasefire' | 'demand' | 'threat' | 'agreement' | 'ultimatum';
export type CommitmentStatus = 'proposed' | 'active' | 'expired' | 'kept' | 'violated' | 'withdrawn' | 'collapsed' | 'extended' | 'rejected' | 'announced';

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
  /** Parties that vouch for the commitment (e.g. a mediator that guarantees a truce). */
  guarantors?: ActorRef[];
  /** Unilateral/bilateral/multilateral, verbal/written, when the text says so. */
  form?: CommitmentForm;
  /** The objects the scoped action bears on ("energy infrastructure", "Black Sea shipping"). */
  objects?: string[];
  /** The object of the act in the article's words when `scope` names it by a canonical object ("weapons for Ukraine" for "arms supplies"). */
  scopeWords?: string;
  /** How the commitment may be extended ("renewable by mutual consent"), when stated. */
  extension?: string | null;
  /** What this mention reports about the commitment: its announcement, or a later turn in its life. */
  phase?: CommitmentPhase;
  /** For phase accused-violation / denied-violation: who accuses, who is accused (default: `by`). */
  accuser?: ActorRef[];
  accused?: ActorRef[];
  /** Date of the violation an accusation or denial is about, when the text gives one. */
  violationDate?: string | null;
  /** Ids of the events (same document) the commitment was read from. */
  events?: string[];
  /** Quotes with their source and date; a merged commitment carries one per reporting article. */
  citations?: CommitmentCitation[];
  /** Violations found in the ledger (see src/pipeline/commitments/violations.ts). */
  violations?: ViolationRecord[];
  /** Compliance as of the status date: outcomes, not intentions. */
  compliance?: CommitmentCompliance;
  /** Later turns in the commitment's life gathered by merging (extended, withdrawn, collapsed, accused, denied). */
  turns?: CommitmentTurn[];
  /** For a proposal (phase 'proposed'): the parties that rejected or refused it. A rejected proposal is never in force. */
  rejectedBy?: ActorRef[];
  /** Conditions that must be met before the commitment takes effect ("only after sanctions are lifted"); until then it is not in force. */
  inForceOnlyIf?: string[];
  /** When the text gives the duration in hours ("a 30-hour truce"): the hours; `durationDays` stays the rounded whole days. */
  durationHours?: number;
}

/** One later report about a commitment: its date, what happened and who said so. */
export interface CommitmentTurn {
  phase: CommitmentPhase;
  /** When it happened (or, failing that, when it was reported). */
  date: string | null;
  /** New end date for an extension, when known. */
  ends?: string | null;
  /** Extra days for an extension ("extended by 30 days"). */
  durationDays?: number | null;
  accuser?: ActorRef[];
  accused?: ActorRef[];
  citation?: CommitmentCitation;
}

export interface CommitmentForm {
  parties?: 'unilateral' | 'bilateral' | 'multilateral';
  medium?: 'verbal' | 'written';
}

/** announced/proposed/agreed start a commitment's life; the others report a later turn in it. */
export type CommitmentPhase =
  | 'proposed' | 'announced' | 'agreed' | 'extended' | 'withdrawn' | 'collapsed' | 'expired'
  | 'accused-violation' | 'denied-violation';

/** `unverified`: the window ended and nothing the ledger can see says whether it was kept (a pledge to deliver, a demand). */
export type CommitmentCompliance = 'not-yet-due' | 'kept' | 'unverified' | 'violated' | 'disputed';

export interface CommitmentCitation {
  documentId: string;
  published: string | null;
  source?: string;
  quote: string;
  span?: Span;
}

export type ViolationStanding = 'alleged' | 'corroborated' | 'denied';

export interface ViolationRecord {
  date: string | null;
  violator: ActorRef[];
  accuser: ActorRef[];
  /** Ledger event ids the violation rests on. */
  events: string[];
  standing: ViolationStanding;
  /** Number of independent sources reporting the violating event(s). */
  sources: number;
  evidence: CommitmentCitation[];
  explanation: string;
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
  /** The event the claim is about (event-date claims) or sits in (role claims judged on that event's date). */
  event?: ClaimEvent;
}

export interface ClaimEvent {
  /** PLOVER type, e.g. CONSULT. */
  type: string;
  mode?: string | null;
  /** The words naming it ("phone call"). */
  noun: string;
  participants: ActorRef[];
}

export interface Layers {
  sentences?: Span[];
  tokens?: Token[];
  /** The dependency tree of every sentence (component `syntax`), parallel to `tokens`. */
  deps?: Dependency[];
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
  /** How sure the date is, 0..1 (user 1, JSON-LD 0.95, meta 0.9, feed 0.8, <time> 0.7, URL 0.6, none 0). */
  publishedConfidence?: number;
  source: SourceRef;
  /** ISO 639-1 code of the text's language ('en' unless the `language` component finds otherwise). */
  language: string;
  text: string;
  layers: Layers;
  errors: ComponentError[];
  timings: Record<string, number>;
}

/** One article's report of a commitment, as the ledger holds it (merged across reports by analysis/). */
export interface CommitmentReport {
  commitment: CommitmentRecord;
  documentId: string;
  published: string | null;
  source?: string | null;
  /** The evidence sentence(s) as text. */
  quote?: string;
}

/** An event as the commitment rules read it from the ledger (violations, occasions). */
export interface LedgerEvent {
  id: string;
  documentId: string;
  /** Outlet or feed name; independent sources are counted by it (by document when absent). */
  source?: string | null;
  published?: string | null;
  date: string | null;
  type: string;
  actor: ActorRef[];
  recipient: ActorRef[];
  negated?: boolean;
  modality?: string;
  /** The evidence sentence. */
  text?: string;
}
