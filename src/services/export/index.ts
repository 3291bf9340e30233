/**
 * `parley export`: streams the ledger in one of five formats, a page at a time (oldest first):
 *   jsonl        the records as stored (events by default, with datePrecision; `what` = documents gives Analysis JSON, parley.analysis/1)
 *   plover       PLOVER event records, one per line (date_precision: day, month or year); types outside PLOVER's 16 are left out
 *   gdelt        GDELT 1.0-style 58-column TSV rows (no precision field: a month-only date is the 1st as SQLDATE)
 *   csv          events as CSV with a header (a date_precision column)
 *   claimreview  schema.org ClaimReview JSON-LD (a JSON array) for every contradicted claim (supported ones with
 *                `includeSupported`, all with `includeUnverified`). The appearance carries the
 *                article's http(s) URL when it has one, never a local file path.
 *
 *   await exportLedger(store, { format: 'csv', filter: { actor: 'RUS' } }, (s) => process.stdout.write(s));
 */
import { publicUrl, reviewed, toClaimReview } from '../../verify/claimreview.js';
import { ParleyError } from '../../core/errors.js';
import type { EventFilter, StoredCluster, Store } from '../../store/index.js';
import { toAnalysis } from '../analysis.js';
import { allPages } from '../query.service.js';
import { csvHeader, csvRow } from './csv.js';
import { toGdeltRow } from './gdelt.js';
import { toPlover } from './plover.js';

export const EXPORT_FORMATS = ['jsonl', 'plover', 'gdelt', 'csv', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_WHAT = ['events', 'documents', 'commitments', 'claims', 'clusters'] as const;
export type ExportWhat = (typeof EXPORT_WHAT)[number];

export interface ExportRequest {
  format: ExportFormat;
  what?: ExportWhat;
  filter?: EventFilter;
  /** claimreview: also export supported claims (contradicted ones only by default). */
  includeSupported?: boolean;
  /** claimreview: also export supported and unverified claims. */
  includeUnverified?: boolean;
}

/** The document's public address: its source URI when that is an http(s) URL, else null (files, stdin, JSONL ids). */
export { publicUrl } from '../../verify/claimreview.js';

type Write = (chunk: string) => void | Promise<void>;

/** Writes the export; returns the number of records written. */
/**
 * The records an export holds: `what` when given, else events (claims for ClaimReview). Only JSONL exports records
 * other than events and claims: any other pairing is a usage error (thrown before anything is written, so the API
 * can still answer 400).
 */
export function exportedRecords(format: ExportFormat, what?: ExportWhat, code: 'USAGE' | 'BAD_REQUEST' = 'USAGE'): ExportWhat {
  const natural: ExportWhat = format === 'claimreview' ? 'claims' : 'events';
  const records = what ?? natural;
  if (format !== 'jsonl' && records !== natural) throw new ParleyError(code, `format ${format} exports ${natural}; use format jsonl for ${records}`);
  return records;
}

export async function exportLedger(store: Store, req: ExportRequest, write: Write): Promise<number> {
  const filter = req.filter ?? {};
  const what = exportedRecords(req.format, req.what);
  let n = 0;
  const range = { ...(filter.from ? { from: filter.from } : {}), ...(filter.to ? { to: filter.to } : {}) };
  switch (req.format) {
    case 'jsonl':
      if (what === 'events') for await (const e of allPages((p) => store.listEvents(filter, p))) { await write(JSON.stringify(e) + '\n'); n++; }
      else if (what === 'clusters') for await (const c of allPages((p) => store.listClusters({ ...range, ...(filter.actor ? { actor: filter.actor } : {}), ...(filter.recipient ? { recipient: filter.recipient } : {}), ...(filter.type ? { type: filter.type } : {}) }, p))) { await write(JSON.stringify(c) + '\n'); n++; }
      else if (what === 'commitments') for await (const c of allPages((p) => store.listCommitments({ ...(filter.from ? { from: filter.from } : {}), ...(filter.to ? { until: filter.to } : {}), ...(filter.actor ? { by: filter.actor } : {}) }, p))) { await write(JSON.stringify(c) + '\n'); n++; }
      else if (what === 'claims') for await (const c of allPages((p) => store.listClaims(range, p))) { await write(JSON.stringify(c) + '\n'); n++; }
      else for await (const d of allPages((p) => store.listDocuments({ ...range, ...(filter.source ? { source: filter.source } : {}), ...(filter.actor ? { actor: filter.actor } : {}) }, p))) {
        const doc = await store.getDocument(d.id);
        if (doc) { await write(JSON.stringify(toAnalysis(doc)) + '\n'); n++; }
      }
      return n;
    case 'plover':
      for await (const e of allPages((p) => store.listEvents(filter, p))) {
        const record = toPlover(e);
        if (record) { await write(JSON.stringify(record) + '\n'); n++; }
      }
      return n;
    case 'csv':
      await write(csvHeader());
      for await (const e of allPages((p) => store.listEvents(filter, p))) { await write(csvRow(e)); n++; }
      return n;
    case 'gdelt': {
      const clusters = new Map<string, StoredCluster | null>();
      for await (const e of allPages((p) => store.listEvents(filter, p))) {
        let cluster: StoredCluster | null = null;
        if (e.clusterId) {
          if (!clusters.has(e.clusterId)) clusters.set(e.clusterId, await store.getCluster(e.clusterId));
          cluster = clusters.get(e.clusterId) ?? null;
        }
        await write(toGdeltRow(e, cluster));
        n++;
      }
      return n;
    }
    case 'claimreview': {
      await write('[');
      for await (const c of allPages((p) => store.listClaims(range, p))) {
        if (!reviewed(c.verdict, { supported: req.includeSupported, unverified: req.includeUnverified })) continue;
        const doc = await store.getDocument(c.documentId);
        const review = toClaimReview({ ...c, text: c.quote }, { title: doc?.title ?? '', published: doc?.published ?? null, url: publicUrl(doc?.source.uri) ?? '', outlet: doc?.source.name ?? null, documentId: c.documentId });
        await write((n ? ',\n' : '\n') + JSON.stringify(review));
        n++;
      }
      await write('\n]\n');
      return n;
    }
  }
}
