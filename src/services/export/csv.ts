/**
 * CSV export of events (RFC 4180: a header row, fields quoted when they hold commas, quotes or line breaks).
 * `date_precision` says how exact `day` is: day, or month / year when the text named only a month or a year
 * (ACLED's time_precision, spelled out); `day` is then the first day of that month or year. It is the last column.
 * Codes are text: CAMEO codes keep their leading zero ("030") and a reader must not take them for numbers, so
 * read the file with the code columns as strings (`CSV_STRING_COLUMNS`): pandas
 * `pd.read_csv(f, dtype={'cameo': str, 'actor': str, 'recipient': str})`, R `read.csv(f, colClasses = c(cameo = "character"))`.
 *
 *   csvHeader() + csvRow(event) // 'uid,day,date,actor,…,evidence,date_precision\r\n"sha256:…#e1",2025-03-18,…,day'
 */
import type { StoredEvent } from '../../store/index.js';

const COLUMNS = ['uid', 'day', 'date', 'actor', 'actor_sector', 'recipient', 'recipient_sector', 'type', 'mode', 'cameo', 'quad', 'goldstein',
  'negated', 'modality', 'confidence', 'source', 'url', 'published', 'document_id', 'cluster_id', 'origin', 'evidence',
  // appended last, so readers of the earlier columns by position are unaffected
  'date_precision'] as const;

/** Columns that hold codes: text, whatever they look like. */
export const CSV_STRING_COLUMNS = ['uid', 'actor', 'actor_sector', 'recipient', 'recipient_sector', 'type', 'mode', 'cameo', 'document_id', 'cluster_id'] as const;

export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(): string {
  return COLUMNS.join(',') + '\r\n';
}

export function csvRow(e: StoredEvent): string {
  const values = [e.uid, e.day, e.date, e.actor[0]?.code, e.actor[0]?.sector, e.recipient[0]?.code, e.recipient[0]?.sector, e.type, e.mode, e.cameo,
    e.quad, e.goldstein, e.negated, e.modality, e.confidence, e.sourceName, e.url, e.published, e.documentId, e.clusterId, e.origin, e.evidenceText, e.datePrecision ?? 'day'];
  return values.map(csvField).join(',') + '\r\n';
}
