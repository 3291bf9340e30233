/**
 * Small display helpers shared by the pages: actor lists, quad classes, numbers and dates.
 *
 *   actorLabel([{ code: 'USA', sector: 'GOV', name: 'Donald Trump' }]) // 'Donald Trump (USA GOV)'
 *   actorLabel([{ code: '---', sector: 'MIL' }])                          // 'Unidentified actor (MIL)', never '---'
 *   fmtEventDate('2025-02-01', 'month')                                 // 'Feb 2025' (never a made-up day)
 */
import type { ActorRefDto, DatePrecision } from '../../api/contract.js';

export const QUAD_LABELS: Record<number, string> = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};

export const COLORS = { cooperation: '#2a7f62', conflict: '#c0392b', goldstein: '#34495e', neutral: '#7f8c8d' };

export function isCooperation(quad: number): boolean {
  return quad === 1 || quad === 2;
}

/** The coders' code for an agent of no known country ("gunmen", "the cruiser"): never shown as such. */
export const UNIDENTIFIED = '---';

/** Code and sector ("USA GOV"); an agent of no known country is "unidentified" ("unidentified MIL"). */
export function actorCode(a: ActorRefDto): string {
  const code = a.code === UNIDENTIFIED ? 'unidentified' : a.code;
  return a.sector ? `${code} ${a.sector}` : code;
}

/** What to call an actor without a name of its own: its code, or "Unidentified actor" for the no-country code. */
export function actorTitle(a: ActorRefDto): string {
  return a.name ?? (a.code === UNIDENTIFIED ? 'Unidentified actor' : actorCode(a));
}

/** An actor named with its code, "Russia (RUS)"; the no-country code is left out ("Unidentified actor"). */
export function namedCode(code: string, name: string | null | undefined): string {
  if (!name) return code === UNIDENTIFIED ? 'Unidentified actor' : code;
  return code === UNIDENTIFIED || name === code ? name : `${name} (${code})`;
}

export function actorLabel(list: ActorRefDto[]): string {
  if (!list.length) return '—';
  return list.map((a) => (a.name ? `${a.name} (${actorCode(a)})` : a.code === UNIDENTIFIED ? `Unidentified actor${a.sector ? ` (${a.sector})` : ''}` : actorCode(a))).join(', ');
}

export function fmtNumber(n: number): string {
  return new Intl.NumberFormat('en-GB').format(n);
}

export function fmtGoldstein(n: number): string {
  return (n > 0 ? '+' : '') + n.toFixed(1);
}

export function fmtDate(d: string | null | undefined): string {
  return d ?? 'undated';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as exact as the source gave it: 2025-03-18 (day), "Feb 2025" (month), "2025" (year); or "undated". */
export function fmtEventDate(d: string | null | undefined, precision: DatePrecision | null | undefined): string {
  if (!d) return 'undated';
  if (precision === 'year') return d.slice(0, 4);
  if (precision === 'month') return `${MONTHS[Number(d.slice(5, 7)) - 1] ?? d.slice(5, 7)} ${d.slice(0, 4)}`;
  return d;
}

/** A tooltip for a date coarser than a day (null for an exact day). */
export function precisionNote(precision: DatePrecision | null | undefined): string | null {
  return precision === 'month' ? 'The source gives only the month' : precision === 'year' ? 'The source gives only the year' : null;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function plural(n: number, word: string): string {
  return `${fmtNumber(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** Below this many events a period's average Goldstein is a dot, not part of the line: one event is no trend. */
export const MIN_EVENTS_FOR_AVERAGE = 3;
