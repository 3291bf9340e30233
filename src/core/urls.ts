/**
 * Where a record came from, as a short name: the outlet a document names, else the host of its web address.
 * The reader (ingest) and the ledger (store) both name sources this way, so the helpers live at the ground floor.
 *
 *   hostOf('https://www.bbc.co.uk/news/world-123')                  // 'bbc.co.uk'
 *   sourceName({ source: { kind: 'url', uri: 'https://apnews.com/x' } }) // 'apnews.com'
 */
import type { Document } from './types.js';

/** The outlet: the source's name, else the host of a web address. */
export function sourceName(doc: Pick<Document, 'source'>): string | null {
  if (doc.source.name) return doc.source.name;
  return hostOf(doc.source.uri);
}

export function hostOf(uri: string | null | undefined): string | null {
  if (!uri || !/^https?:\/\//i.test(uri)) return null;
  try {
    return new URL(uri).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
