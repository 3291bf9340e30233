/**
 * GDELT 1.0 event rows (58 tab-separated columns, no header, as in the daily exports), so GDELT tools read
 * Parley's ledger unchanged.
 * - Rows Parley imported from GDELT go out as they came in (GLOBALEVENTID, actor attributes, NumMentions,
 *   NumSources, NumArticles, AvgTone, the three Geo blocks, DATEADDED, SOURCEURL); a GDELT 2.0 row is written in
 *   the 1.0 layout (its ADM2 columns dropped, DATEADDED cut to the day).
 * - Coded events: GLOBALEVENTID is a stable number derived from the uid; NumMentions/NumSources/NumArticles come
 *   from the event's cluster (reports, distinct sources, documents); ActionGeo from the event's location (FIPS
 *   country codes, as GDELT 1.0 writes them); tone is left empty. Actor codes are split as CAMEO does: a country or
 *   region in CountryCode, an organisation in KnownGroupCode (NATO is NAT), an ethnic group (lower case) in
 *   EthnicCode, the sector in Type1Code; an unknown country (`---`) leaves them empty.
 * - FractionDate is GDELT's own ((month - 1) * 30 + day) / 365 added to the year.
 * GDELT has no date-precision field, so an event dated only to a month has the month's first day as SQLDATE (its
 * MonthYear and Year are exact), one dated only to a year 1 January; the jsonl, csv and plover exports say which.
 *
 *   toGdeltRow(event, cluster) // '738201955331\t20250318\t202503\t2025\t2025.1644\tUSAGOV\t…'
 */
import { createHash } from 'node:crypto';
import type { ActorRef, EventLocation } from '../../core/types.js';
import { fipsOf } from '../../ontology/geo-codes.js';
import type { StoredCluster, StoredEvent } from '../../store/index.js';

export function globalEventId(uid: string): string {
  return String(parseInt(createHash('sha256').update(uid).digest('hex').slice(0, 12), 16));
}

/** GDELT's FractionDate: 2006-07-31 -> 2006.5781. */
export function fractionDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return (y + ((m - 1) * 30 + d) / 365).toFixed(4);
}

/** CAMEO known-group codes where Parley writes an organisation under another code. */
const KNOWN_GROUP: Record<string, string> = { NATO: 'NAT' };
/** CAMEO type codes for PLOVER sectors spelled differently (PLOVER JRN is CAMEO MED; PLOVER MED is CAMEO HLH). */
const CAMEO_TYPE: Record<string, string> = { JRN: 'MED', MED: 'HLH', PRM: 'UAF', SOC: 'NGO' };
/** Codes that CAMEO files as a country or region (besides ISO countries). */
const CAMEO_REGIONS = new Set(['AFR', 'ASA', 'BLK', 'CAS', 'CAU', 'CFR', 'CRB', 'EAF', 'EEU', 'EUR', 'LAM', 'MEA', 'MDT', 'NAF', 'NMR', 'PGS', 'SAF', 'SAM', 'SAS', 'SEA', 'SCN', 'WAF', 'WST']);
/** CAMEO codes for kinds of actors with no country (they go to Type1Code). */
const CAMEO_KINDS = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'UIS']);

function actorColumns(a: ActorRef | undefined): string[] {
  const empty = ['', '', '', '', '', '', '', '', '', ''];
  if (!a || a.code === '---' && !a.sector) return empty;
  const type = a.sector ? CAMEO_TYPE[a.sector] ?? a.sector : '';
  const name = (a.name ?? '').toUpperCase();
  let country = '', group = '', ethnic = '', kind = '';
  if (/^[a-z]{3}$/.test(a.code)) ethnic = a.code;
  else if (CAMEO_KINDS.has(a.code)) kind = a.code;
  else if (KNOWN_GROUP[a.code] || (a.code.length !== 3 && a.code !== '---')) group = KNOWN_GROUP[a.code] ?? a.code;
  else if (a.code !== '---' && (fipsOf(a.code) || CAMEO_REGIONS.has(a.code))) country = a.code;
  else if (a.code !== '---') group = a.code;
  const types = [kind, type].filter(Boolean);
  const code = (country || group || ethnic) + types.join('');
  return [code, name, country, group, ethnic, '', '', types[0] ?? '', types[1] ?? '', ''];
}

