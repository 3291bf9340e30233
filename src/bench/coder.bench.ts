/**
 * `npm run bench -- coder`: event coding throughput on the news corpus (../shared/data/news, first 500
 * articles): sentences/s for the whole coding pipeline from raw text (tokenizer, actors, times, events) on
 * one core, the share of the events component, and peak RSS. Skips when ../shared is absent.
 */
import { readFileSync } from 'node:fs';
import { createDocument } from '../core/document.js';
import { codingPipeline } from '../pipeline/events/pipeline.js';
import { sharedDataPath } from '../testing/shared-data.js';
import type { Benchmark } from './run.js';

interface Article { id: string; text: string; published?: string }

export const bench: Benchmark = {
  name: 'coder: raw text to PLOVER/CAMEO events, one core',
  run() {
    const path = sharedDataPath('news', 'ukraine_war_2022_dev.jsonl');
    if (!path) { process.stdout.write('skipped: ../shared/data/news is absent\n'); return; }
    const articles = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).slice(0, 500).map((l) => JSON.parse(l) as Article);
    const pipeline = codingPipeline();
    const docs = articles.map((a) => ({ text: a.text, published: a.published?.slice(0, 10) ?? null }));
    for (const d of docs.slice(0, 20)) pipeline.run(createDocument({ ...d, source: { kind: 'jsonl', uri: 'warm-up' } }));
    let sentences = 0; let events = 0; let eventsMs = 0; let chars = 0;
    const perComponent: Record<string, number> = {};
    const t0 = performance.now();
    for (const d of docs) {
      const doc = pipeline.run(createDocument({ ...d, source: { kind: 'jsonl', uri: 'bench' } }));
      sentences += doc.layers.sentences?.length ?? 0;
      events += doc.layers.events?.length ?? 0;
      chars += doc.text.length;
      for (const [k, v] of Object.entries(doc.timings)) if (k !== 'totalMs') perComponent[k] = (perComponent[k] ?? 0) + v;
      eventsMs += doc.timings.events ?? 0;
    }
    const seconds = (performance.now() - t0) / 1000;
    const rssMb = process.resourceUsage().maxRSS / 1024;
    const line = (label: string, value: string) => process.stdout.write(`  ${label.padEnd(36)} ${value}\n`);
    line('articles / sentences / events', `${docs.length} / ${sentences} / ${events}`);
    line('full pipeline from raw text', `${Math.round(sentences / seconds)} sentences/s, ${Math.round(docs.length / seconds)} articles/s, ${(chars / seconds / 1e6).toFixed(2)} MB/s`);
    line('events component alone', `${Math.round(sentences / (eventsMs / 1000))} sentences/s`);
    line('time per component (ms)', Object.entries(perComponent).map(([k, v]) => `${k} ${Math.round(v)}`).join(', '));
    line('peak RSS', `${Math.round(rssMb)} MB`);
  },
};
