/**
 * The ledger (DESIGN.md §4): the one place that talks SQL. `openStore(url)` opens SQLite (a file path, default
 * ./parley.db) or PostgreSQL (a postgres:// URL), runs pending migrations and returns a `Store`:
 *
 *   const store = await openStore(process.env.PARLEY_DB);            // or openStore('postgres://…')
 *   const [r] = await store.saveDocuments([analysedDoc]);           // one transaction; idempotent
 *   r.status;                                                        // 'added' | 'duplicate' | 'near-duplicate'
 *   const doc = await store.getDocument(r.id);                       // full Document with its layers (tokens not kept)
 *   const page = await store.listEvents({ actor: 'RUS', recipient: 'UKR', from: '2022-03-01' }, { limit: 50 });
 *   const more = await store.listEvents({ actor: 'RUS' }, { cursor: page.nextCursor });   // keyset pages
 *   await store.listClusters({ minSources: 2 }); await store.listCommitments({ by: 'RUS' }); await store.listClaims({ verdict: 'contradicted' });
 *   await store.counts();                                            // { documents, events, clusters, … }
 *   await store.deleteDocuments([r.id]);                             // with its events, commitments, claims
 *   await store.close();
 *
 * Guarantees: saving is transactional (a crash leaves no half-written document) and idempotent (a document's id
 * is the sha256 of its normalised text; saving it again changes nothing). Events, commitments and claims are
 * rows indexed on day, actor, recipient, type and CAMEO root; their uid is `<documentId>#<record id>`.
 * Lists are newest first; `nextCursor` is null on the last page. `store.db` is the Kysely instance the
 * repositories take (e.g. verify.repository.ts): src/services/ passes it to them; the faces use the methods or a service.
 */
import type { Kysely } from 'kysely';
import type { Document } from '../core/types.js';
import { getCluster, listClusters, refreshClusterKeys, type ClusterKey } from './clusters.repository.js';
import { listClaims, listCommitments } from './commitments.repository.js';
import { connect, redact, type ConnectOptions, type StoreKind } from './connect.js';
import { deleteDocuments, existingDocumentIds, getDocument, listDocuments, saveDocuments } from './documents.repository.js';
import { getEvent, importEvents, listEvents, type ImportResult } from './events.repository.js';
import type {
  ClaimFilter, ClusterFilter, CommitmentFilter, DocumentFilter, DocumentSummary, EventFilter, ExternalEvent, LedgerCounts, Page,
  PageRequest, SaveOptions, SaveResult, StoredClaim, StoredCluster, StoredCommitment, StoredEvent,
} from './records.js';
import * as runs from './runs.repository.js';
import { markInterruptedRuns, startHeartbeat } from './runs.liveness.js';
import type { Database } from './schema.js';

export type * from './records.js';
export type { Database } from './schema.js';
export type { ConnectOptions, StoreKind } from './connect.js';
export type { RunTotals, FailureInput } from './runs.repository.js';
export { isPostgresUrl } from './connect.js';

export const DEFAULT_DB = './parley.db';

export interface Store {
  readonly kind: StoreKind;
  /** The address as given (file path or URL with credentials: keep it out of logs). */
  readonly url: string;
  /** The address without its password, for messages. */
  readonly label: string;
  readonly db: Kysely<Database>;

  /** Saves analysed Documents in one transaction; one result per document, in order. */
  saveDocuments(docs: readonly Document[], opts?: SaveOptions): Promise<SaveResult[]>;
  saveDocument(doc: Document, opts?: SaveOptions): Promise<SaveResult>;
  /** Deletes documents and everything derived from them in one transaction (rollups and clusters kept exact). */
  deleteDocuments(ids: readonly string[]): Promise<{ documents: number; events: number }>;
  /** Which of these document ids the ledger already holds (to skip analysing them again). */
  existingDocumentIds(ids: readonly string[]): Promise<Set<string>>;
  getDocument(id: string): Promise<Document | null>;
  listDocuments(filter?: DocumentFilter, page?: PageRequest): Promise<Page<DocumentSummary>>;

  listEvents(filter?: EventFilter, page?: PageRequest): Promise<Page<StoredEvent>>;
  getEvent(uid: string): Promise<StoredEvent | null>;
  /** Imports events from outside the pipeline (GDELT rows); existing uids are skipped. `refreshClusters: false` defers the clusters to `refreshClusters`. */
  importEvents(events: readonly ExternalEvent[], opts?: { refreshClusters?: boolean }): Promise<ImportResult>;
  /** Recomputes these clusters from their events (after imports that deferred it). */
  refreshClusters(keys: readonly ClusterKey[]): Promise<void>;
  listClusters(filter?: ClusterFilter, page?: PageRequest): Promise<Page<StoredCluster>>;
  getCluster(id: string): Promise<StoredCluster | null>;
  listCommitments(filter?: CommitmentFilter, page?: PageRequest): Promise<Page<StoredCommitment>>;
  listClaims(filter?: ClaimFilter, page?: PageRequest): Promise<Page<StoredClaim>>;
  counts(): Promise<LedgerCounts>;

