/**
 * The trigger lexicon (./data/triggers.txt) compiled into Maps keyed on every surface form of a pattern's
 * first word, so each token costs one or two Map lookups. `matchAt` finds the longest pattern starting at
 * a token: words match by lemma or surface form, `~word` skips up to six words, hyphenated words match
 * both "cease-fire" and "cease - fire". No pattern starts on a month name in a date ("in March", "3 March"), on
 * the first part of a hyphen compound ("call-up", unless the pattern spells the hyphen), on a participle after
 * a noun it cannot act on ("images released by", see cues.json notEventObjects), or, when the text is given,
 * on a capitalised word inside a sentence ("(AP Photo/Alastair Grant)"), unless the pattern ends in `^`.
 *
 *   const lex = lexicon();
 *   matchAt(lex, tokens, 3, tokens.length) // { entry: { cameo: '163', … }, first: 3, last: 5 } for "imposed new sanctions"
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../../core/paths.js';
import type { Token } from '../../core/types.js';
import type { PloverCode } from '../../ontology/index.js';
import { cues } from './cues.js';
import { inflections } from './inflect.js';

export type FrameKind = 'intent' | 'decide' | 'appeal' | 'demand' | 'oblige' | 'order' | 'threaten' | 'reject' | 'deny' | 'stop' | 'refrain';

export interface TriggerEntry {
  /** CAMEO code of the trigger on its own (frames: their code when no complement is found). */
  cameo: string | null;
  /** PLOVER type/mode when the CAMEO crosswalk is not specific enough (drones, cyber …). */
  override: PloverCode | null;
  frame: FrameKind | null;
  /** A frame word that codes nothing without a complement ("planned", "halted"). */
  needsComplement: boolean;
  reciprocal: boolean;
  /** An agent noun ("protesters"): codes an event only when nothing else in its clause does. */
  agent: boolean;
  /** The pattern may start on a capitalised word inside a sentence (a trailing `^` in the data file). */
  named: boolean;
  pos: 'v' | 'n' | 'b';
  words: ReadonlySet<string>[];
  gaps: boolean[];
  /** The pattern as written in the data file, for debugging and evaluation output. */
  source: string;
  /** Position in the lexicon, so one `matchAt` call tries each entry once. */
  id: number;
}

export interface Instrument { cameo: string; override: PloverCode | null; words: ReadonlySet<string>[] }

/**
 * Entries sharing a first-word form: one-word entries, and longer ones indexed by their second word's forms,
 * split into those whose second word must be the next token (`bySecond`) and those with a gap before it (`gappedBySecond`).
 */
export interface FirstWordGroup { single: TriggerEntry[]; bySecond: Map<string, TriggerEntry[]>; gappedBySecond: Map<string, TriggerEntry[]> }

export interface Lexicon {
  byFirst: Map<string, FirstWordGroup>;
  instruments: Map<string, Instrument[]>;
  /** Per entry id, the `matchAt` call that last tried it (scratch space, so no call allocates a set). */
  triedIn: Uint32Array;
}

export interface Match {
  entry: TriggerEntry;
  first: number;
  last: number;
  /** A more specific code found inside a gapped pattern ("sent military aid": 072, not 070). */
  refined?: { cameo: string; override: PloverCode | null };
}

const FRAME_DEFAULT: Record<FrameKind, string | null> = {
  intent: '030', decide: '030', appeal: '020', demand: '100', oblige: '100', order: null, threaten: '130', reject: '120', deny: null, stop: null, refrain: null,
};

const REFLEXIVE = new Set(['oneself', 'himself', 'herself', 'itself', 'themselves', 'themself', 'myself', 'ourselves']);
const MAX_GAP = 8;
/** Punctuation a gap may cross: hyphens and quotes ("rejected as “baseless” accusations"). */
const PASSABLE = new Set(['-', "'", '"', '“', '”', '‘', '’', '`', '``', "''"]);

function formsOf(word: string, nounOnly: boolean): ReadonlySet<string> {
  if (word === 'oneself') return REFLEXIVE;
  if (nounOnly) return new Set([word, inflections(word)[1] ?? word]);
  return new Set(inflections(word));
}

