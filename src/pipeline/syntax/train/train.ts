/**
 * `npm run train:parser`: rebuilds the syntax model (tagger, parser, labeller, clusters) from the CC BY-SA
 * treebanks in ../shared/data/ud (never GUM), deterministically, and writes
 * src/pipeline/syntax/data/syntax-model.bin.gz. The parser is trained on tags predicted by 5-fold jackknifed
 * taggers, as it will see at run time. When gum-eval is present its scores are printed (measured only).
 *
 *   npm run train:parser                       # full run
 *   npm run train:parser -- --epochs 3 --dry   # a short measuring run, no model written
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataPath } from '../../../testing/shared-data.js';
import { loadClusterFile } from './cluster-file.js';
import { type Example, loadTreebank } from './data.js';
import { labelSet } from './labels.js';
import { trainParser, trainTagger } from './learn.js';
import { formatScores, measure } from './measure.js';
import { encodeModel, MODEL_PATH, type SyntaxModel } from '../model.js';
import { tagSentence } from '../tagger.js';

export const TRAINING_FILES = ['en_ewt-ud-dev.conllu', 'en_ewt-ud-test.conllu', 'en_pud-ud-test.conllu'];

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

export function trainModel(examples: readonly Example[], opts: { epochs: number; taggerEpochs: number; seed: number; clusters: SyntaxModel['clusters'] }): SyntaxModel {
  const labels = labelSet(examples);
  const t0 = performance.now();
  const tags = jackknifeTags(examples, 5, opts.taggerEpochs, opts.seed);
  const tagger = trainTagger(examples, { epochs: opts.taggerEpochs, seed: opts.seed });
  log(`taggers trained in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const t1 = performance.now();
  const { parser, labeller } = trainParser(examples, tags, labels, { epochs: opts.epochs, seed: opts.seed });
  log(`parser trained in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  return {
    tagger, parser, labeller, labels, clusters: opts.clusters,
    meta: { training: TRAINING_FILES, licence: 'CC BY-SA 4.0 (UD_English-EWT, UD_English-PUD under CC BY-SA 3.0)', epochs: opts.epochs, taggerEpochs: opts.taggerEpochs, seed: opts.seed },
  };
}

async function main(): Promise<void> {
  const ud = sharedDataPath('ud');
  if (!ud) { log('skipped: ../shared/data/ud is absent'); return; }
  const clusters = loadClusterFile();
  const examples = loadTreebank(TRAINING_FILES.map((f) => join(ud, f)), clusters);
  log(`${examples.length} training sentences${clusters ? ', with clusters' : ''}`);
  const model = trainModel(examples, { epochs: arg('epochs', 12), taggerEpochs: arg('tagger-epochs', 8), seed: arg('seed', 1), clusters });
  const gum = join(ud, 'gum-eval');
  const files = readdirSync(gum).filter((f) => f.endsWith('.conllu')).sort();
  const all = loadTreebank(files.map((f) => join(gum, f)), clusters);
  const news = all.filter((ex) => ex.sentence.id.startsWith('GUM_news'));
  log(formatScores('gum-eval news', measure(model, news)));
  log(formatScores('gum-eval all', measure(model, all)));
  if (process.argv.includes('--dry')) return;
  const bytes = encodeModel(model);
  writeFileSync(MODEL_PATH, bytes);
  log(`wrote ${MODEL_PATH} (${(bytes.length / 1e6).toFixed(2)} MB)`);
}

await main();
