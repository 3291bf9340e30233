/**
 * Reads CoNLL-U treebanks (https://universaldependencies.org/format.html) into plain sentences: one entry a
 * token, heads 0-based within the sentence (-1 for the root). Multiword-token lines (19-20) and empty nodes
 * (8.1) are not tokens and are skipped. The sentence text is rebuilt from the forms and `SpaceAfter=No`, so
 * another tokenizer (wink) can be run over it and aligned by character offsets.
 *
 *   const sents = readConllu(readFileSync('en_ewt-ud-dev.conllu', 'utf8'));
 *   sents[0].words[0] // { form: 'From', upos: 'ADP', head: 2, rel: 'case', start: 0, end: 4 }
 */

export interface GoldWord { form: string; upos: string; head: number; rel: string; start: number; end: number }
export interface GoldSentence { id: string; text: string; words: GoldWord[] }

export function readConllu(source: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  let words: GoldWord[] = [];
  let text = '';
  let id = '';
  const flush = () => {
    if (words.length) out.push({ id, text, words });
    words = [];
    text = '';
    id = '';
  };
  for (const line of source.split('\n')) {
    if (!line.trim()) { flush(); continue; }
    if (line.startsWith('#')) {
      const m = /^# sent_id = (.*)$/.exec(line);
      if (m) id = m[1]!.trim();
      continue;
    }
    const f = line.split('\t');
    if (f.length < 10 || !/^\d+$/.test(f[0]!)) continue;
    const start = text.length;
    text += f[1]!;
    words.push({ form: f[1]!, upos: f[3]!, head: Number(f[6]) - 1, rel: f[7]!, start, end: text.length });
    if (!/(^|\|)SpaceAfter=No(\||$)/.test(f[9]!)) text += ' ';
  }
  flush();
  return out;
}