/** ActionGeo_* (7 columns) from an event's location: Type 1 country, 4 world city, 5 world state (admin1). */
function geoColumns(loc: EventLocation | undefined): string[] {
  if (!loc?.country) return ['0', '', '', '', '', '', ''];
  const fips = fipsOf(loc.country);
  const type = loc.precision === 'town' ? '4' : loc.precision === 'admin1' ? '5' : '1';
  const full = [loc.precision === 'country' ? '' : loc.name, loc.precision === 'town' ? loc.admin1 ?? '' : ''].filter(Boolean).join(', ');
  return [type, full || loc.name, fips, loc.precision === 'country' ? fips : '', loc.lat !== undefined ? String(loc.lat) : '', loc.lon !== undefined ? String(loc.lon) : '', loc.geonameId ? String(loc.geonameId) : ''];
}

/** The original columns of an imported GDELT row in the 1.0 layout, or null when the row was stored without them. */
export function importedColumns(e: StoredEvent): string[] | null {
  const cols = e.extra?.columns;
  if (!Array.isArray(cols) || !cols.every((c) => typeof c === 'string')) return null;
  const c = cols as string[];
  if (c.length === 58) return c;
  if (c.length === 57) return [...c, e.url ?? ''];
  if (c.length === 61) {
    // 2.0: each Geo block has an ADM2Code after ADM1Code (columns 39, 47, 55); DATEADDED has the time of day.
    const v1 = c.filter((_, i) => i !== 39 && i !== 47 && i !== 55);
    v1[56] = v1[56]!.slice(0, 8);
    return v1;
  }
  return null;
}

function num(v: unknown): string {
  return typeof v === 'number' && Number.isFinite(v) ? String(v) : typeof v === 'string' ? v : '';
}

export function toGdeltRow(e: StoredEvent, cluster: StoredCluster | null): string {
  const original = e.origin === 'gdelt' ? importedColumns(e) : null;
  if (original) return original.map((c) => c.replace(/[\t\r\n]/g, ' ')).join('\t') + '\n';
  const day = e.day === '0000-00-00' ? '' : e.day;
  const [y, m] = day ? day.split('-') : ['', ''];
  const x = e.origin === 'gdelt' ? e.extra ?? {} : null;
  const counts = x
    ? [num(x.NumMentions) || '1', num(x.NumSources) || '1', num(x.NumArticles) || '1', num(x.AvgTone)]
    : [String(cluster?.reportsCount ?? 1), String(cluster?.sourcesCount ?? 1), String(cluster?.documentsCount ?? 1), ''];
  const actionGeo = x?.ActionGeo_FullName
    ? ['4', String(x.ActionGeo_FullName), String(x.ActionGeo_CountryCode ?? ''), '', '', '', '']
    : geoColumns(e.location);
  const cols = [
    x?.GLOBALEVENTID ? String(x.GLOBALEVENTID) : globalEventId(e.uid), day.replace(/-/g, ''), day ? `${y}${m}` : '', y ?? '', day ? fractionDate(day) : '',
    ...actorColumns(e.actor[0]), ...actorColumns(e.recipient[0]),
    x ? num(x.IsRootEvent) || '0' : e.sentence === 0 ? '1' : '0', e.cameo, e.cameo.slice(0, 3), e.cameo.slice(0, 2), String(e.quad), String(e.goldstein),
    ...counts,
    '0', '', '', '', '', '', '', '0', '', '', '', '', '', '', ...actionGeo,
    x?.DATEADDED ? String(x.DATEADDED).slice(0, 8) : (e.published ?? day).replace(/-/g, ''), e.url ?? '',
  ];
  return cols.map((c) => c.replace(/[\t\r\n]/g, ' ')).join('\t') + '\n';
}
