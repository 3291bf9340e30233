/**
 * The shared wink-nlp instance (English lite model: sentences, tokens, POS, lemmas, negation), loaded once
 * per process. Everything language-specific that wink gives us goes through here.
 *
 * wink never forgets a word: every new spelling (a name, a number, a typo) is added to the instance's
 * lexicon, about 160 bytes each, so a server or worker reading news for weeks would grow without bound; and
 * its tokenizer keeps a raw token whole when it is a known word, so what one document taught it changed how
 * later documents were tokenised. `beginDocument()`, called by the tokenizer before each document (never
 * inside one), handles both: it re-creates the instance once it has learned more than `vocabularyLimit()`
 * words, and it hides the words earlier documents taught, so every document is tokenised exactly as a fresh
 * instance would (whatever ran before, and across renewals). A renewal forgets the lexeme ids, so callers
 * that key anything by lexeme id must drop it when `wink().generation` changes.
 *
 *   beginDocument(); const { nlp, its } = wink();
 *   nlp.readDoc('Putin called Trump.').tokens().out(its.pos) // ['PROPN', 'VERB', 'PROPN', 'PUNCT']
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
export type WinkDoc = ReturnType<Wink['readDoc']>;

/** wink's per-instance lexicon cache (private API: the sizes are read, `lookup` and `add` are wrapped). */
interface LexiconCache {
  currentSize(): number;
  intrinsicSize(): number;
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
}
/** wink's raw document: 4 numbers per token (lexeme id, expansion, pos + lemma bits, negation bit) and sentence index pairs. */
export interface RawDoc { tokens: number[]; sentences: number[][]; cache: LexiconCache }

export interface WinkInstance {
  nlp: Wink;
  its: Wink['its'];
  /** 0 for the first instance of the process, +1 for every renewal. */
  generation: number;
}

/**
 * Learned words before a renewal: ~16 MB of lexicon (about 160 bytes a word), reached after some tens of
 * thousands of news articles; a renewal costs one model load (~0.3-0.5 s).
 */
export const DEFAULT_VOCABULARY_LIMIT = 100_000;
/** When wink's lexicon cannot be read (its private shape changed): renew after this many tokens instead. */
const TOKENS_PER_LEARNED_WORD = 50;

/**
 * The model as wink-nlp loads it, with one repair: wink-eng-lite-web-model's `metaCER()` re-stringifies its
 * own module variable on every call, so each new instance made the next one slower and bigger (the string
 * doubles its escapes: the 20th instance took 16 s and 1 GB). The first answer is kept and handed out again.
 */
const metaCER = (model as { metaCER(): object }).metaCER();
const renewableModel: typeof model = Object.assign(Object.create(null) as typeof model, model, { metaCER: () => ({ ...metaCER }) });

let instance: (WinkInstance & { lexicon: LexiconCache | null; tokensRead: number; forget: () => void }) | null = null;
let generation = 0;
let limit = DEFAULT_VOCABULARY_LIMIT;

export function wink(): WinkInstance {
  if (!instance) {
    const nlp = winkNLP(renewableModel, ['sbd', 'negation', 'pos']);
    instance = { nlp, its: nlp.its, generation, lexicon: null, tokensRead: 0, forget: () => {} };
    instance.lexicon = rawDocument(nlp.readDoc('.'))?.cache ?? null;
    if (instance.lexicon) instance.forget = isolateDocuments(instance.lexicon);
  }
  return instance;
}

/**
 * Call before each document: renews the instance when it has grown too big, and makes wink's tokenizer blind
 * to the words earlier documents taught it. wink accepts a raw token whole when it is already a lexeme
 * ("Svetlana’s" stays one token once some earlier text taught it, else it is "Svetlana" + "’s"), so without
 * this a document's tokens would depend on what the process read before (a long-running server and a fresh
 * `parley code` would disagree), and a renewal would change them.
 */
export function beginDocument(): void {
  renewWinkWhenGrown();
  wink();
  instance?.forget();
}

/**
 * Wraps the instance's lexicon so that, for the tokenizer, a word learned in an earlier document is unknown
 * until this document uses it: exactly what a fresh instance sees. Words and their features stay stored (a
 * word's features depend on its spelling and token type, not on context), so nothing is learned twice.
 * Returns the per-document reset.
 */
function isolateDocuments(lexicon: LexiconCache): () => void {
  const lookup = lexicon.lookup;
  const add = lexicon.add;
  const intrinsic = lexicon.intrinsicSize();
  const taughtHere = new Set<string>();
  let adding = false;
  lexicon.lookup = (text) => {
    const found = lookup(text);
    return found !== null && found.length === 1 && found[0]! >= intrinsic && !adding && !taughtHere.has(text) ? null : found;
  };
  lexicon.add = (text, category) => {
    adding = true;
    try {
      return add(text, category);
    } finally {
      adding = false;
      taughtHere.add(text);
      taughtHere.add(text.toLowerCase());
    }
  };
  return () => taughtHere.clear();
}

/** Words the current instance has learned beyond its model (an estimate from tokens read when wink hides its lexicon). */
export function learnedWords(): number {
  const w = instance;
  if (!w) return 0;
  return w.lexicon ? w.lexicon.currentSize() - w.lexicon.intrinsicSize() : Math.floor(w.tokensRead / TOKENS_PER_LEARNED_WORD);
}

/** Counts tokens read (the fallback measure of growth); the tokenizer calls it once per document. */
export function noteTokensRead(n: number): void {
  if (instance) instance.tokensRead += n;
}

/** Re-creates the wink instance when it has learned more than the limit. Call between documents only. */
export function renewWinkWhenGrown(): boolean {
  if (!instance || learnedWords() <= limit) return false;
  instance = null;
  generation++;
  return true;
}

/** The current limit of learned words. */
export function vocabularyLimit(): number {
  return limit;
}

/** Sets the limit of learned words (0 renews before every document: for tests) and returns the previous one. */
export function setVocabularyLimit(words: number): number {
  const previous = limit;
  limit = Math.max(0, Math.floor(words));
  return previous;
}

/** How many times this process has renewed the instance. */
export function winkRenewals(): number {
  return generation;
}

/**
 * wink's `its.*` helpers take the raw document, but only hand it to add-ons. The readability add-on is
 * swapped for a moment to receive it; when wink changes shape this returns null and the public API is used.
 */
export function rawDocument(wdoc: WinkDoc): RawDoc | null {
  const { its } = instance ?? wink();
  const addons = model.addons as { readabilityStats?: unknown };
  const original = addons.readabilityStats;
  let rdd: unknown = null;
  addons.readabilityStats = (r: unknown) => { rdd = r; return null; };
  try {
    wdoc.out(its.readabilityStats);
  } catch {
    rdd = null;
  } finally {
    addons.readabilityStats = original;
  }
  const r = rdd as Partial<RawDoc> | null;
  return r && Array.isArray(r.tokens) && Array.isArray(r.sentences) && isLexiconCache(r.cache) && r.tokens.length === wdoc.tokens().length() * 4 ? (r as RawDoc) : null;
}

function isLexiconCache(c: unknown): c is LexiconCache {
  const x = c as Partial<LexiconCache> | null | undefined;
  return typeof x?.currentSize === 'function' && typeof x.intrinsicSize === 'function' && typeof x.lookup === 'function' && typeof x.add === 'function';
}
