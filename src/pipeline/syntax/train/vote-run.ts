/**
 * Measures the forward+backward vote (pair.ts) on a dev split of the training treebanks (never GUM), for model
 * pairs trained on the rest (dev-run.ts --out, or a teacher cache: --teachers writes both sides): each forward
 * model alone, the backward one alone, and the vote at several temperatures, with nsubj and obj F1; the share of
 * the heads the two agree on and the UAS of an oracle picking the right one of the two.
 *
 * The calibrated votes (per-class precision, Platt scaling) are fitted on one half of the sentences and scored on
 * the other, both ways.
 *
 *   node dist/pipeline/syntax/train/vote-run.js --pud --pair /tmp/d-forward.bin.gz,/tmp/d-backward.bin.gz [--pair …] [--temperatures 10,20,40]
 *   node dist/pipeline/syntax/train/vote-run.js --gum --temperatures 40 --pair … [--calibration '{"forward":…}'] # GUM news: fixed weights only
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyRules, type SentenceParse, tagWords } from '../annotate.js';
import { parserTokens } from '../features.js';
import { decodeModel, type SyntaxModel } from '../model.js';
import { type Calibration, parseBackward, parseForward, type VoteCalibration, votePair } from '../pair.js';
import type { Parsed } from '../parse.js';
import { voteTree } from '../vote.js';
import { UPOS } from '../words.js';
import { sharedDataPath } from '../../../testing/shared-data.js';
import { loadClusterFile } from './cluster-file.js';
import { type Example, loadTreebank } from './data.js';
import { OLDER_CONVENTIONS, TRAINING_FILES } from './files.js';
import { formatScores, measureParses, type Scores } from './measure.js';
import { backwardTeacher } from './uptrain.js';

const log = (msg: string) => process.stdout.write(`${msg}\n`);
const values = (name: string) => process.argv.flatMap((a, i) => (process.argv[i - 1] === `--${name}` ? [a] : []));

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

function brief(label: string, s: Scores): string {
  const f = (r: string) => (100 * (s.relations[r]?.f1 ?? 0)).toFixed(1);
  return `${label.padEnd(28)} UAS ${(100 * s.uas).toFixed(2)}  LAS ${(100 * s.las).toFixed(2)}  nsubj ${f('nsubj')}  obj ${f('obj')}  obl ${f('obl')}  nsubj:pass ${f('nsubj:pass')}`;
}

const ud = sharedDataPath('ud');
if (!ud) {
  log('skipped: ../shared/data/ud is absent');
} else {
  const clusters = loadClusterFile();
  const examples = loadTreebank(TRAINING_FILES.map((f) => join(ud, f)), clusters, OLDER_CONVENTIONS);
  const pud = (ex: Example) => ex.sentence.id.startsWith('n0');
  const gumDir = join(ud, 'gum-eval');
  // --gum: GUM's news documents instead, to measure a pair trained on all the training files (never to choose)
  const dev = process.argv.includes('--gum')
    ? loadTreebank(readdirSync(gumDir).filter((f) => f.endsWith('.conllu')).sort().map((f) => join(gumDir, f)), clusters).filter((ex) => ex.sentence.id.startsWith('GUM_news'))
    : examples.filter((ex, k) => (process.argv.includes('--pud') ? pud(ex) : k % 5 === 0));
  const temperatures = (values('temperatures')[0] ?? '5,10,20,40,80,160').split(',').map(Number);
  for (const pair of values('pair')) {
    const [forward, backward] = pair.split(',').map((f) => decodeModel(readFileSync(f))) as [SyntaxModel, SyntaxModel];
    log(`\n${pair}`);
    const runs = dev.map((ex) => {
      const forms = ex.sentence.words.map((w) => w.form);
      const { attrs, tag } = tagWords(forward, forms, ex.winkTags);
      const f = parseForward(forward, parserTokens(attrs, tag));
      const b = parseBackward(forward, backward, attrs, tag);
      return { ex, forms, tag, f, b };
    });
    const scored = (label: string, parse: (k: number) => SentenceParse) => {
      let k = 0;
      const s = measureParses(dev, () => parse(k++));
      log(brief(label, s));
      return s;
    };
    const fwd = scored('forward', (k) => toParse(forward, runs[k]!.forms, runs[k]!.tag, runs[k]!.f));
    scored('backward, own tags', (k) => backwardTeacher(backward)(runs[k]!.forms, runs[k]!.ex.winkTags));
    scored('backward, forward tags', (k) => toParse(forward, runs[k]!.forms, runs[k]!.tag, runs[k]!.b));
    let same = 0; let tokens = 0; let oracle = 0;
    for (const r of runs) {
      for (let i = 0; i < r.forms.length; i++) {
        const gold = r.ex.goldHeads[i]!;
        tokens++;
        if (r.f.heads[i] === r.b.heads[i]) same++;
        if (r.f.heads[i] === gold || r.b.heads[i] === gold) oracle++;
      }
    }
    log(`heads agreed ${(100 * same / tokens).toFixed(1)}%, oracle of the two (parser heads, before rules) ${(100 * oracle / tokens).toFixed(1)}%`);
    for (const t of temperatures) {
      const c = { a: 0, b: 100 / t, forced: 0.5 };
      scored(`vote, temperature ${t}`, (k) => toParse(forward, runs[k]!.forms, runs[k]!.tag, votePair(runs[k]!.f, runs[k]!.b, { forward: c, backward: c })));
    }
    // weights calibrated as each side's head precision per class of arc, on the other half of the dev sentences
    const bin = (m: number) => (Number.isNaN(m) ? 'forced' : m < 100 ? 'low' : m < 200 ? 'mid' : 'high');
    const classes: Record<string, (tag: number, margin: number) => string> = {
      'tag': (tag) => `${tag}`,
      'forced': (_, m) => `${Number.isNaN(m)}`,
      'margin': (_, m) => bin(m),
      'tag, forced': (tag, m) => `${tag} ${Number.isNaN(m)}`,
      'tag, margin': (tag, m) => `${tag} ${bin(m)}`,
    };
    for (const [name, cls] of Object.entries(process.argv.includes('--gum') ? {} : classes)) {
      const weightsFor = (fold: number) => {
        const count = new Map<string, [number, number]>();
        runs.forEach((r, k) => {
          if (k % 2 === fold) return;
          for (let i = 0; i < r.forms.length; i++) {
            for (const [side, p, m] of [['f', r.f, r.f.margins], ['b', r.b, r.b.margins]] as const) {
              const key = `${side} ${cls(r.tag[i]!, m[i]!)}`;
              const c = count.get(key) ?? [1, 2];
              c[1]++;
              if (p.heads[i] === r.ex.goldHeads[i]) c[0]++;
              count.set(key, c);
            }
          }
        });
        return (side: string, tag: number, m: number) => { const c = count.get(`${side} ${cls(tag, m)}`) ?? [1, 2]; return c[0] / c[1]; };
      };
      const w = [weightsFor(0), weightsFor(1)];
      scored(`vote, precision by ${name}`, (k) => {
        const r = runs[k]!;
        const weigh = w[k % 2]!;
        const fw = Float64Array.from(r.f.margins, (m, i) => weigh('f', r.tag[i]!, m));
        const bw = Float64Array.from(r.b.margins, (m, i) => weigh('b', r.tag[i]!, m));
        return toParse(forward, r.forms, r.tag, voteTree(r.forms.length, [{ ...r.f, weights: fw }, { ...r.b, weights: bw }]));
      });
    }
    // Platt scaling: per side, P(head right) = sigmoid(a + b * margin / 100), forced moves a constant of their own
    const plattFor = (fold: number): VoteCalibration => {
      const fit = (side: 'f' | 'b'): Calibration => {
        const xs: number[] = []; const ys: number[] = []; let forced = 0; let forcedRight = 0;
        runs.forEach((r, k) => {
          if (k % 2 === fold) return;
          const p = side === 'f' ? r.f : r.b;
          for (let i = 0; i < r.forms.length; i++) {
            const right = p.heads[i] === r.ex.goldHeads[i] ? 1 : 0;
            if (Number.isNaN(p.margins[i]!)) { forced++; forcedRight += right; } else { xs.push(p.margins[i]! / 100); ys.push(right); }
          }
        });
        let a = 0; let b = 0;
        for (let it = 0; it < 300; it++) {
          let ga = 0; let gb = 0;
          for (let j = 0; j < xs.length; j++) { const e = 1 / (1 + Math.exp(-(a + b * xs[j]!))) - ys[j]!; ga += e; gb += e * xs[j]!; }
          a -= (0.5 * ga) / xs.length; b -= (0.5 * gb) / xs.length;
        }
        return { a, b, forced: (forcedRight + 1) / (forced + 2) };
      };
      return { forward: fit('f'), backward: fit('b') };
    };
    const platt = [plattFor(0), plattFor(1)];
    if (!process.argv.includes('--gum')) {
      scored('vote, Platt-scaled margins', (k) => toParse(forward, runs[k]!.forms, runs[k]!.tag, votePair(runs[k]!.f, runs[k]!.b, platt[k % 2]!)));
      const all = plattFor(-1);
      const round = (c: Calibration) => ({ a: +c.a.toFixed(3), b: +c.b.toFixed(3), forced: +c.forced.toFixed(3) });
      log(`Platt scaling fitted on all of them: ${JSON.stringify({ forward: round(all.forward), backward: round(all.backward) })}`);
    } else {
      const given = values('calibration')[0];
      if (given) scored('vote, given calibration', (k) => toParse(forward, runs[k]!.forms, runs[k]!.tag, votePair(runs[k]!.f, runs[k]!.b, JSON.parse(given) as VoteCalibration)));
    }
    if (process.argv.includes('--full')) log(formatScores('forward', fwd));
  }
}
