import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readConllu } from '../conllu.js';
import { tagAndParse } from '../annotate.js';
import type { SyntaxModel } from '../model.js';
import { toExample } from './data.js';
import { labelSet } from './labels.js';
import { trainParser, trainTagger } from './learn.js';
import { fileTeacherCache, teacherFile } from './teacher-cache.js';
import { TINY_TREEBANK } from './tiny-treebank.js';

function tinyModel(): SyntaxModel {
  const data = readConllu(TINY_TREEBANK).map((s) => toExample(s, null));
  const set = labelSet(data);
  const tagger = trainTagger(data, { epochs: 2, seed: 1, rows: 1 << 10 });
  return { tagger, ...trainParser(data, data.map((ex) => ex.goldTags), set, { epochs: 3, seed: 1, rows: 1 << 12, labelRows: 1 << 10 }), labels: set.labels, clusters: null, meta: {} };
}

test('teachers kept per round and side: round 1 under the old names, later rounds numbered; what is read parses alike', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-teachers-'));
  try {
    const prefix = join(dir, 't');
    assert.equal(teacherFile(prefix, 1, 'forward'), `${prefix}-forward.bin.gz`);
    assert.equal(teacherFile(prefix, 2, 'backward'), `${prefix}-r2-backward.bin.gz`);
    const cache = fileTeacherCache(prefix);
    assert.equal(cache.read(2, 'forward'), undefined, 'nothing kept yet');
    const model = tinyModel();
    cache.write(2, 'forward', model);
    assert.equal(cache.read(2, 'backward'), undefined, 'the other side is not there');
    const back = cache.read(2, 'forward')!;
    const forms = ['Russia', 'attacked', 'Ukraine', '.'];
    const wink = ['PROPN', 'VERB', 'PROPN', 'PUNCT'];
    assert.deepEqual([...tagAndParse(back, forms, wink).heads], [...tagAndParse(model, forms, wink).heads]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
