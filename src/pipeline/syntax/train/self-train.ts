/**
 * Self-training material: news sentences (train/news.ts) annotated by a trained model; their trees join the
 * treebank for a second round of parser training. Only sentences of 6 to 35 tokens with a verb are taken.
 *
 *   const auto = newsExamples(model, newsPath, 5000); // Example[] whose gold is the model's own parse
 */
import { annotateSentence } from '../annotate.js';
import type { SyntaxModel } from '../model.js';
import type { Example } from './data.js';
import { newsSentences, parsedExample } from './news.js';

export function newsExamples(model: SyntaxModel, newsPath: string, limit: number): Example[] {
  const out: Example[] = [];
  for (const s of newsSentences(newsPath, limit * 2)) {
    if (out.length >= limit) break;
    const got = annotateSentence(model, s.forms, s.winkTags);
    if (got.upos.includes('VERB')) out.push(parsedExample(s, got, model.clusters));
  }
  return out;
}
