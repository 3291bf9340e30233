/**
 * One catalogue of error codes. A user's mistake becomes a `ParleyError` with a code, a message saying
 * what was wrong and a hint saying what to do; the CLI prints it without a stack trace and exits 1.
 *
 *   throw new ParleyError('INPUT_EMPTY', `${path} is empty`);
 *   // -> "error PARLEY_E_INPUT_EMPTY: a.txt is empty (hint: give a file with article text)"
 */

export const ERROR_CATALOGUE = {
  USAGE: { exit: 2, hint: 'run `parley help` for the commands and their options' },
  INPUT_NOT_FOUND: { exit: 1, hint: 'check the path; it is resolved from the current directory' },
  INPUT_IS_DIRECTORY: { exit: 1, hint: 'give files, or use `parley ingest DIR` to read a folder' },
  INPUT_EMPTY: { exit: 1, hint: 'give a file that holds article text' },
  INPUT_NOT_TEXT: { exit: 1, hint: 'the file looks binary; give plain text, Markdown, HTML or JSONL' },
  INPUT_BAD_ENCODING: { exit: 1, hint: 'save the file as UTF-8 and try again' },
  INPUT_TOO_LARGE: { exit: 1, hint: 'split the input; one article should be under the size limit' },
  INPUT_UNREADABLE: { exit: 1, hint: 'check the file permissions' },
  INPUT_BAD_JSON: { exit: 1, hint: 'each line must be one JSON object; see the README for the fields' },
  INPUT_BAD_RECORD: { exit: 1, hint: 'see the README for the fields a record needs' },
  INPUT_BAD_HTML: { exit: 1, hint: 'the page has no readable article text' },
  INPUT_TOO_COMPLEX: { exit: 1, hint: 'the HTML nests deeper or holds more elements than any article page; save the article text as .txt' },
  ANALYSIS_TIMEOUT: { exit: 1, hint: 'the text took longer than the time budget to analyse; send a shorter or simpler text' },
  INPUT_BAD_FEED: { exit: 1, hint: 'the feed is not valid RSS 2.0, Atom or JSON Feed' },
  INPUT_NOT_ARTICLE: { exit: 1, hint: 'read JSON, JSONL, feeds and GDELT exports with `parley ingest FILE`; `parley code FILE.jsonl` codes events only' },
  INPUT_BAD_GDELT: { exit: 1, hint: 'GDELT 1.0 rows have 57 or 58 tab-separated columns, GDELT 2.0 rows 61' },
  DATE_INVALID: { exit: 1, hint: 'write dates as YYYY-MM-DD' },
  FETCH_FAILED: { exit: 1, hint: 'check the address and your network; the source is retried later' },
  FETCH_TIMEOUT: { exit: 1, hint: 'the server was too slow; the source is retried later' },
  FETCH_TOO_LARGE: { exit: 1, hint: 'the response exceeded the size limit' },
  FETCH_BAD_STATUS: { exit: 1, hint: 'the server answered with an error status' },
  FETCH_BAD_TYPE: { exit: 1, hint: 'the response is not HTML, a feed, JSON or text' },
  FETCH_FORBIDDEN_ADDRESS: { exit: 1, hint: 'private, loopback and metadata addresses are refused; use --allow-host to allow one' },
  FETCH_TOO_MANY_REDIRECTS: { exit: 1, hint: 'the address redirects too often' },
  DB_UNAVAILABLE: { exit: 1, hint: 'check --db / PARLEY_DB; a postgres:// URL needs a running server' },
  DB_FAILED: { exit: 1, hint: 'the ledger refused the write; nothing was half-written, re-run the command' },
  KB_UNKNOWN: { exit: 1, hint: 'try another spelling, or a title such as "President of France"' },
  COMPONENT_FAILED: { exit: 1, hint: 'this is a bug in Parley; please report the document that caused it' },
  NOT_FOUND: { exit: 1, hint: 'check the id' },
  UNAUTHORIZED: { exit: 1, hint: 'create a token with `parley token create` and send it as a Bearer token' },
  RATE_LIMITED: { exit: 1, hint: 'slow down and retry shortly' },
  INTERNAL: { exit: 1, hint: 'this is a bug in Parley; please report it' },
  BAD_REQUEST: { exit: 2, hint: 'see /openapi.json for the parameters, their formats and limits' },
  OUTPUT_UNWRITABLE: { exit: 1, hint: 'check that the folder exists and that you may write there' },
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export class ParleyError extends Error {
  readonly code: ErrorCode;
  readonly hint: string;
  constructor(code: ErrorCode, message: string, hint?: string) {
    super(message);
    this.name = 'ParleyError';
    this.code = code;
    this.hint = hint ?? ERROR_CATALOGUE[code].hint;
  }
  /** The public form of the code, e.g. `PARLEY_E_INPUT_EMPTY`. */
  get fullCode(): string { return `PARLEY_E_${this.code}`; }
  get exitStatus(): number { return ERROR_CATALOGUE[this.code].exit; }
  toJSON(): { code: string; message: string; hint: string } {
    return { code: this.fullCode, message: this.message, hint: this.hint };
  }
}

/** Wraps anything thrown into a ParleyError (unknown errors become INTERNAL). */
export function asParleyError(err: unknown): ParleyError {
  if (err instanceof ParleyError) return err;
  const message = err instanceof Error ? err.message : String(err);
  // SQLite gave up waiting for another writer (busy_timeout): the ledger is in use, not broken.
  if (/^SQLITE_(BUSY|LOCKED)/.test(String((err as { code?: unknown } | null)?.code ?? ''))) {
    return new ParleyError('DB_FAILED', `the ledger is busy: ${message}`, 'another process held the SQLite ledger too long; re-run when it is done, or use a postgres:// ledger for concurrent writers');
  }
  return new ParleyError('INTERNAL', message);
}
