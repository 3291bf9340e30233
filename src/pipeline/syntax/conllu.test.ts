import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readConllu } from './conllu.js';

const SAMPLE = [
  '# sent_id = t-1',
  '# text = They won\'t go.',
  '1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t_\t_',
  '2-3\twon\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\two\twill\tAUX\tMD\t_\t4\taux\t_\tSpaceAfter=No',
  '3\tn\'t\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_',
  '4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No',
  '4.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t4:conj\t_',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
  '',
].join('\n');

test('readConllu skips multiword tokens and empty nodes, heads become 0-based, text keeps SpaceAfter=No', () => {
  const [s] = readConllu(SAMPLE);
  assert.equal(s!.id, 't-1');
  assert.deepEqual(s!.words.map((w) => w.form), ['They', 'wo', "n't", 'go', '.']);
  assert.deepEqual(s!.words.map((w) => w.head), [3, 3, 3, -1, 3]);
  assert.equal(s!.text.trim(), "They won't go.");
  assert.equal(s!.text.slice(s!.words[2]!.start, s!.words[2]!.end), "n't");
});
