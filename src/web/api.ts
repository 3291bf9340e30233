/**
 * The dashboard's client for the REST API: GET/POST JSON, turning error bodies into ApiError so that pages
 * can explain them (code, message, hint) instead of going blank.
 *
 *   const page = await getJson<Page<EventItem>>('/api/events', { actor: 'USA' });
 */
import type { ApiErrorBody } from '../api/contract.js';

export class ApiError extends Error {
  constructor(readonly code: string, message: string, readonly hint: string, readonly status: number) {
    super(message);
  }
}

export type Query = Record<string, string | number | undefined | null>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function parse<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const err = (body as ApiErrorBody | null)?.error;
    throw new ApiError(err?.code ?? `HTTP_${res.status}`, err?.message ?? res.statusText, err?.hint ?? 'check that `parley serve` is running', res.status);
  }
  return body as T;
}

export async function getJson<T>(path: string, query?: Query): Promise<T> {
  let res: Response;
  try {
    res = await fetch(withQuery(path, query), { headers: { accept: 'application/json' } });
  } catch {
    throw new ApiError('NETWORK', 'the Parley server did not answer', 'check that `parley serve` is still running', 0);
  }
  return parse<T>(res);
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) });
  } catch {
    throw new ApiError('NETWORK', 'the Parley server did not answer', 'check that `parley serve` is still running', 0);
  }
  return parse<T>(res);
}
