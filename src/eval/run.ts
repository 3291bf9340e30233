/**
 * `npm run eval`: runs every evaluation suite in this folder (`*.eval.js` exporting `run()`) against the gold
 * sets in ../shared/data/gold, prints their tables and writes per-case results to ./eval-results/.
 * Suites skip with a message when ../shared is absent.
 *
 *   npm run eval            # all suites
 *   npm run eval -- events  # suites whose file name contains "events"
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface EvalSuite { name: string; run(): Promise<void> | void }

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
const files = readdirSync(here).filter((f) => f.endsWith('.eval.js') && (!filter || f.includes(filter))).sort();
for (const f of files) {
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { suite: EvalSuite };
  process.stdout.write(`\n### ${mod.suite.name}\n`);
  await mod.suite.run();
}
