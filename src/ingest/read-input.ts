/**
 * Reads one article file for `parley analyze`: checks it is readable UTF-8 text, takes the publication date
 * and title from a simple header (`Title:` / `Date:` lines) and turns HTML into text with Readability.
 * Every problem is a ParleyError with its own code, so a batch reports it and goes on.
 *
 *   const doc = readArticleFile('examples/phone-call.md', { date: '2025-03-19' });
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { isIsoDate, normaliseDate } from '../core/dates.js';
import { createDocument } from '../core/document.js';
import { ParleyError } from '../core/errors.js';
import type { DateProvenance, Document, SourceRef } from '../core/types.js';
import { htmlToArticle } from './html.js';

/** Limits for one article: the file (HTML included) and the text the pipeline gets (about 150,000 words). */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
export const MAX_ARTICLE_CHARS = 1_000_000;

export interface ReadOptions { date?: string | undefined; title?: string | undefined }

/** Files that hold many records (JSON, feeds, GDELT exports), not one article: `parley ingest` reads them. */
const RECORD_FILES = new Set(['.json', '.jsonl', '.ndjson', '.xml', '.rss', '.atom', '.csv', '.tsv']);

export function readArticleFile(path: string, opts: ReadOptions = {}): Document {
  if (RECORD_FILES.has(extname(path).toLowerCase())) {
    throw new ParleyError('INPUT_NOT_ARTICLE', `${path} is a ${extname(path).slice(1).toUpperCase()} file of records, not an article`);
  }
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new ParleyError('INPUT_IS_DIRECTORY', `${path} is a directory`);
    size = st.size;
  } catch (err) {
    if (err instanceof ParleyError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ParleyError('INPUT_NOT_FOUND', `${path} does not exist`);
    throw new ParleyError('INPUT_UNREADABLE', `${path} cannot be read (${code ?? 'unknown error'})`);
  }
  if (size > MAX_ARTICLE_BYTES) throw new ParleyError('INPUT_TOO_LARGE', `${path} is ${size} bytes; the limit for one article is ${MAX_ARTICLE_BYTES}`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new ParleyError('INPUT_UNREADABLE', `${path} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const text = decodeText(bytes, path);
  const ext = extname(path).toLowerCase();
  return articleFromText(text, { kind: 'file', uri: path }, opts, ext === '.html' || ext === '.htm' || looksLikeHtml(text));
}

/** Builds a Document from raw text (plain, Markdown with an optional header, or HTML). */
export function articleFromText(raw: string, source: SourceRef, opts: ReadOptions = {}, isHtml = looksLikeHtml(raw)): Document {
  if (opts.date !== undefined && !isIsoDate(opts.date)) {
    throw new ParleyError('DATE_INVALID', `--date "${opts.date}" is not a calendar date`);
  }
  let title = opts.title;
  let published: string | null = opts.date ?? null;
  let provenance: DateProvenance = opts.date ? 'user' : 'none';
  let body = raw;
  if (raw.length > MAX_ARTICLE_BYTES) throw tooLarge(source.uri, raw.length);
  if (raw.includes('\u0000')) throw new ParleyError('INPUT_NOT_TEXT', `${source.uri} contains NUL characters: it is not article text`, 'send the article as plain text, Markdown or HTML');
  if (isHtml) {
    const article = htmlToArticle(raw, source.uri);
    body = article.text;
    title ??= article.title;
    if (!published && article.published) {
      published = article.published;
      provenance = article.publishedProvenance;
    }
  } else {
    const header = parseHeader(raw);
    body = header.body;
    title ??= header.title;
    if (!published && header.date) {
      published = header.date;
      provenance = 'header';
    }
  }
  if (!body.trim()) throw new ParleyError('INPUT_EMPTY', `${source.uri} holds no article text`);
  if (body.length > MAX_ARTICLE_CHARS) throw tooLarge(source.uri, body.length);
  return createDocument({ text: shortenBlankRuns(body), title, published, publishedProvenance: provenance, source });
}

/** Runs of spaces and tabs longer than this become one space before a Document is made. */
export const MAX_BLANK_RUN = 200;
const LONG_BLANK_RUN = new RegExp(`[ \\t]{${MAX_BLANK_RUN + 1},}`, 'g');

/**
 * Shortens runs of over MAX_BLANK_RUN spaces/tabs to one space: text normalisation's trailing-space rule
 * takes time that grows with the square of such a run (a 100,000-space line took 40 s). No prose has them.
 *
 *   shortenBlankRuns('a' + ' '.repeat(5000) + 'b') // 'a b'
 */
export function shortenBlankRuns(text: string): string {
  return text.length > MAX_BLANK_RUN ? text.replace(LONG_BLANK_RUN, ' ') : text;
}

/** INPUT_TOO_LARGE for an article text of `chars` characters. */
export function tooLarge(label: string, chars: number): ParleyError {
  return new ParleyError('INPUT_TOO_LARGE', `${label} holds ${chars} characters of text; the limit for one article is ${MAX_ARTICLE_CHARS}`, `split it into articles of under ${MAX_ARTICLE_CHARS} characters`);
}

/** Decodes UTF-8 strictly; refuses binary data and other encodings (UTF-16, Latin-1 …) with their own codes. */
export function decodeText(bytes: Buffer, label: string): string {
  if (bytes.length === 0) throw new ParleyError('INPUT_EMPTY', `${label} is empty`);
  checkHead(bytes.subarray(0, 8192), label);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (!text.trim()) throw new ParleyError('INPUT_EMPTY', `${label} holds only white space`);
    return text;
  } catch (err) {
    if (err instanceof ParleyError) throw err;
    throw new ParleyError('INPUT_BAD_ENCODING', `${label} is not valid UTF-8`);
  }
}

/** Refuses UTF-16 (INPUT_BAD_ENCODING) and binary data (INPUT_NOT_TEXT: NUL bytes, over 10% control bytes) by the first bytes. */
function checkHead(head: Buffer, label: string): void {
  const utf16 = utf16Kind(head);
  if (utf16) throw new ParleyError('INPUT_BAD_ENCODING', `${label} looks like ${utf16}; save it as UTF-8`, 'open it in a text editor and save it with the UTF-8 encoding');
  let control = 0;
  for (const b of head) {
    if (b === 0) throw new ParleyError('INPUT_NOT_TEXT', `${label} contains NUL bytes: it is not a text file`);
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > head.length * 0.1) throw new ParleyError('INPUT_NOT_TEXT', `${label} looks binary`);
}

/**
 * "UTF-16LE"/"UTF-16BE" when the bytes start with a UTF-16 byte-order mark, or when NULs alternate the way
 * mostly-ASCII text in UTF-16 has them (every second byte zero, the others not); else null.
 *
 *   utf16Kind(Buffer.from('\uFEFFhello', 'utf16le'))   // 'UTF-16LE'
 */
export function utf16Kind(head: Buffer): 'UTF-16LE' | 'UTF-16BE' | null {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'UTF-16LE';
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'UTF-16BE';
  const pairs = Math.floor(head.length / 2);
  if (pairs < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) evenZero++;
    if (head[i + 1] === 0) oddZero++;
  }
  if (oddZero >= pairs * 0.4 && evenZero <= pairs * 0.05) return 'UTF-16LE';
  if (evenZero >= pairs * 0.4 && oddZero <= pairs * 0.05) return 'UTF-16BE';
  return null;
}

const HEADER_RE = /^(title|date|published|source|url)\s*:\s*(.*)$/i;

/** A header is a run of `Key: value` lines at the top, ended by a blank line. Markdown `# Title` also counts. */
export function parseHeader(raw: string): { title?: string; date?: string; body: string } {
  const lines = raw.replace(/^\uFEFF/, '').split(/\r?\n/);
  let i = 0;
  let title: string | undefined;
  let date: string | undefined;
  while (i < lines.length) {
    const m = HEADER_RE.exec(lines[i]!.trim());
    if (!m) break;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === 'title') title = value;
    if (key === 'date' || key === 'published') {
      const d = normaliseDate(value);
      if (!d) throw new ParleyError('DATE_INVALID', `the header date "${value}" is not a date`);
      date = d;
    }
    i++;
  }
  if (i > 0 && lines[i]?.trim() === '') i++;
  const heading = /^#\s+(.+)$/.exec(lines[i]?.trim() ?? '');
  if (heading) {
    title ??= heading[1]!.trim();
    i++;
  }
  const body = lines.slice(i).join('\n').replace(/^#{1,6}\s+/gm, '').replace(/\*\*|__/g, '');
  return { title, date, body };
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

/** One line of a JSON-lines input: its text, or the ParleyError that rejects it. */
export type JsonLine = { lineNo: number; text: string; error?: undefined } | { lineNo: number; error: ParleyError; text?: undefined };

/** The longest line `readJsonLines` accepts: an article at the character limit, with room for JSON escapes. */
export const MAX_JSON_LINE_BYTES = 4 * MAX_ARTICLE_CHARS + 65536;

/**
 * Splits a byte stream into lines (LF or CRLF) without ever holding more than `maxLineBytes` of one line:
 * a longer line is skipped and reported as INPUT_TOO_LARGE, a line that is not UTF-8 as INPUT_BAD_ENCODING,
 * a line with NUL bytes as INPUT_NOT_TEXT; the lines after it still come. UTF-16 input (which has NULs on
 * every line), binary data and empty input are refused as a whole (INPUT_BAD_ENCODING, INPUT_NOT_TEXT,
 * INPUT_EMPTY), judged by the first 8 KiB as `decodeText` does. Blank lines are left out.
 *
 *   for await (const line of readJsonLines(createReadStream('in.jsonl'))) if (line.error) report(line); else use(line.text);
 */
export async function* readJsonLines(input: AsyncIterable<Buffer | string>, label = 'input', maxLineBytes = MAX_JSON_LINE_BYTES): AsyncGenerator<JsonLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = 0;
  let lineNo = 0;
  let first = true;
  const finish = (): JsonLine | null => {
    lineNo++;
    const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    const length = size + overflow;
    parts = [];
    size = 0;
    overflow = 0;
    if (length > maxLineBytes) {
      return { lineNo, error: new ParleyError('INPUT_TOO_LARGE', `${label} line ${lineNo} is ${length} bytes; the limit for one line is ${maxLineBytes}`, `split the text into articles of under ${MAX_ARTICLE_CHARS} characters`) };
    }
    const end = bytes.length && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
    const line = bytes.subarray(0, end);
    if (line.includes(0)) return { lineNo, error: new ParleyError('INPUT_NOT_TEXT', `${label} line ${lineNo} contains NUL bytes`) };
    let text: string;
    try {
      text = decoder.decode(line);
    } catch {
      return { lineNo, error: new ParleyError('INPUT_BAD_ENCODING', `${label} line ${lineNo} is not valid UTF-8`) };
    }
    if (lineNo === 1) text = text.replace(/^\uFEFF/, '');
    return text.trim() ? { lineNo, text } : null;
  };
  for await (const chunk of input) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    if (first && buf.length) {
      first = false;
      checkHead(buf.subarray(0, 8192), label);
    }
    while (buf.length) {
      const nl = buf.indexOf(0x0a);
      const piece = nl < 0 ? buf : buf.subarray(0, nl);
      if (size + piece.length > maxLineBytes || overflow) overflow += piece.length;
      else {
        parts.push(piece);
        size += piece.length;
      }
      if (nl < 0) break;
      const line = finish();
      if (line) yield line;
      buf = buf.subarray(nl + 1);
    }
  }
  if (first) throw new ParleyError('INPUT_EMPTY', `${label} is empty`);
  if (size || overflow) {
    const line = finish();
    if (line) yield line;
  }
}
