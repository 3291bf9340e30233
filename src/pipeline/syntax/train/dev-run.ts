/**
 * A measuring run on a dev split of the training treebanks (never GUM): every 5th sentence is held out, one
 * model is trained on the rest with one seed, and its scores on the held-out sentences are printed. For choosing
 * features and settings; writes the model only when asked (--out file). With --uptrain N, the second round of
 * rounds.ts (N news sentences parsed by forward and backward models) is measured beside the first.
 *
 *   node dist/pipeline/syntax/train/dev-run.js --epochs 6 --tagger-epochs 5 [--seeds 3] [--pud] [--self 5000] [--out file] [--inverted-copies 0]
 *   node dist/pipeline/syntax/train/dev-run.js --uptrain 20000 [--backward-seeds 2] [--tag-news] [--final-epochs 6] [--min-share 0.8]
 *   node dist/pipeline/syntax/train/dev-run.js --uptrain 80000 --rounds 3 [--teachers /tmp/d] # a third round; --teachers keeps each round's
 *   node dist/pipeline/syntax/train/dev-run.js --pud --seeds 3 --out /tmp/f.bin.gz --backward-out /tmp/b.bin.gz # a pair for vote-run.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeModel, type SyntaxModel } from '../model.js';
import { sharedDataPath } from '../../../testing/shared-data.js';
import { loadClusterFile } from './cluster-file.js';
import { type Example, loadTreebank } from './data.js';
import { OLDER_CONVENTIONS, TRAINING_FILES } from './files.js';
import { formatScores, measure } from './measure.js';
import { ensemble, trainInRounds } from './rounds.js';
import { fileTeacherCache } from './teacher-cache.js';
import { INVERTED_COPIES, invertedReports } from './invert.js';
import { reverseExample } from './uptrain.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const log = (msg: string) => process.stdout.write(`${msg}\n`);

const ud = sharedDataPath('ud');
if (!ud) {
  log('skipped: ../shared/data/ud is absent');
} else {
  const clusters = loadClusterFile();
  const examples = loadTreebank(TRAINING_FILES.map((f) => join(ud, f)), clusters, process.argv.includes('--as-published') ? undefined : OLDER_CONVENTIONS);
  const pud = (ex: Example) => ex.sentence.id.startsWith('n0');
  const byPud = process.argv.includes('--pud');
  const kept = examples.filter((ex, k) => (byPud ? !pud(ex) : k % 5 !== 0));
  const inverted = invertedReports(kept, clusters);
  const train = [...kept, ...Array.from({ length: arg('inverted-copies', INVERTED_COPIES) }, () => inverted).flat()];
  log(`${inverted.length} reporting clauses inverted (invert.ts)`);
  const dev = examples.filter((ex, k) => (byPud ? pud(ex) : k % 5 === 0));
  const news = sharedDataPath('news', 'ukraine_war_2022_dev.jsonl');
  const selfTrain = arg('self', 0) > 0 && news ? { newsPath: news, sentences: arg('self', 0) } : undefined;
  const t0 = performance.now();
  const seeds = Array.from({ length: arg('seeds', 1) }, (_, i) => arg('seed', 1) + i);
  const base = { epochs: arg('epochs', 6), taggerEpochs: arg('tagger-epochs', 5), clusters, folds: arg('folds', 5), selfTrain };
  const report = (label: string, model: SyntaxModel) => {
    log(formatScores(label, measure(model, dev)));
    if (!byPud) log(formatScores(`${label} EWT`, measure(model, dev.filter((ex) => !pud(ex)))));
    if (!byPud) log(formatScores(`${label} PUD (news, Wikipedia)`, measure(model, dev.filter(pud))));
  };
  let model: SyntaxModel;
  if (arg('uptrain', 0) > 0 && news) {
    const backwardSeeds = Array.from({ length: arg('backward-seeds', seeds.length) }, (_, i) => 101 + i);
    const plan = { newsPath: news, sentences: arg('uptrain', 0), backwardSeeds, tagNews: process.argv.includes('--tag-news'), minShare: arg('min-share', 1), treebankCopies: arg('copies', 1), maxTokens: arg('max-tokens', 35), epochs: arg('final-epochs', base.epochs), rounds: arg('rounds', 2) };
    const cache = process.argv.includes('--teachers') ? fileTeacherCache(process.argv[process.argv.indexOf('--teachers') + 1]!) : undefined;
    const r = trainInRounds(train, base, seeds, plan, log, cache);
    report(`dev, round ${plan.rounds - 1}`, r.previous);
    model = r.model!;
  } else {
    model = ensemble(train, base, seeds);
    const backwardOut = process.argv.indexOf('--backward-out');
    // the backward side of vote-run.ts's pairs: trained on the same sentences reversed, seeds + 100
    if (backwardOut > 0) writeFileSync(process.argv[backwardOut + 1]!, encodeModel(ensemble(train.map(reverseExample), base, seeds.map((s) => s + 100))));
  }
  log(`trained in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const out = process.argv.indexOf('--out');
  if (out > 0) writeFileSync(process.argv[out + 1]!, encodeModel(model));
  report('dev', model);
}
