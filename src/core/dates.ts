/**
 * Calendar helpers on ISO dates (YYYY-MM-DD) in UTC, so no time zone shifts a day.
 *
 *   addDays('2025-03-18', 30) // '2025-04-17'
 *   isIsoDate('2025-02-30')   // false
 */

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(value + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function toIsoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function parseIsoDate(value: string): Date {
  return new Date(value + 'T00:00:00Z');
}

export function addDays(iso: string, days: number): string {
  const d = parseIsoDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIsoDate(d);
}

export function daysBetween(a: string, b: string): number {
  return Math.round((parseIsoDate(b).getTime() - parseIsoDate(a).getTime()) / 86_400_000);
}

/** Accepts YYYY-MM-DD or a full ISO timestamp or an RFC 2822 date; returns YYYY-MM-DD or null. */
export function normaliseDate(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  const v = value.trim();
  if (isIsoDate(v.slice(0, 10)) && /^\d{4}-\d{2}-\d{2}([T ].*)?$/.test(v)) return isNewsDate(v.slice(0, 10)) ? v.slice(0, 10) : null;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  const d = toIsoDate(new Date(t));
  return isNewsDate(d) ? d : null;
}

/** Publication and event dates are read only within these years ("0000-01-01" and "9999-12-31" are no news dates). */
export const NEWS_YEARS = { from: 1900, to: 2100 } as const;

/** True for an ISO date whose year lies in NEWS_YEARS. */
export function isNewsDate(iso: string): boolean {
  const y = Number(iso.slice(0, 4));
  return /^\d{4}-/.test(iso) && y >= NEWS_YEARS.from && y <= NEWS_YEARS.to;
}
