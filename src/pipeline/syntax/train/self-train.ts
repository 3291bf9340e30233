/**
 * Self-training material: news sentences (../shared/data/news, unlabelled) tokenised by wink as at run time
 * and annotated by a trained model; their trees join the treebank for a second round of parser training.
 * Only sentences of 6 to 35 tokens with a verb are taken, from the end of the file (the benchmark reads its start).
 *
 *   const auto = newsExamples(model, newsPath, 5000); // Example[] whose gold is the model's own parse
 */
import { readFileSync } from 'node:fs';
import { annotateSentence } from '../annotate.js';
import type { SyntaxModel } from '../model.js';
import { tokenize } from '../../tokenizer.js';
import { tagId, wordAttributes } from '../words.js';
import type { Example } from './data.js';

export function newsExamples(model: SyntaxModel, newsPath: string, limit: number): Example[] {
  const lines = readFileSync(newsPath, 'utf8').split('\n').filter((l) => l.trim()).reverse();
  const out: Example[] = [];
  for (const line of lines) {
    if (out.length >= limit) break;
    const { text, id } = JSON.parse(line) as { text: string; id: string };
    const { tokens } = tokenize(text);
    const bySentence: { forms: string[]; tags: string[] }[] = [];
    for (const t of tokens) {
      const s = (bySentence[t.sentence] ??= { forms: [], tags: [] });
      s.forms.push(text.slice(t.start, t.end));
      s.tags.push(t.pos);
    }
    for (const s of bySentence) {
      if (!s || s.forms.length < 6 || s.forms.length > 35 || out.length >= limit) continue;
      const got = annotateSentence(model, s.forms, s.tags);
      if (!got.upos.includes('VERB')) continue;
      const n = s.forms.length;
      out.push({
        sentence: { id: `${id}-auto`, text: '', words: s.forms.map((form, i) => ({ form, upos: got.upos[i]!, head: got.heads[i]!, rel: got.rels[i]!, start: 0, end: 0 })) },
        winkTags: s.tags,
        attrs: wordAttributes(s.forms, s.tags, model.clusters),
        goldTags: Int32Array.from(got.upos, tagId),
        goldHeads: Int32Array.from(got.heads, (h) => (h < 0 ? n : h)),
        rels: got.rels,
      });
    }
  }
  return out;
}
