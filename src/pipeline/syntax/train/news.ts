/**
 * Unlabelled news sentences for self-training and uptraining: the articles of ../shared/data/news tokenised by
 * wink as at run time, from the end of the file (the benchmark reads its start), skipping the articles our own
 * event and commitment gold sets sample (src/eval/gold, so those measures stay untouched), and an Example whose
 * "gold" is a parse a model gave.
 *
 *   const sents = newsSentences(path, 40000); // [{ id, forms: ['Russia', 'attacked', …], winkTags: […] }, …]
 *   parsedExample(sents[0], parse, clusters)   // Example whose gold tree is `parse`
 */
import { existsSync, readFileSync } from 'node:fs';
import { packagePath } from '../../../core/paths.js';
import type { SentenceParse } from '../annotate.js';
import { tokenize } from '../../tokenizer.js';
import { type ClusterLookup, tagId, wordAttributes } from '../words.js';
import type { Example } from './data.js';

export interface NewsSentence { id: string; forms: string[]; winkTags: string[] }

/** Documents the project's own news gold sets sample (never trained on, even unlabelled). */
export function goldDocuments(): Set<string> {
  const docs = new Set<string>();
  for (const name of ['news-events.jsonl', 'news-commitments.jsonl']) {
    const path = packagePath('src', 'eval', 'gold', name);
    if (!existsSync(path)) continue;
    for (const m of readFileSync(path, 'utf8').matchAll(/"doc":\s*"([^"]+)"/g)) docs.add(m[1]!);
  }
  return docs;
}

/** Up to `limit` sentences of `min` to `max` tokens, last article first. */
export function newsSentences(newsPath: string, limit: number, min = 6, max = 35): NewsSentence[] {
  const skip = goldDocuments();
  const lines = readFileSync(newsPath, 'utf8').split('\n').filter((l) => l.trim()).reverse();
  const out: NewsSentence[] = [];
  for (const line of lines) {
    if (out.length >= limit) break;
    const { text, id } = JSON.parse(line) as { text: string; id: string };
    if (skip.has(id)) continue;
    const { tokens } = tokenize(text);
    const bySentence: NewsSentence[] = [];
    for (const t of tokens) {
      const s = (bySentence[t.sentence] ??= { id: `${id}#${t.sentence}`, forms: [], winkTags: [] });
      s.forms.push(text.slice(t.start, t.end));
      s.winkTags.push(t.pos);
    }
    for (const s of bySentence) if (s && s.forms.length >= min && s.forms.length <= max && out.length < limit) out.push(s);
  }
  return out;
}

/** A news sentence with `parse` as its gold tree and tags. */
export function parsedExample(s: NewsSentence, parse: SentenceParse, clusters: ClusterLookup | null): Example {
  const n = s.forms.length;
  return {
    sentence: { id: `${s.id}-auto`, text: '', words: s.forms.map((form, i) => ({ form, upos: parse.upos[i]!, head: parse.heads[i]!, rel: parse.rels[i]!, start: 0, end: 0 })) },
    winkTags: s.winkTags,
    attrs: wordAttributes(s.forms, s.winkTags, clusters),
    goldTags: Int32Array.from(parse.upos, tagId),
    goldHeads: Int32Array.from(parse.heads, (h) => (h < 0 ? n : h)),
    rels: parse.rels,
  };
}
