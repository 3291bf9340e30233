/**
 * Every way in: turns the SOURCE arguments of `parley ingest` into a stream of items. A source is `-` (standard
 * input: JSONL records, a feed or one article), an http(s) URL (page or feed), a folder (walked recursively) or
 * a file: .jsonl news records, .json (records or a JSON Feed), .xml/.rss/.atom feeds, .tsv/.csv GDELT event
 * exports, and .txt/.md/.html articles.
 *
 *   for await (const item of readSources(['corpus/', 'feeds.xml', '-'], { allowHosts: [] })) …
 */
import { openSync, readSync, closeSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { asParleyError, ParleyError } from '../../core/errors.js';
import { readGdelt, looksLikeGdelt } from '../gdelt.js';
import type { IngestItem, SourceContext } from '../items.js';
import { looksLikeFeed } from '../feeds/index.js';
import { detectEncoding } from '../lines.js';
import { articleFromText, decodeText, readArticleFile } from '../read-input.js';
import type { ExternalEvent } from '../../core/types.js';
import { walkFiles } from './files.js';
import { readNewsJsonl, recordToItem } from './news-jsonl.js';
import { readFeedText, readUrl } from './web.js';

export const GDELT_CHUNK = 500;

export function isUrl(spec: string): boolean {
  return /^https?:\/\//i.test(spec);
}

export async function* readSources(specs: readonly string[], ctx: SourceContext, stdin: NodeJS.ReadableStream = process.stdin): AsyncGenerator<IngestItem> {
  for (const spec of specs) {
    if (spec === '-') yield* readStdin(stdin, ctx);
    else if (isUrl(spec)) yield* readUrl(spec, ctx);
    else for (const file of walkFiles([spec])) yield* readFile(file, ctx);
  }
}

export async function* readFile(path: string, ctx: SourceContext): AsyncGenerator<IngestItem> {
  const ext = extname(path).toLowerCase();
  try {
    if (ext === '.jsonl' || ext === '.ndjson') {
      readHead(path);
      yield* readNewsJsonl(path, ctx.date);
    } else if (ext === '.tsv' || ext === '.csv') {
      const head = readHead(path).split(/\r\n|\r|\n/, 1)[0] ?? '';
      if (!looksLikeGdelt(head)) throw new ParleyError('INPUT_BAD_GDELT', `${path} is not a GDELT event export (first row has ${head.split('\t').length} tab-separated columns)`);
      yield* readGdeltFile(path);
    } else if (ext === '.xml' || ext === '.rss' || ext === '.atom') {
      yield* readFeedText(decodeText(readFileSync(path), path), path, ctx);
    } else if (ext === '.json') {
      yield* readJsonFile(path, ctx);
    } else {
      yield { kind: 'document', doc: readArticleFile(path, { date: ctx.date }), source: path };
    }
  } catch (err) {
    yield { kind: 'failure', source: path, error: fileError(err, path) };
  }
}

function fileError(err: unknown, path: string): ParleyError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new ParleyError('INPUT_NOT_FOUND', `${path} does not exist`);
  if (code === 'EACCES') return new ParleyError('INPUT_UNREADABLE', `${path} cannot be read (EACCES)`);
  return asParleyError(err);
}

/** The first 64 KiB of a file as text, in the encoding its first bytes show, without a byte-order mark (throws ENOENT/EACCES as the file system says). */
function readHead(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(65536);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const head = buf.subarray(0, n);
    return new TextDecoder(detectEncoding(head)).decode(head).replace(/^\uFEFF+/, '');
  } finally {
    closeSync(fd);
  }
}

async function* readGdeltFile(path: string): AsyncGenerator<IngestItem> {
  let chunk: ExternalEvent[] = [];
  for await (const row of readGdelt(path)) {
    if (!row.ok) {
      yield { kind: 'failure', source: path, item: `line ${row.line}`, error: row.error };
      continue;
    }
    chunk.push(row.event);
    if (chunk.length >= GDELT_CHUNK) {
      yield { kind: 'events', events: chunk, source: path };
      chunk = [];
    }
  }
  if (chunk.length) yield { kind: 'events', events: chunk, source: path };
}

async function* readJsonFile(path: string, ctx: SourceContext): AsyncGenerator<IngestItem> {
  yield* readJsonText(decodeText(readFileSync(path), path), path, ctx);
}

/** A .json file's text: a JSON Feed, or one news record, or a list of them. */
export async function* readJsonText(text: string, path: string, ctx: SourceContext): AsyncGenerator<IngestItem> {
  if (looksLikeFeed(text)) {
    yield* readFeedText(text, path, ctx);
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ParleyError('INPUT_BAD_JSON', `${path}: ${(err as Error).message}`);
  }
  const records = Array.isArray(value) ? value : [value];
  for (let i = 0; i < records.length; i++) yield recordToItem(records[i], path, `record ${i + 1}`, ctx.date);
}

async function* readStdin(stdin: NodeJS.ReadableStream, ctx: SourceContext): AsyncGenerator<IngestItem> {
  const chunks: Buffer[] = [];
  for await (const c of stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  let text: string;
  try {
    text = decodeText(Buffer.concat(chunks), 'standard input');
  } catch (err) {
    yield { kind: 'failure', source: '-', error: asParleyError(err) };
    return;
  }
  if (looksLikeFeed(text)) yield* readFeedText(text, 'stdin', ctx);
  else if (/^\s*\{/.test(text)) yield* readNewsJsonl('stdin', ctx.date, Readable.from([text]));
  else {
    try {
      yield { kind: 'document', doc: articleFromText(text, { kind: 'stdin', uri: '-' }, { date: ctx.date }), source: '-' };
    } catch (err) {
      yield { kind: 'failure', source: '-', error: asParleyError(err) };
    }
  }
}
