/**
 * `npm run eval -- news`: scores Parley's event coder on our own gold set of random sentences from the news
 * file (src/eval/gold/news-events.jsonl, ids + offsets; guideline in src/eval/gold/README.md), per half.
 *
 * The coder is given the article up to and including the sentence (so that pronouns, places and dates of
 * earlier sentences are in reach, as in the product) with the article's published day; only events whose
 * trigger starts inside the sentence are scored. Negated, hypothetical and denied predictions are not scored
 * (they do not say that something happened). Prints type P/R/F1, (type, actor country, recipient country)
 * P/R/F1, sector agreement on matched pairs, background handling, modality/date/location agreement, per half,
 * then the same for the cases of batch 2 alone (fresh data labelled in session 12); writes per-case results to
 * eval-results/news-events.jsonl.
 *
 *   npm run eval -- news-events
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../core/paths.js';
import type { EventRecord } from '../core/types.js';
import { codeText } from '../pipeline/events/pipeline.js';
import { sharedDataPath } from '../testing/shared-data.js';
import { normalisedOffsets } from './gold/offsets.js';
import { readArticles } from './gold/sample.js';
import { prf, type Counts } from './events.metrics.js';
import { addScores, partiesOf, scoreGroups, scoreSentence, type Party, type ScoredEvent, type SentenceScore } from './news-events.metrics.js';
import type { EvalSuite } from './run.js';

export interface GoldEvent {
  type: string;
  mode?: string;
  actor: Party[];
  recipient: Party[];
  trigger: { start: number; end: number };
  date: string;
  datePrecision?: 'month' | 'year';
  location?: { name: string; country: string | null };
  modality: 'asserted' | 'reported' | 'future' | 'hypothetical' | 'denied';
  background?: boolean;
}

/** `batch`: absent for the first 400 cases, 2 for the cases labelled in session 12 (fresh data, blind to the system). */
export interface GoldCase { id: string; doc: string; start: number; end: number; half: 'dev' | 'test'; batch?: number; events: GoldEvent[] }

export const GOLD_FILE = packagePath('src', 'eval', 'gold', 'news-events.jsonl');

export function readGold(path = GOLD_FILE): GoldCase[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldCase);
}

export function scoredGold(e: GoldEvent): ScoredEvent {
  const sectors: Record<string, string> = {};
  return {
    type: e.type, actor: partiesOf('actor', e.actor, sectors), recipient: partiesOf('recipient', e.recipient, sectors), sectors,
    modality: e.modality, date: e.date, location: e.location ?? null, background: e.background === true,
  };
}

export function scoredPrediction(e: EventRecord): ScoredEvent {
  const sectors: Record<string, string> = {};
  return {
    type: e.type, actor: partiesOf('actor', e.actor, sectors), recipient: partiesOf('recipient', e.recipient, sectors), sectors,
    modality: e.negated ? 'denied' : e.modality, date: e.date, location: e.location ? { name: e.location.name, country: e.location.country } : null,
  };
}

/** Predictions that say something happened, was said to happen, or is planned. */
function scored(e: EventRecord): boolean {
  return !e.negated && e.modality !== 'hypothetical' && e.modality !== 'denied' && e.modality !== 'requested';
}

const pct = (a: { agree: number; total: number }) => (a.total ? `${(a.agree / a.total).toFixed(3)} (${a.agree}/${a.total})` : 'n/a');
const line = (label: string, c: Counts) => {
  const m = prf(c);
  return `  ${label.padEnd(22)} P ${m.p.toFixed(3)}  R ${m.r.toFixed(3)}  F1 ${m.f1.toFixed(3)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})\n`;
};

export function report(half: string, cases: number, s: SentenceScore): string {
  return `${half} (${cases} sentences)\n`
    + line('type', s.type)
    + line('type+actor+recipient', s.triple)
    + `  sector agreement (matched triples) ${pct(s.sector)}\n`
    + `  background: ${s.background.dropped}/${s.background.total} dropped (right), ${s.backgroundCoded} coded as news (counted as fp)\n`
    + `  modality agreement ${pct(s.modality)}   date agreement ${pct(s.date)}   location agreement ${pct(s.location)}\n`;
}

function brief(text: string, e: EventRecord) {
  return {
    type: e.type, mode: e.mode, actor: e.actor.map((a) => a.code + (a.sector ? `.${a.sector}` : '')),
    recipient: e.recipient.map((a) => a.code + (a.sector ? `.${a.sector}` : '')), trigger: text.slice(e.evidence.trigger.start, e.evidence.trigger.end),
    modality: e.modality, negated: e.negated, date: e.date, location: e.location?.name ?? null,
  };
}

function run(): void {
  const news = sharedDataPath('news', 'ukraine_war_2022_dev.jsonl');
  if (!news) { process.stdout.write('skipped: ../shared/data is absent (the gold set holds only offsets into the news file)\n'); return; }
  const gold = readGold();
  const articles = new Map(readArticles(news, new Set(gold.map((c) => c.doc))).map((a) => [a.id, a]));
  const totals = new Map<string, { n: number; s: SentenceScore | null }>();
  const rows: unknown[] = [];
  for (const c of gold) {
    const a = articles.get(c.doc);
    if (!a) { process.stdout.write(`  ${c.id}: article missing from the news file (E_GOLD_DOC); case skipped\n`); continue; }
    const text = a.text.slice(0, c.end);
    const doc = codeText(text, a.published ? a.published.slice(0, 10) : null, c.doc);
    // the pipeline's offsets index its normalised text (a leading blank trimmed …); the gold's index the raw text
    const at = normalisedOffsets(text, doc.text);
    const [start, end] = [at(c.start), at(c.end)];
    const inside = doc.layers.events.filter((e) => e.evidence.trigger.start >= start && e.evidence.trigger.start < end);
    const preds = inside.filter(scored);
    const s = scoreSentence(c.events.map(scoredGold), preds.map(scoredPrediction));
    for (const group of scoreGroups(c.half, c.batch)) {
      const t = totals.get(group) ?? { n: 0, s: null };
      t.n++; t.s = addScores(t.s, s); totals.set(group, t);
    }
    rows.push({
      id: c.id, half: c.half, text: a.text.slice(c.start, c.end),
      gold: c.events.map((e) => ({ ...e, trigger: a.text.slice(e.trigger.start, e.trigger.end) })),
      predicted: inside.map((e) => brief(doc.text, e)),
      type: s.type, triple: s.triple,
    });
  }
  for (const group of ['dev', 'test', 'all', 'dev batch 2', 'test batch 2']) {
    const t = totals.get(group);
    if (t?.s) process.stdout.write(report(group, t.n, t.s));
  }
  const dir = packagePath('eval-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'news-events.jsonl');
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  process.stdout.write(`  per-case results: ${file}\n`);
}

export const suite: EvalSuite = { name: 'news-events: our own gold of random news sentences (dev / test halves)', run };
