/**
 * `npm run train:parser`: rebuilds the syntax model (tagger, parser, labeller, clusters) from the CC BY-SA
 * treebanks in ../shared/data/ud (never GUM), deterministically, and writes
 * src/pipeline/syntax/data/syntax-model.bin.gz. The parser is trained on tags predicted by 5-fold jackknifed
 * taggers, as it will see at run time. Models trained with several seeds are averaged (an ensemble at the cost of
 * one model, train/ensemble.ts). PUD is first brought to EWT's conventions of punctuation and passive agents
 * (train/files.ts, train/data.ts; --as-published: as published). When gum-eval is present its scores are printed (measured only). `--out file` writes the model
 * elsewhere (for experiments); dev-run.ts measures settings on a dev split of the training files instead.
 * Two rounds (rounds.ts): forward and backward ensembles of seeds 1-5 (each 6 taggers of 8 epochs + a parser of
 * 12 epochs; about 5 CPU-minutes) parse the news (../shared/data/news, unlabelled), and the final three models
 * learn the treebanks plus the arcs both ensembles agree on (about 17 CPU-minutes; 25-35 minutes by the clock on
 * the busy shared 2-core machine).
 *
 *   npm run train:parser                       # full run: both rounds, the final models' weights averaged
 *   npm run train:parser -- --seeds 1          # one model
 *   npm run train:parser -- --epochs 3 --dry   # a short measuring run, no model written (--no-clusters: without clusters)
 *   npm run train:parser -- --self 5000        # then retrain the parser with 5,000 news sentences it parsed itself
 *   npm run train:parser -- --uptrain 0        # no uptraining round (rounds.ts): the first-round ensemble only
 *   npm run train:parser -- --teachers /tmp/t  # keep each round's teachers in /tmp/t-*.bin.gz (teacher-cache.ts), or read them from there
 *   npm run train:parser -- --rounds 3         # a third round: the second round's forward and backward models teach it
 *   npm run train:parser -- --inverted-copies 0 # without the inverted reporting clauses (invert.ts; default 3 copies)
 *   npm run train:parser -- --backward --backward-out /tmp/b.bin.gz       # also the backward model of the vote (pair.ts, vote-run.ts)
 *   npm run train:parser -- --backward-only --backward-out /tmp/b.bin.gz  # the backward model alone, no forward model written
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataPath } from '../../../testing/shared-data.js';
import { loadClusterFile } from './cluster-file.js';
import { loadTreebank } from './data.js';
import { OLDER_CONVENTIONS, TRAINING_FILES } from './files.js';
import { ensemble, trainInRounds } from './rounds.js';
import { fileTeacherCache } from './teacher-cache.js';
import { INVERTED_COPIES, invertedReports } from './invert.js';
import { formatScores, measure } from './measure.js';
import { encodeModel, MODEL_PATH, type SyntaxModel } from '../model.js';
import { Table } from '../weights.js';
import { UPOS } from '../words.js';

/** The uptraining round's settings (rounds.ts), chosen on the dev split of the training files (dev-run.ts). */
const UPTRAIN = { sentences: 80000, minShare: 0.6, treebankCopies: 2, epochs: 6, maxTokens: 60, finalSeeds: [1, 2, 3], rounds: 2 };

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

function log(msg: string): void {
  process.stdout.write(`${msg}\n`);
}