  /** Ingestion runs, failures and per-source back-off (see runs.repository.ts). */
  readonly runs: {
    start(sources: string[]): Promise<string>;
    finish(id: string, totals: runs.RunTotals, status: 'done' | 'failed' | 'queued'): Promise<void>;
    /** Adds a worker's totals to a queued run. */
    add(id: string, totals: runs.RunTotals): Promise<void>;
    get(id: string): ReturnType<typeof runs.getRun>;
    /** The latest runs, newest first; a run whose process died shows as `interrupted`. */
    list(limit?: number): ReturnType<typeof runs.listRuns>;
    recordFailure(f: runs.FailureInput): Promise<void>;
    failures(runId?: string): ReturnType<typeof runs.listFailures>;
    source(uri: string): ReturnType<typeof runs.getSource>;
    isSourceDue(uri: string, now?: Date): Promise<boolean>;
    sourceSucceeded(uri: string, kind: string, name?: string | null): Promise<void>;
    sourceFailed(uri: string, kind: string, code: string, message: string, now?: Date): ReturnType<typeof runs.markSourceFailure>;
  };

  close(): Promise<void>;
}

/**
 * Opens (and migrates) the ledger at `url`: a postgres:// URL, else a SQLite file path; default PARLEY_DB or
 * ./parley.db. A missing SQLite file is created, unless `{ create: false }` (read-only commands such as query
 * and export), where it is DB_UNAVAILABLE "no ledger at PATH".
 */
export async function openStore(url?: string, opts: ConnectOptions = {}): Promise<Store> {
  const address = url || process.env.PARLEY_DB || DEFAULT_DB;
  const { db, kind } = await connect(address, opts);
  // A run left `running` by a killed process is marked interrupted (best effort: a busy ledger tries next time).
  await markInterruptedRuns(db).catch(() => undefined);
  const heartbeats = new Map<string, () => void>();
  const stopBeat = (id: string) => {
    heartbeats.get(id)?.();
    heartbeats.delete(id);
  };
  return {
    kind,
    url: address,
    label: redact(address),
    db,
    saveDocuments: (docs, opts) => saveDocuments(db, kind, docs, opts),
    saveDocument: async (doc, opts) => (await saveDocuments(db, kind, [doc], opts))[0]!,
    deleteDocuments: (ids) => deleteDocuments(db, kind, ids),
    existingDocumentIds: (ids) => existingDocumentIds(db, ids),
    getDocument: (id) => getDocument(db, id),
    listDocuments: (filter = {}, page) => listDocuments(db, filter, page),
    listEvents: (filter = {}, page) => listEvents(db, filter, page),
    getEvent: (uid) => getEvent(db, uid),
    importEvents: (events, opts) => importEvents(db, kind, events, opts),
    refreshClusters: (keys) => refreshClusterKeys(db, kind, keys),
    listClusters: (filter = {}, page) => listClusters(db, filter, page),
    getCluster: (id) => getCluster(db, id),
    listCommitments: (filter = {}, page) => listCommitments(db, filter, page),
    listClaims: (filter = {}, page) => listClaims(db, filter, page),
    counts: () => counts(db),
    runs: {
      start: async (sources) => {
        const id = await runs.startRun(db, sources);
        heartbeats.set(id, startHeartbeat(db, id));
        return id;
      },
      finish: (id, totals, status) => {
        stopBeat(id);
        return runs.finishRun(db, id, totals, status);
      },
      add: (id, totals) => runs.addToRun(db, id, totals),
      get: (id) => runs.getRun(db, id),
      list: async (limit) => {
        await markInterruptedRuns(db).catch(() => undefined);
        return runs.listRuns(db, limit);
      },
      recordFailure: (f) => runs.recordFailure(db, f),
      failures: (runId) => runs.listFailures(db, runId),
      source: (uri) => runs.getSource(db, uri),
      isSourceDue: (uri, now) => runs.isSourceDue(db, uri, now),
      sourceSucceeded: (uri, k, name) => runs.markSourceSuccess(db, uri, k, name),
      sourceFailed: (uri, k, code, message, now) => runs.markSourceFailure(db, uri, k, code, message, now),
    },
    close: () => {
      for (const id of [...heartbeats.keys()]) stopBeat(id);
      return db.destroy();
    },
  };
}

async function counts(db: Kysely<Database>): Promise<LedgerCounts> {
  const n = async (q: { executeTakeFirstOrThrow(): Promise<{ n: unknown }> }) => Number((await q.executeTakeFirstOrThrow()).n);
  const all = <T extends keyof Database>(t: T) => db.selectFrom(t as keyof Database).select((eb) => eb.fn.countAll().as('n'));
  return {
    documents: await n(all('documents')),
    nearDuplicates: await n(all('documents').where('near_duplicate_of', 'is not', null)),
    events: await n(db.selectFrom('events').select((eb) => eb.fn.countAll().as('n')).where('origin', '=', 'parley')),
    gdeltEvents: await n(db.selectFrom('events').select((eb) => eb.fn.countAll().as('n')).where('origin', '=', 'gdelt')),
    clusters: await n(all('event_clusters')),
    commitments: await n(all('commitments')),
    claims: await n(all('claims')),
    sources: await n(all('sources')),
    failures: await n(all('ingest_failures')),
  };
}
