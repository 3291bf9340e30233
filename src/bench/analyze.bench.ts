/**
 * Benchmark of `analyze` (the whole pipeline from raw text: tokenising, actors, times, events, commitments,
 * claims) on one core over the first 500 articles of ../shared/data/news/ukraine_war_2022_dev.jsonl.
 * Prints sentences/s, articles/s, the time per component and peak RSS.
 *
 *   npm run bench -- analyze
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createDocument } from '../core/document.js';
import { defaultPipeline } from '../pipeline/index.js';
import { sharedDataPath } from '../testing/shared-data.js';
import type { Benchmark } from './run.js';

export async function readNewsArticles(limit: number): Promise<{ text: string; published: string | null; title: string }[]> {
  const path = sharedDataPath('news', 'ukraine_war_2022_dev.jsonl');
  if (!path) return [];
  const out: { text: string; published: string | null; title: string }[] = [];
  for await (const line of createInterface({ input: createReadStream(path) })) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { text?: string; published?: string; title?: string };
    if (!r.text) continue;
    out.push({ text: r.text, published: r.published?.slice(0, 10) ?? null, title: r.title ?? '' });
    if (out.length >= limit) break;
  }
  return out;
}

export const bench: Benchmark = {
  name: 'analyze: full pipeline from raw text, one core (first 500 news articles)',
  async run() {
    const articles = await readNewsArticles(500);
    if (!articles.length) {
      console.log('skipped: ../shared/data/news is absent');
      return;
    }
    const pipeline = defaultPipeline();
    // Warm up: loads the model and knowledge once and lets the JIT compile the hot paths, as in a long ingest.
    for (const a of articles.slice(0, 50)) pipeline.run(createDocument({ text: a.text, published: a.published, source: { kind: 'jsonl', uri: 'warmup' } }));
    const perComponent: Record<string, number> = {};
    let sentences = 0;
    let chars = 0;
    let events = 0;
    const t0 = performance.now();
    for (const a of articles) {
      const doc = pipeline.run(createDocument({ text: a.text, title: a.title, published: a.published, source: { kind: 'jsonl', uri: 'bench' } }));
      sentences += doc.layers.sentences?.length ?? 0;
      events += doc.layers.events?.length ?? 0;
      chars += doc.text.length;
      for (const [k, v] of Object.entries(doc.timings)) if (k !== 'totalMs') perComponent[k] = (perComponent[k] ?? 0) + v;
    }
    const seconds = (performance.now() - t0) / 1000;
    console.log(`articles        ${articles.length} (${(chars / 1e6).toFixed(1)} MB of text, ${sentences} sentences, ${events} events)`);
    console.log(`sentences/s     ${Math.round(sentences / seconds)}`);
    console.log(`articles/s      ${(articles.length / seconds).toFixed(1)}`);
    console.log(`per component   ${Object.entries(perComponent).map(([k, v]) => `${k} ${((v / 1000 / seconds) * 100).toFixed(0)}%`).join(', ')}`);
    console.log(`peak RSS        ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  },
};