async function main(): Promise<void> {
  const ud = sharedDataPath('ud');
  if (!ud) { log('skipped: ../shared/data/ud is absent'); return; }
  const clusters = process.argv.includes('--no-clusters') ? null : loadClusterFile();
  const treebank = loadTreebank(TRAINING_FILES.map((f) => join(ud, f)), clusters, process.argv.includes('--as-published') ? undefined : OLDER_CONVENTIONS);
  const inverted = invertedReports(treebank, clusters);
  const examples = [...treebank, ...Array.from({ length: arg('inverted-copies', INVERTED_COPIES) }, () => inverted).flat()];
  log(`${treebank.length} training sentences${clusters ? ', with clusters' : ''}, ${inverted.length} reporting clauses inverted (invert.ts)`);
  const news = sharedDataPath('news', 'ukraine_war_2022_dev.jsonl');
  const selfTrain = arg('self', 0) > 0 && news ? { newsPath: news, sentences: arg('self', 0) } : undefined;
  const seeds = (process.argv.includes('--seeds') ? process.argv[process.argv.indexOf('--seeds') + 1]! : '1,2,3,4,5').split(',').map(Number);
  const gum = join(ud, 'gum-eval');
  const files = readdirSync(gum).filter((f) => f.endsWith('.conllu')).sort();
  const all = loadTreebank(files.map((f) => join(gum, f)), clusters);
  const gumNews = all.filter((ex) => ex.sentence.id.startsWith('GUM_news'));
  const base = { epochs: arg('epochs', 12), taggerEpochs: arg('tagger-epochs', 8), clusters, selfTrain };
  const uptrain = arg('uptrain', UPTRAIN.sentences);
  let model: SyntaxModel | undefined;
  let backward: SyntaxModel | undefined;
  if ((process.argv.includes('--backward') || process.argv.includes('--backward-only')) && !process.argv.includes('--backward-out')) throw new Error('--backward needs --backward-out file (the pipeline reads no backward model)');
  const sides = process.argv.includes('--backward-only') ? ['backward' as const] : process.argv.includes('--backward') ? ['forward' as const, 'backward' as const] : ['forward' as const];
  if (uptrain > 0 && news) {
    const backwardSeeds = (process.argv.includes('--backward-seeds') ? process.argv[process.argv.indexOf('--backward-seeds') + 1]! : '101,102,103,104,105').split(',').map(Number);
    const plan = { ...UPTRAIN, newsPath: news, sentences: uptrain, backwardSeeds, minShare: arg('min-share', UPTRAIN.minShare), treebankCopies: arg('copies', UPTRAIN.treebankCopies), maxTokens: arg('max-tokens', UPTRAIN.maxTokens), finalSeeds: process.argv.includes('--final-seeds') ? process.argv[process.argv.indexOf('--final-seeds') + 1]!.split(',').map(Number) : UPTRAIN.finalSeeds, epochs: arg('final-epochs', UPTRAIN.epochs), tagNews: process.argv.includes('--tag-news'), rounds: arg('rounds', UPTRAIN.rounds), finalSides: sides };
    const cache = process.argv.includes('--teachers') ? fileTeacherCache(process.argv[process.argv.indexOf('--teachers') + 1]!) : undefined;
    const r = trainInRounds(examples, base, seeds, plan, log, cache);
    log(formatScores(`gum-eval news, round ${plan.rounds - 1}`, measure(r.previous, gumNews)));
    model = r.model;
    backward = r.backward;
  } else {
    if (sides.includes('backward')) throw new Error('the backward model is trained in the uptraining rounds only');
    model = ensemble(examples, base, seeds);
  }
  if (model) log(formatScores('gum-eval news', measure(model, gumNews)));
  if (model) log(formatScores('gum-eval all', measure(model, all)));
  if (process.argv.includes('--dry')) return;
  if (model) {
    const bytes = encodeModel(model);
    const out = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1]! : MODEL_PATH;
    writeFileSync(out, bytes);
    log(`wrote ${out} (${(bytes.length / 1e6).toFixed(2)} MB)`);
  }
  if (backward) {
    // the vote reads the forward model's tags and clusters: the backward file keeps its parser and labellers only
    const bytes = encodeModel({ ...backward, tagger: new Table(1, UPOS.length, new Int8Array(UPOS.length), 1), tagDict: undefined, clusters: null });
    const out = process.argv[process.argv.indexOf('--backward-out') + 1]!;
    writeFileSync(out, bytes);
    log(`wrote ${out} (${(bytes.length / 1e6).toFixed(2)} MB)`);
  }
}

await main();
