/**
 * The dashboard's client for the REST API: GET/POST JSON, turning error bodies into ApiError so that pages
 * can explain them (code, message, hint) instead of going blank. Every request belongs to the current page:
 * when the router moves on it aborts them (`abortPage`), and an answer that arrives anyway is dropped
 * (Superseded), so a slow answer of the previous page can never draw on the next one.
 *
 *   const page = await getJson<Page<EventItem>>('/api/events', { actor: 'USA' });
 */
import type { ApiErrorBody } from '../api/contract.js';

export class ApiError extends Error {
  constructor(readonly code: string, message: string, readonly hint: string, readonly status: number) {
    super(message);
  }
}

/** Thrown instead of an answer that belongs to a page the user has left; pages let it pass silently. */
export class Superseded extends Error {
  constructor() { super('superseded by a newer page'); }
}

let current = new AbortController();

/** Aborts every request of the page being left and starts a new page's set (called by the router). */
export function abortPage(): AbortSignal {
  current.abort();
  current = new AbortController();
  return current.signal;
}

export type Query = Record<string, string | number | undefined | null>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function parse<T>(res: Response, signal: AbortSignal): Promise<T> {
  const body = (await res.json().catch(() => null)) as unknown;
  if (signal.aborted) throw new Superseded();
  if (!res.ok) {
    const err = (body as ApiErrorBody | null)?.error;
    throw new ApiError(err?.code ?? `HTTP_${res.status}`, err?.message ?? res.statusText, err?.hint ?? 'check that `parley serve` is running', res.status);
  }
  return body as T;
}

export async function getJson<T>(path: string, query?: Query): Promise<T> {
  const signal = current.signal;
  let res: Response;
  try {
    res = await fetch(withQuery(path, query), { headers: { accept: 'application/json' }, signal });
  } catch {
    if (signal.aborted) throw new Superseded();
    throw new ApiError('NETWORK', 'the Parley server did not answer', 'check that `parley serve` is still running', 0);
  }
  return parse<T>(res, signal);
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const signal = current.signal;
  let res: Response;
  try {
    res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body), signal });
  } catch {
    if (signal.aborted) throw new Superseded();
    throw new ApiError('NETWORK', 'the Parley server did not answer', 'check that `parley serve` is still running', 0);
  }
  return parse<T>(res, signal);
}
