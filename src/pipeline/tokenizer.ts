/**
 * Component `tokenizer`: splits the text into sentences and tokens (with POS, lemma and negation) with
 * wink-nlp, and maps every token back to character offsets in `document.text`. A sentence longer than
 * MAX_SENTENCE_TOKENS tokens or MAX_SENTENCE_CHARS characters (a page without full stops, a pasted table)
 * is split at its last clause boundary (; : , dash, conjunction) before the limit, and the document gets a
 * `PARLEY_W_SENTENCE_SPLIT` note, so later components never see an unbounded sentence. A run of more than
 * MAX_WORD_CHARS characters without white space (a pasted blob; wink's time grows with its square) gives no
 * tokens and a `PARLEY_W_WORD_SKIPPED` note. Memory stays bounded in a long-running process: before each
 * document the wink instance is renewed once it has learned too many words (see nlp.ts), and the lemma and
 * lower-case caches here, keyed by wink's lexeme ids, are dropped with it.
 *
 *   tokenizer.run(doc); doc.layers.tokens[0] // { start: 0, end: 5, pos: 'PROPN', lemma: 'putin', … }
 */
import model from 'wink-eng-lite-web-model';
import type { Document, Span, Token } from '../core/types.js';
import type { Component } from './component.js';
import { beginDocument, noteTokensRead, rawDocument, wink, type RawDoc, type WinkDoc } from './nlp.js';

/** No news sentence comes near these (longest in the development corpus: 293 tokens, 1,674 characters). */
export const MAX_SENTENCE_TOKENS = 400;
export const MAX_SENTENCE_CHARS = 4000;
/** The longest run without white space in the development corpus is 82 characters (glued URLs). */
export const MAX_WORD_CHARS = 500;
export const SENTENCE_SPLIT_CODE = 'PARLEY_W_SENTENCE_SPLIT';
export const WORD_SKIPPED_CODE = 'PARLEY_W_WORD_SKIPPED';

export const tokenizer: Component = {
  name: 'tokenizer',
  requires: [],
  assigns: ['sentences', 'tokens'],
  anyLanguage: true,
  run(doc: Document): void {
    const { sentences, tokens, split, skipped } = tokenize(doc.text);
    doc.layers.sentences = sentences;
    doc.layers.tokens = tokens;
    if (skipped.count) {
      doc.errors.push({
        component: 'tokenizer',
        code: WORD_SKIPPED_CODE,
        message: `${skipped.count} run(s) of over ${MAX_WORD_CHARS} characters without white space were left out of the analysis (longest: ${skipped.longestChars} characters)`,
      });
    }
    if (split.count) {
      doc.errors.push({
        component: 'tokenizer',
        code: SENTENCE_SPLIT_CODE,
        message: `${split.count} sentence(s) over ${MAX_SENTENCE_TOKENS} tokens or ${MAX_SENTENCE_CHARS} characters were split at clause boundaries (longest: ${split.longestChars} characters)`,
      });
    }
  },
};

interface Overlong { count: number; longestChars: number }
export interface Tokenized { sentences: Span[]; tokens: Token[]; split: Overlong; skipped: Overlong }

export function tokenize(text: string): Tokenized {
  beginDocument();
  const { nlp } = wink();
  const { text: readable, skipped } = blankLongWords(text);
  const wdoc = nlp.readDoc(readable);
  const raw = rawDocument(wdoc);
  const { tokens, sentenceSpans } = raw ? readRaw(readable, raw) : readPublic(readable, wdoc);
  noteTokensRead(tokens.length);
  return { ...assignSentences(tokens, embedsApart(readable, tokens, datelinesApart(readable, tokens, sentenceSpans))), skipped };
}

/** The text with every run of over MAX_WORD_CHARS non-space characters turned into spaces (offsets kept). */
export function blankLongWords(text: string): { text: string; skipped: Overlong } {
  const skipped = { count: 0, longestChars: 0 };
  let out = '';
  let copied = 0;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpace(text.charCodeAt(i))) continue;
    if (i - runStart > MAX_WORD_CHARS) {
      skipped.count++;
      skipped.longestChars = Math.max(skipped.longestChars, i - runStart);
      out += text.slice(copied, runStart) + ' '.repeat(i - runStart);
      copied = i;
    }
    runStart = i + 1;
  }
  return { text: skipped.count ? out + text.slice(copied) : text, skipped };
}

/** JavaScript's \s, by code unit. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const POS_MASK = 0x3f00000;
const POS_SHIFT = 20;
const CONTRACTION = 65535;
/** A token's `norm`: lower case, the typographic apostrophe as the plain one ("n’t" -> "n't", "’s" -> "'s"). */
function normOf(v: string): string {
  return v.toLowerCase().replace(/[’‘]/g, "'");
}

