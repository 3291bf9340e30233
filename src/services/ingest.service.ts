/**
 * Ingestion: reads sources (src/ingest/sources), skips documents the ledger already holds, analyses the new
 * ones on all cores (src/ingest/pool), and saves them in transactional batches (src/store). Failures are
 * recorded with their error code and the run goes on; a failing feed or URL backs off (see runs.repository.ts)
 * and is skipped until it is due again, unless `force`. Re-running the same sources adds nothing.
 *
 *   const summary = await ingestSources(store, ['news.jsonl'], { allowHosts: [] });
 *   // { added: 3783, duplicates: 0, nearDuplicates: 41, failed: 0, failuresByCode: {}, events: 9120, … }
 */
import { asParleyError, type ParleyError } from '../core/errors.js';
import type { Document } from '../core/types.js';
import type { IngestItem, SourceContext } from '../ingest/items.js';
import { createAnalysisPool, type AnalysisPool } from '../ingest/pool/analysis-pool.js';
import { isUrl, readSources } from '../ingest/sources/index.js';
import type { ClusterKey } from '../store/clusters.repository.js';
import type { Store } from '../store/index.js';

export interface IngestOptions extends SourceContext {
  /** Documents per transaction (default 32). */
  batchSize?: number;
  /** Analysis threads (default: one per core). */
  threads?: number;
  /** An existing pool to reuse (the caller closes it). */
  pool?: AnalysisPool;
  /** Fetch feeds/URLs even while they back off. */
  force?: boolean;
  onProgress?: (p: IngestTotals) => void;
  /** Where standard input comes from (tests). */
  stdin?: NodeJS.ReadableStream;
}

export interface IngestTotals {
  /** Items handled so far (documents, failures, imported event rows). */
  seen: number;
  added: number;
  duplicates: number;
  nearDuplicates: number;
  failed: number;
  failuresByCode: Record<string, number>;
  /** Each failure with where it happened (the first MAX_FAILURE_DETAILS; `failed` counts them all). */
  failures: FailureDetail[];
  events: number;
  gdeltEvents: number;
  gdeltDuplicates: number;
}

/** One failed item: the file/URL, the line number when the source is line-based (JSONL, GDELT), the error. */
export interface FailureDetail {
  source: string;
  line: number | null;
  /** Where inside the source when it is not a line ("record 2", a feed item's URL); null otherwise. */
  item: string | null;
  code: string;
  message: string;
  hint: string;
}

/** Failures kept with their details in a summary (memory stays bounded on a huge bad file). */
export const MAX_FAILURE_DETAILS = 1000;

export interface IngestSummary extends IngestTotals {
  runId: string;
  /** Feeds/URLs skipped because they are backing off, with the time they are due. */
  backingOff: { uri: string; due: string }[];
  seconds: number;
}

export function emptyTotals(): IngestTotals {
  return { seen: 0, added: 0, duplicates: 0, nearDuplicates: 0, failed: 0, failuresByCode: {}, failures: [], events: 0, gdeltEvents: 0, gdeltDuplicates: 0 };
}

export async function ingestSources(store: Store, specs: readonly string[], opts: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const runId = await store.runs.start([...specs]);
  const pool = opts.pool ?? createAnalysisPool(opts.threads);
  const totals = emptyTotals();
  const backingOff: IngestSummary['backingOff'] = [];
  const due: string[] = [];
  for (const spec of specs) {
    if (isUrl(spec) && !opts.force && !(await store.runs.isSourceDue(spec))) {
      backingOff.push({ uri: spec, due: (await store.runs.source(spec))?.next_attempt_at ?? '' });
    } else due.push(spec);
  }
  const batchSize = opts.batchSize ?? 32;
  let batch: Document[] = [];
  const flush = async () => {
    const docs = batch;
    batch = [];
    await storeDocuments(store, pool, docs, runId, totals);
    opts.onProgress?.(totals);
  };
  const clusters: PendingClusters = new Map();
  try {
    for await (const item of readSources(due, opts, opts.stdin)) {
      if (item.kind === 'document') {
        batch.push(item.doc);
        if (batch.length >= batchSize) await flush();
      } else {
        await handleOther(store, item, runId, totals, clusters);
        opts.onProgress?.(totals);
      }
    }
    if (batch.length) await flush();
    await store.refreshClusters([...clusters.values()]);
    await store.runs.finish(runId, totals, 'done');
  } catch (err) {
    await store.refreshClusters([...clusters.values()]).catch(() => undefined);
    await store.runs.finish(runId, totals, 'failed').catch(() => undefined);
    throw err;
  } finally {
    if (!opts.pool) await pool.close();
  }
  return { ...totals, runId, backingOff, seconds: (performance.now() - started) / 1000 };
}

