/**
 * The one error shape of the API: `{ error: { code: 'PARLEY_E_…', message, hint } }`, with the CLI's error
 * codes and an HTTP status derived from the code. Validation failures (zod) become BAD_REQUEST naming the
 * offending parameter.
 *
 *   errorResponse(new ParleyError('NOT_FOUND', 'no document sha256:…'))
 *   // -> 404 { error: { code: 'PARLEY_E_NOT_FOUND', message: 'no document sha256:…', hint: 'check the id' } }
 */
import type { ZodError } from 'zod';
import { asParleyError, ParleyError, type ErrorCode } from '../core/errors.js';
import type { ApiErrorBody } from './contract.js';

export function httpStatusOf(code: ErrorCode): number {
  if (code === 'NOT_FOUND' || code === 'KB_UNKNOWN') return 404;
  if (code === 'UNAUTHORIZED') return 401;
  if (code === 'RATE_LIMITED') return 429;
  if (code === 'INPUT_TOO_LARGE' || code === 'FETCH_TOO_LARGE') return 413;
  if (code === 'INPUT_TOO_COMPLEX' || code === 'ANALYSIS_TIMEOUT') return 422;
  if (code === 'DB_UNAVAILABLE') return 503;
  if (code === 'INTERNAL' || code === 'COMPONENT_FAILED' || code === 'DB_FAILED') return 500;
  if (code === 'FETCH_FORBIDDEN_ADDRESS') return 400;
  if (code.startsWith('FETCH_')) return 502;
  return 400;
}

export function errorBody(err: ParleyError): ApiErrorBody {
  return { error: err.toJSON() };
}

/** Any thrown value as the API's error status and body; internals never leak a stack trace. */
export function errorResponse(err: unknown): { status: number; body: ApiErrorBody } {
  const e = asParleyError(err);
  const safe = e.code === 'INTERNAL' ? new ParleyError('INTERNAL', 'the server failed to answer this request') : e;
  return { status: httpStatusOf(e.code), body: errorBody(safe) };
}

/** A zod failure as BAD_REQUEST naming the parameter, with its hint from `hints` when there is one. */
export function fromZod(err: ZodError, where: 'query' | 'body' | 'path', hints: Record<string, string> = {}): ParleyError {
  const issue = err.issues[0];
  if (issue?.code === 'unrecognized_keys') {
    return new ParleyError('BAD_REQUEST', `unknown ${where} parameter${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
      'see /openapi.json for the parameters this endpoint takes (names are case-sensitive)');
  }
  const field = issue?.path.join('.') || where;
  return new ParleyError('BAD_REQUEST', `${where} parameter "${field}": ${issue?.message ?? 'invalid'}`, hints[field]);
}
