/**
 * `npm run bench -- parser`: speed of the syntax component alone on news (../shared/data/news): the first
 * 1,000 articles are tokenised beforehand (not timed), then tagged and parsed once after a warm-up; a second
 * figure times the parser alone on the tagger's output. One core; speed by the clock and per CPU-second of the
 * process (which other processes on a busy machine do not inflate). Skips when ../shared is absent.
 */
import { readFileSync } from 'node:fs';
import { parserTokens } from '../pipeline/syntax/features.js';
import { syntaxModel } from '../pipeline/syntax/model.js';
import { parseSentence } from '../pipeline/syntax/parse.js';
import { parseTokens } from '../pipeline/syntax/index.js';
import { tagSentence } from '../pipeline/syntax/tagger.js';
import { wordAttributes } from '../pipeline/syntax/words.js';
import { tokenize } from '../pipeline/tokenizer.js';
import { sharedDataPath } from '../testing/shared-data.js';
import type { Benchmark } from './run.js';

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

export const bench: Benchmark = {
  name: 'parser: syntax component (tagger + parser) and parser alone, sentences/s on one core',
  run() {
    const path = sharedDataPath('news', 'ukraine_war_2022_dev.jsonl');
    if (!path) { process.stdout.write('skipped: ../shared/data/news is absent\n'); return; }
    const articles = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).slice(0, 1000).map((l) => (JSON.parse(l) as { text: string }).text);
    const model = syntaxModel();
    const docs = articles.map((text) => ({ text, tokens: tokenize(text).tokens }));
    for (const d of docs.slice(0, 50)) parseTokens(d.text, d.tokens);
    const sentences = docs.reduce((s, d) => s + (d.tokens.length ? d.tokens[d.tokens.length - 1]!.sentence + 1 : 0), 0);
    const tokens = docs.reduce((s, d) => s + d.tokens.length, 0);
    let t0 = performance.now();
    let c0 = cpuSeconds();
    for (const d of docs) parseTokens(d.text, d.tokens);
    const whole = (performance.now() - t0) / 1000;
    const wholeCpu = cpuSeconds() - c0;
    const inputs = docs.flatMap((d) => {
      const out: { forms: string[]; tags: string[] }[] = [];
      for (const t of d.tokens) {
        const s = (out[t.sentence] ??= { forms: [], tags: [] });
        s.forms.push(d.text.slice(t.start, t.end));
        s.tags.push(t.pos);
      }
      return out.filter(Boolean);
    });
    const tagged = inputs.map((s) => {
      const a = wordAttributes(s.forms, s.tags, model.clusters);
      return parserTokens(a, tagSentence(model.tagger, a, model.tagDict ?? null));
    });
    t0 = performance.now();
    c0 = cpuSeconds();
    for (const t of tagged) parseSentence(model, t);
    const parserOnly = (performance.now() - t0) / 1000;
    const parserCpu = cpuSeconds() - c0;
    const line = (label: string, value: string) => process.stdout.write(`  ${label.padEnd(36)} ${value}\n`);
    line('articles / sentences / tokens', `${docs.length} / ${sentences} / ${tokens}`);
    line('syntax component (tag + parse)', `${Math.round(sentences / whole)} sentences/s by the clock (${Math.round(tokens / whole)} tokens/s); ${Math.round(sentences / wholeCpu)} per CPU-second`);
    line('parser alone (tags given)', `${Math.round(tagged.length / parserOnly)} sentences/s by the clock; ${Math.round(tagged.length / parserCpu)} per CPU-second`);
    line('peak RSS', `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  },
};
