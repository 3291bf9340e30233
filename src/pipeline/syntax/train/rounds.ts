/**
 * Training in rounds with uptraining (uptrain.ts): first the forward models (one per seed, averaged) and
 * backward models (trained on reversed sentences), which parse news; then the next round's forward models,
 * trained on the treebank plus the news sentences both teachers parse alike. With `rounds: 3` the second round
 * also trains backward models on those trees (reversed), and the second round's forward and backward models
 * are the teachers of the third, final round.
 *
 *   const { model, previous, agreed } = trainInRounds(examples, { epochs: 12, taggerEpochs: 8, clusters }, [1, 2, 3, 4, 5], plan, log);
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
  /** Seeds of the final round's models (default: the first round's); a middle round's forward models too. */
  finalSeeds?: number[];
  /** Seeds of a middle round's backward models (default: the final seeds + 100). */
  middleBackwardSeeds?: number[];
  /** Epochs of the final round (more data: fewer needed); a middle round's too. */
  epochs?: number;
  /** Rounds in all, the first included (default 2). */
  rounds?: number;
  /**
   * The final round's models (default: forward only): 'backward' trains the backward side of the vote (pair.ts)
   * on the same trees reversed, seeds the final seeds + 100.
   */
  finalSides?: Side[];
}

export interface Teachers { forward: SyntaxModel; backward: SyntaxModel }
export type Side = keyof Teachers;

/** Teachers kept from an earlier run with the same settings (round 1: the first round's ensembles). */
export interface TeacherCache {
  read(round: number, side: Side): SyntaxModel | undefined;
  write(round: number, side: Side, model: SyntaxModel): void;
}

export function ensemble(examples: readonly Example[], base: Omit<TrainOptions, 'seed'>, seeds: readonly number[]): SyntaxModel {
  const models = seeds.map((seed) => trainModel(examples, { ...base, seed }));
  return models.length > 1 ? averageModels(models) : models[0]!;
}

/**
 * `previous`: the last teachers' forward model (the round before the final one), to compare with. Models the
 * cache holds are not trained again (the latest round cached on both sides is the starting point).
 */
export function trainInRounds(examples: readonly Example[], base: Omit<TrainOptions, 'seed'>, seeds: readonly number[], plan: UptrainPlan, log: (msg: string) => void, cache?: TeacherCache): { model?: SyntaxModel; backward?: SyntaxModel; previous: SyntaxModel; agreed: number; rate: number } {
  const rounds = Math.max(2, plan.rounds ?? 2);
  const sentences = newsSentences(plan.newsPath, plan.sentences, 6, plan.maxTokens ?? 35);
  const later = { ...base, epochs: plan.epochs ?? base.epochs, tagExtra: plan.tagNews, treebankCopies: plan.treebankCopies };
  const forwardSeeds = plan.finalSeeds ?? seeds;
  const backwardSeeds = plan.middleBackwardSeeds ?? forwardSeeds.map((s) => s + 100);
  const side = (round: number, which: Side, train: () => SyntaxModel): SyntaxModel => {
    const kept = cache?.read(round, which);
    if (kept) { log(`round ${round} ${which} model read from the cache`); return kept; }
    const model = train();
    cache?.write(round, which, model);
    return model;
  };
  const cached = (r: number): Teachers | undefined => {
    const forward = cache?.read(r, 'forward');
    const backward = forward && cache?.read(r, 'backward');
    if (forward && backward) log(`round ${r} teachers read from the cache`);
    return forward && backward ? { forward, backward } : undefined;
  };
  let round = rounds - 1;
  let found: Teachers | undefined;
  while (round > 1 && !(found = cached(round))) round--;
  let teachers: Teachers = found ?? { forward: side(1, 'forward', () => ensemble(examples, base, seeds)), backward: side(1, 'backward', () => ensemble(examples.map(reverseExample), base, plan.backwardSeeds)) };
  let agreed: Example[] = [];
  let rate = 0;
  const agree = (t: Teachers) => {
    const t0 = performance.now();
    ({ agreed, rate } = agreedExamples([forwardTeacher(t.forward), backwardTeacher(t.backward)], sentences, t.forward.clusters, plan.minShare));
    log(`round ${round + 1}: ${sentences.length} news sentences parsed by round ${round}'s forward and backward models, ${agreed.length} kept (${(100 * rate).toFixed(1)}% of the heads agreed) in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    return agreed;
  };
  for (; round < rounds - 1; round++) {
    const t = teachers;
    let news: Example[] | undefined;
    const trees = () => (news ??= agree(t));
    teachers = {
      forward: side(round + 1, 'forward', () => ensemble(examples, { ...later, extra: trees() }, forwardSeeds)),
      backward: side(round + 1, 'backward', () => ensemble(examples.map(reverseExample), { ...later, extra: trees().map(reverseExample) }, backwardSeeds)),
    };
  }
  agree(teachers);
  const sides = plan.finalSides ?? ['forward'];
  const model = sides.includes('forward') ? ensemble(examples, { ...later, extra: agreed }, forwardSeeds) : undefined;
  const backward = sides.includes('backward') ? ensemble(examples.map(reverseExample), { ...later, extra: agreed.map(reverseExample) }, backwardSeeds) : undefined;
  return { model, backward, previous: teachers.forward, agreed: agreed.length, rate };
}
