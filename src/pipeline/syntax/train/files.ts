/**
 * The treebanks the model is trained on: the CC BY-SA files of ../shared/data/ud (never GUM).
 *
 *   TRAINING_FILES.map((f) => join(sharedDataPath('ud')!, f))
 */
export const TRAINING_FILES = ['en_ewt-ud-dev.conllu', 'en_ewt-ud-test.conllu', 'en_pud-ud-test.conllu'];

/**
 * PUD follows older conventions than EWT (punctuation on the higher candidate, EWT's on the lower; passive agents
 * as plain obl, EWT's obl:agent): it is brought to EWT's (train/data.ts).
 */
export const OLDER_CONVENTIONS = (file: string): boolean => file.endsWith('en_pud-ud-test.conllu');