/** "cease-fire" -> [["cease-fire"], ["cease", "-", "fire"]]; other words -> [[word]]. */
function hyphenVariants(words: string[]): string[][] {
  let variants: string[][] = [[]];
  for (const w of words) {
    const gap = w.startsWith('~') ? '~' : '';
    const bare = w.slice(gap.length);
    const parts = !bare.includes('-') || bare.startsWith('-') ? null : bare.split('-');
    variants = variants.flatMap((v) => (parts ? [[...v, w], [...v, ...parts.flatMap((p, i) => (i ? ['-', p] : [gap + p]))]] : [[...v, w]]));
  }
  return variants;
}

function parseOverride(text: string | undefined): PloverCode | null {
  if (!text) return null;
  const [type, mode] = text.split('/');
  return { type: type!, mode: mode ?? null };
}

function addEntry(index: Map<string, FirstWordGroup>, entry: TriggerEntry): void {
  for (const form of entry.words[0]!) {
    let group = index.get(form);
    if (!group) index.set(form, group = { single: [], bySecond: new Map(), gappedBySecond: new Map() });
    if (entry.words.length === 1) { group.single.push(entry); continue; }
    const bySecond = entry.gaps[1] ? group.gappedBySecond : group.bySecond;
    for (const second of entry.words[1]!) {
      const list = bySecond.get(second);
      if (list) { if (!list.includes(entry)) list.push(entry); } else bySecond.set(second, [entry]);
    }
  }
}

export function parseLexicon(text: string): Lexicon {
  const byFirst = new Map<string, FirstWordGroup>();
  const instruments = new Map<string, Instrument[]>();
  let entries = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const colon = line.indexOf(' : ');
    if (colon < 0) throw new Error(`triggers.txt: no " : " in line "${line}"`);
    const head = line.slice(0, colon).trim();
    const body = line.slice(colon + 3);
    if (head.startsWith('=')) {
      const [cameo, override] = head.slice(1).trim().split(/\s+/);
      for (const phrase of body.split(';').map((s) => s.trim()).filter(Boolean)) {
        const words = phrase.split(/\s+/).map((w) => formsOf(w, true));
        const inst: Instrument = { cameo: cameo!, override: parseOverride(override), words };
        for (const form of words[0]!) instruments.set(form, [...(instruments.get(form) ?? []), inst]);
      }
      continue;
    }
    const frame = head.startsWith('@') ? (head.slice(1) as FrameKind) : null;
    const [cameoText, overrideText] = frame ? [null, undefined] : head.split(/\s+/);
    for (const pat of body.split(';').map((s) => s.trim()).filter(Boolean)) {
      let p = pat;
      const reciprocal = p.endsWith('<>');
      if (reciprocal) p = p.slice(0, -2).trim();
      const named = p.endsWith('^');
      if (named) p = p.slice(0, -1).trim();
      const agent = p.endsWith('*');
      if (agent) p = p.slice(0, -1).trim();
      const needsComplement = p.endsWith('!');
      if (needsComplement) p = p.slice(0, -1).trim();
      let pos: 'v' | 'n' | 'b' = 'b';
      if (/^[vn] /.test(p)) { pos = p[0] as 'v' | 'n'; p = p.slice(2).trim(); }
      for (const variant of hyphenVariants(p.split(/\s+/))) {
        const entry: TriggerEntry = {
          cameo: frame ? FRAME_DEFAULT[frame] : cameoText!,
          override: parseOverride(overrideText),
          frame,
          needsComplement: needsComplement || (frame !== null && FRAME_DEFAULT[frame] === null),
          reciprocal,
          agent,
          named,
          pos,
          words: variant.map((w) => formsOf(w.replace(/^~/, ''), pos === 'n')),
          gaps: variant.map((w) => w.startsWith('~')),
          source: pat,
          id: entries++,
        };
        addEntry(byFirst, entry);
      }
    }
  }
  return { byFirst, instruments, triedIn: new Uint32Array(entries) };
}

