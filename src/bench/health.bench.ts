/**
 * One request cannot freeze the server, measured over real HTTP on loopback: `parley serve` in its own process
 * (default 10 s analysis budget, default pool, default rate limits) on a fresh SQLite ledger, and from this process
 * /api/health polled every 20 ms while (1) one 200 KB nested-HTML check, (2) eight of them at once, (3) one ordinary 200,000-character
 * check are answered. Prints each check's answer (status, code, time) and health's answers, p50, p95 and slowest,
 * beside an idle baseline. The 50 ms figure of issue 16 is the slowest health answer during a nested check.
 *
 *   npm run bench -- health
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packagePath } from '../core/paths.js';
import type { Benchmark } from './run.js';

interface Served { url: string; proc: ChildProcess }

/** `parley serve --port 0` on `db`, once it prints its address. */
export function serve(db: string): Promise<Served> {
  const proc = spawn(process.execPath, [packagePath('bin', 'parley.js'), 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  // A bench stopped half-way (Ctrl-C, a closed pipe) does not leave the server running.
  process.once('exit', () => proc.kill('SIGKILL'));
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /dashboard\s+(http:\/\/\S+?)\/\s/.exec(out);
      if (m) resolve({ url: m[1]!, proc });
    });
    proc.on('exit', (code) => reject(new Error(`parley serve exited (${code}): ${out}`)));
  });
}

const pct = (xs: number[], p: number) => xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]! : 0;

export const NESTED_HTML = '<html><body>' + '<b>'.repeat(66_000) + 'The ministers met in Geneva.</body></html>';
const PROSE = 'Officials in Kyiv said Russian forces shelled the port on Monday, and the ministers agreed to meet again in Geneva. '.repeat(1740).slice(0, 200_000);

async function check(server: Served, text: string): Promise<string> {
  const t = performance.now();
  const res = await fetch(`${server.url}/api/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
  const body = (await res.json()) as { error?: { code: string } };
  return `${res.status} ${body.error?.code ?? 'ok'} in ${(performance.now() - t).toFixed(0)} ms`;
}

const msOf = (answer: string) => Number(/in (\d+) ms/.exec(answer)?.[1] ?? 0);

/** Polls /api/health every 20 ms until `done` settles (at least `minMs`); its latencies. */
async function healthWhile(server: Served, done: Promise<unknown>, minMs = 0): Promise<number[]> {
  let settled = false;
  void done.finally(() => { settled = true; });
  const until = performance.now() + minMs;
  const ms: number[] = [];
  while (!settled || performance.now() < until) {
    const t = performance.now();
    const res = await fetch(`${server.url}/api/health`);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`/api/health answered ${res.status}`);
    ms.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 20));
  }
  return ms;
}

const line = (label: string, answers: string, ms: number[]) =>
  `${label.padEnd(34)} ${answers}; health: ${ms.length} answers, p50 ${pct(ms, 50).toFixed(1)} ms, p95 ${pct(ms, 95).toFixed(1)} ms, slowest ${Math.max(0, ...ms).toFixed(1)} ms\n`;

export const bench: Benchmark = {
  name: 'health while hostile checks run (`parley serve` in its own process, real HTTP on loopback)',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'parley-health-'));
    const server = await serve(join(dir, 'ledger.db'));
    try {
      // Every pool thread started (its pipeline and check module loaded) before anything is measured: rounds of
      // short checks until a round answers within a second each (a thread still loading holds its task).
      for (let round = 0; round < 30; round++) {
        const answers = await Promise.all([1, 2, 3, 4].map(() => check(server, 'Turkey hosted talks in Istanbul on Friday.')));
        if (Math.max(...answers.map(msOf)) < 1000) break;
      }
      process.stdout.write(line('idle', '-', await healthWhile(server, new Promise((r) => setTimeout(r, 1000)))));
      for (let i = 0; i < 3; i++) {
        const one = check(server, NESTED_HTML);
        const ms = await healthWhile(server, one, 200);
        process.stdout.write(line(`one 200 KB nested-HTML check (${i + 1})`, await one, ms));
      }
      const eight = Promise.all(Array.from({ length: 8 }, () => check(server, NESTED_HTML)));
      const ms8 = await healthWhile(server, eight, 200);
      const answers = await eight;
      process.stdout.write(line('eight nested-HTML checks at once', `${answers.filter((a) => a.includes('INPUT_TOO_COMPLEX')).length}/8 refused, slowest in ${Math.max(...answers.map(msOf))} ms`, ms8));
      const prose = check(server, PROSE);
      const msProse = await healthWhile(server, prose);
      process.stdout.write(line('one 200,000-character check', await prose, msProse));
    } finally {
      server.proc.removeAllListeners('exit');
      server.proc.kill('SIGINT');
      await new Promise((r) => server.proc.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