/** A backstop: the caches hold at most a few entries per word wink has learned, and go with its instance. */
const CACHE_LIMIT = 500_000;
/** Lemma by (lexeme id, POS): wink's lemmatiser is a pure function of both. Lower-cased forms by lexeme id. */
let lemmaCache = new Map<number, string>();
let normCache = new Map<number, string>();
/** The wink instance whose lexeme ids the caches hold. */
let cacheGeneration = 0;

function readRaw(text: string, rdd: RawDoc): { tokens: Token[]; sentenceSpans: number[][] } {
  const { its, generation } = wink();
  const addons = model.addons as Parameters<typeof its.lemma>[2];
  if (lemmaCache.size > CACHE_LIMIT || generation !== cacheGeneration) lemmaCache = new Map();
  if (normCache.size > CACHE_LIMIT || generation !== cacheGeneration) normCache = new Map();
  cacheGeneration = generation;
  const t = rdd.tokens;
  const n = t.length / 4;
  const tokens: Token[] = new Array(n);
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    const lexeme = t[i * 4]!;
    const v = its.value(i, rdd);
    const at = locate(text, v, cursor);
    const end = Math.min(text.length, at + v.length);
    let lemma: string | undefined;
    if (t[i * 4 + 1]! > CONTRACTION) {
      lemma = ((its.lemma(i, rdd, addons) as string | undefined) ?? v).toLowerCase();
    } else {
      const key = lexeme * 64 + ((t[i * 4 + 2]! & POS_MASK) >>> POS_SHIFT);
      lemma = lemmaCache.get(key);
      if (lemma === undefined) {
        lemma = ((its.lemma(i, rdd, addons) as string | undefined) ?? v).toLowerCase();
        lemmaCache.set(key, lemma);
      }
    }
    let norm = normCache.get(lexeme);
    if (norm === undefined) normCache.set(lexeme, (norm = normOf(v)));
    tokens[i] = { start: at, end, pos: its.pos(i, rdd) ?? 'X', lemma, norm, sentence: 0, negated: its.negationFlag(i, rdd) };
    cursor = end;
  }
  return { tokens, sentenceSpans: rdd.sentences };
}

/** The same through wink's public output API (slower: one array per attribute, no lemma cache). */
function readPublic(text: string, wdoc: WinkDoc): { tokens: Token[]; sentenceSpans: number[][] } {
  const { its } = wink();
  const values = wdoc.tokens().out(its.value) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const lemmas = wdoc.tokens().out(its.lemma as never) as unknown as (string | undefined)[];
  const negated = wdoc.tokens().out(its.negationFlag) as unknown as boolean[];
  const tokens: Token[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const at = locate(text, v, cursor);
    const end = Math.min(text.length, at + v.length);
    tokens[i] = { start: at, end, pos: pos[i] ?? 'X', lemma: (lemmas[i] ?? v).toLowerCase(), norm: normOf(v), sentence: 0, negated: Boolean(negated[i]) };
    cursor = end;
  }
  return { tokens, sentenceSpans: wdoc.sentences().out(its.span) as unknown as number[][] };
}

export const testing = { readPublic, rawDocument };

/**
 * Where token `v` starts at or after `cursor`: its first occurrence within 64 characters; else (wink
 * normalised it, e.g. quotes) the first non-space character after the cursor. Never scans past the window.
 */
function locate(text: string, v: string, cursor: number): number {
  let p = cursor;
  while (p < text.length && isSpace(text.charCodeAt(p))) p++;
  // A token that does not start with white space cannot start inside the run of spaces just skipped.
  if (v.length && p - cursor <= 64 && text.startsWith(v, p) && !isSpace(v.charCodeAt(0))) return p;
  const at = text.slice(cursor, cursor + 64 + v.length).indexOf(v);
  return at < 0 ? p : cursor + at;
}

/**
 * A wire dateline at a line start: "KYIV, Ukraine (AP) —", "GITEGA, Burundi, March 3 (Reuters) -", "KHARKIV (Reuters) -".
 * Group 1 is the town, group 2 the country or region after it.
 */
