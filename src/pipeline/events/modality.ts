/**
 * Modality and polarity of a trigger from the words around it: "will"/"would" (future), "could"/"may"/"if"
 * (hypothetical), "not"/"never"/"no" (negated), a condition ("only after all troops withdrew", "provided
 * that"), and whose word it is: a sentence-final attribution (", officials said", ", according to X") or the
 * complement of an accusation ("accused Ukraine of violating the truce") makes it reported.
 *
 *   modalityAt(view, head) // { future: true, hypothetical: false, negated: false, … } for "Russia will withdraw"
 *   modalityAt(view, head).reported // true for "Russian troops shelled Kharkiv, officials said."
 */
import { cues } from './cues.js';
import type { SentenceView } from './sentence.js';

/**
 * `conditional`: the hypothesis comes from an "if"/"unless"/"whether" clause or another condition, not a modal
 * ("may", "could"). `reported`: the sentence attributes the event to a source or an accuser.
 */
export interface ModalityCues { future: boolean; hypothetical: boolean; negated: boolean; conditional: boolean; reported: boolean }

export function modalityAt(v: SentenceView, head: number): ModalityCues {
  const c = cues();
  const out: ModalityCues = { future: false, hypothetical: false, negated: false, conditional: false, reported: false };
  const clause = v.clause[head - v.start]!;
  for (let k = head - 1; k >= v.start && k >= head - 5; k--) {
    if (v.clause[k - v.start] !== clause) break;
    const t = v.tokens[k]!;
    if (v.mentionAt[k - v.start]! >= 0) break;
    if (t.pos === 'VERB' && t.lemma !== 'go') break;
    if (c.future.has(t.norm) || c.future.has(t.lemma)) out.future = true;
    else if (c.hypothetical.has(t.norm)) { out.hypothetical = true; if (t.norm === 'if' || t.norm === 'unless' || t.norm === 'whether') out.conditional = true; }
    else if (c.negation.has(t.norm) || c.negation.has(t.lemma)) out.negated = true;
  }
  // "pledged not to negotiate", "vowed never to return": the negation inside the verb's own infinitive
  const after = v.tokens[head + 1];
  if (after && head + 2 < v.end && v.tokens[head]!.pos === 'VERB' && (after.norm === 'not' || after.norm === 'never') && v.tokens[head + 2]!.norm === 'to') out.negated = true;
  // headline future: "Russia to withdraw troops"
  const before = v.tokens[head - 1];
  const subject = v.tokens[head - 2];
  // ("Russian attempts to capture X" is no future: the noun takes the infinitive as its complement)
  if (before?.norm === 'to' && subject && head - 2 >= v.start && head - 2 <= v.start + 4 && (subject.pos === 'NOUN' || subject.pos === 'PROPN') && !c.infinitiveNouns.has(subject.lemma)) {
    let verbBefore = false;
    for (let k = v.start; k < head - 2; k++) if (v.tokens[k]!.pos === 'VERB') verbBefore = true;
    if (!verbBefore) out.future = true;
  }
  if (conditionBefore(v, head) || wished(v, head)) { out.hypothetical = true; out.conditional = true; }
  out.reported = trailingAttribution(v, head) || allegedBy(v, head);
  return out;
}

/** A clause opened by "if"/"unless"/"whether", "only after/if/once …" or "provided that", up to the trigger. */
function conditionBefore(v: SentenceView, head: number): boolean {
  const c = cues();
  const clause = v.clause[head - v.start];
  for (let k = head - 1; k >= v.start; k--) {
    const t = v.tokens[k]!;
    // "only after": the subordinator opens a clause of its own, so "only" may sit just outside it
    if (c.onlyConditions.has(t.norm) && k > v.start && v.tokens[k - 1]!.norm === 'only') return true;
    if (v.clause[k - v.start] !== clause) return false;
    if (t.norm === 'if' || t.norm === 'unless' || t.norm === 'whether') return true;
    if (c.conditionEnds.has(t.norm)) for (const phrase of c.conditionPhrases) if (phraseEndsAt(v, k, phrase)) return true;
  }
  return false;
}

