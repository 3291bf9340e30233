/**
 * The fuzzing harness: runs a target over `runs` mutated inputs (deterministic for a seed) and reports how many
 * inputs it took, the crashes (anything thrown that is not a coded ParleyError, an INTERNAL or COMPONENT_FAILED
 * code, or text read from an external entity) with the mutation kinds that made them, and the slowest input.
 *
 *   const report = await fuzzTarget(FUZZ_TARGETS[0]!, { runs: 50, seed: 1, scale: 100_000 });
 *   report.crashes   // [] when the parser held
 */
import fc from 'fast-check';
import { ParleyError } from '../../core/errors.js';
import { mutatedInput, type FuzzInput } from './mutations.js';
import type { FuzzTarget } from './targets.js';

export interface FuzzCrash { index: number; kinds: string[]; error: string; bytes: number }
export interface FuzzReport { target: string; inputs: number; crashes: FuzzCrash[]; slowestMs: number; slowestKinds: string[]; slowestIndex: number }
export interface FuzzOptions { runs: number; seed: number; scale: number; /** Skip the first inputs (a restarted run). */ from?: number; onInput?: (index: number) => void }

export function fuzzInputs(target: FuzzTarget, opts: FuzzOptions): FuzzInput[] {
  return fc.sample(mutatedInput(target.seeds(), opts.scale), { numRuns: opts.runs, seed: opts.seed });
}

/** Why an input's outcome is a crash, or null when the parser answered correctly. */
export async function crashOf(target: FuzzTarget, bytes: Buffer): Promise<string | null> {
  try {
    const out = await target.run(bytes);
    return out.some((t) => /root:[x*]?:0:0|ami-id|instance-id/.test(t)) ? 'an external entity was read' : null;
  } catch (err) {
    if (err instanceof ParleyError && err.code !== 'INTERNAL' && err.code !== 'COMPONENT_FAILED') return null;
    return err instanceof Error ? `${err.name}: ${err.message.slice(0, 200)}` : String(err);
  }
}

export async function fuzzTarget(target: FuzzTarget, opts: FuzzOptions): Promise<FuzzReport> {
  const inputs = fuzzInputs(target, opts);
  const report: FuzzReport = { target: target.name, inputs: 0, crashes: [], slowestMs: 0, slowestKinds: [], slowestIndex: -1 };
  for (let i = opts.from ?? 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    opts.onInput?.(i);
    const t = performance.now();
    const bytes = input.build();
    const crash = await crashOf(target, bytes);
    const ms = performance.now() - t;
    report.inputs++;
    if (crash) report.crashes.push({ index: i, kinds: input.kinds, error: crash, bytes: bytes.length });
    if (ms > report.slowestMs) {
      report.slowestMs = ms;
      report.slowestKinds = input.kinds;
      report.slowestIndex = i;
    }
  }
  return report;
}
