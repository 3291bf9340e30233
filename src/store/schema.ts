/**
 * The ledger's tables as Kysely types (one interface per table). Dates are ISO text (YYYY-MM-DD), times are
 * ISO timestamps, JSON columns are text, booleans are 0/1 integers: the same on SQLite and PostgreSQL.
 *
 *   const rows = await db.selectFrom('events').select(['uid', 'type']).where('actor_code', '=', 'RUS').execute();
 */

export interface DocumentsTable {
  id: string;
  title: string;
  published: string | null;
  published_provenance: string;
  date_confidence: number;
  source_kind: string;
  source_uri: string;
  source_name: string | null;
  url: string | null;
  language: string;
  text: string;
  /** JSON of the Document's layers (without tokens, which are re-derived on demand). */
  layers: string;
  errors: string;
  simhash: string;
  sh0: number;
  sh1: number;
  sh2: number;
  sh3: number;
  near_duplicate_of: string | null;
  run_id: string | null;
  ingested_at: string;
}

export interface DocumentActorsTable {
  document_id: string;
  code: string;
  sector: string;
  name: string;
  mentions: number;
}

export interface EventsTable {
  uid: string;
  document_id: string | null;
  event_id: string;
  origin: string;
  sentence: number;
  date: string | null;
  /** The event's date, else its document's publication date, else '0000-00-00': the sort and filter key. */
  day: string;
  /**
   * How exact the date is: 'month' or 'year' when the text dates the event only to a month or a year (`day` is
   * then its first day); NULL for an exact day (every row before migration 20261125T1300 too). Optional in the
   * type so writers that predate it (the benchmark's synthetic ledger) still insert day-precision rows.
   */
  date_precision?: 'month' | 'year' | null;
  /**
   * Where the event happened (migration 20261206T1800), NULL when no text places it. Optional in the type so
   * writers that predate it (the benchmark's synthetic ledger) still insert rows.
   */
  location_name?: string | null;
  location_admin1?: string | null;
  location_admin1_code?: string | null;
  location_country?: string | null;
  location_lat?: number | null;
  location_lon?: number | null;
  location_precision?: 'town' | 'admin1' | 'country' | null;
  location_geoname_id?: number | null;
  type: string;
  mode: string | null;
  context: string;
  cameo: string;
  cameo_root: string;
  quad: number;
  goldstein: number;
  actor_code: string | null;
  actor_sector: string | null;
  recipient_code: string | null;
  recipient_sector: string | null;
  actors: string;
  recipients: string;
  negated: number;
  modality: string;
  confidence: number;
  evidence_start: number;
  evidence_end: number;
  trigger_start: number;
  trigger_end: number;
  evidence_text: string;
  source_name: string | null;
  url: string | null;
  published: string | null;
  cluster_id: string | null;
  extra: string | null;
}

export interface EventClustersTable {
  id: string;
  actor_code: string;
  recipient_code: string;
  type: string;
  first_day: string;
  last_day: string;
  first_event_uid: string;
  first_document_id: string | null;
  first_source: string | null;
  sources_count: number;
  reports_count: number;
  documents_count: number;
}

export interface CommitmentsTable {
  uid: string;
  document_id: string;
  commitment_id: string;
  kind: string;
  by_code: string | null;
  to_code: string | null;
  action: string | null;
  refrain: number;
  scope: string | null;
  announced: string | null;
  starts: string | null;
  ends: string | null;
  duration_days: number | null;
  status: string;
  day: string;
  published: string | null;
  source_name: string | null;
  record: string;
}

export interface ClaimsTable {
  uid: string;
  document_id: string;
  claim_id: string;
  kind: string;
  subject: string;
  verdict: string;
  text: string;
  day: string;
  record: string;
}

export interface VerdictsTable {
  id: string;
  claim_uid: string;
  verdict: string;
  explanation: string;
  evidence: string;
  checked_at: string;
}

export interface SourcesTable {
  uri: string;
  kind: string;
  name: string | null;
  added_at: string;
  last_success_at: string | null;
  last_error_code: string | null;
  last_error: string | null;
  error_count: number;
  next_attempt_at: string | null;
}

export interface IngestRunsTable {
  id: string;
  started_at: string;
  finished_at: string | null;
  sources: string;
  status: string;
  added: number;
  duplicates: number;
  near_duplicates: number;
  failed: number;
  events: number;
}

export interface IngestFailuresTable {
  id: string;
  run_id: string | null;
  source_uri: string;
  item: string | null;
  code: string;
  message: string;
  created_at: string;
}

/**
 * Events per day and date precision (all events, undated ones under '0000-00-00'): the overview trend and the
 * ledger's span. A month-precision event counts under its month's first day with date_precision 'month' (a
 * year one under 1 January, 'year'), so daily series read the 'day' rows only.
 */
export interface EventRollupDaysTable { day: string; date_precision: 'day' | 'month' | 'year'; count: number; cooperation: number; conflict: number; goldstein: number }

/**
 * Events per (actor, recipient) and day, month or year: dyad series, networks for a window and
 * counterparts over time. An unknown actor or recipient is '' (so the key has no NULLs on either dialect).
 * Each table counts only the events its grain can place: pair days day-precision events, pair months day- and
 * month-precision ones, pair years every event.
 */
export interface EventRollupPairDaysTable { day: string; actor_code: string; recipient_code: string; count: number; cooperation: number; conflict: number; goldstein: number }
/** Events per pair and week (the week's Monday, YYYY-MM-DD), day-precision events only, like the pair days. */
export interface EventRollupPairWeeksTable { week: string; actor_code: string; recipient_code: string; count: number; cooperation: number; conflict: number; goldstein: number }
export interface EventRollupPairYearsTable { year: string; actor_code: string; recipient_code: string; count: number; cooperation: number; conflict: number; goldstein: number }
export interface EventRollupPairMonthsTable { month: string; actor_code: string; recipient_code: string; count: number; cooperation: number; conflict: number; goldstein: number }

/** Events per (actor code, PLOVER type, month), each event counted once for every distinct code taking part. */
export interface EventRollupActorTypesTable { month: string; code: string; type: string; count: number }

/** Located events per dimension, year or month, past flag and 1° cell, for the map (see map-rollup.ts). */
export interface EventRollupMapTable {
  dim: string; value: string; grain: string; period: string; past: number; cell_lat: number; cell_lon: number;
  count: number; cooperation: number; conflict: number; lat_sum: number; lon_sum: number; latest_day: string; latest_uid: string;
}

/** Row counts kept with every write: 'documents', 'events', 'commitments', 'claims'. */
export interface LedgerTotalsTable { name: string; value: number }

export interface Database {
  documents: DocumentsTable;
  document_actors: DocumentActorsTable;
  events: EventsTable;
  event_clusters: EventClustersTable;
  commitments: CommitmentsTable;
  claims: ClaimsTable;
  verdicts: VerdictsTable;
  sources: SourcesTable;
  ingest_runs: IngestRunsTable;
  ingest_failures: IngestFailuresTable;
  event_rollup_days: EventRollupDaysTable;
  event_rollup_pair_days: EventRollupPairDaysTable;
  event_rollup_pair_weeks: EventRollupPairWeeksTable;
  event_rollup_pair_months: EventRollupPairMonthsTable;
  event_rollup_pair_years: EventRollupPairYearsTable;
  event_rollup_actor_types: EventRollupActorTypesTable;
  event_rollup_map: EventRollupMapTable;
  ledger_totals: LedgerTotalsTable;
}