let cached: Lexicon | null = null;

/** The shipped lexicon, compiled once per process. */
export function lexicon(): Lexicon {
  cached ??= parseLexicon(readFileSync(packagePath('src', 'pipeline', 'events', 'data', 'triggers.txt'), 'utf8'));
  return cached;
}

/** Whether the token's tag allows the entry (Title Case headlines tag verbs as proper nouns, so those are lenient). */
function posFits(entry: TriggerEntry, tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i]!;
  const p = tok.pos;
  const next = tokens[i + 1];
  if (entry.frame === 'oblige') return p === 'AUX' || p === 'VERB';
  // "kept up their push to encircle": after an article or a possessive, a frame verb that names an attempt is the
  // noun, whatever its tag; the infinitive is the act attempted, not an appeal
  if (entry.pos === 'v' && entry.frame && determined(tokens, i) && tokens[i + 1]?.norm === 'to' && cues().attemptNouns.has(tokens[i]!.lemma)) return false;
  // "multiple-launch rocket systems": a verb pattern never starts inside a hyphenated modifier
  // nor at a plural noun after an article or a possessive ("Kiev's forces have carried out": not "force … out";
  // a singular one may name the act, "a ban on imports")
  if (entry.words.length > 1) {
    return p !== 'PUNCT' && p !== 'DET' && p !== 'ADP' && !(entry.pos === 'v' && (attributive(tokens, i) || tokens[i - 1]?.norm === '-' || determinedPlural(tokens, i)));
  }
  if (entry.pos === 'v') {
    if ((p === 'ADJ' || p === 'VERB') && attributive(tokens, i)) return false;
    if (p === 'ADJ') return tok.norm.endsWith('ed') || (tok.norm.endsWith('ing') && tokens[i - 1]?.pos === 'VERB');
    if (p === 'PROPN' || p === 'X') return !next || (next.pos !== 'VERB' && next.pos !== 'AUX');
    if (p === 'NOUN') return headlineVerb(tokens, i);
    return p === 'VERB';
  }
  if (p === 'PROPN' || p === 'X' || p === 'ADJ') return true;
  if (entry.pos === 'n') return p === 'NOUN' || (p === 'VERB' && tok.norm.endsWith('ing') && entry.words[0]!.has(tok.norm));
  return p === 'VERB' || p === 'NOUN' || p === 'ADV';
}

const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'our', 'his', 'her', 'my', 'your']);
const ARTICLES = new Set(['a', 'an', 'the']);

/** Whether token `i` comes right after an article or a possessive pronoun ("their push", "the attack"). */
function determined(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !!prev && (ARTICLES.has(prev.norm) || (POSSESSIVE_PRONOUNS.has(prev.norm) && prev.norm !== 'her'));
}
/** A plural noun after an article, a possessive pronoun or a possessive "'s" ("the forces", "Kyiv's troops"). */
function determinedPlural(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i]!;
  return tok.pos === 'NOUN' && tok.norm.endsWith('s') && tok.lemma !== tok.norm && (determined(tokens, i) || cues().possessive.has(tokens[i - 1]?.norm ?? ''));
}
/** Title nouns wink tags as adjectives before a verb it takes for a noun ("the army chief accused …"). */
const NOUNS_TAGGED_ADJ = new Set(['chief']);

/** "the occupied territories", "Israeli-occupied West Bank": a participle used as an adjective. */
function attributive(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i]!;
  let prev = tokens[i - 1];
  if (prev && PASSABLE.has(prev.norm) && prev.norm !== '-') prev = tokens[i - 2]; // all “occupied territories”
  let next = tokens[i + 1];
  if (next && PASSABLE.has(next.norm) && next.norm !== '-') next = tokens[i + 2]; // state-funded “Freedom House”
  if (!prev || !next || (next.pos !== 'NOUN' && next.pos !== 'PROPN')) return false;
  if (tok.norm.endsWith('ing')) return prev.pos === 'DET'; // "the retreating Russians"
  if (!tok.norm.endsWith('ed') && !tok.norm.endsWith('en')) return false;
  // "the occupied territories", "in occupied areas", "to defend seized territories"
  // "the four occupied regions", "its occupied land", "Russian occupied territory" (a nationality adjective)
  if (prev.pos === 'NUM' || POSSESSIVE_PRONOUNS.has(prev.norm) || (prev.pos === 'PROPN' && /(ian|ese|ish)$/.test(prev.norm))) return true;
  return prev.pos === 'DET' || prev.pos === 'ADJ' || prev.norm === '-' || prev.pos === 'ADP' || (prev.pos === 'VERB' && !prev.norm.endsWith('ed'));
}