export const DATELINE = /^\s*([A-Z][A-Z'’. -]{2,40}?)(?:,\s*([A-Z][A-Za-z'’. -]{1,40}?))?(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\([A-Za-z .'’-]{1,40}\))?\s*[—–-]{1,2}\s/;
/** Datelines open an article: only the first lines are looked at. */
const DATELINE_WITHIN = 800;

/**
 * A sentence that opens with a dateline is two: the dateline, and the report ("KYIV, Ukraine (AP) — Russian
 * attacks killed …": the town is where the report comes from, never the subject of the verb after it).
 */
function datelinesApart(text: string, tokens: readonly Token[], spans: number[][]): number[][] {
  const out: number[][] = [];
  for (const span of spans) {
    const first = span[0]!;
    const last = span[1]!;
    const start = tokens[first]?.start ?? Infinity;
    if (start > DATELINE_WITHIN || (start > 0 && text[start - 1] !== '\n' && text.slice(0, start).trim() !== '')) { out.push(span); continue; }
    const m = DATELINE.exec(text.slice(start, start + 160));
    // a town with its country or its agency ("NATO — the alliance …", "US, China - …" are no datelines)
    const town = m?.[1]?.replace(/[^A-Z]/g, '') ?? '';
    if (!m || town.length < 3 || (!m[2] && !m[0].includes('('))) { out.push(span); continue; }
    const end = start + m[0].trimEnd().length;
    let cut = first;
    while (cut < last && tokens[cut + 1]!.end <= end) cut++;
    if (cut >= last - 1 || tokens[cut]!.end !== end) { out.push(span); continue; }
    out.push([first, cut], [cut + 1, last]);
  }
  return out;
}

/** The signature that closes an embedded post: "— Ministry of Defence (@DefenceHQ) May 29, 2022", "A post shared by X (@x)". */
const EMBED_SIGNATURE = /A post shared by [^()\n]{1,60} \(@\w{1,30}\)|\(@\w{1,30}\)\s*[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}/g;

/**
 * A sentence that runs on past an embedded post's signature is two: the post, and the article's next sentence
 * ("… pic.twitter.com/f1h— Ministry of Defence (@DefenceHQ) May 29, 2022  Ukraine's former minister said …").
 */
function embedsApart(text: string, tokens: readonly Token[], spans: number[][]): number[][] {
  const out: number[][] = [];
  for (const span of spans) {
    let first = span[0]!;
    const last = span[1]!;
    const start = tokens[first]?.start;
    const end = tokens[last]?.end;
    const at = start === undefined ? -1 : text.indexOf('(@', start);
    if (start === undefined || end === undefined || at < 0 || at >= end) { out.push(span); continue; }
    EMBED_SIGNATURE.lastIndex = start;
    for (let m = EMBED_SIGNATURE.exec(text); m && m.index < end; m = EMBED_SIGNATURE.exec(text)) {
      const cutAt = m.index + m[0].length;
      let cut = first;
      while (cut < last && tokens[cut + 1]!.end <= cutAt) cut++;
      // a signature ends the post only when an article sentence of its own follows
      if (tokens[cut]!.end > cutAt || cut >= last - 2) break;
      out.push([first, cut]);
      first = cut + 1;
    }
    out.push([first, last]);
  }
  return out;
}

function assignSentences(tokens: Token[], sentenceSpans: number[][]): Omit<Tokenized, 'skipped'> {
  const sentences: Span[] = [];
  const split = { count: 0, longestChars: 0 };
  const add = (first: number, last: number) => {
    const idx = sentences.length;
    for (let t = first; t <= last; t++) tokens[t]!.sentence = idx;
    sentences.push({ start: tokens[first]!.start, end: tokens[last]!.end });
  };
  for (const span of sentenceSpans) {
    const first = span[0]!;
    const last = span[1]!;
    if (first > last || !tokens[first] || !tokens[last]) continue;
    if (last - first < MAX_SENTENCE_TOKENS && tokens[last]!.end - tokens[first]!.start <= MAX_SENTENCE_CHARS) {
      add(first, last);
      continue;
    }
    split.count++;
    split.longestChars = Math.max(split.longestChars, tokens[last]!.end - tokens[first]!.start);
    let from = first;
    while (from <= last) {
      const cut = cutPoint(tokens, from, last);
      add(from, cut);
      from = cut + 1;
    }
  }
  return { sentences, tokens, split };
}

const STRONG = new Set([';', ':']);
const WEAK = new Set([',', '—', '–', '-', '(', ')', '"', '“', '”']);
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'while', 'whereas', 'because', 'although']);

/**
 * The last token of the next piece of the overlong sentence tokens[from..last]: the last clause boundary in
 * the second half of the allowed window (after ; or :, else after a comma or dash, else before a
 * conjunction), else the window's end.
 */
export function cutPoint(tokens: Token[], from: number, last: number): number {
  let limit = Math.min(last, from + MAX_SENTENCE_TOKENS - 1);
  while (limit > from && tokens[limit]!.end - tokens[from]!.start > MAX_SENTENCE_CHARS) limit--;
  if (limit === last) return last;
  const floor = from + Math.floor((limit - from) / 2);
  for (const fits of [(t: Token) => STRONG.has(t.norm), (t: Token) => WEAK.has(t.norm)]) {
    for (let i = limit; i > floor; i--) if (fits(tokens[i]!)) return i;
  }
  for (let i = limit; i > floor; i--) if (CONJUNCTIONS.has(tokens[i]!.norm)) return i - 1;
  return limit;
}
