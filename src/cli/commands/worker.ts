/**
 * `parley worker --db postgres://… [--drain] [--threads N]`: a scale-out worker. Takes queued ingest jobs
 * (pg-boss), analyses on all cores and saves transactionally; run any number of them on any number of
 * machines. A failed job is retried by the queue with back-off; a job in hand has a heartbeat, so a killed
 * worker's job expires 20 s after its last beat and is taken by another within a minute. `--drain` exits
 * when the queue is empty (batch use, tests); otherwise it waits for work until SIGINT/SIGTERM, finishing the
 * job in hand first.
 */
import { ParleyError } from '../../core/errors.js';
import { createAnalysisPool } from '../../ingest/pool/analysis-pool.js';
import { openQueue } from '../../store/queue.js';
import { runWorker } from '../../services/ingest.worker.service.js';
import { openStore } from '../../store/index.js';
import { dbOption, parseOptions, type Command } from '../command.js';

export const command: Command = {
  usage: 'parley worker --db postgres://… [--drain] [--threads N] [--quiet]',
  summary: 'Process queued ingest jobs from PostgreSQL (pg-boss): analyse and store documents. --drain exits when the queue is empty.',
  async run(argv) {
    const { values } = parseOptions(argv, { db: { type: 'string' }, drain: { type: 'boolean' }, threads: { type: 'string' }, quiet: { type: 'boolean' } });
    const url = dbOption(values.db);
    const store = await openStore(url);
    if (store.kind !== 'postgres') {
      await store.close();
      throw new ParleyError('USAGE', 'parley worker needs a postgres:// ledger (--db or PARLEY_DB); with SQLite, `parley ingest` does the work itself');
    }
    const threads = values.threads ? Number(values.threads) : undefined;
    if (threads !== undefined && (!Number.isInteger(threads) || threads < 1)) throw new ParleyError('USAGE', '--threads must be a positive whole number');
    const queue = await openQueue(url);
    const pool = createAnalysisPool(threads);
    let stopping = false;
    const stop = () => { stopping = true; };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    const log = (s: string) => { if (!values.quiet) process.stderr.write(s + '\n'); };
    log(`worker on ${store.label}: ${pool.size} analysis thread(s)`);
    let done: { jobs: number; added: number };
    try {
      done = await runWorker(store, queue, pool, { drain: values.drain ?? false, stopping: () => stopping, log });
    } finally {
      await pool.close();
      await queue.close();
      await store.close();
    }
    log(`worker done: ${done.jobs} jobs, ${done.added} documents added`);
    return 0;
  },
};