/** Skips known documents, analyses the rest and saves them in one transaction; adds to `totals`. */
export async function storeDocuments(store: Store, pool: AnalysisPool, docs: Document[], runId: string | null, totals: IngestTotals): Promise<void> {
  totals.seen += docs.length;
  const unique = new Map<string, Document>();
  for (const d of docs) {
    if (unique.has(d.id)) totals.duplicates++;
    else unique.set(d.id, d);
  }
  const known = await store.existingDocumentIds([...unique.keys()]);
  totals.duplicates += known.size;
  const fresh = [...unique.values()].filter((d) => !known.has(d.id));
  if (!fresh.length) return;
  let results: Awaited<ReturnType<Store['saveDocuments']>>;
  try {
    results = await store.saveDocuments(await pool.analyse(fresh), { runId });
  } catch {
    // One document broke the batch (a thread that died twice on it, a value the ledger refused): alone, each
    // document either is saved or becomes its own recorded failure; its neighbours are never lost.
    results = [];
    for (const doc of fresh) {
      try {
        results.push(...(await store.saveDocuments(await pool.analyse([doc]), { runId })));
      } catch (err) {
        const error = asParleyError(err);
        countFailure(totals, error, doc.source.uri);
        await store.runs.recordFailure({ runId, sourceUri: doc.source.uri, item: null, code: error.fullCode, message: error.message });
      }
    }
  }
  for (const r of results) {
    if (r.status === 'duplicate') totals.duplicates++;
    else {
      totals.added++;
      totals.events += r.events;
      if (r.status === 'near-duplicate') totals.nearDuplicates++;
    }
  }
}

/** Clusters touched by imported events whose refresh waits for the end of the run, by key. */
export type PendingClusters = Map<string, ClusterKey>;

/**
 * Handles everything but a document. Imported events go in at once; with `clusters` given, their clusters are
 * collected there for one refresh at the end (`store.refreshClusters`) instead of one per chunk.
 */
export async function handleOther(store: Store, item: Exclude<IngestItem, { kind: 'document' }>, runId: string | null, totals: IngestTotals, clusters?: PendingClusters): Promise<void> {
  if (item.kind === 'events') {
    const r = await store.importEvents(item.events, { refreshClusters: !clusters });
    if (clusters) for (const k of r.clusterKeys ?? []) clusters.set(`${k.actor}|${k.recipient}|${k.type}|${k.day}`, k);
    totals.seen += item.events.length;
    totals.gdeltEvents += r.added;
    totals.gdeltDuplicates += r.duplicates;
  } else if (item.kind === 'failure') {
    totals.seen++;
    countFailure(totals, item.error, item.source, item.item);
    await store.runs.recordFailure({ runId, sourceUri: item.source, item: item.item ?? null, code: item.error.fullCode, message: item.error.message });
    if (item.sourceKind) await store.runs.sourceFailed(item.source, item.sourceKind, item.error.fullCode, item.error.message);
  } else {
    await store.runs.sourceSucceeded(item.source, item.sourceKind, item.name ?? null);
  }
}

export function countFailure(totals: IngestTotals, error: ParleyError, source: string, item?: string): void {
  totals.failed++;
  totals.failuresByCode[error.fullCode] = (totals.failuresByCode[error.fullCode] ?? 0) + 1;
  if (totals.failures.length < MAX_FAILURE_DETAILS) totals.failures.push(failureDetail(error, source, item));
}

/**
 * The failure as data: `line` parsed from an item such as "line 12", and the message without the
 * "<source> line 12:" prefix the readers put in front (the printer adds the place back in one format).
 *
 *   failureDetail(new ParleyError('INPUT_BAD_GDELT', 'line 3: 12 columns; …'), 'x.tsv', 'line 3')
 *   // { source: 'x.tsv', line: 3, item: null, code: 'PARLEY_E_INPUT_BAD_GDELT', message: '12 columns; …', hint: … }
 */
export function failureDetail(error: ParleyError, source: string, item?: string): FailureDetail {
  const lineMatch = item ? /^line (\d+)$/.exec(item) : null;
  const line = lineMatch ? Number(lineMatch[1]) : null;
  let message = error.message;
  const prefixes = [item ? `${source} ${item}:` : null, `${source}:`, item ? `${item}:` : null].filter((p): p is string => !!p);
  for (const p of prefixes) if (message.startsWith(p)) message = message.slice(p.length).trimStart();
  if (message.startsWith(`${source} `)) message = message.slice(source.length + 1);
  return { source, line, item: line === null ? item ?? null : null, code: error.fullCode, message, hint: error.hint };
}

/**
 * One line per failure, the CLI error format with the place in front:
 * `error PARLEY_E_INPUT_BAD_GDELT: x.tsv:line 3: 12 columns; … (hint: …)`.
 */
export function formatFailure(f: FailureDetail): string {
  const where = `${f.source}${f.line !== null ? `:line ${f.line}` : ''}${f.item ? ` (${f.item})` : ''}`;
  return `error ${f.code}: ${where}: ${f.message} (hint: ${f.hint})`;
}
