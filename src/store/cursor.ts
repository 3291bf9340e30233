/**
 * Keyset pagination: a cursor is the (sort key, id) of the last row of a page, base64url-encoded, so page N
 * costs the same as page 1 on an index of (key, id).
 *
 *   const c = encodeCursor('2022-03-01', 'sha256:…#e1'); decodeCursor(c) // ['2022-03-01', 'sha256:…#e1']
 */
import { ParleyError } from '../core/errors.js';
import type { PageRequest } from './records.js';

export function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): [string, string] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') return [v[0], v[1]];
  } catch {
    /* fall through to the error */
  }
  throw new ParleyError('USAGE', 'the cursor is not one this ledger issued', 'pass the nextCursor of the previous page unchanged');
}

export function pageLimit(page: PageRequest | undefined): number {
  const n = page?.limit ?? 50;
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new ParleyError('USAGE', `limit must be 1..1000, not ${n}`);
  return n;
}
