/**
 * CSV export of events (RFC 4180: a header row, fields quoted when they hold commas, quotes or line breaks).
 *
 *   csvHeader() + csvRow(event) // 'uid,day,date,actor,…\r\n"sha256:…#e1",2025-03-18,…'
 */
import type { StoredEvent } from '../../store/index.js';

const COLUMNS = ['uid', 'day', 'date', 'actor', 'actor_sector', 'recipient', 'recipient_sector', 'type', 'mode', 'cameo', 'quad', 'goldstein',
  'negated', 'modality', 'confidence', 'source', 'url', 'published', 'document_id', 'cluster_id', 'origin', 'evidence'] as const;

export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(): string {
  return COLUMNS.join(',') + '\r\n';
}

export function csvRow(e: StoredEvent): string {
  const values = [e.uid, e.day, e.date, e.actor[0]?.code, e.actor[0]?.sector, e.recipient[0]?.code, e.recipient[0]?.sector, e.type, e.mode, e.cameo,
    e.quad, e.goldstein, e.negated, e.modality, e.confidence, e.sourceName, e.url, e.published, e.documentId, e.clusterId, e.origin, e.evidenceText];
  return values.map(csvField).join(',') + '\r\n';
}
