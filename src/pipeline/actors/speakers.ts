/**
 * First-person words inside a quotation stand for its speaker, named in the reporting clause attached to it:
 *
 *   “We call on Kyiv to stop the shelling,” Lavrov said.        We -> RUS (Lavrov's side, GOV)
 *   Zelensky told reporters: “Our partners have let us down.”  Our, us -> UKR
 *   “I ordered the withdrawal,” said Putin.                     I -> Vladimir Putin himself
 *
 * The speaker is an actor mention outside quotation marks next to a speech verb right after the closing mark
 * (", Lavrov said", ", said Lavrov", ", he said" with "he" resolved by the caller) or right before the opening
 * mark ("Lavrov said: “…", "Lavrov told reporters that “…"). "I", "me", "my" are the speaker; "we", "us", "our"
 * the speaker's side (its country and sector, no name). Precision first: a quotation with no coded speaker next to
 * it resolves nothing, and neither does one whose speaker is a place or unknown. Straight and curly double quotes
 * only (single quotes are too often apostrophes).
 *
 *   quotedFirstPerson(doc, mentions, resolvePronoun) // extra ActorMentions, `via: 'coref'`, antecedent = the speaker
 *   quotationSpeaker(doc, offset)                     // the speaker of the quotation there (known once coref.ts's
 *                                                     // resolvePronouns, which calls quotedFirstPerson, has run)
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../../core/paths.js';
import type { ActorMention, Document, Token } from '../../core/types.js';


const SINGULAR = new Set(['i', 'me', 'my', 'mine', 'myself']);
const PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves']);
const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'it']);
/** Speech verbs of a reporting clause, and nouns of relation ("our partners" are others), from ./data/speakers.json. */
let words: { speech: Set<string>; relational: Set<string> } | null = null;
function speakerWords(): { speech: Set<string>; relational: Set<string> } {
  if (!words) {
    const d = JSON.parse(readFileSync(packagePath('src', 'pipeline', 'actors', 'data', 'speakers.json'), 'utf8')) as { speechVerbs: string[]; relationalNouns: string[] };
    words = { speech: new Set(d.speechVerbs), relational: new Set(d.relationalNouns) };
  }
  return words;
}

/** Resolves a third-person pronoun (token index) to the actor it stands for, or null. */
export type PronounResolver = (index: number) => ActorMention | null;

interface Span { open: number; close: number }
interface SpokenSpan extends Span { speaker: ActorMention }

/** The quotations of each document whose speaker is known, as `quotedFirstPerson` found them. */
const SPEAKERS = new WeakMap<Document, SpokenSpan[]>();

/** The coded speaker of the quotation holding `offset` ("“Russians must cease fire,” Zelensky said"), or null. */
export function quotationSpeaker(doc: Document, offset: number): ActorMention | null {
  return SPEAKERS.get(doc)?.find((q) => q.open < offset && offset < q.close)?.speaker ?? null;
}

export function quotedFirstPerson(doc: Document, mentions: readonly ActorMention[], resolvePronoun: PronounResolver): ActorMention[] {
  const tokens = doc.layers.tokens ?? [];
  const spans = quotationSpans(doc.text);
  if (!spans.length || !tokens.length) return [];
  const outside = mentions.filter((m) => m.kind !== 'place' && m.code && !spans.some((q) => q.open < m.start && m.end <= q.close));
  const out: ActorMention[] = [];
  const speakers: SpokenSpan[] = [];
  SPEAKERS.set(doc, speakers);
  let k = 0;
  for (const q of spans) {
    while (k < tokens.length && tokens[k]!.start <= q.open) k++;
    const inside: number[] = [];
    for (let j = k; j < tokens.length && tokens[j]!.end <= q.close; j++) {
      const t = tokens[j]!;
      if (!(PLURAL.has(t.norm) || (SINGULAR.has(t.norm) && (t.norm !== 'i' || doc.text[t.start] === 'I')))) continue;
      // "“Imagine hostage-takers saying, ‘we’ll let them leave’”": a quotation inside the quotation has its own speaker
      if (nestedQuote(doc.text, q.open, t.start)) continue;
      inside.push(j);
    }
    const speaker = speakerAfter(tokens, q, outside, resolvePronoun) ?? speakerBefore(tokens, q, outside, resolvePronoun);
    if (!speaker) continue;
    speakers.push({ open: q.open, close: q.close, speaker });
    if (!inside.length) continue;
    for (const j of inside) {
      const t = tokens[j]!;
      const self = SINGULAR.has(t.norm);
      const owned = tokens[j + 1];
      if (owned && (t.norm === 'our' || t.norm === 'my') && (speakerWords().relational.has(owned.lemma) || speakerWords().relational.has(tokens[j + 2]?.lemma ?? ''))) continue;
      if (self && speaker.kind !== 'person') continue; // "I" of a country's statement: someone we do not know
      const kind = self ? 'person' : speaker.kind === 'person' ? 'country' : speaker.kind;
      out.push(standIn(doc, t, speaker, kind, self));
    }
  }
  return out;
}

/**
 * A mention on token `t` standing for `antecedent` (`via: 'coref'`, traceable to it): its code, kind and sector, and
 * with `person` its name, id and office ("he" is Putin himself; "we" is only his side).
 */
