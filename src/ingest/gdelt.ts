/**
 * GDELT event exports -> ledger events with their own provenance (origin "gdelt"). Reads GDELT 1.0 daily
 * exports (57 columns, or 58 with SOURCEURL) and GDELT 2.0 exports (61 columns); the version is decided per
 * row by its column count. Malformed rows are reported with their line number and the import goes on; a
 * byte-order mark, CRLF or CR-only line ends and UTF-16 are read as in any other line-based input.
 * Actor codes are the CAMEO country (or known group) code plus the first type code as sector; the PLOVER
 * type is derived from the CAMEO root so imported and coded events cluster together. The row's columns are kept
 * (`extra.columns`), so the GDELT export writes the row back unchanged.
 *
 *   for await (const row of readGdelt('20160728.export.tsv')) row.ok ? events.push(row.event) : report(row.line, row.error);
 */
import { createReadStream } from 'node:fs';
import { isIsoDate, isNewsDate } from '../core/dates.js';
import { ParleyError } from '../core/errors.js';
import type { ActorRef, ExternalEvent } from '../core/types.js';
import { hostOf } from '../core/urls.js';
import { CAMEO_ROOT_TO_PLOVER } from '../ontology/index.js';
import { readLines } from './lines.js';

export type GdeltRow = { ok: true; line: number; event: ExternalEvent } | { ok: false; line: number; error: ParleyError };

interface Layout { version: '1.0' | '2.0'; actionGeo: number; dateAdded: number; url: number | null }

const LAYOUTS: Record<number, Layout> = {
  57: { version: '1.0', actionGeo: 49, dateAdded: 56, url: null },
  58: { version: '1.0', actionGeo: 49, dateAdded: 56, url: 57 },
  61: { version: '2.0', actionGeo: 51, dateAdded: 59, url: 60 },
};

/** True when the first line looks like a GDELT event row (or its header). */
export function looksLikeGdelt(firstLine: string): boolean {
  const cols = firstLine.split('\t');
  return Boolean(LAYOUTS[cols.length]) && (/^\d+$/.test(cols[0]!) || cols[0] === 'GLOBALEVENTID') && (cols[0] === 'GLOBALEVENTID' || /^\d{8}$/.test(cols[1]!));
}

export function parseGdeltLine(text: string, line: number): GdeltRow | null {
  if (!text.trim()) return null;
  const c = text.replace(/\r$/, '').split('\t');
  if (c[0] === 'GLOBALEVENTID') return null;
  const bad = (msg: string): GdeltRow => ({ ok: false, line, error: new ParleyError('INPUT_BAD_GDELT', `line ${line}: ${msg}`) });
  const layout = LAYOUTS[c.length];
  if (!layout) return bad(`${c.length} columns; GDELT 1.0 rows have 57 or 58, GDELT 2.0 rows 61`);
  const id = c[0]!;
  if (!/^\d+$/.test(id)) return bad(`GLOBALEVENTID "${id.slice(0, 20)}" is not a number`);
  const sqlDate = c[1]!;
  const day = `${sqlDate.slice(0, 4)}-${sqlDate.slice(4, 6)}-${sqlDate.slice(6, 8)}`;
  if (!/^\d{8}$/.test(sqlDate) || !isIsoDate(day) || !isNewsDate(day)) return bad(`SQLDATE "${sqlDate.slice(0, 20)}" is not a date (YYYYMMDD)`);
  const cameo = c[26]!;
  if (!/^\d{2,4}$/.test(cameo)) return bad(`EventCode "${cameo.slice(0, 20)}" is not a CAMEO code`);
  const goldstein = Number(c[30]);
  const quad = Number(c[29]);
  if (!Number.isFinite(goldstein) || !Number.isInteger(quad)) return bad('QuadClass or GoldsteinScale is not a number');
  const url = layout.url !== null ? c[layout.url]!.trim() || null : null;
  const dateAdded = c[layout.dateAdded]!;
  const num = (i: number) => (c[i] ? Number(c[i]) : null);
  const actor1 = actorRef(c, 5);
  const actor2 = actorRef(c, 15);
  return {
    ok: true,
    line,
    event: {
      uid: `gdelt:${id}`, day, type: CAMEO_ROOT_TO_PLOVER[cameo.slice(0, 2)] ?? 'OTHER', cameo, quad, goldstein,
      actor: actor1 ? [actor1] : [], recipient: actor2 ? [actor2] : [],
      sourceName: hostOf(url), url,
      published: /^\d{8}/.test(dateAdded) ? `${dateAdded.slice(0, 4)}-${dateAdded.slice(4, 6)}-${dateAdded.slice(6, 8)}` : null,
      evidenceText: [c[6], c[16]].filter(Boolean).join(' -> '),
      extra: {
        gdelt: layout.version, GLOBALEVENTID: id, EventCode: cameo, IsRootEvent: num(25), NumMentions: num(31), NumSources: num(32),
        NumArticles: num(33), AvgTone: num(34), ActionGeo_FullName: c[layout.actionGeo + 1] || null,
        ActionGeo_CountryCode: c[layout.actionGeo + 2] || null, DATEADDED: dateAdded, Actor1Code: c[5] || null, Actor2Code: c[15] || null,
        // the row as it came, so an export gives it back unchanged
        columns: c,
      },
    },
  };
}

/** Country (or known group) code + first type code of the actor whose block starts at column `at`. */
function actorRef(c: string[], at: number): ActorRef | null {
  const code = c[at + 2] || c[at + 3] || (c[at] ? c[at]!.slice(0, 3) : '');
  if (!code) return null;
  const sector = c[at + 7] || undefined;
  const name = c[at + 1] || undefined;
  return { code, ...(sector && sector !== code ? { sector } : {}), ...(name ? { name } : {}) };
}

/** The longest GDELT row read (real rows are under 2 KB); a longer one is reported and skipped unread. */
export const MAX_GDELT_LINE_BYTES = 64 * 1024;

export function readGdelt(path: string): AsyncGenerator<GdeltRow> {
  return readGdeltStream(createReadStream(path), path);
}

/** GDELT rows of a byte stream (a file's, or a test's bytes). */
export async function* readGdeltStream(input: AsyncIterable<Buffer | string>, label: string): AsyncGenerator<GdeltRow> {
  // Rows as lines.ts gives them: a byte-order mark, UTF-16, CR-only ends are read; a NUL or bad byte costs its row.
  for await (const line of readLines(input, label, MAX_GDELT_LINE_BYTES)) {
    if (line.error) {
      yield { ok: false, line: line.lineNo, error: new ParleyError(line.error.code, `line ${line.lineNo}: ${line.error.message.replace(`${label} line ${line.lineNo} `, '')}`, line.error.hint) };
      continue;
    }
    const row = parseGdeltLine(line.text, line.lineNo);
    if (row) yield row;
  }
}
