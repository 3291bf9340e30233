/**
 * `npm run eval -- news-commitments`: scores `doc.layers.commitments` of the default pipeline on our own gold set
 * of commitment sentences from the news file (src/eval/gold/news-commitments.jsonl, ids + offsets; guideline in
 * src/eval/gold/README.md), per half.
 *
 * As for events, the pipeline reads the article up to and including the sentence, with the article's published
 * day; a record belongs to the sentence when its evidence overlaps at least half of the sentence. Prints
 * precision and recall of fully right records (kind, parties, action, refrain, status, stated window, scope),
 * the same without the scope, of found records (kind class and a committing party), per-field agreement on found
 * records and how many proposals or pending commitments were called active, per half and then for the cases of
 * batch 2 alone (fresh data labelled in session 12, blind to the system); writes per-case results to
 * eval-results/news-commitments.jsonl.
 *
 *   npm run eval -- news-commitments
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDocument } from '../core/document.js';
import { packagePath } from '../core/paths.js';
import type { CommitmentRecord } from '../core/types.js';
import { defaultPipeline } from '../pipeline/index.js';
import { sharedDataPath } from '../testing/shared-data.js';
import { readArticles } from './gold/sample.js';
import { prf, type Counts } from './events.metrics.js';
import { addCommitmentScores, scoreCommitments, type CommitmentScore, type ScoredCommitment } from './news-commitments.metrics.js';
import { partiesOf, scoreGroups, type Party } from './news-events.metrics.js';
import type { EvalSuite } from './run.js';

/** A gold commitment: the scored fields with parties as codes and sectors, plus what the eval does not score. */
export interface GoldCommitment extends Omit<ScoredCommitment, 'by' | 'to'> {
  by: Party[];
  to: Party[];
  conditions: string[];
  announced: string;
  trigger: { start: number; end: number };
}

/** `batch`: absent for the cases labelled up to session 7, 2 for the cases labelled in session 12 (fresh data, blind to the system). */
export interface GoldCommitmentCase { id: string; doc: string; start: number; end: number; half: 'dev' | 'test'; pool: 'cue' | 'random'; batch?: number; commitments: GoldCommitment[] }

export const COMMITMENT_GOLD_FILE = packagePath('src', 'eval', 'gold', 'news-commitments.jsonl');

export function readCommitmentGold(path = COMMITMENT_GOLD_FILE): GoldCommitmentCase[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldCommitmentCase);
}

export function scoredGoldCommitment(c: GoldCommitment): ScoredCommitment {
  const s: Record<string, string> = {};
  return {
    kind: c.kind, by: partiesOf('actor', c.by, s), to: partiesOf('recipient', c.to, s), action: c.action, refrain: c.refrain,
    scope: c.scope, starts: c.starts, ends: c.ends, durationDays: c.durationDays, status: c.status, background: c.background === true,
  };
}

const TURN_STATUS = new Set(['withdrawn', 'collapsed', 'extended', 'expired']);

/** The status a record states: a later turn (withdrawn, collapsed …) or a refusal shows in the status class. */
export function statusOf(r: CommitmentRecord): string {
  if (r.phase && TURN_STATUS.has(r.phase)) return r.phase;
  if (r.rejectedBy?.length) return 'rejected';
  return r.status;
}

export function scoredPredictedCommitment(r: CommitmentRecord): ScoredCommitment {
  const s: Record<string, string> = {};
  const scope = [r.scope, r.scopeWords, ...(r.objects ?? [])].filter(Boolean).join('; ') || null;
  return {
    kind: r.kind, by: partiesOf('actor', r.by, s), to: partiesOf('recipient', r.to, s), action: r.action, refrain: r.refrain,
    scope, starts: r.starts, ends: r.ends, durationDays: r.durationDays, status: statusOf(r),
  };
}

/** Overlap of the record's evidence with the sentence, as a share of the shorter of the two. */
export function belongsTo(r: CommitmentRecord, start: number, end: number): boolean {
  return r.evidence.some((e) => {
    const o = Math.min(e.end, end) - Math.max(e.start, start);
    return o > 0 && o >= 0.5 * Math.min(e.end - e.start, end - start);
  });
}

const pct = (a: { agree: number; total: number }) => (a.total ? `${(a.agree / a.total).toFixed(2)} (${a.agree}/${a.total})` : 'n/a');
const line = (label: string, c: Counts) => {
  const m = prf(c);
  return `  ${label.padEnd(26)} P ${m.p.toFixed(3)}  R ${m.r.toFixed(3)}  F1 ${m.f1.toFixed(3)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})\n`;
};

export function commitmentReport(half: string, cases: number, gold: number, s: CommitmentScore): string {
  const f = s.fields;
  return `${half} (${cases} sentences, ${gold} gold commitments)\n`
    + line('fully right records', s.right)
    + line('fully right but scope', s.rightButScope)
    + line('found (kind class + party)', s.found)
    + `  on found records: kind ${pct(f.kind)}  by ${pct(f.by)}  to ${pct(f.to)}  action ${pct(f.action)}  status ${pct(f.status)}  window ${pct(f.window)}  scope ${pct(f.scope)}\n`
    + `  proposals or pending commitments called active: ${s.pendingAsActive}\n`;
}

function run(): void {
  const news = sharedDataPath('news', 'ukraine_war_2022_dev.jsonl');
  if (!news) { process.stdout.write('skipped: ../shared/data is absent (the gold set holds only offsets into the news file)\n'); return; }
  const gold = readCommitmentGold();
  const articles = new Map(readArticles(news, new Set(gold.map((c) => c.doc))).map((a) => [a.id, a]));
  const pipeline = defaultPipeline();
  const totals = new Map<string, { n: number; g: number; s: CommitmentScore | null }>();
  const rows: unknown[] = [];
  for (const c of gold) {
    const a = articles.get(c.doc);
    if (!a) { process.stdout.write(`  ${c.id}: article missing from the news file (E_GOLD_DOC); case skipped\n`); continue; }
    const doc = pipeline.run(createDocument({ text: a.text.slice(0, c.end), published: a.published ? a.published.slice(0, 10) : null, source: { kind: 'text', uri: c.doc } }));
    const records = (doc.layers.commitments ?? []).filter((r) => belongsTo(r, c.start, c.end));
    const s = scoreCommitments(c.commitments.map(scoredGoldCommitment), records.map(scoredPredictedCommitment));
    for (const group of scoreGroups(c.half, c.batch)) {
      const t = totals.get(group) ?? { n: 0, g: 0, s: null };
      t.n++; t.g += c.commitments.filter((x) => !x.background).length; t.s = addCommitmentScores(t.s, s); totals.set(group, t);
    }
    rows.push({
      id: c.id, half: c.half, pool: c.pool, batch: c.batch ?? 1, text: a.text.slice(c.start, c.end),
      gold: c.commitments.map((g) => ({ ...g, trigger: a.text.slice(g.trigger.start, g.trigger.end) })),
      predicted: records.map((r) => ({ ...scoredPredictedCommitment(r), phase: r.phase ?? null, conditions: r.conditions })),
      right: s.right, found: s.found,
    });
  }
  for (const group of ['dev', 'test', 'all', 'dev batch 2', 'test batch 2']) {
    const t = totals.get(group);
    if (t?.s) process.stdout.write(commitmentReport(group, t.n, t.g, t.s));
  }
  const dir = packagePath('eval-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'news-commitments.jsonl');
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  process.stdout.write(`  per-case results: ${file}\n`);
}

export const suite: EvalSuite = { name: 'news-commitments: our own gold of commitment sentences from the news (dev / test halves)', run };
