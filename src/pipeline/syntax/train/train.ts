/**
 * `npm run train:parser`: rebuilds the syntax model (tagger, parser, labeller, clusters) from the CC BY-SA
 * treebanks in ../shared/data/ud (never GUM), deterministically, and writes
 * src/pipeline/syntax/data/syntax-model.bin.gz. The parser is trained on tags predicted by 5-fold jackknifed
 * taggers, as it will see at run time. Models trained with several seeds are averaged (an ensemble at the cost of
 * one model, train/ensemble.ts). When gum-eval is present its scores are printed (measured only).
 * `--out file` writes the model elsewhere (for experiments).
 *
 *   npm run train:parser                       # full run: seeds 1, 2 and 3, their weights averaged
 *   npm run train:parser -- --seeds 1          # one model
 *   npm run train:parser -- --epochs 3 --dry   # a short measuring run, no model written (--no-clusters: without clusters)
 *   npm run train:parser -- --self 5000        # then retrain the parser with 5,000 news sentences it parsed itself
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataPath } from '../../../testing/shared-data.js';
import { loadClusterFile } from './cluster-file.js';
import { type Example, loadTreebank } from './data.js';
import { TRAINING_FILES } from './files.js';
import { averageModels } from './ensemble.js';
import { labelSet } from './labels.js';
import { newsExamples } from './self-train.js';
import { trainParser, trainTagger } from './learn.js';
import { formatScores, measure } from './measure.js';
import { encodeModel, MODEL_PATH, type SyntaxModel } from '../model.js';
import { tagSentence } from '../tagger.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

function log(msg: string): void {
  process.stdout.write(`${msg}\n`);
}

/** Tags for each example from a tagger that never saw it (k folds). */
function jackknifeTags(examples: readonly Example[], folds: number, epochs: number, seed: number): Int32Array[] {
  const tags: Int32Array[] = new Array(examples.length);
  for (let f = 0; f < folds; f++) {
    const train = examples.filter((_, k) => k % folds !== f);
    const tagger = trainTagger(train, { epochs, seed: seed + f });
    examples.forEach((ex, k) => { if (k % folds === f) tags[k] = tagSentence(tagger, ex.attrs); });
  }
  return tags;
}

export interface TrainOptions { epochs: number; taggerEpochs: number; seed: number; clusters: SyntaxModel['clusters']; selfTrain?: { newsPath: string; sentences: number } }

export function trainModel(examples: readonly Example[], opts: TrainOptions): SyntaxModel {
  const set = labelSet(examples);
  const t0 = performance.now();
  const tags = jackknifeTags(examples, 5, opts.taggerEpochs, opts.seed);
  const tagger = trainTagger(examples, { epochs: opts.taggerEpochs, seed: opts.seed });
  log(`taggers trained in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const t1 = performance.now();
  const weights = trainParser(examples, tags, set, { epochs: opts.epochs, seed: opts.seed });
  log(`parser trained in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  const meta = { training: TRAINING_FILES, licence: 'CC BY-SA 4.0 (UD_English-EWT, UD_English-PUD under CC BY-SA 3.0)', epochs: opts.epochs, taggerEpochs: opts.taggerEpochs, seed: opts.seed };
  const model: SyntaxModel = { tagger, ...weights, labels: set.labels, clusters: opts.clusters, meta };
  if (!opts.selfTrain) return model;
  const auto = newsExamples(model, opts.selfTrain.newsPath, opts.selfTrain.sentences);
  const t2 = performance.now();
  const again = trainParser([...examples, ...auto], [...tags, ...auto.map((ex) => ex.goldTags)], set, { epochs: opts.epochs, seed: opts.seed });
  log(`parser retrained with ${auto.length} self-parsed news sentences in ${((performance.now() - t2) / 1000).toFixed(1)} s`);
  return { ...model, ...again, meta: { ...meta, selfTrainedOn: `${auto.length} sentences of ../shared/data/news/ukraine_war_2022_dev.jsonl parsed by the first-round model` } };
}

async function main(): Promise<void> {
  const ud = sharedDataPath('ud');
  if (!ud) { log('skipped: ../shared/data/ud is absent'); return; }
  const clusters = process.argv.includes('--no-clusters') ? null : loadClusterFile();
  const examples = loadTreebank(TRAINING_FILES.map((f) => join(ud, f)), clusters);
  log(`${examples.length} training sentences${clusters ? ', with clusters' : ''}`);
  const news = sharedDataPath('news', 'ukraine_war_2022_dev.jsonl');
  const selfTrain = arg('self', 0) > 0 && news ? { newsPath: news, sentences: arg('self', 0) } : undefined;
  const seeds = (process.argv.includes('--seeds') ? process.argv[process.argv.indexOf('--seeds') + 1]! : '1,2,3').split(',').map(Number);
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
