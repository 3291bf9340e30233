/**
 * `npm run bench -- coder`: event coding throughput on the news corpus (../shared/data/news): sentences/s for
 * the whole coding pipeline from raw text (tokenizer, actors, times, syntax, events, locations) on one core,
 * how many sentences were parsed, time per component, and peak RSS. It warms up on 100 articles from the end of the file (JIT, chrono's regular
 * expressions), then codes articles 1–500, 501–1000 and 1001–1500 once each. Per-core speed is given twice:
 * by the clock, and by the CPU time of the coding thread (/proc on Linux), which other processes on a busy
 * machine do not inflate. Components are timed the same two ways (CPU: the process's, engine threads included,
 * around each component's run), and the parser's own cost is given per parsed sentence (the syntax component:
 * tagging, parsing and the choice of the sentences to parse). Skips when ../shared is absent.
 */
import { readFileSync } from 'node:fs';
import { createDocument } from '../core/document.js';
import type { Document } from '../core/types.js';
import { codingPipeline } from '../pipeline/events/pipeline.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { sharedDataPath } from '../testing/shared-data.js';
import type { Benchmark } from './run.js';

interface Article { id: string; text: string; published?: string }

/** CPU milliseconds of this process's main thread, or of the whole process where /proc is missing. */
function threadCpuMs(): number {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  }
}

/** Sentences the syntax component parsed (the others carry UNPARSED: no trigger or no party). */
function parsedSentences(doc: Document): number {
  const tokens = doc.layers.tokens ?? [];
  const deps = doc.layers.deps ?? [];
  let n = 0;
  for (let k = 0; k < tokens.length; k++) if ((k === 0 || tokens[k - 1]!.sentence !== tokens[k]!.sentence) && deps[k]?.rel) n++;
  return n;
}

/** "name ms (share%)" for each entry. */
function shares(ms: Record<string, number>): string {
  const total = Object.values(ms).reduce((x, y) => x + y, 0);
  return Object.entries(ms).map(([k, v]) => `${k} ${Math.round(v)} (${Math.round((100 * v) / Math.max(1, total))}%)`).join(', ');
}

export const bench: Benchmark = {
  name: 'coder: raw text to PLOVER/CAMEO events, one core',
  run() {
    const path = sharedDataPath('news', 'ukraine_war_2022_dev.jsonl');
    if (!path) { process.stdout.write('skipped: ../shared/data/news is absent\n'); return; }
    const articles = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Article);
    // the coding pipeline, each component timed in CPU too (the pipeline's own timings are by the clock; /proc counts 10 ms ticks)
    const cpuMs: Record<string, number> = {};
    const pipeline = createPipeline(codingPipeline().components.map((c) => ({
      ...c,
      run(doc: Document) {
        const t0 = process.cpuUsage();
        try { c.run(doc); } finally { const u = process.cpuUsage(t0); cpuMs[c.name] = (cpuMs[c.name] ?? 0) + (u.user + u.system) / 1000; }
      },
    })));
    const code = (a: Article) => pipeline.run(createDocument({ text: a.text, published: a.published?.slice(0, 10) ?? null, source: { kind: 'jsonl', uri: a.id } }));
    for (const a of articles.slice(-100)) code(a);
    const line = (label: string, value: string) => process.stdout.write(`  ${label.padEnd(36)} ${value}\n`);
    const rates: number[] = [];
    for (const [from, to] of [[0, 500], [500, 1000], [1000, 1500]] as const) {
      const batch = articles.slice(from, to);
      let sentences = 0; let events = 0; let chars = 0; let parsed = 0;
      const perComponent: Record<string, number> = {};
      for (const k of Object.keys(cpuMs)) cpuMs[k] = 0;
      const cpu0 = threadCpuMs();
      const t0 = performance.now();
      for (const a of batch) {
        const doc = code(a);
        sentences += doc.layers.sentences?.length ?? 0;
        parsed += parsedSentences(doc);
        events += doc.layers.events?.length ?? 0;
        chars += doc.text.length;
        for (const [k, v] of Object.entries(doc.timings)) if (k !== 'totalMs') perComponent[k] = (perComponent[k] ?? 0) + v;
      }
      const seconds = (performance.now() - t0) / 1000;
      const cpuSeconds = Math.max(0.001, (threadCpuMs() - cpu0) / 1000);
      rates.push(sentences / seconds);
      process.stdout.write(` articles ${from + 1}–${to}\n`);
      line('articles / sentences / events', `${batch.length} / ${sentences} / ${events}`);
      line('full pipeline from raw text', `${Math.round(sentences / seconds)} sentences/s by the clock (${Math.round(batch.length / seconds)} articles/s, ${(chars / seconds / 1e6).toFixed(2)} MB/s); ${Math.round(sentences / cpuSeconds)} sentences/s per CPU-second of the coding thread`);
      line('sentences parsed', `${parsed} of ${sentences} (${Math.round((100 * parsed) / Math.max(1, sentences))}%: those that can hold an event)`);
      line('time per component (ms)', shares(perComponent));
      line('CPU per component (ms)', shares(cpuMs));
      // process CPU includes the engine's helper threads (compiler, GC): the parser's share of it scales the thread's time
      const syntaxMs = cpuMs.syntax ?? 0;
      const syntaxShare = syntaxMs / Math.max(1, Object.values(cpuMs).reduce((x, y) => x + y, 0));
      line('parser (syntax component)', `${Math.round((1000 * syntaxMs) / Math.max(1, parsed))} µs CPU per parsed sentence (${Math.round((1000 * Math.max(1, parsed)) / Math.max(1, syntaxMs))} parsed sentences per CPU-second), ${Math.round(100 * syntaxShare)}% of the CPU; the pipeline without it: ${Math.round(sentences / Math.max(0.001, cpuSeconds * (1 - syntaxShare)))} sentences per CPU-second`);
    }
    line('median by the clock', `${Math.round(rates.sort((a, b) => a - b)[1]!)} sentences/s`);
    line('peak RSS', `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  },
};
