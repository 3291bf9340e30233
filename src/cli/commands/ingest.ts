/**
 * `parley ingest SOURCE… [--db URL]`: adds files, folders, news JSONL, feeds, URLs, standard input (`-`) or
 * GDELT exports to the ledger. SQLite (default ./parley.db): analyses on all cores and saves in transactional
 * batches, with a progress bar on a terminal and a summary at the end. PostgreSQL: enqueues the work for
 * `parley worker` processes (`--wait` waits for them and prints the summary; `--no-queue` works in-process).
 * Exit status 1 when any item failed: each failure is printed on stderr as `error PARLEY_E_CODE: PATH[:line N]:
 * message (hint: …)` (the first 20, then "… and N more"), listed under `failures` with --json, and recorded in the ledger.
 * `parley ingest --runs` lists the latest runs with their status (a run whose process was killed is `interrupted`).
 */
import { ParleyError } from '../../core/errors.js';
import { createProgress, estimateItems } from '../progress.js';
import { openQueue } from '../../store/queue.js';
import { formatFailure, ingestSources, type IngestTotals } from '../../services/ingest.service.js';
import { enqueueSources } from '../../services/ingest.worker.service.js';
import { openStore, type LedgerCounts, type Store } from '../../store/index.js';
import { dbOption, parseOptions, type Command } from '../command.js';
import { writeJsonLine } from '../output.js';

export const command: Command = {
  usage: 'parley ingest SOURCE… [--db URL] [--date YYYY-MM-DD] [--allow-host HOST[:PORT]]… [--force] [--json] [--batch N] [--threads N] [--no-queue] [--wait] | parley ingest --runs [--db URL] [--json]',
  summary: 'Add files, folders (.txt .md .html .json .jsonl .xml), news JSONL, RSS/Atom/JSON feeds, URLs, stdin (-) or GDELT exports (.tsv/.csv) to the ledger. Re-ingesting adds nothing. With a postgres:// --db the work is queued for `parley worker`.',
  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      db: { type: 'string' }, date: { type: 'string' }, 'allow-host': { type: 'string', multiple: true }, force: { type: 'boolean' },
      json: { type: 'boolean' }, batch: { type: 'string' }, threads: { type: 'string' }, 'no-queue': { type: 'boolean' }, wait: { type: 'boolean' },
      runs: { type: 'boolean' },
    });
    if (values.runs) return listRuns(dbOption(values.db), values.json ?? false);
    if (!positionals.length) throw new ParleyError('USAGE', 'ingest needs at least one SOURCE (file, folder, URL, or - for standard input)');
    const batchSize = positiveInt(values.batch, '--batch');
    const threads = positiveInt(values.threads, '--threads');
    const store = await openStore(dbOption(values.db));
    try {
      const opts = { allowHosts: values['allow-host'] ?? [], ...(values.date ? { date: values.date } : {}), force: values.force ?? false, ...(batchSize ? { batchSize } : {}), ...(threads ? { threads } : {}) };
      const bar = values.json ? null : createProgress(process.stderr, estimateItems(positionals));
      if (store.kind === 'postgres' && !values['no-queue']) return await queued(store, positionals, opts, values.wait ?? false, values.json ?? false);
      const summary = await ingestSources(store, positionals, { ...opts, onProgress: (t) => bar?.update(t) });
      bar?.done();
      printFailures(summary);
      const counts = await store.counts();
      if (values.json) writeJsonLine({ ...summary, ledger: counts });
      else {
        process.stdout.write(formatSummary(summary, store.label, counts, summary.seconds));
        for (const b of summary.backingOff) process.stdout.write(`  skipped ${b.uri}: backing off after failures until ${b.due} (--force to fetch now)\n`);
      }
      return summary.failed ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};

