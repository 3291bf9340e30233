/**
 * The fuzzing harness: runs a target over `runs` mutated inputs (deterministic for a seed) and reports how many
 * inputs it took, the crashes (anything thrown that is not a coded ParleyError, an INTERNAL or COMPONENT_FAILED
 * code, or text read from an external entity) with the mutation kinds that made them, the good records lost
 * (a seed line the mutations left whole whose record did not come, for one-record-per-line parsers; fewer records
 * than the seed gave after mutations that only change byte-order marks or line ends, for the others) and the
 * slowest input.
 *
 *   const report = await fuzzTarget(FUZZ_TARGETS[0]!, { runs: 50, seed: 1, scale: 100_000 });
 *   report.crashes   // [] when the parser held
 */
import fc from 'fast-check';
import { ParleyError } from '../../core/errors.js';
import { detectEncoding } from '../lines.js';
import { mutatedInput, type FuzzInput } from './mutations.js';
import type { FuzzTarget } from './targets.js';

export interface FuzzCrash { index: number; kinds: string[]; error: string; bytes: number }
export interface FuzzReport { target: string; inputs: number; crashes: FuzzCrash[]; lost: FuzzCrash[]; slowestMs: number; slowestKinds: string[]; slowestIndex: number }
export interface FuzzOptions {
  runs: number; seed: number; scale: number;
  /** Skip the first inputs (a restarted run). */
  from?: number;
  /** Run only the inputs this accepts (to replay some mutation kinds of a long run). */
  select?: (input: FuzzInput) => boolean;
  onInput?: (index: number) => void;
}

export function fuzzInputs(target: FuzzTarget, opts: FuzzOptions): FuzzInput[] {
  return fc.sample(mutatedInput(target.seeds(), opts.scale), { numRuns: opts.runs, seed: opts.seed });
}

interface Outcome { crash: string | null; out: string[] }

async function outcomeOf(target: FuzzTarget, bytes: Buffer): Promise<Outcome> {
  try {
    const out = await target.run(bytes);
    return { crash: out.some((t) => /root:[x*]?:0:0|ami-id|instance-id/.test(t)) ? 'an external entity was read' : null, out };
  } catch (err) {
    if (err instanceof ParleyError && err.code !== 'INTERNAL' && err.code !== 'COMPONENT_FAILED') return { crash: null, out: [] };
    return { crash: err instanceof Error ? `${err.name}: ${err.message.slice(0, 200)}` : String(err), out: [] };
  }
}

/** Why an input's outcome is a crash, or null when the parser answered correctly. */
export async function crashOf(target: FuzzTarget, bytes: Buffer): Promise<string | null> {
  return (await outcomeOf(target, bytes)).crash;
}

/** The input as text for finding whole seed lines in it (byte-order marks and UTF-16 as lines.ts reads them). */
function asText(bytes: Buffer): string {
  const enc = detectEncoding(bytes.subarray(0, 8192));
  return new TextDecoder(enc).decode(bytes).replace(/^\uFEFF/, '');
}

const BENIGN = /^(bom-|cr-only$)/;

/**
 * Mutations that keep every record: byte-order marks and line ends, with a UTF-16 re-encoding only as the last
 * (a mutation after it reads the UTF-16 bytes as UTF-8 text: NULs between letters, its mark made U+FFFD).
 */
const keepsRecords = (kinds: string[]) => {
  const utf16 = kinds.findIndex((k) => k.startsWith('bom-utf16'));
  return kinds.every((k) => BENIGN.test(k)) && (utf16 < 0 || utf16 === kinds.length - 1);
};

/** Records the input held that the run did not give (see the opening comment); `cache` keeps each seed's records. */
async function lostOf(target: FuzzTarget, input: FuzzInput, bytes: Buffer, out: string[], cache: Map<string, string[]>): Promise<string | null> {
  const recordsOf = async (text: string) => {
    let r = cache.get(text);
    if (!r) cache.set(text, (r = (await outcomeOf(target, Buffer.from(text, 'utf8'))).out));
    return r;
  };
  if (target.perLine) {
    const seedLines = new Set(input.seed.split('\n').filter((l) => l.trim()));
    const got = new Map<string, number>();
    for (const t of out) got.set(t, (got.get(t) ?? 0) + 1);
    let lost = 0;
    for (const line of asText(bytes).split(/\r\n|\r|\n/)) {
      if (!seedLines.has(line)) continue;
      for (const t of await recordsOf(line)) {
        const n = got.get(t) ?? 0;
        if (n > 0) got.set(t, n - 1);
        else lost++;
      }
    }
    return lost ? `${lost} good records lost` : null;
  }
  if (!keepsRecords(input.kinds)) return null;
  const want = (await recordsOf(input.seed)).length;
  return out.length < want ? `${want - out.length} of ${want} records lost` : null;
}

export async function fuzzTarget(target: FuzzTarget, opts: FuzzOptions): Promise<FuzzReport> {
  const inputs = fuzzInputs(target, opts);
  const cache = new Map<string, string[]>();
  const report: FuzzReport = { target: target.name, inputs: 0, crashes: [], lost: [], slowestMs: 0, slowestKinds: [], slowestIndex: -1 };
  for (let i = opts.from ?? 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    if (opts.select && !opts.select(input)) continue;
    opts.onInput?.(i);
    const t = performance.now();
    const bytes = input.build();
    const { crash, out } = await outcomeOf(target, bytes);
    const ms = performance.now() - t;
    report.inputs++;
    if (crash) report.crashes.push({ index: i, kinds: input.kinds, error: crash, bytes: bytes.length });
    const lost = crash ? null : await lostOf(target, input, bytes, out, cache);
    if (lost) report.lost.push({ index: i, kinds: input.kinds, error: lost, bytes: bytes.length });
    if (ms > report.slowestMs) {
      report.slowestMs = ms;
      report.slowestKinds = input.kinds;
      report.slowestIndex = i;
    }
  }
  return report;
}
