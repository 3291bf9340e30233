import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadTreebank } from './data.js';
import { OLDER_CONVENTIONS } from './files.js';

// Our own sentence, annotated as PUD does: the comma on the higher candidate, the passive agent as plain obl.
const rows = (s: string) => s.trim().split('\n').map((l) => l.trim().split(/\s+/)).map(([id, form, upos, head, rel]) => `${id}\t${form}\t_\t${upos}\t_\t_\t${head}\t${rel}\t_\t_`).join('\n');
const SENTENCE = `# sent_id = n1\n# text = In Kyiv, the bridge was shelled by troops.\n${rows(`1 In ADP 2 case
  2 Kyiv PROPN 7 obl
  3 , PUNCT 7 punct
  4 the DET 5 det
  5 bridge NOUN 7 nsubj:pass
  6 was AUX 7 aux:pass
  7 shelled VERB 0 root
  8 by ADP 9 case
  9 troops NOUN 7 obl
  10 . PUNCT 7 punct`)}\n\n`;

test('a treebank of older conventions is brought to EWT punctuation and agents; others are read as published', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ud-'));
  const pud = join(dir, 'en_pud-ud-test.conllu');
  const other = join(dir, 'other.conllu');
  writeFileSync(pud, SENTENCE);
  writeFileSync(other, SENTENCE);
  const [a] = loadTreebank([pud], null, OLDER_CONVENTIONS);
  assert.equal(a!.sentence.words[2]!.head, 1); // the comma after "In Kyiv" hangs on Kyiv
  assert.equal(a!.rels[8], 'obl:agent');
  assert.equal(a!.sentence.words[9]!.head, 6); // the final stop stays on the root
  const [b] = loadTreebank([other], null, OLDER_CONVENTIONS);
  assert.equal(b!.sentence.words[2]!.head, 6);
  assert.equal(b!.rels[8], 'obl');
});
