/**
 * Folder walker: expands files and folders (recursively, sorted, skipping hidden entries and node_modules) into
 * the files Parley can read: .txt, .md, .markdown, .html, .htm, .json, .jsonl, .xml, .rss, .atom, .tsv, .csv.
 *
 *   for (const path of walkFiles(['articles/', 'one.md'])) …
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export const READABLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.json', '.jsonl', '.ndjson', '.xml', '.rss', '.atom', '.tsv', '.csv']);

export function* walkFiles(paths: readonly string[]): Generator<string> {
  for (const path of paths) yield* walk(path, true);
}

function* walk(path: string, explicit: boolean): Generator<string> {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    if (explicit) yield path;
    return;
  }
  if (!isDir) {
    if (explicit || READABLE_EXTENSIONS.has(extname(path).toLowerCase()) || /\.export\.csv$/i.test(path)) yield path;
    return;
  }
  const entries = readdirSync(path, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules')
    .map((e) => e.name)
    .sort();
  for (const name of entries) yield* walk(join(path, name), false);
}