async function queued(store: Store, specs: string[], opts: Parameters<typeof enqueueSources>[3], wait: boolean, json: boolean): Promise<number> {
  const queue = await openQueue(store.url);
  try {
    const s = await enqueueSources(store, queue, specs, opts);
    printFailures(s);
    if (!json) process.stdout.write(`queued ${s.documentsQueued} documents in ${s.jobs} jobs (run ${s.runId}); imported ${s.gdeltEvents} GDELT events; ${s.failed} failed\n`);
    if (!wait) {
      if (json) writeJsonLine(s);
      else process.stdout.write('start workers with `parley worker --db <same URL>` to analyse and store them\n');
      return s.failed ? 1 : 0;
    }
    while ((await queue.pending()) > 0) await new Promise((r) => setTimeout(r, 1000));
    const run = await store.runs.get(s.runId);
    const totals: IngestTotals = {
      ...s, added: Number(run?.added ?? 0), duplicates: Number(run?.duplicates ?? 0), nearDuplicates: Number(run?.near_duplicates ?? 0),
      failed: Number(run?.failed ?? 0), events: Number(run?.events ?? 0),
    };
    const counts = await store.counts();
    if (json) writeJsonLine({ ...totals, runId: s.runId, ledger: counts });
    else process.stdout.write(formatSummary(totals, store.label, counts, null));
    return totals.failed ? 1 : 0;
  } finally {
    await queue.close();
  }
}

async function listRuns(db: string | undefined, json: boolean): Promise<number> {
  const store = await openStore(db, { create: false });
  try {
    const runs = (await store.runs.list(20)).map((r) => ({
      id: r.id, status: r.status, startedAt: r.started_at, finishedAt: r.finished_at, sources: JSON.parse(r.sources) as string[],
      added: Number(r.added), duplicates: Number(r.duplicates), failed: Number(r.failed), events: Number(r.events),
    }));
    if (json) writeJsonLine({ runs });
    else for (const r of runs) process.stdout.write(`${r.startedAt}  ${r.status.padEnd(11)}  added ${r.added}, failed ${r.failed}  ${r.sources.join(' ').slice(0, 80)}  (${r.id})\n`);
    return 0;
  } finally {
    await store.close();
  }
}

export function formatSummary(t: IngestTotals, label: string, counts: LedgerCounts, seconds: number | null): string {
  const perSecond = seconds && t.added ? `, ${(t.added / seconds).toFixed(1)} articles/s` : seconds && t.gdeltEvents ? `, ${(t.gdeltEvents / seconds).toFixed(0)} GDELT events/s` : '';
  const rate = seconds ? ` in ${seconds.toFixed(1)} s${perSecond ? ` (${perSecond.slice(2)})` : ''}` : '';
  const lines = [
    `ingested into ${label}${rate}`,
    `  added          ${String(t.added).padStart(8)}   (near-duplicates ${t.nearDuplicates})`,
    `  duplicates     ${String(t.duplicates).padStart(8)}`,
    `  failed         ${String(t.failed).padStart(8)}`,
    ...Object.entries(t.failuresByCode).sort().map(([code, n]) => `    ${code.padEnd(34)} ${n}`),
    `  events         ${String(t.events).padStart(8)}`,
  ];
  if (t.gdeltEvents || t.gdeltDuplicates) lines.push(`  GDELT events   ${String(t.gdeltEvents).padStart(8)}   (already present ${t.gdeltDuplicates})`);
  lines.push(`  ledger now: ${counts.documents} documents (${counts.nearDuplicates} near-duplicates), ${counts.events} events, ${counts.gdeltEvents} GDELT events, ${counts.clusters} clusters, ${counts.commitments} commitments, ${counts.claims} claims`);
  return lines.join('\n') + '\n';
}

/** Failures printed on stderr before the summary; the rest are counted ("… and N more") and kept in the ledger. */
export const PRINTED_FAILURES = 20;

export function printFailures(t: IngestTotals, stream: NodeJS.WritableStream = process.stderr): void {
  for (const f of t.failures.slice(0, PRINTED_FAILURES)) stream.write(formatFailure(f) + '\n');
  const more = t.failed - Math.min(t.failures.length, PRINTED_FAILURES);
  if (more > 0) stream.write(`… and ${more} more failure(s) (--json lists ${t.failures.length > PRINTED_FAILURES ? 'the first ' + t.failures.length : 'them'})\n`);
}

function positiveInt(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new ParleyError('USAGE', `${name} must be a positive whole number, not "${v}"`);
  return n;
}
