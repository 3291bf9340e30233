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

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export interface ReadOptions { date?: string | undefined; title?: string | undefined }

export function readArticleFile(path: string, opts: ReadOptions = {}): Document {
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
  return createDocument({ text: body, title, published, publishedProvenance: provenance, source });
}

/** Decodes UTF-8 strictly; refuses binary data and other encodings (UTF-16, Latin-1 …) with their own codes. */
export function decodeText(bytes: Buffer, label: string): string {
  if (bytes.length === 0) throw new ParleyError('INPUT_EMPTY', `${label} is empty`);
  const head = bytes.subarray(0, 8192);
  const utf16 = utf16Kind(head);
  if (utf16) throw new ParleyError('INPUT_BAD_ENCODING', `${label} looks like ${utf16}; save it as UTF-8`, 'open it in a text editor and save it with the UTF-8 encoding');
  let control = 0;
  for (const b of head) {
    if (b === 0) throw new ParleyError('INPUT_NOT_TEXT', `${label} contains NUL bytes: it is not a text file`);
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > head.length * 0.1) throw new ParleyError('INPUT_NOT_TEXT', `${label} looks binary`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (!text.trim()) throw new ParleyError('INPUT_EMPTY', `${label} holds only white space`);
    return text;
  } catch (err) {
    if (err instanceof ParleyError) throw err;
    throw new ParleyError('INPUT_BAD_ENCODING', `${label} is not valid UTF-8`);
  }
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
