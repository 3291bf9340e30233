/**
 * GDELT import time against the number of rows when many rows share a cluster (as in a real daily export):
 * 10,000 and 40,000 synthetic rows over 50 clusters into a fresh SQLite ledger. Linear import means the
 * rows/s figure stays about the same as the file grows.
 *
 *   npm run bench -- gdelt
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticGdeltRows } from '../ingest/testdata/gdelt-rows.js';
import { ingestSources } from '../services/ingest.service.js';
import { openStore } from '../store/index.js';
import type { Benchmark } from './run.js';

export const bench: Benchmark = {
  name: 'GDELT import (rows sharing clusters)',
  async run() {
    const sizes = (process.env.PARLEY_BENCH_GDELT ?? '10000,40000').split(',').map(Number);
    for (const n of sizes) {
      const dir = mkdtempSync(join(tmpdir(), 'parley-gdelt-bench-'));
      try {
        const file = join(dir, 'rows.export.CSV');
        writeFileSync(file, syntheticGdeltRows(n, 50).join('\n') + '\n');
        const store = await openStore(join(dir, 'ledger.db'));
        const t = performance.now();
        const s = await ingestSources(store, [file], { allowHosts: [], threads: 1 });
        const seconds = (performance.now() - t) / 1000;
        const clusters = (await store.counts()).clusters;
        await store.close();
        process.stdout.write(`${String(n).padStart(7)} rows: ${seconds.toFixed(1)} s (${(s.gdeltEvents / seconds).toFixed(0)} rows/s), ${clusters} clusters, ${s.failed} failed\n`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  },
};
