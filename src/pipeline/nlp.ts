/**
 * The shared wink-nlp instance (English lite model: sentences, tokens, POS, lemmas, negation), loaded once
 * per process. Everything language-specific that wink gives us goes through here.
 *
 *   const { nlp, its } = wink(); nlp.readDoc('Putin called Trump.').tokens().out(its.pos) // ['PROPN', 'VERB', …]
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;

let instance: { nlp: Wink; its: Wink['its'] } | null = null;

export function wink(): { nlp: Wink; its: Wink['its'] } {
  if (!instance) {
    const nlp = winkNLP(model, ['sbd', 'negation', 'pos']);
    instance = { nlp, its: nlp.its };
  }
  return instance;
}
