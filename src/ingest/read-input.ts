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
import { checkNotBinary, detectEncoding, readLines, type Line } from './lines.js';

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

/**
 * Decodes a whole file: UTF-8 strictly (a byte-order mark dropped), UTF-16 by its byte-order mark or its zero
 * bytes; refuses binary data (INPUT_NOT_TEXT: NUL bytes, over 10% control bytes) and invalid UTF-8.
 *
 *   decodeText(readFileSync('notes.txt'), 'notes.txt')   // the text, whichever of UTF-8/UTF-16 it was saved in
 */
export function decodeText(bytes: Buffer, label: string): string {
  if (bytes.length === 0) throw new ParleyError('INPUT_EMPTY', `${label} is empty`);
  const encoding = detectEncoding(bytes.subarray(0, 8192));
  let text: string;
  if (encoding !== 'utf-8') text = new TextDecoder(encoding).decode(bytes);
  else {
    const head = bytes.subarray(0, 8192);
    if (head.includes(0)) throw new ParleyError('INPUT_NOT_TEXT', `${label} contains NUL bytes: it is not a text file`);
    checkNotBinary(head, label);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new ParleyError('INPUT_BAD_ENCODING', `${label} is not valid UTF-8`);
    }
  }
  // The decoder drops one byte-order mark; a file converted twice (UTF-8 with a mark, then UTF-16) holds two.
  text = text.replace(/^\uFEFF+/, '');
  if (!text.trim()) throw new ParleyError('INPUT_EMPTY', `${label} holds only white space`);
  return text;
}

const HEADER_RE = /^(title|date|published|source|url)\s*:\s*(.*)$/i;

/** A header is a run of `Key: value` lines at the top, ended by a blank line. Markdown `# Title` also counts. */
export function parseHeader(raw: string): { title?: string; date?: string; body: string } {
  const lines = raw.replace(/^\uFEFF+/, '').split(/\r\n|\r|\n/);
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
export type JsonLine = Line;

/** The longest line `readJsonLines` accepts: an article at the character limit, with room for JSON escapes. */
export const MAX_JSON_LINE_BYTES = 4 * MAX_ARTICLE_CHARS + 65536;

/**
 * JSON-lines input as lines (see lines.ts): a bad line (too long, NUL, not UTF-8) costs only itself; BOMs,
 * UTF-16, CRLF and CR-only line ends are read; binary or empty input is refused as a whole.
 *
 *   for await (const line of readJsonLines(createReadStream('in.jsonl'))) if (line.error) report(line); else use(line.text);
 */
export function readJsonLines(input: AsyncIterable<Buffer | string>, label = 'input', maxLineBytes = MAX_JSON_LINE_BYTES): AsyncGenerator<JsonLine> {
  return readLines(input, label, maxLineBytes);
}
