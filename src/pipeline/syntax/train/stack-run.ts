/**
 * Stacking (Nivre & McDonald 2008) measured on a dev split of the training treebanks (never GUM): the forward
 * parser reads a backward parser's heads as features (features.ts ParserTokens.guide). In training each sentence's
 * guide comes from a backward model that never saw it (k folds, seeds 101…); on the dev sentences from the given
 * backward model (trained on the whole split, dev-run.ts --backward-out), with the forward model's tags. Printed
 * beside the unguided forward model of the same seeds and the vote of the pair (pair.ts).
 *
 *   node dist/pipeline/syntax/train/stack-run.js --pud --seeds 3 --forward /tmp/f.bin.gz --backward /tmp/b.bin.gz [--folds 5]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyRules, type SentenceParse, tagWords } from '../annotate.js';
import { parserTokens } from '../features.js';
import { decodeModel, type SyntaxModel } from '../model.js';
import { parseBackward, parsePair } from '../pair.js';
import { type Parsed, parseSentence } from '../parse.js';
import { tagSentence } from '../tagger.js';
import { reversedAttributes, UPOS } from '../words.js';
import { sharedDataPath } from '../../../testing/shared-data.js';
import { loadClusterFile } from './cluster-file.js';
import { type Example, loadTreebank } from './data.js';
import { OLDER_CONVENTIONS, TRAINING_FILES } from './files.js';
import { INVERTED_COPIES, invertedReports } from './invert.js';
import { measureParses } from './measure.js';
import { ensemble } from './rounds.js';
import { trainModel } from './train-model.js';
import { reverseExample } from './uptrain.js';

const log = (msg: string) => process.stdout.write(`${msg}\n`);
function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const file = (name: string) => decodeModel(readFileSync(process.argv[process.argv.indexOf(`--${name}`) + 1]!));

function toParse(model: SyntaxModel, forms: readonly string[], tag: Int32Array, p: Parsed): SentenceParse {
  const n = forms.length;
  const out: SentenceParse = { upos: new Array(n), heads: new Array(n), rels: new Array(n) };
  for (let i = 0; i < n; i++) {
    out.upos[i] = UPOS[tag[i]!]!;
    out.heads[i] = p.heads[i] === n ? -1 : p.heads[i]!;
    out.rels[i] = p.heads[i] === n ? 'root' : model.labels[p.labels[i]!]!;
  }
  return applyRules(forms, out);
}

/** A backward model's heads for a sentence in forward order, with its own tagger's tags. */
function guideOf(backward: SyntaxModel, ex: Example): Int32Array {
  const rev = reversedAttributes(ex.attrs);
  const tag = tagSentence(backward.tagger, rev, backward.tagDict ?? null).reverse();
  return parseBackward(backward, backward, ex.attrs, tag, new Float64Array(ex.attrs.n)).heads;
}

const ud = sharedDataPath('ud');
if (!ud) {
  log('skipped: ../shared/data/ud is absent');
} else {
  const clusters = loadClusterFile();
  const examples = loadTreebank(TRAINING_FILES.map((f) => join(ud, f)), clusters, OLDER_CONVENTIONS);
  const pud = (ex: Example) => ex.sentence.id.startsWith('n0');
  const byPud = process.argv.includes('--pud');
  const kept = examples.filter((ex, k) => (byPud ? !pud(ex) : k % 5 !== 0));
  const inverted = invertedReports(kept, clusters);
  const train = [...kept, ...Array.from({ length: INVERTED_COPIES }, () => inverted).flat()];
  const dev = examples.filter((ex, k) => (byPud ? pud(ex) : k % 5 === 0));
  const base = { epochs: arg('epochs', 6), taggerEpochs: arg('tagger-epochs', 5), clusters, folds: 5 };
  const folds = arg('folds', 5);
  const t0 = performance.now();
  for (let f = 0; f < folds; f++) {
    const backward = trainModel(train.filter((_, k) => k % folds !== f).map(reverseExample), { ...base, seed: 101 + f });
    train.forEach((ex, k) => { if (k % folds === f) ex.guide = guideOf(backward, ex); });
  }
  log(`guides of ${train.length} training sentences from ${folds} backward models in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const seeds = Array.from({ length: arg('seeds', 3) }, (_, i) => arg('seed', 1) + i);
  const guided = ensemble(train, base, seeds);
  const forward = file('forward');
  const backward = file('backward');
  const brief = (label: string, parse: (ex: Example) => SentenceParse) => {
    let k = 0;
    const s = measureParses(dev, () => parse(dev[k++]!));
    const f1 = (r: string) => (100 * (s.relations[r]?.f1 ?? 0)).toFixed(1);
    log(`${label.padEnd(28)} UAS ${(100 * s.uas).toFixed(2)}  LAS ${(100 * s.las).toFixed(2)}  nsubj ${f1('nsubj')}  obj ${f1('obj')}  obl ${f1('obl')}  nsubj:pass ${f1('nsubj:pass')}`);
  };
  const forms = (ex: Example) => ex.sentence.words.map((w) => w.form);
  brief('forward', (ex) => { const { attrs, tag } = tagWords(forward, forms(ex), ex.winkTags); return toParse(forward, forms(ex), tag, parseSentence(forward, parserTokens(attrs, tag))); });
  brief('vote of the pair', (ex) => { const { attrs, tag } = tagWords(forward, forms(ex), ex.winkTags); return toParse(forward, forms(ex), tag, parsePair(forward, backward, parserTokens(attrs, tag), attrs, tag)); });
  brief('forward guided by backward', (ex) => {
    const { attrs, tag } = tagWords(guided, forms(ex), ex.winkTags);
    const tokens = parserTokens(attrs, tag);
    tokens.guide = parseBackward(guided, backward, attrs, tag, new Float64Array(attrs.n)).heads;
    return toParse(guided, forms(ex), tag, parseSentence(guided, tokens));
  });
  brief('guided, no guide (sanity)', (ex) => { const { attrs, tag } = tagWords(guided, forms(ex), ex.winkTags); return toParse(guided, forms(ex), tag, parseSentence(guided, parserTokens(attrs, tag))); });
}