/** "Governor orders police to …": a plural noun between two nouns is the verb of a headline. */
function headlineVerb(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const nominal = (t: Token | undefined) => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN');
  // "Russia attacks Ukraine"; "Gunmen abducted a journalist" (a past form the tagger did not know as a verb);
  // "Russia's army chief accused Ukraine" (the tagger reads "chief accused" as adjective + noun)
  const subject = nominal(prev) || (prev?.pos === 'ADJ' && NOUNS_TAGGED_ADJ.has(prev.norm));
  return /(?:s|ed)$/.test(tokens[i]!.norm) && subject && !!next && (nominal(next) || next.pos === 'DET' || next.pos === 'NUM');
}

function wordAt(set: ReadonlySet<string>, tok: Token): boolean {
  return set.has(tok.norm) || set.has(tok.lemma);
}

/** Matches the rest of an entry's words after its first word at `first`; returns the last token index or -1. */
function matchRest(entry: TriggerEntry, tokens: readonly Token[], first: number, end: number): number {
  let at = first;
  for (let w = 1; w < entry.words.length; w++) {
    const set = entry.words[w]!;
    if (!entry.gaps[w]) {
      at++;
      if (at >= end || !wordAt(set, tokens[at]!)) return -1;
      continue;
    }
    let found = -1;
    for (let k = at + 1; k < end && k <= at + 1 + MAX_GAP; k++) {
      const t = tokens[k]!;
      // (after a verb, the word after the gap is its object, a noun: "sent to prison and others forced into exile" sent no force)
      if (wordAt(set, t) && !(entry.pos === 'v' && t.pos === 'VERB' && t.norm.endsWith('ed') && t.lemma !== t.norm)) { found = k; break; }
      if ((t.pos === 'PUNCT' && !PASSABLE.has(t.norm)) || t.pos === 'SCONJ') break;
    }
    if (found < 0) return -1;
    at = found;
  }
  return at;
}

let call = 0;

/** What the token opening a match is, for the entries that may not start there (set by `matchAt`, read by `tryEntry`). */
const opening = { named: false, compound: false, object: false };

/**
 * The longest lexicon pattern whose first word is token `i` (tokens up to `end`, exclusive). With `text` (the
 * document text the tokens index), a capitalised word inside a sentence is taken for a name.
 */
export function matchAt(lex: Lexicon, tokens: readonly Token[], i: number, end: number, text?: string): Match | null {
  const tok = tokens[i]!;
  const a = lex.byFirst.get(tok.norm);
  const b = tok.lemma !== tok.norm ? lex.byFirst.get(tok.lemma) : undefined;
  if (!a && !b) return null;
  if (monthInDate(tokens, i)) return null;
  opening.named = text !== undefined && nameLike(text, tokens, i);
  opening.compound = hyphenFirstPart(tokens, i);
  opening.object = participleAfterObject(tokens, i);
  if (++call === 0xffffffff) { lex.triedIn.fill(0); call = 1; }
  const prev = tokens[i - 1];
  const clauseStart = !prev || prev.sentence !== tok.sentence || prev.norm === ':';
  let best: Match | null = null;
  if (a) best = matchGroup(lex, a, tokens, i, end, clauseStart, best);
  if (b) best = matchGroup(lex, b, tokens, i, end, clauseStart, best);
  return best;
}

