/**
 * A tiny treebank for the training tests: our own sentences, hand-annotated in CoNLL-U (id, form, UPOS, head, relation).
 *
 *   readConllu(TINY_TREEBANK).map((s) => toExample(s, null))
 */
export const rows = (s: string) => s.trim().split('\n').map((l) => l.trim().split(/\s+/)).map(([id, form, upos, head, rel]) => `${id}\t${form}\t_\t${upos}\t_\t_\t${head}\t${rel}\t_\t_`).join('\n');
export const TINY_TREEBANK = [
  rows(`1 Russia PROPN 2 nsubj
        2 attacked VERB 0 root
        3 Ukraine PROPN 2 obj
        4 . PUNCT 2 punct`),
  rows(`1 The DET 2 det
        2 army NOUN 3 nsubj
        3 shelled VERB 0 root
        4 the DET 5 det
        5 city NOUN 3 obj
        6 . PUNCT 3 punct`),
  rows(`1 Kyiv PROPN 3 nsubj:pass
        2 was AUX 3 aux:pass
        3 shelled VERB 0 root
        4 by ADP 5 case
        5 troops NOUN 3 obl:agent
        6 . PUNCT 3 punct`),
].join('\n\n') + '\n';
