/**
 * What sources produce for the ingest service: a Document to analyse and store, a chunk of imported events
 * (GDELT), a feed/URL that was read, or a failure (error code + where: a line number, an item URL). Failures are data: the run goes on.
 *
 *   for await (const item of readSources(['news.jsonl', 'https://example.org/feed'], ctx)) …
 */
import type { ParleyError } from '../core/errors.js';
import type { Document } from '../core/types.js';
import type { ExternalEvent } from '../store/records.js';
import type { HostGate } from './polite.js';

export type IngestItem =
  | { kind: 'document'; doc: Document; source: string; item?: string }
  | { kind: 'events'; events: ExternalEvent[]; source: string }
  | { kind: 'failure'; error: ParleyError; source: string; item?: string; /** set when a feed/URL failed as a whole */ sourceKind?: 'feed' | 'url' }
  /** A feed or URL was read successfully (clears its back-off). */
  | { kind: 'source'; source: string; sourceKind: 'feed' | 'url'; name?: string | null };

export interface SourceContext {
  /** Hosts allowed even when private/loopback (tests' local servers). */
  allowHosts: readonly string[];
  /** Publication date to use when a document has none (from --date). */
  date?: string;
  /** Fetch retries for transient failures of feeds and URLs (default 2, i.e. 3 attempts). */
  retries?: number;
  /** First retry delay in ms, doubled each time (default 500). */
  retryDelayMs?: number;
  timeoutMs?: number;
  /** Pages a feed may fetch for its summary-only items (default 50). */
  maxPageFetches?: number;
  /** Per-host spacing and concurrency (default: the process-wide gate). */
  gate?: HostGate;
}