/** The best match among one first-word group's entries, starting from `best`; each entry is tried once per call. */
function matchGroup(lex: Lexicon, group: FirstWordGroup, tokens: readonly Token[], i: number, end: number, clauseStart: boolean, best: Match | null): Match | null {
  for (const entry of group.single) best = tryEntry(lex, entry, tokens, i, end, clauseStart, best);
  if (!group.bySecond.size && !group.gappedBySecond.size) return best;
  const gapped = group.gappedBySecond.size > 0;
  // only entries whose second word occurs in the next few tokens can match; without a gap, only in the next one
  for (let k = i + 1; k < end && k <= i + 1 + MAX_GAP; k++) {
    const t = tokens[k]!;
    const lemma = t.lemma !== t.norm ? t.lemma : null;
    if (k === i + 1) {
      best = tryList(lex, group.bySecond.get(t.norm), tokens, i, end, clauseStart, best);
      if (lemma) best = tryList(lex, group.bySecond.get(lemma), tokens, i, end, clauseStart, best);
    }
    if (!gapped) break;
    best = tryList(lex, group.gappedBySecond.get(t.norm), tokens, i, end, clauseStart, best);
    if (lemma) best = tryList(lex, group.gappedBySecond.get(lemma), tokens, i, end, clauseStart, best);
    if (t.pos === 'PUNCT' && !PASSABLE.has(t.norm)) break;
  }
  return best;
}

function tryList(lex: Lexicon, list: TriggerEntry[] | undefined, tokens: readonly Token[], i: number, end: number, clauseStart: boolean, best: Match | null): Match | null {
  if (list) for (const entry of list) best = tryEntry(lex, entry, tokens, i, end, clauseStart, best);
  return best;
}

function tryEntry(lex: Lexicon, entry: TriggerEntry, tokens: readonly Token[], i: number, end: number, clauseStart: boolean, best: Match | null): Match | null {
  if (lex.triedIn[entry.id] === call) return best;
  lex.triedIn[entry.id] = call;
  if (opening.named && !entry.named) return best;
  if (opening.compound && !entry.words[1]?.has('-')) return best;
  if (opening.object && entry.words.length === 1) return best;
  if (!posFits(entry, tokens, i)) return best;
  const last = entry.words.length === 1 ? i : matchRest(entry, tokens, i, end);
  if (last < 0) return best;
  // a noun compound ("drone attack") does not match a subject and its verb ("drones attacked Odesa")
  if (last > i && entry.pos === 'n' && tokens[last]!.pos === 'VERB' && !entry.words[entry.words.length - 1]!.has(tokens[last]!.norm)) return best;
  return !best || better(entry, last, best, clauseStart) ? { entry, first: i, last } : best;
}

function better(entry: TriggerEntry, last: number, best: Match, clauseStart: boolean): boolean {
  if (entry.words.length !== best.entry.words.length) return entry.words.length > best.entry.words.length;
  if (last !== best.last) return last < best.last;
  // "Blast rocks capital": a word opening a clause is more likely the noun (subject) than the verb
  if (entry.pos !== best.entry.pos && (entry.pos === 'n' || best.entry.pos === 'n')) return clauseStart === (entry.pos === 'n');
  return (entry.cameo?.length ?? 0) > (best.entry.cameo?.length ?? 0);
}

/** An instrument named in tokens [from, to) ("drone", "artillery"), used to make a generic attack specific. */
export function findInstrument(lex: Lexicon, tokens: readonly Token[], from: number, to: number): Instrument | null {
  for (let i = from; i < to; i++) {
    const tok = tokens[i]!;
    const list = lex.instruments.get(tok.norm) ?? lex.instruments.get(tok.lemma);
    if (!list) continue;
    for (const inst of list) {
      let ok = true;
      for (let w = 1; w < inst.words.length && ok; w++) ok = i + w < to && wordAt(inst.words[w]!, tokens[i + w]!);
      if (ok) return inst;
    }
  }
  return null;
}

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** Words that make a following month name a date: "in March", "since early May", "late-March", "by March". */
const DATE_LEADS = new Set(['in', 'on', 'since', 'by', 'until', 'till', 'from', 'through', 'during', 'before', 'after', 'between', 'of',
  'early', 'late', 'mid', 'last', 'next', 'this', 'that', 'each', 'every', 'around', 'throughout']);

