/**
 * `npm run train:parser`: rebuilds the syntax model (tagger, parser, labeller, clusters) from the CC BY-SA
 * treebanks in ../shared/data/ud (never GUM), deterministically, and writes
 * src/pipeline/syntax/data/syntax-model.bin.gz. The parser is trained on tags predicted by 5-fold jackknifed
 * taggers, as it will see at run time. Models trained with several seeds are averaged (an ensemble at the cost of
 * one model, train/ensemble.ts). PUD is first brought to EWT's conventions of punctuation and passive agents
 * (train/files.ts, train/data.ts; --as-published: as published). When gum-eval is present its scores are printed (measured only). `--out file` writes the model
 * elsewhere (for experiments); dev-run.ts measures settings on a dev split of the training files instead.
 * The full run takes about 2.6 CPU-minutes on one core (5 seeds x (6 taggers of 8 epochs + a parser of 12
 * epochs); 4-5 minutes by the clock on the shared 2-core machine).
 *
 *   npm run train:parser                       # full run: seeds 1 to 5, their weights averaged
 *   npm run train:parser -- --seeds 1          # one model
 *   npm run train:parser -- --epochs 3 --dry   # a short measuring run, no model written (--no-clusters: without clusters)
 *   npm run train:parser -- --self 5000        # then retrain the parser with 5,000 news sentences it parsed itself
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataPath } from '../../../testing/shared-data.js';
import { loadClusterFile } from './cluster-file.js';
import { loadTreebank } from './data.js';
import { OLDER_CONVENTIONS, TRAINING_FILES } from './files.js';
import { averageModels } from './ensemble.js';
import { formatScores, measure } from './measure.js';
import { trainModel } from './train-model.js';
import { encodeModel, MODEL_PATH } from '../model.js';

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
  const examples = loadTreebank(TRAINING_FILES.map((f) => join(ud, f)), clusters, process.argv.includes('--as-published') ? undefined : OLDER_CONVENTIONS);
  log(`${examples.length} training sentences${clusters ? ', with clusters' : ''}`);
  const news = sharedDataPath('news', 'ukraine_war_2022_dev.jsonl');
  const selfTrain = arg('self', 0) > 0 && news ? { newsPath: news, sentences: arg('self', 0) } : undefined;
  const seeds = (process.argv.includes('--seeds') ? process.argv[process.argv.indexOf('--seeds') + 1]! : '1,2,3,4,5').split(',').map(Number);
  const models = seeds.map((seed) => trainModel(examples, { epochs: arg('epochs', 12), taggerEpochs: arg('tagger-epochs', 8), seed, clusters, selfTrain }));
  const model = models.length > 1 ? averageModels(models) : models[0]!;
  const gum = join(ud, 'gum-eval');
  const files = readdirSync(gum).filter((f) => f.endsWith('.conllu')).sort();
  const all = loadTreebank(files.map((f) => join(gum, f)), clusters);
  const gumNews = all.filter((ex) => ex.sentence.id.startsWith('GUM_news'));
  log(formatScores('gum-eval news', measure(model, gumNews)));
  log(formatScores('gum-eval all', measure(model, all)));
  if (process.argv.includes('--dry')) return;
  const bytes = encodeModel(model);
  const out = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1]! : MODEL_PATH;
  writeFileSync(out, bytes);
  log(`wrote ${out} (${(bytes.length / 1e6).toFixed(2)} MB)`);
}

await main();
