/**
 * Training in two rounds with uptraining (uptrain.ts): first the forward models (one per seed, averaged) and
 * backward models (trained on reversed sentences), which parse news; then the final forward models, trained on
 * the treebank plus the news sentences both first-round ensembles parse alike.
 *
 *   const { model, first, agreed } = trainInRounds(examples, { epochs: 12, taggerEpochs: 8, clusters }, [1, 2, 3, 4, 5], plan, log);
 */
import type { SyntaxModel } from '../model.js';
import type { Example } from './data.js';
import { averageModels } from './ensemble.js';
import { newsSentences } from './news.js';
import { trainModel, type TrainOptions } from './train-model.js';
import { agreedExamples, backwardTeacher, forwardTeacher, reverseExample } from './uptrain.js';

export interface UptrainPlan {
  newsPath: string;
  /** News sentences parsed by the teachers. */
  sentences: number;
  backwardSeeds: number[];
  /** Whether the final tagger learns the agreed news tags too. */
  tagNews: boolean;
  /** Sentences kept: those whose heads the teachers agree on for this share of the tokens (1: whole trees). */
  minShare: number;
  /** The longest news sentences parsed (tokens; default 35). */
  maxTokens?: number;
  /** Times the treebank is repeated beside the news in the final round. */
  treebankCopies?: number;
  /** Seeds of the final round's models (default: the first round's). */
  finalSeeds?: number[];
  /** Epochs of the final round (more data: fewer needed). */
  epochs?: number;
}

export function ensemble(examples: readonly Example[], base: Omit<TrainOptions, 'seed'>, seeds: readonly number[]): SyntaxModel {
  const models = seeds.map((seed) => trainModel(examples, { ...base, seed }));
  return models.length > 1 ? averageModels(models) : models[0]!;
}

/** `teachers`: first-round ensembles trained before with the same settings (to try final-round settings). */
export function trainInRounds(examples: readonly Example[], base: Omit<TrainOptions, 'seed'>, seeds: readonly number[], plan: UptrainPlan, log: (msg: string) => void, teachers?: { forward: SyntaxModel; backward: SyntaxModel }): { model: SyntaxModel; first: SyntaxModel; backward: SyntaxModel; agreed: number; rate: number } {
  const forward = teachers?.forward ?? ensemble(examples, base, seeds);
  const backward = teachers?.backward ?? ensemble(examples.map(reverseExample), base, plan.backwardSeeds);
  const t0 = performance.now();
  const sentences = newsSentences(plan.newsPath, plan.sentences, 6, plan.maxTokens ?? 35);
  const { agreed, rate } = agreedExamples([forwardTeacher(forward), backwardTeacher(backward)], sentences, forward.clusters, plan.minShare);
  log(`${sentences.length} news sentences parsed by both ensembles, ${agreed.length} kept (${(100 * rate).toFixed(1)}% of the heads agreed) in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const model = ensemble(examples, { ...base, epochs: plan.epochs ?? base.epochs, extra: agreed, tagExtra: plan.tagNews, treebankCopies: plan.treebankCopies }, plan.finalSeeds ?? seeds);
  return { model, first: forward, backward, agreed: agreed.length, rate };
}
