/**
 * One fuzzing process (forked by `npm run bench -- fuzz`): runs one target over its inputs from `from` on and
 * tells the parent before each input, so the parent can stop it on a hang (no word for 20 s) and start again
 * after that input; at the end it sends its report and its peak RSS.
 *
 *   fork('dist/ingest/fuzz/child.js', ['html', '10000', '1', '10000000', '0'])
 */
import { fuzzTarget } from './fuzz.js';
import { FUZZ_TARGETS } from './targets.js';

const [name, runs, seed, scale, from] = process.argv.slice(2);
const target = FUZZ_TARGETS.find((t) => t.name === name);
if (!target || !process.send) process.exit(2);
const report = await fuzzTarget(target, { runs: Number(runs), seed: Number(seed), scale: Number(scale), from: Number(from), onInput: (i) => process.send!({ input: i }) });
process.send({ report, maxRssMb: process.resourceUsage().maxRSS / 1024 });
process.disconnect();