/** "wants to join", "some wanting to fight on", "hoped to retake": the infinitive of a verb of wishing. */
function wished(v: SentenceView, head: number): boolean {
  const to = v.tokens[head - 1];
  const verb = v.tokens[head - 2];
  return head - 2 >= v.start && to?.norm === 'to' && !!verb && verb.pos === 'VERB' && cues().desire.has(verb.lemma);
}

function phraseEndsAt(v: SentenceView, k: number, phrase: readonly string[]): boolean {
  const from = k - phrase.length + 1;
  if (from < v.start) return false;
  for (let i = 0; i < phrase.length; i++) if (v.tokens[from + i]!.norm !== phrase[i]) return false;
  return true;
}

const SPEAKER_START = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);
const SPEAKER = new Set([...SPEAKER_START, 'ADP', 'PART', 'CCONJ']);
const QUOTES = new Set(['"', '”', '’', "'", "''"]);
const END = new Set(['.', '!', '?', '…']);

/**
 * ", officials said.", ", it said in a statement on Monday.", "," he told reporters.", ", according to the
 * governor.", ", said the ministry.": a comma (or closing quote) after the trigger followed by a speaker, a
 * reporting verb and nothing but its adjuncts up to the end of the sentence.
 */
function trailingAttribution(v: SentenceView, head: number): boolean {
  let at = attributionAt.get(v);
  if (at === undefined) attributionAt.set(v, at = attributionComma(v));
  return at > head;
}

/** Per sentence view, the comma that opens its trailing attribution, or -1. */
const attributionAt = new WeakMap<SentenceView, number>();

function attributionComma(v: SentenceView): number {
  const c = cues();
  for (let k = v.start; k < v.end; k++) {
    if (v.tokens[k]!.norm !== ',') continue;
    let j = k + 1;
    while (j < v.end && QUOTES.has(v.tokens[j]!.norm)) j++;
    if (v.tokens[j]?.norm === 'according' && v.tokens[j + 1]?.norm === 'to' && j + 1 < v.end) { if (restIsAdjunct(v, j + 2)) return k; continue; }
    // the speaker: a short noun phrase or pronoun ("a spokesman for the ministry"), or nothing ("…, said the ministry")
    let verb = -1;
    for (let i = j; i < v.end && i <= j + 8; i++) {
      const t = v.tokens[i]!;
      if (t.pos === 'VERB' || t.pos === 'AUX') { if (c.reporting.has(t.lemma)) verb = i; break; }
      if (i === j ? !SPEAKER_START.has(t.pos) : !SPEAKER.has(t.pos) && t.norm !== '-') break;
    }
    if (verb >= 0 && restIsAdjunct(v, verb + 1)) return k;
  }
  return -1;
}

/** Tokens from `k` to the sentence end are a speaker or adjuncts ("the ministry", "in a statement on Monday"), then its end. */
function restIsAdjunct(v: SentenceView, k: number): boolean {
  for (let i = k; i < v.end; i++) {
    const t = v.tokens[i]!;
    if (END.has(t.norm) || QUOTES.has(t.norm)) {
      for (let r = i + 1; r < v.end; r++) if (v.tokens[r]!.pos !== 'PUNCT') return false;
      return true;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.norm === ',' || t.norm === ';' || t.norm === ':') return false;
  }
  return true;
}

const COMPLEMENT_LEADS = new Set(['of', 'for', 'that']);

/** "accused Ukraine of repeatedly violating the truce", "blamed Kyiv for the blast": the accuser's allegation. */
function allegedBy(v: SentenceView, head: number): boolean {
  const c = cues();
  for (let k = head - 1; k > v.start && k >= head - 6; k--) {
    const t = v.tokens[k]!;
    if (t.norm === ',' || t.norm === ';' || t.norm === ':' || t.pos === 'VERB') return false;
    if (!COMPLEMENT_LEADS.has(t.norm)) continue;
    for (let j = k - 1; j >= v.start && j >= k - 6; j--) {
      const w = v.tokens[j]!;
      if (c.alleging.has(w.lemma) || c.alleging.has(w.norm)) return true;
      // "refuted these claims and intimated that …": the nearest verb governs the complement
      if (w.pos === 'PUNCT' || w.pos === 'SCONJ' || w.pos === 'CCONJ' || w.pos === 'VERB') break;
    }
    return false;
  }
  return false;
}
