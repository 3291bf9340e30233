/**
 * `npm run bench -- memory`: does a long-running process (`parley serve`, `parley worker`, a long ingest) stay
 * bounded? Runs the default pipeline, as `analyze` does, over many distinct documents in one process: the
 * news articles of ../shared/data/news (opening paragraphs, ~1,500 characters), then variants of them in which
 * names and numbers are replaced by new ones (weeks of news bring new people, places and figures; each variant
 * brings ~25 words wink has never seen). Prints heap used and RSS after a full GC every 2,000 documents, the
 * words wink has learned, and the growth per 1,000 documents after a warm-up. First it checks on real news
 * that renewing wink's vocabulary often gives the same tokens, actors, events and commitments as never.
 * Skips when ../shared is absent.
 *
 *   npm run bench -- memory
 *   PARLEY_BENCH_MEMORY_DOCS=50000 npm run bench -- memory   # longer run
 *   PARLEY_BENCH_MEMORY_RENEW=never npm run bench -- memory  # as before the fix: wink never renewed
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { createDocument } from '../core/document.js';
import type { Document } from '../core/types.js';
import { defaultPipeline } from '../pipeline/index.js';
import { learnedWords, setVocabularyLimit, winkRenewals } from '../pipeline/nlp.js';
import { readNewsArticles } from './analyze.bench.js';
import type { Benchmark } from './run.js';

const DOCS = Number(process.env.PARLEY_BENCH_MEMORY_DOCS ?? 24_000);
const NEVER_RENEW = process.env.PARLEY_BENCH_MEMORY_RENEW === 'never';
const SAMPLE_EVERY = 1_000;
const PRINT_EVERY = 2_000;
/** Past the same-output check's peak and the first pass over the real openings. */
const WARM_UP = 4_000;
const CHECKPOINTS = [5_000, 10_000, 20_000, 24_000, 50_000];
const PIECE_CHARS = 1_500;
const SAME_OUTPUT_ARTICLES = 300;
const RENEW_EVERY_DOCS = 10;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export const bench: Benchmark = {
  name: 'memory: the default pipeline over many distinct documents in one process',
  async run() {
    const articles = await readNewsArticles(10_000);
    if (!articles.length) {
      console.log('skipped: ../shared/data/news is absent');
      return;
    }
    const pipeline = defaultPipeline();
    const analyze = (text: string, published: string | null) => pipeline.run(createDocument({ text, published, source: { kind: 'jsonl', uri: 'bench' } }));

    sameOutputCheck(articles.slice(0, SAME_OUTPUT_ARTICLES), analyze);

    if (NEVER_RENEW) setVocabularyLimit(Number.POSITIVE_INFINITY);
    const pieces = articles.map((a) => ({ text: opening(a.text), published: a.published }));
    const samples: { docs: number; heap: number; rss: number }[] = [];
    const renewals0 = winkRenewals();
    const t0 = performance.now();
    for (let i = 1; i <= DOCS; i++) {
      const piece = pieces[(i - 1) % pieces.length]!;
      const pass = Math.floor((i - 1) / pieces.length);
      analyze(pass ? variant(piece.text, i) : piece.text, piece.published);
      if (i % SAMPLE_EVERY === 0) {
        gc();
        const m = process.memoryUsage();
        samples.push({ docs: i, heap: m.heapUsed / 1e6, rss: m.rss / 1e6 });
        if (i % PRINT_EVERY === 0) {
          console.log(`  ${String(i).padStart(6)} docs  heap ${m.heapUsed / 1e6 | 0} MB  rss ${m.rss / 1e6 | 0} MB  wink learned ${learnedWords()} words, renewed ${winkRenewals() - renewals0}x  (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
        }
      }
    }
    console.log(`  ${NEVER_RENEW ? 'wink never renewed (as before the fix)' : 'wink renewed when it has learned over its vocabulary limit'}; ${pieces.length} real openings, then variants with new names and numbers`);
    const a = samples.find((s) => s.docs === WARM_UP);
    for (const b of samples.filter((s) => a && s.docs > WARM_UP && (CHECKPOINTS.includes(s.docs) || s.docs === DOCS))) {
      const per = (x: number) => (x / (b.docs - a!.docs)) * 1000;
      console.log(`  at ${String(b.docs).padStart(6)} docs: heap ${b.heap | 0} MB, rss ${b.rss | 0} MB; growth per 1,000 docs since ${WARM_UP}: heap ${per(b.heap - a!.heap).toFixed(2)} MB, rss ${per(b.rss - a!.rss).toFixed(2)} MB`);
    }
    console.log(`  peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  },
};

/** Real news analysed twice: renewing wink every RENEW_EVERY_DOCS documents, and never. Prints whether all layers agree. */
function sameOutputCheck(articles: { text: string; published: string | null }[], analyze: (text: string, published: string | null) => Document): void {
  const outputs = (limitWords: number, renewEvery: number) => {
    const previous = setVocabularyLimit(limitWords);
    try {
      return articles.map((a, i) => {
        // A limit of 0 renews before the next document; otherwise the limit is out of reach.
        setVocabularyLimit(i % renewEvery === 0 ? 0 : Number.POSITIVE_INFINITY);
        const { layers } = analyze(a.text, a.published);
        return JSON.stringify([layers.sentences, layers.tokens, layers.actors, layers.times, layers.events, layers.commitments, layers.claims]);
      });
    } finally {
      setVocabularyLimit(previous);
    }
  };
  const r0 = winkRenewals();
  const never = outputs(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY);
  const often = outputs(0, RENEW_EVERY_DOCS);
  const differing = never.filter((o, i) => o !== often[i]).length;
  console.log(`  same output check: ${articles.length} articles, wink renewed ${winkRenewals() - r0}x vs never: ${differing ? `${differing} DIFFER` : 'all identical'} (sentences, tokens, actors, times, events, commitments, claims)`);
}

/** The opening paragraphs of an article, up to about PIECE_CHARS characters. */
function opening(text: string): string {
  if (text.length <= PIECE_CHARS) return text;
  const paragraph = text.lastIndexOf('\n', PIECE_CHARS);
  const sentence = text.lastIndexOf('. ', PIECE_CHARS) + 1;
  return text.slice(0, paragraph > PIECE_CHARS / 2 ? paragraph : sentence > PIECE_CHARS / 2 ? sentence : PIECE_CHARS);
}

const SYLLABLES = ['ka', 'lo', 'mir', 'va', 'zen', 'tor', 'esh', 'bri', 'dun', 'yol', 'fa', 'gri', 'sov', 'nal', 'pet', 'quo', 'rus', 'hen', 'ix', 'ul'];

/** A name no document has used before: the syllables of n in base 20. */
function newName(n: number): string {
  let s = '';
  for (let k = n + 400; k > 0; k = Math.floor(k / SYLLABLES.length)) s += SYLLABLES[k % SYLLABLES.length];
  return s[0]!.toUpperCase() + s.slice(1);
}

/** The text with up to 8 of its names and 8 of its numbers replaced by new ones (the same one for every occurrence). */
function variant(text: string, docNumber: number): string {
  const names = new Map<string, string>();
  const numbers = new Map<string, string>();
  let serial = docNumber * 16;
  return text
    .replace(/\b[A-Z][a-z]{4,}\b/g, (w, at: number) => {
      if (at < 2 || /[.!?"“]\s*$/.test(text.slice(Math.max(0, at - 3), at))) return w;
      if (!names.has(w) && names.size < 8) names.set(w, newName(serial++));
      return names.get(w) ?? w;
    })
    .replace(/\b\d{2,}\b/g, (d) => {
      if (!numbers.has(d) && numbers.size < 8) numbers.set(d, String(10 + ((serial++ * 7919) % 999_983)));
      return numbers.get(d) ?? d;
    });
}
