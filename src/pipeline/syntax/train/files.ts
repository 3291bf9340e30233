/**
 * The treebanks the model is trained on: the CC BY-SA files of ../shared/data/ud (never GUM).
 *
 *   TRAINING_FILES.map((f) => join(sharedDataPath('ud')!, f))
 */
export const TRAINING_FILES = ['en_ewt-ud-dev.conllu', 'en_ewt-ud-test.conllu', 'en_pud-ud-test.conllu'];
