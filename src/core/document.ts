/**
 * Creating a `Document`: the text is normalised (Unicode NFC, CRLF -> LF, trailing spaces trimmed) and the id is
 * the sha256 of that normalised text, so the same article read twice gets the same id.
 *
 *   createDocument({ text: 'Putin called Trump.', source: { kind: 'text', uri: '-' } }).id // 'sha256:…'
 */
import { createHash } from 'node:crypto';
import type { DateProvenance, Document, SourceRef } from './types.js';

export interface DocumentInput {
  text: string;
  title?: string;
  published?: string | null;
  publishedProvenance?: DateProvenance;
  source: SourceRef;
}

export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/(?<![ \t])[ \t]+\n/g, '\n') // the lookbehind keeps this linear on long blank runs
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function documentId(normalisedText: string): string {
  return 'sha256:' + createHash('sha256').update(normalisedText, 'utf8').digest('hex');
}

export function createDocument(input: DocumentInput): Document {
  const text = normaliseText(input.text);
  return {
    id: documentId(text),
    title: input.title?.trim() || firstLine(text),
    published: input.published ?? null,
    publishedProvenance: input.published ? (input.publishedProvenance ?? 'user') : 'none',
    source: input.source,
    language: 'en',
    text,
    layers: {},
    errors: [],
    timings: {},
  };
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0] ?? '';
  return line.length > 90 ? line.slice(0, 87) + '…' : line;
}
