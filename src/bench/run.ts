/**
 * `npm run bench`: runs every benchmark in this folder (`*.bench.js` exporting `bench`) and prints its numbers
 * (throughput, peak RSS, latencies). Benchmarks measure; they never fail a build on timing.
 *
 *   npm run bench             # all benchmarks
 *   npm run bench -- coder    # benchmarks whose file name contains "coder"
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface Benchmark { name: string; run(): Promise<void> | void }

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
const files = readdirSync(here).filter((f) => f.endsWith('.bench.js') && (!filter || f.includes(filter))).sort();
for (const f of files) {
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { bench: Benchmark };
  process.stdout.write(`\n### ${mod.bench.name}\n`);
  await mod.bench.run();
}