/** "in March", "on 3 March", "March 9", "in late-March": a month name in a date (not a name like "the Freedom March"). */
function monthInDate(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i]!;
  if (!MONTHS.has(tok.norm) || tok.pos !== 'PROPN') return false;
  let prev = tokens[i - 1];
  if (prev?.norm === '-' && tokens[i - 2]?.sentence === tok.sentence) prev = tokens[i - 2];
  const next = tokens[i + 1];
  if (next && next.sentence === tok.sentence && next.pos === 'NUM') return true;
  return !!prev && prev.sentence === tok.sentence && (prev.pos === 'NUM' || DATE_LEADS.has(prev.norm));
}

/** "call-up", "strike-capable": the token is written joined to a hyphen and the word after it. */
function hyphenFirstPart(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i]!;
  const dash = tokens[i + 1];
  const after = tokens[i + 2];
  return !!dash && !!after && dash.norm === '-' && dash.start === tok.end && after.start === dash.end && after.sentence === tok.sentence && after.pos !== 'PUNCT';
}

/** "images released by", "footage captured near": a participle right after a noun its verb cannot take as an event's object. */
function participleAfterObject(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i]!;
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== tok.sentence || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') || tok.norm === tok.lemma || tok.norm.endsWith('ing') || tok.norm.endsWith('s')) return false;
  const objects = cues().notEventObjects.get(tok.lemma);
  if (!objects) return false;
  const noun = prev.lemma.toLowerCase();
  return objects.has(noun) || objects.has(prev.norm) || (prev.norm.endsWith('s') && objects.has(prev.norm.slice(0, -1)));
}

/** Tokens that may precede a capitalised word that still opens a sentence or a caption ("(Reuters) Protesters …"). */
const OPENERS = new Set(['"', '“', '‘', "'", '(', ')', '[', ']', ':', ';', '-', '—', '–', '.', '?', '!', '…', '``', "''", '_', '•', '*', '|']);

let titleCache: { tokens: readonly Token[] | null; sentence: number; text: string; title: boolean } = { tokens: null, sentence: -1, text: '', title: false };

/** A capitalised word inside a sentence that is not in Title Case: a name ("Alastair Grant", "the Freedom March"), not a trigger. */
function nameLike(text: string, tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i]!;
  const first = text.charCodeAt(tok.start);
  if (first < 65 || first > 90) return false; // A-Z
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== tok.sentence || OPENERS.has(prev.norm)) return false;
  // an all-capitals word is an acronym or a shouted headline, not a name
  if (tok.end - tok.start > 1 && text.slice(tok.start, tok.end) === text.slice(tok.start, tok.end).toUpperCase()) return false;
  return !titleCaseSentence(text, tokens, i);
}

/** Parts of speech a Title Case headline leaves in lower case ("Colombia and France have Promised to Ratify a Treaty"). */
const TITLE_LOWER = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'PRON', 'PUNCT', 'NUM', 'SYM']);

/**
 * The token's sentence is in Title Case ("Protesters March On Capitol"), where verbs are capitalised too:
 * at least three capitalised words and three times as many as lower-case words other than function words.
 */
function titleCaseSentence(text: string, tokens: readonly Token[], i: number): boolean {
  const s = tokens[i]!.sentence;
  if (titleCache.tokens === tokens && titleCache.sentence === s && titleCache.text === text) return titleCache.title;
  let from = i;
  while (from > 0 && tokens[from - 1]!.sentence === s) from--;
  let upper = 0;
  let lower = 0;
  for (let k = from; k < tokens.length && tokens[k]!.sentence === s; k++) {
    const t = tokens[k]!;
    const c = text.charCodeAt(t.start);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122 && !TITLE_LOWER.has(t.pos)) lower++;
  }
  const title = upper >= 3 && upper >= 3 * lower;
  titleCache = { tokens, sentence: s, text, title };
  return title;
}
