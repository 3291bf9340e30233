import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readConllu } from '../conllu.js';
import { hashString } from '../hash.js';
import { tagSentence } from '../tagger.js';
import { tagId, wordAttributes } from '../words.js';
import { toExample } from './data.js';
import { trainTagger } from './learn.js';
import { tagDictionary } from './train-model.js';

// Our own sentences: "unless" always SCONJ (5 times), "talks" always NOUN (an open class), "as" both ADP and SCONJ.
const row = (id: number, form: string, upos: string) => `${id}\t${form}\t_\t${upos}\t_\t_\t0\tdep\t_\t_`;
const SENTENCES = [
  ...Array.from({ length: 5 }, () => [row(1, 'unless', 'SCONJ'), row(2, 'talks', 'NOUN'), row(3, 'as', 'ADP')]),
  [row(1, 'as', 'SCONJ'), row(2, 'talks', 'NOUN')],
].map((rows) => rows.join('\n')).join('\n\n') + '\n';

test('the tag dictionary keeps function words always tagged alike, and the tagger obeys it', () => {
  const examples = readConllu(SENTENCES).map((s) => toExample(s, null));
  const dict = tagDictionary(examples, 5);
  assert.equal(dict.get(hashString('unless') | 0), tagId('SCONJ'));
  assert.equal(dict.has(hashString('talks') | 0), false, 'open classes vary in news ("Talks" in a title)');
  assert.equal(dict.has(hashString('as') | 0), false, 'ambiguous');
  assert.equal(tagDictionary(examples, 6).size, 0, 'too rare');
  const tagger = trainTagger(examples, { epochs: 1, seed: 1, rows: 1 << 10 });
  const tags = tagSentence(tagger, wordAttributes(['Unless', 'talks'], ['ADP', 'NOUN'], null), dict);
  assert.equal(tags[0], tagId('SCONJ'), "wink's ADP does not override the dictionary");
});
