/**
 * The one feed model every format adapter produces (Miniflux-style: one parser per format, one adapter
 * each into a shared model), plus small accessors for the loosely shaped parser output.
 *
 *   const feed: Feed = { format: 'rss', title: 'Wire', items: [{ title: 'Truce', url: 'https://…', published: '2025-04-19', … }] };
 */
import { normaliseDate } from '../../core/dates.js';

export type FeedFormat = 'rss' | 'atom' | 'json' | 'rdf';

export interface FeedItem {
  id: string | null;
  title: string;
  url: string | null;
  /** ISO date from the item's own date fields, or null. */
  published: string | null;
  summary: string | null;
  /** Full content when the feed carries it (HTML or text), else null. */
  content: string | null;
  author: string | null;
}

export interface Feed { format: FeedFormat; title: string; items: FeedItem[] }

export type Loose = Record<string, unknown>;

export function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (v && typeof v === 'object' && typeof (v as Loose).value === 'string') return str((v as Loose).value);
  return null;
}

export function arr(v: unknown): Loose[] {
  return Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Loose[]) : [];
}

export function obj(v: unknown): Loose {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Loose) : {};
}

export function firstDate(...values: unknown[]): string | null {
  for (const v of values) {
    const d = normaliseDate(v);
    if (d) return d;
  }
  return null;
}
