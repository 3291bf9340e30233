/**
 * GDELT 1.0-style event rows (58 tab-separated columns, no header, as in the daily exports), so GDELT tools
 * read Parley's ledger. NumMentions/NumSources/NumArticles come from the event's cluster (reports, distinct
 * sources, documents); geography and tone are left empty; GLOBALEVENTID is a stable number derived from the uid.
 * GDELT has no date-precision field and its SQLDATE is always a full day, so the format is kept: an event dated
 * only to a month has the month's first day as SQLDATE (its MonthYear and Year are exact), one dated only to a
 * year 1 January. Take the jsonl, csv or plover export to tell them apart (date_precision).
 *
 *   toGdeltRow(event, cluster) // '738201955331\t20250318\t202503\t2025\t2025.2110\tUSAGOV\t…'
 */
import { createHash } from 'node:crypto';
import type { ActorRef } from '../../core/types.js';
import type { StoredCluster, StoredEvent } from '../../store/index.js';

export function globalEventId(uid: string): string {
  return String(parseInt(createHash('sha256').update(uid).digest('hex').slice(0, 12), 16));
}

function actorColumns(a: ActorRef | undefined): string[] {
  if (!a) return ['', '', '', '', '', '', '', '', '', ''];
  const isCountry = /^[A-Z]{3}$/.test(a.code);
  return [a.code + (a.sector ?? ''), (a.name ?? '').toUpperCase(), isCountry ? a.code : '', isCountry ? '' : a.code, '', '', '', a.sector ?? '', '', ''];
}

export function toGdeltRow(e: StoredEvent, cluster: StoredCluster | null): string {
  const day = e.day === '0000-00-00' ? '' : e.day;
  const [y, m, d] = day ? day.split('-') : ['', '', ''];
  const fraction = day ? (Number(y) + (Number(m) * 30 + Number(d)) / 365).toFixed(4) : '';
  const cameo = e.cameo;
  const cols = [
    globalEventId(e.uid), day.replace(/-/g, ''), day ? `${y}${m}` : '', y ?? '', fraction,
    ...actorColumns(e.actor[0]), ...actorColumns(e.recipient[0]),
    e.sentence === 0 ? '1' : '0', cameo, cameo.slice(0, 3), cameo.slice(0, 2), String(e.quad), String(e.goldstein),
    String(cluster?.reportsCount ?? 1), String(cluster?.sourcesCount ?? 1), String(cluster?.documentsCount ?? 1), '',
    '0', '', '', '', '', '', '', '0', '', '', '', '', '', '', '0', '', '', '', '', '', '',
    (e.published ?? day).replace(/-/g, ''), e.url ?? '',
  ];
  return cols.map((c) => c.replace(/[\t\r\n]/g, ' ')).join('\t') + '\n';
}
