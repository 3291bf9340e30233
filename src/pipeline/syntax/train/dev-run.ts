/**
 * A measuring run on a dev split of the training treebanks (never GUM): every 5th sentence is held out, one
 * model is trained on the rest with one seed, and its scores on the held-out sentences are printed. For choosing
 * features and settings; writes the model only when asked (--out file).
 *
 *   node dist/pipeline/syntax/train/dev-run.js --epochs 6 --tagger-epochs 5 [--seeds 3] [--pud] [--self 5000] [--out file]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeModel } from '../model.js';
import { sharedDataPath } from '../../../testing/shared-data.js';
import { loadClusterFile } from './cluster-file.js';
import { type Example, loadTreebank } from './data.js';
import { OLDER_CONVENTIONS, TRAINING_FILES } from './files.js';
import { formatScores, measure } from './measure.js';
import { trainModel } from './train-model.js';
import { averageModels } from './ensemble.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const ud = sharedDataPath('ud');
if (!ud) {
  process.stdout.write('skipped: ../shared/data/ud is absent\n');
} else {
  const clusters = loadClusterFile();
  const examples = loadTreebank(TRAINING_FILES.map((f) => join(ud, f)), clusters, process.argv.includes('--as-published') ? undefined : OLDER_CONVENTIONS);
  const pud = (ex: Example) => ex.sentence.id.startsWith('n0');
  const byPud = process.argv.includes('--pud');
  const train = examples.filter((ex, k) => (byPud ? !pud(ex) : k % 5 !== 0));
  const dev = examples.filter((ex, k) => (byPud ? pud(ex) : k % 5 === 0));
  const news = sharedDataPath('news', 'ukraine_war_2022_dev.jsonl');
  const selfTrain = arg('self', 0) > 0 && news ? { newsPath: news, sentences: arg('self', 0) } : undefined;
  const t0 = performance.now();
  const seeds = Array.from({ length: arg('seeds', 1) }, (_, i) => arg('seed', 1) + i);
  const models = seeds.map((seed) => trainModel(train, { epochs: arg('epochs', 6), taggerEpochs: arg('tagger-epochs', 5), seed, clusters, folds: arg('folds', 5), selfTrain }));
  const model = models.length > 1 ? averageModels(models) : models[0]!;
  process.stdout.write(`trained in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
  const out = process.argv.indexOf('--out');
  if (out > 0) writeFileSync(process.argv[out + 1]!, encodeModel(model));
  process.stdout.write(`${formatScores('dev', measure(model, dev))}\n`);
  if (!byPud) process.stdout.write(`${formatScores('dev EWT', measure(model, dev.filter((ex) => !pud(ex))))}\n`);
  if (!byPud) process.stdout.write(`${formatScores('dev PUD (news, Wikipedia)', measure(model, dev.filter(pud)))}\n`);
}
