/**
 * Event locations on real news (no gold): codes 300 articles drawn at random (fixed seed) from
 * ../shared/data/news and reports how many events get a location, by precision and by where it came from (the
 * event's sentence, an earlier sentence of its paragraph or the dateline), and how many generic agents (`---`)
 * took the location's country. Writes a seeded sample of 60 located events with their sentence to
 * eval-results/locations-sample.jsonl, to be checked by hand.
 *
 *   npm run eval -- locations
 *   //   events located   2,480 of 3,100 (80.0%): town 1,200, admin1 300, country 980; from the sentence 1,500, …
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDocument } from '../core/document.js';
import { packageRoot } from '../core/paths.js';
import type { EventRecord } from '../core/types.js';
import { readNewsArticles } from '../bench/analyze.bench.js';
import { actors } from '../pipeline/actors/index.js';
import { events } from '../pipeline/events/index.js';
import { locateEvents, NO_COUNTRY } from '../pipeline/locations/assign.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { times } from '../pipeline/times.js';
import { tokenizer } from '../pipeline/tokenizer.js';
import { SHARED_MISSING } from '../testing/shared-data.js';
import { seeded } from './random.js';
import type { EvalSuite } from './run.js';

const ARTICLES = 300;
const SAMPLE = 60;
const SEED = 20261206;

function pick<T>(items: T[], n: number, random: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [a[i], a[j]] = [a[j]!, a[i]!]; }
  return a.slice(0, n);
}

const generic = (es: readonly EventRecord[]) => es.reduce((n, e) => n + [...e.actor, ...e.recipient].filter((r) => r.code === NO_COUNTRY).length, 0);
const pct = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(1) : '0.0'}%`;

export const suite: EvalSuite = {
  name: `locations: where events happened, on ${ARTICLES} random news articles (no gold; sample to check by hand)`,
  async run() {
    const all = await readNewsArticles(Number.POSITIVE_INFINITY);
    if (!all.length) { process.stdout.write(`skipped: ${SHARED_MISSING}\n`); return; }
    const random = seeded(SEED);
    const articles = pick(all, ARTICLES, random);
    const upToEvents = createPipeline([tokenizer, actors, times, events]);
    let total = 0; let located = 0; let fromSentence = 0; let genericBefore = 0; let genericAfter = 0;
    const byPrecision = { town: 0, admin1: 0, country: 0 };
    const rows: Record<string, unknown>[] = [];
    const t0 = performance.now();
    let ms = 0;
    for (const [i, a] of articles.entries()) {
      const doc = upToEvents.run(createDocument({ text: a.text, published: a.published, source: { kind: 'jsonl', uri: `news:${i}` } }));
      const es = doc.layers.events ?? [];
      genericBefore += generic(es);
      const t = performance.now();
      locateEvents(doc);
      ms += performance.now() - t;
      genericAfter += generic(es);
      total += es.length;
      for (const e of es) {
        if (!e.location) continue;
        located++;
        byPrecision[e.location.precision]++;
        if (e.location.span) fromSentence++;
        const s = doc.layers.sentences?.[e.sentence];
        rows.push({ article: a.title, sentence: s ? doc.text.slice(s.start, s.end).trim() : '', trigger: doc.text.slice(e.evidence.trigger.start, e.evidence.trigger.end), type: e.type, location: e.location, named: e.location.span ? doc.text.slice(e.location.span.start, e.location.span.end) : null });
      }
    }
    const out = (s: string) => process.stdout.write(s + '\n');
    out(`articles ${articles.length} (seed ${SEED}), events ${total}, in ${((performance.now() - t0) / 1000).toFixed(1)} s (locations component ${ms.toFixed(0)} ms)`);
    out(`  events located   ${located} of ${total} (${pct(located, total)}): town ${byPrecision.town}, admin1 ${byPrecision.admin1}, country ${byPrecision.country}`);
    out(`  where from       the event's sentence ${fromSentence}, an earlier sentence of its paragraph or the dateline ${located - fromSentence}`);
    out(`  generic agents   ${genericBefore} coded ${NO_COUNTRY}; ${genericBefore - genericAfter} took the location's country, ${genericAfter} kept ${NO_COUNTRY}`);
    const dir = join(packageRoot, 'eval-results');
    mkdirSync(dir, { recursive: true });
    const sample = pick(rows, SAMPLE, seeded(SEED + 1));
    writeFileSync(join(dir, 'locations-sample.jsonl'), sample.map((r) => JSON.stringify(r)).join('\n') + '\n');
    out(`  sample of ${sample.length} located events to check by hand: eval-results/locations-sample.jsonl`);
  },
};
