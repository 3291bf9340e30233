/**
 * One model from a treebank: a tagger, and a parser trained on tags predicted by k-fold jackknifed taggers
 * (as it will see them at run time), optionally retrained with news sentences it parsed itself.
 *
 *   const model = trainModel(examples, { epochs: 12, taggerEpochs: 8, seed: 1, clusters });
 */
import type { SyntaxModel } from '../model.js';
import { tagSentence } from '../tagger.js';
import { tagId } from '../words.js';
import type { Example } from './data.js';
import { TRAINING_FILES } from './files.js';
import { labelSet } from './labels.js';
import { trainParser, trainTagger } from './learn.js';
import { isMadeUp } from './invert.js';
import { newsExamples } from './self-train.js';

function log(msg: string): void {
  process.stdout.write(`${msg}\n`);
}

/** Tags for each example from a tagger that never saw it (k folds). */
export function jackknifeTags(examples: readonly Example[], folds: number, epochs: number, seed: number): Int32Array[] {
  const tags: Int32Array[] = new Array(examples.length);
  for (let f = 0; f < folds; f++) {
    const train = examples.filter((_, k) => k % folds !== f);
    const tagger = trainTagger(train, { epochs, seed: seed + f });
    const dict = tagDictionary(train);
    examples.forEach((ex, k) => { if (k % folds === f) tags[k] = tagSentence(tagger, ex.attrs, dict); });
  }
  return tags;
}

/** Function-word classes: a word of these always tagged alike in training keeps its tag (open classes vary: "Cup"). */
const CLOSED = new Set(['ADP', 'AUX', 'CCONJ', 'DET', 'PART', 'PRON', 'SCONJ'].map(tagId));

/** Words of closed classes seen at least `min` times in the examples, always with the same gold tag. */
export function tagDictionary(examples: readonly Example[], min = 5): Map<number, number> {
  const seen = new Map<number, { tag: number; count: number }>();
  for (const ex of examples) {
    for (let i = 0; i < ex.attrs.n; i++) {
      const w = ex.attrs.word[i]!;
      const s = seen.get(w);
      if (ex.goldTags[i]! < 0) continue;
      if (!s) seen.set(w, { tag: ex.goldTags[i]!, count: 1 });
      else if (s.tag !== ex.goldTags[i] || s.count < 0) s.count = -1;
      else s.count++;
    }
  }
  const dict = new Map<number, number>();
  for (const [w, s] of [...seen].sort((a, b) => a[0] - b[0])) if (s.count >= min && CLOSED.has(s.tag)) dict.set(w, s.tag);
  return dict;
}

export interface TrainOptions {
  epochs: number; taggerEpochs: number; seed: number; clusters: SyntaxModel['clusters'];
  /** Jackknife folds for the parser's training tags (default 5). */
  folds?: number;
  selfTrain?: { newsPath: string; sentences: number };
  /** Parsed news (uptrain.ts) joining the parser's training, their tags as given; with `tagExtra` the tagger's too. */
  extra?: readonly Example[];
  tagExtra?: boolean;
  /** Times the treebank is repeated in the parser's training beside `extra` (default 1). */
  treebankCopies?: number;
}

export function trainModel(all: readonly Example[], opts: TrainOptions): SyntaxModel {
  const set = labelSet(all);
  const t0 = performance.now();
  // the taggers learn the treebank as written; its made-up sentences (invert.ts) teach the parser alone
  const examples = all.filter((ex) => !isMadeUp(ex));
  const madeUp = all.filter(isMadeUp);
  const extra = opts.extra ?? [];
  const tagger = trainTagger(opts.tagExtra ? [...examples, ...extra] : examples, { epochs: opts.taggerEpochs, seed: opts.seed });
  const dict = tagDictionary(examples);
  const tags = [...jackknifeTags(examples, opts.folds ?? 5, opts.taggerEpochs, opts.seed), ...madeUp.map((ex) => tagSentence(tagger, ex.attrs, dict))];
  examples.push(...madeUp);
  log(`taggers trained in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const t1 = performance.now();
  const copies = extra.length ? (opts.treebankCopies ?? 1) : 1;
  const repeat = <T>(items: readonly T[]): T[] => Array.from({ length: copies }, () => items).flat();
  const weights = trainParser([...repeat(examples), ...extra], [...repeat(tags), ...extra.map((ex) => ex.inputTags ?? ex.goldTags)], set, { epochs: opts.epochs, seed: opts.seed });
  log(`parser trained in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  const meta: Record<string, unknown> = { training: TRAINING_FILES, licence: 'CC BY-SA 4.0 (UD_English-EWT, UD_English-PUD under CC BY-SA 3.0)', epochs: opts.epochs, taggerEpochs: opts.taggerEpochs, seed: opts.seed };
  const model: SyntaxModel = { tagger, tagDict: dict, ...weights, labels: set.labels, clusters: opts.clusters, meta };
  if (extra.length) meta.uptrainedOn = `${extra.length} news sentences on which the teachers agreed (../shared/data/news/ukraine_war_2022_dev.jsonl, unlabelled)`;
  if (!opts.selfTrain) return model;
  const auto = newsExamples(model, opts.selfTrain.newsPath, opts.selfTrain.sentences);
  const t2 = performance.now();
  const again = trainParser([...examples, ...auto], [...tags, ...auto.map((ex) => ex.goldTags)], set, { epochs: opts.epochs, seed: opts.seed });
  log(`parser retrained with ${auto.length} self-parsed news sentences in ${((performance.now() - t2) / 1000).toFixed(1)} s`);
  return { ...model, ...again, meta: { ...meta, selfTrainedOn: `${auto.length} sentences of ../shared/data/news/ukraine_war_2022_dev.jsonl parsed by the first-round model` } };
}
