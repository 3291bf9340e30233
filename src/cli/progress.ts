/**
 * A small progress bar for terminals (no dependency): redraws one line on stderr at most 10 times a second;
 * does nothing when stderr is not a TTY. `estimateItems` counts what a run will see (JSONL/TSV lines, files).
 *
 *   const bar = createProgress(process.stderr, estimateItems(['news.jsonl']));
 *   bar.update(totals); … bar.done();
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { walkFiles } from '../ingest/sources/files.js';

export interface ProgressTotals { seen: number; added: number; duplicates: number; failed: number }

export interface Progress { update(t: ProgressTotals): void; done(): void }

export function estimateItems(specs: readonly string[]): number | null {
  let n = 0;
  for (const spec of specs) {
    if (spec === '-' || /^https?:\/\//i.test(spec)) return null;
    for (const file of walkFiles([spec])) {
      const ext = extname(file).toLowerCase();
      if (!['.jsonl', '.ndjson', '.tsv', '.csv'].includes(ext)) {
        n++;
        continue;
      }
      try {
        const buf = readFileSync(file);
        let lines = 0;
        for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) lines++;
        n += lines + (buf.length && buf[buf.length - 1] !== 10 ? 1 : 0);
      } catch {
        n++;
      }
    }
  }
  return n;
}

export function createProgress(stream: NodeJS.WriteStream, total: number | null): Progress {
  if (!stream.isTTY) return { update: () => undefined, done: () => undefined };
  const started = Date.now();
  let last = 0;
  let line = '';
  const render = (t: ProgressTotals) => {
    const secs = Math.max(0.001, (Date.now() - started) / 1000);
    const rate = Math.round(t.seen / secs);
    const width = 24;
    const frac = total ? Math.min(1, t.seen / total) : 0;
    const bar = total ? `[${'#'.repeat(Math.round(frac * width)).padEnd(width, '-')}] ${String(Math.round(frac * 100)).padStart(3)}% ` : '';
    line = `${bar}${t.seen}${total ? `/${total}` : ''} · added ${t.added} · duplicates ${t.duplicates} · failed ${t.failed} · ${rate}/s`;
    stream.write(`\r${line.slice(0, (stream.columns || 100) - 1)}\x1b[K`);
  };
  return {
    update(t) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      render(t);
    },
    done() {
      if (line) stream.write('\r\x1b[K');
    },
  };
}