export function standIn(doc: Document, t: Token, antecedent: ActorMention, kind: ActorMention['kind'], person: boolean): ActorMention {
  const m: ActorMention = { start: t.start, end: t.end, text: doc.text.slice(t.start, t.end), code: antecedent.code, kind, sentence: t.sentence };
  if (antecedent.sector) m.sector = antecedent.sector;
  if (person) {
    const name = antecedent.name ?? antecedent.text;
    if (name) m.name = name;
    if (antecedent.office) m.office = antecedent.office;
    if (antecedent.id) m.id = antecedent.id;
  }
  m.via = 'coref';
  m.antecedent = antecedent.antecedent ?? { start: antecedent.start, end: antecedent.end };
  return m;
}

/** Whether `offset` lies inside a single-quoted quotation (‘…’) opened after `open`. */
function nestedQuote(text: string, open: number, offset: number): boolean {
  let depth = 0;
  for (let i = open + 1; i < offset; i++) {
    const c = text[i];
    if (c === '\u2018') depth++;
    else if (c === '\u2019' && depth > 0 && !/\w/.test(text[i + 1] ?? '')) depth--; // not an apostrophe ("we’ll")
  }
  return depth > 0;
}

/** Quotations in the text: curly “…” (nesting counted) and straight "…" pairs, as offsets of their marks. */
export function quotationSpans(text: string): Span[] {
  const out: Span[] = [];
  let curly = -1;
  let depth = 0;
  let straight = -1;
  for (const m of text.matchAll(/[“”"]/g)) {
    const at = m.index;
    if (m[0] === '"') {
      if (straight < 0) straight = at;
      else { out.push({ open: straight, close: at }); straight = -1; }
    } else if (m[0] === '“') {
      if (depth++ === 0) curly = at;
    } else if (depth > 0 && --depth === 0) {
      out.push({ open: curly, close: at });
    }
  }
  return out.sort((a, b) => a.open - b.open);
}

/** ", Lavrov said" / ", said Lavrov" / ", he said" right after the closing mark, in the same sentence. */
function speakerAfter(tokens: readonly Token[], q: Span, outside: readonly ActorMention[], resolve: PronounResolver): ActorMention | null {
  let j = firstTokenFrom(tokens, q.close + 1);
  if (j < 0 || j === 0 || tokens[j]!.sentence !== tokens[j - 1]!.sentence) return null;
  while (j < tokens.length && (tokens[j]!.norm === ',' || tokens[j]!.pos === 'SPACE')) j++;
  const first = tokens[j];
  if (!first) return null;
  if (speech(first)) return mentionFrom(tokens, j + 1, outside);
  const subject = subjectAt(tokens, j, outside, resolve);
  if (!subject) return null;
  // the subject's verb follows it at once (adverbs and auxiliaries between)
  let v = subject.next;
  while (v < tokens.length && (tokens[v]!.pos === 'ADV' || tokens[v]!.pos === 'AUX')) v++;
  return v < tokens.length && speech(tokens[v]!) ? subject.mention : null;
}

/** "Lavrov said: “…", "Lavrov told reporters that “…": the subject of a speech verb just before the opening mark. */
function speakerBefore(tokens: readonly Token[], q: Span, outside: readonly ActorMention[], resolve: PronounResolver): ActorMention | null {
  let j = lastTokenBefore(tokens, q.open);
  // skip ":", ",", "that" and the addressee ("told reporters that")
  let verb = -1;
  for (let n = 0; j >= 0 && n < 5; n++, j--) {
    const t = tokens[j]!;
    if (speech(t)) { verb = j; break; }
    if (t.pos === 'VERB' || t.norm === '.' || t.norm === '”' || t.norm === '"') return null;
  }
  if (verb < 0) return null;
  const s = tokens[verb]!.sentence;
  let k = verb - 1;
  while (k >= 0 && tokens[k]!.sentence === s && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART')) k--;
  if (k < 0 || tokens[k]!.sentence !== s) return null;
  const t = tokens[k]!;
  if (SPEAKER_PRONOUNS.has(t.norm)) return resolve(k);
  return outside.find((m) => m.end === t.end && m.sentence === s) ?? null;
}

/** A mention starting at token j (or a speaker pronoun there), with the token after it. */
function subjectAt(tokens: readonly Token[], j: number, outside: readonly ActorMention[], resolve: PronounResolver): { mention: ActorMention; next: number } | null {
  const t = tokens[j]!;
  if (SPEAKER_PRONOUNS.has(t.norm)) { const m = resolve(j); return m ? { mention: m, next: j + 1 } : null; }
  const m = outside.find((x) => x.start === t.start);
  if (!m) return null;
  let next = j;
  while (next < tokens.length && tokens[next]!.start < m.end) next++;
  return { mention: m, next };
}

/** The mention that starts at token j or within the two tokens after it ("said Russian Foreign Minister Lavrov"). */
function mentionFrom(tokens: readonly Token[], j: number, outside: readonly ActorMention[]): ActorMention | null {
  for (let n = 0; n < 4 && j + n < tokens.length; n++) {
    const t = tokens[j + n]!;
    const m = outside.find((x) => x.start <= t.start && t.start < x.end);
    if (m) return m;
    if (t.pos === 'VERB' || t.norm === ',' || t.norm === '.') return null;
  }
  return null;
}

const speech = (t: Token) => (t.pos === 'VERB' || t.pos === 'AUX') && speakerWords().speech.has(t.lemma);

function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid]!.start < offset) lo = mid + 1; else hi = mid; }
  return lo < tokens.length ? lo : -1;
}

function lastTokenBefore(tokens: readonly Token[], offset: number): number {
  const first = firstTokenFrom(tokens, offset);
  return (first < 0 ? tokens.length : first) - 1;
}
