/**
 * News JSONL: one article per line, `{id, source, url, published, title, text}` (the news corpus
 * format; extra fields are ignored). Each line becomes a Document (date provenance "record") or a failure
 * with its line number; a bad line never stops the file.
 *
 *   for await (const item of readNewsJsonl('news.jsonl')) …   // { kind: 'document', doc, item: 'line 3' }
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { normaliseDate } from '../../core/dates.js';
import { createDocument } from '../../core/document.js';
import { asParleyError, ParleyError } from '../../core/errors.js';
import type { IngestItem } from '../items.js';
import { MAX_ARTICLE_CHARS, readJsonLines, shortenBlankRuns, tooLarge } from '../read-input.js';

export const NewsRecord = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  source: z.string().optional(),
  url: z.string().optional(),
  published: z.string().nullable().optional(),
  date: z.string().nullable().optional(),
  title: z.string().optional(),
  text: z.string().min(1, 'text is empty'),
}).passthrough();

export type NewsRecord = z.infer<typeof NewsRecord>;

export function recordToItem(value: unknown, label: string, item: string, fallbackDate?: string): IngestItem {
  const parsed = NewsRecord.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { kind: 'failure', source: label, item, error: new ParleyError('INPUT_BAD_RECORD', `${label} ${item}: ${issue?.path.join('.') || 'record'} ${issue?.message ?? 'is invalid'}`) };
  }
  const r = parsed.data;
  if (!r.text.trim()) return { kind: 'failure', source: label, item, error: new ParleyError('INPUT_EMPTY', `${label} ${item}: text is empty`) };
  if (r.text.length > MAX_ARTICLE_CHARS) return { kind: 'failure', source: label, item, error: tooLarge(`${label} ${item}`, r.text.length) };
  const published = normaliseDate(r.published ?? r.date ?? undefined);
  const uri = r.url || `${label}#${r.id ?? item}`;
  try {
    const doc = createDocument({
      text: shortenBlankRuns(r.text), title: r.title, published: published ?? fallbackDate ?? null,
      publishedProvenance: published ? 'record' : 'user', source: { kind: 'jsonl', uri, ...(r.source ? { name: r.source } : {}) },
    });
    return { kind: 'document', doc, source: label, item };
  } catch (err) {
    return { kind: 'failure', source: label, item, error: asParleyError(err) };
  }
}

export async function* readNewsJsonl(path: string, fallbackDate?: string, input?: Readable): AsyncGenerator<IngestItem> {
  // Bytes, not a decoded stream: readJsonLines bounds each line and reports bad encoding per line.
  for await (const line of readJsonLines(input ?? createReadStream(path), path)) {
    const item = `line ${line.lineNo}`;
    if (line.error) {
      yield { kind: 'failure', source: path, item, error: line.error };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line.text);
    } catch (err) {
      yield { kind: 'failure', source: path, item, error: new ParleyError('INPUT_BAD_JSON', `${path} ${item}: ${(err as Error).message}`) };
      continue;
    }
    yield recordToItem(value, path, item, fallbackDate);
  }
}
