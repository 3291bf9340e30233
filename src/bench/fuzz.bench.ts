/**
 * The long fuzz run: 10,000 mutated inputs per parser (PARLEY_FUZZ_RUNS), huge pieces up to 10 MB
 * (PARLEY_FUZZ_SCALE), each parser in its own process with a 1 GB heap. Counts crashes (an uncoded error, a
 * process that died), hangs (an input over 20 s of the process's CPU time, read from /proc where there is one,
 * so a run on a busy machine is not stopped for waiting its turn; else 20 s of wall time; and 120 s of wall time
 * in any case: the process is stopped and the run goes on after it), good records lost and the peak RSS per
 * parser.
 *
 *   npm run bench -- fuzz
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FuzzReport } from '../ingest/fuzz/fuzz.js';
import { FUZZ_TARGETS } from '../ingest/fuzz/targets.js';
import type { Benchmark } from './run.js';

const HANG_MS = 20_000;
const WALL_MS = 120_000;

/** CPU time (user + system) of a process in ms, from /proc (Linux, 100 ticks a second); null elsewhere. */
function cpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
const child = fileURLToPath(new URL('../ingest/fuzz/child.js', import.meta.url));

interface Totals { inputs: number; crashes: string[]; lost: string[]; hangs: number[]; peakRssMb: number; slowestMs: number; slowestKinds: string[] }

function runFrom(name: string, runs: number, scale: number, from: number, totals: Totals): Promise<number> {
  return new Promise((resolve) => {
    const proc = fork(child, [name, String(runs), '1', String(scale), String(from)], { execArgv: ['--max-old-space-size=1024'], stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    let current = from;
    let last = Date.now();
    let lastCpu = cpuMs(proc.pid);
    let done = false;
    const watch = setInterval(() => {
      const cpu = cpuMs(proc.pid);
      const spent = cpu !== null && lastCpu !== null ? cpu - lastCpu : Date.now() - last;
      if ((spent > HANG_MS || Date.now() - last > WALL_MS) && !totals.hangs.includes(current)) {
        totals.hangs.push(current);
        proc.kill('SIGKILL');
      }
    }, 1000);
    proc.on('message', (m: { input?: number; report?: FuzzReport; maxRssMb?: number }) => {
      last = Date.now();
      lastCpu = cpuMs(proc.pid);
      if (m.input !== undefined) current = m.input;
      if (m.report) {
        done = true;
        totals.inputs += m.report.inputs;
        totals.crashes.push(...m.report.crashes.map((c) => `#${c.index} ${c.kinds.join('+')}: ${c.error}`));
        totals.lost.push(...m.report.lost.map((c) => `#${c.index} ${c.kinds.join('+')}: ${c.error}`));
        totals.peakRssMb = Math.max(totals.peakRssMb, m.maxRssMb ?? 0);
        if (m.report.slowestMs > totals.slowestMs) {
          totals.slowestMs = m.report.slowestMs;
          totals.slowestKinds = m.report.slowestKinds;
        }
      }
    });
    proc.on('exit', (code) => {
      clearInterval(watch);
      if (done) return resolve(runs);
      // Died or stopped on input `current`: count it, and go on after it.
      if (!totals.hangs.includes(current)) totals.crashes.push(`#${current}: the process died (exit ${code})`);
      totals.inputs += current - from + 1;
      resolve(current + 1);
    });
  });
}

export const bench: Benchmark = {
  name: 'fuzzing the parsers (inputs, crashes, hangs over 20 s, peak RSS)',
  async run() {
    const runs = Number(process.env.PARLEY_FUZZ_RUNS ?? 10_000);
    const scale = Number(process.env.PARLEY_FUZZ_SCALE ?? 10_000_000);
    const only = process.env.PARLEY_FUZZ_TARGETS?.split(',');
    for (const target of FUZZ_TARGETS.filter((t) => !only || only.includes(t.name))) {
      const totals: Totals = { inputs: 0, crashes: [], lost: [], hangs: [], peakRssMb: 0, slowestMs: 0, slowestKinds: [] };
      const t = performance.now();
      for (let from = 0; from < runs;) from = await runFrom(target.name, runs, scale, from, totals);
      process.stdout.write(`${target.name.padEnd(9)} ${totals.inputs} inputs, ${totals.crashes.length} crashes, ${totals.hangs.length} hangs, ${totals.lost.length} inputs losing good records, peak RSS ${totals.peakRssMb.toFixed(0)} MB, slowest ${totals.slowestMs.toFixed(0)} ms (${totals.slowestKinds.join('+')}), ${((performance.now() - t) / 1000).toFixed(0)} s\n`);
      for (const c of totals.crashes.slice(0, 10)) process.stdout.write(`    crash ${c}\n`);
      for (const c of totals.lost.slice(0, 10)) process.stdout.write(`    lost ${c}\n`);
      for (const h of totals.hangs.slice(0, 10)) process.stdout.write(`    hang at input #${h}\n`);
    }
  },
};
