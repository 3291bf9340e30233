/**
 * The syntax model on GUM (../shared/data/ud/gum-eval, never trained on): UAS and LAS over all tokens with the
 * tags the model predicts itself (what the pipeline has), on every document and on the GUM_news_* documents
 * alone (the headline), with precision/recall/F1 of the core relations and UPOS accuracy. Gold tokenisation;
 * wink's tags are aligned to it as the tagger's features. Writes eval-results/parser.json.
 *
 *   npm run eval -- parser
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/paths.js';
import { syntaxModel } from '../pipeline/syntax/model.js';
import { loadTreebank } from '../pipeline/syntax/train/data.js';
import { formatScores, measure } from '../pipeline/syntax/train/measure.js';
import { sharedDataPath } from '../testing/shared-data.js';
import type { EvalSuite } from './run.js';

export const suite: EvalSuite = {
  name: 'parser: UD dependencies on GUM (all documents, and news alone), predicted tags',
  run() {
    const dir = sharedDataPath('ud', 'gum-eval');
    if (!dir) { process.stdout.write('skipped: ../shared/data/ud/gum-eval is absent\n'); return; }
    const model = syntaxModel();
    const files = readdirSync(dir).filter((f) => f.endsWith('.conllu')).sort();
    const all = loadTreebank(files.map((f) => join(dir, f)), model.clusters);
    const news = all.filter((ex) => ex.sentence.id.startsWith('GUM_news'));
    const t0 = performance.now();
    const newsScores = measure(model, news);
    const allScores = measure(model, all);
    const seconds = (performance.now() - t0) / 1000;
    process.stdout.write(`${formatScores('GUM news', newsScores)}\n${formatScores('GUM all', allScores)}\n`);
    process.stdout.write(`(${Math.round((news.length + all.length) / seconds)} sentences/s tagged and parsed)\n`);
    const out = join(packageRoot, 'eval-results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'parser.json'), JSON.stringify({ news: newsScores, all: allScores }, null, 1));
  },
};
