/**
 * Pronoun coreference for event actors, by rules and salience (no model). A pronoun that opens a clause of a
 * sentence naming no actor before it is resolved to an actor of the sentence before, only when that is
 * unambiguous; the result is an extra actor mention on the pronoun, marked `via: 'coref'` with its antecedent:
 *
 *   "Putin spoke with Trump on Tuesday. He agreed to halt strikes."  He -> Vladimir Putin (the previous subject)
 *   "Russian troops shelled Kharkiv. They also hit Sumy."            They -> Russian troops
 *   "The Kremlin said … . It accused Kyiv of terrorism."             It -> the Kremlin (an agentive verb follows)
 *
 * Rules (precision first; a wrong actor is worse than none):
 * - he/she/his/her: the only person named in the previous sentence (or the one before it when the previous one
 *   names no person), or, when it names several, its subject if that is a person. Never across a sentence
 *   that names someone we cannot code ("Oleksiy Danilov said", "a senior official said") or a paragraph break.
 * - they/their: the previous sentence's subject when it is a single plural actor ("Russian forces").
 * - it/its: the previous sentence's subject when it is a country or organisation; "it" only before a verb that
 *   needs an agent ("it said", "it accused"; never "it is", "it seems"), "its" only before an agent noun ("its forces").
 * - no pronoun inside quotes (first and second person are never resolved), and no antecedent inside quotes.
 * The coder merges these mentions with the actors layer (see ../events/coder.ts); the layer itself is unchanged.
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../../core/paths.js';
import type { ActorMention, Document, Token } from '../../core/types.js';
import { definiteDescriptions } from './descriptions.js';
import { quotedFirstPerson, standIn } from './speakers.js';

type Want = 'person' | 'plural' | 'thing';

const SUBJECT_PRONOUNS = new Map<string, Want>([['he', 'person'], ['she', 'person'], ['they', 'plural'], ['it', 'thing']]);
const POSSESSIVE_PRONOUNS = new Map<string, Want>([['his', 'person'], ['her', 'person'], ['their', 'plural'], ['its', 'thing']]);
/** Words that may stand between a clause start and its subject pronoun ("and he", "but they", "when it"). */
const CLAUSE_OPENERS = new Set(['and', 'but', 'so', 'yet', 'then', 'when', 'while', 'as', 'after', 'before', 'because', 'since', 'although', 'though', 'if', 'once', 'until', 'where', 'whereas']);
/** Singular nouns for a person we could not code: "a senior official said …" names someone else. */
const PERSON_NOUNS = new Set(['official', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'leader', 'commander', 'general',
  'ambassador', 'envoy', 'diplomat', 'analyst', 'expert', 'professor', 'director', 'chief', 'secretary', 'adviser', 'advisor', 'aide', 'governor',
  'mayor', 'senator', 'lawmaker', 'legislator', 'congressman', 'congresswoman', 'journalist', 'reporter', 'correspondent', 'man', 'woman', 'soldier',
  'resident', 'witness', 'source', 'researcher', 'economist', 'prosecutor', 'judge', 'lawyer', 'officer', 'negotiator', 'chancellor', 'premier',
  'king', 'queen', 'prince', 'princess', 'pope', 'head', 'father', 'mother', 'son', 'daughter', 'husband', 'wife', 'boy', 'girl', 'colonel',
  'lieutenant', 'sergeant', 'captain', 'candidate', 'member', 'representative', 'deputy', 'politician', 'activist', 'founder', 'executive',
  'ceo', 'chairman', 'chairwoman', 'chair', 'mp', 'medic', 'doctor', 'nurse', 'volunteer', 'fighter', 'pilot', 'commentator', 'historian',
  'scientist', 'author', 'writer', 'editor', 'speaker', 'student', 'teacher', 'priest', 'cleric', 'patriarch', 'oligarch', 'businessman',
  'businesswoman', 'billionaire', 'player', 'coach', 'veteran', 'prisoner', 'detainee', 'citizen', 'national', 'mother', 'victim', 'survivor']);
/** Verbs whose subject is someone who acts or speaks: after "it" they make the pronoun an actor, not an expletive. */
const AGENTIVE_VERBS = new Set(['say', 'add', 'state', 'announce', 'warn', 'urge', 'accuse', 'blame', 'deny', 'reject', 'refuse', 'threaten', 'vow',
  'pledge', 'promise', 'agree', 'decide', 'demand', 'call', 'ask', 'condemn', 'insist', 'propose', 'offer', 'sign', 'impose', 'sanction', 'expel',
  'recall', 'summon', 'ban', 'vote', 'approve', 'adopt', 'order', 'claim', 'report', 'confirm', 'declare', 'report', 'tell', 'respond',
  'retaliate', 'protest', 'criticise', 'criticize', 'welcome', 'praise', 'appeal', 'request', 'launch', 'send', 'deploy', 'supply', 'provide',
  'pledge', 'suspend', 'halt', 'cut', 'freeze', 'seize', 'invade', 'attack', 'strike', 'shell', 'bomb', 'negotiate', 'meet', 'host', 'invite',
  'recognise', 'recognize', 'withdraw', 'mobilise', 'mobilize', 'arrest', 'detain', 'release', 'sue', 'charge', 'intend', 'plan', 'want', 'hope',
  'expect', 'believe', 'consider', 'tell', 'note', 'stress', 'argue', 'allege', 'estimate', 'publish', 'issue', 'dismiss', 'describe', 'seek', 'try',
  'attempt', 'veto']);
/** "it is", "it seems", "it emerged that": expletive or non-agent uses of "it". */
const NOT_AGENT_AFTER_IT = new Set(['be', 'is', 'was', "'s", 'seem', 'appear', 'emerge', 'remain', 'happen', 'matter', 'take', 'become', 'mean', 'look', 'come', 'go', 'get']);
/** Plural agent nouns after "their" / singular after "its" ("its forces", "their government"). */
const AGENT_NOUNS = new Set(['force', 'troop', 'army', 'military', 'government', 'ministry', 'official', 'leader', 'president', 'minister', 'navy',
  'soldier', 'diplomat', 'envoy', 'ambassador', 'delegation', 'negotiator', 'spokesman', 'spokeswoman', 'spokesperson', 'air', 'unit', 'fighter',
  'militant', 'rebel', 'parliament', 'administration', 'regime', 'cabinet', 'embassy', 'office', 'missile', 'drone', 'warplane', 'jet', 'artillery',
  'warship', 'border', 'security', 'police', 'intelligence', 'service', 'agency', 'foreign', 'defence', 'defense', 'prime', 'top', 'chief', 'head',
  'commander', 'general', 'member', 'ally', 'partner', 'allies', 'partners']);

interface Range { first: number; end: number }

/**
 * Pronoun mentions resolved to an actor named earlier, as extra `ActorMention`s (kind, code, sector, name and id
 * of the antecedent; span of the pronoun; `via: 'coref'` and the antecedent's span). The document is unchanged.
 */
export function resolvePronouns(doc: Document): ActorMention[] {
  const tokens = doc.layers.tokens ?? [];
  const sentences = doc.layers.sentences ?? [];
  const mentions = doc.layers.actors ?? [];
  if (!tokens.length || !sentences.length || !mentions.length) return [];
  const candidates = pronounSentences(tokens);
  const quoting = /[“"]/.test(doc.text);
  // "The ministry also accused Kyiv …": a description naming again an organisation named before
  const described = definiteDescriptions(doc, mentions);
  if (!candidates.length && !quoting) return described;
  const ranges = sentenceRanges(tokens, sentences.length);
  const bySentence: ActorMention[][] = new Array(sentences.length);
  for (const m of mentions) (bySentence[m.sentence] ??= []).push(m);
  let quotes: Quoted | null = null; // computed only when a pronoun may need resolving
  const quoted = () => (quotes ??= quoteState(doc.text));
  const out: ActorMention[] = [];
  for (const s of candidates) {
    const r = ranges[s]!;
    const found = findPronoun(tokens, r, bySentence[s] ?? [], quoted);
    if (!found) continue;
    const antecedent = antecedentFor(doc, tokens, ranges, bySentence, quoted(), s, found);
    if (!antecedent) continue;
    const p = tokens[found.index]!;
    const resolved = standIn(doc, p, antecedent, antecedent.kind, true);
    out.push(resolved);
    (bySentence[s] ??= []).push(resolved); // a chain: "Putin … . He said … . He added …"
  }
  if (!quoting) return [...out, ...described];
  // "“We …,” he said": the speaker's pronoun, when the loop above did not resolve it, as a clause-opening one would be
  const speakerPronoun = (index: number): ActorMention | null => {
    const p = tokens[index]!;
    const known = out.find((m) => m.start === p.start);
    if (known) return known;
    const want = SUBJECT_PRONOUNS.get(p.norm);
    if (!want || !usable(tokens, ranges[p.sentence]!, { index, want, possessive: false })) return null;
    return antecedentFor(doc, tokens, ranges, bySentence, quoted(), p.sentence, { index, want, possessive: false });
  };
  return [...out, ...quotedFirstPerson(doc, [...mentions, ...out], speakerPronoun), ...described];
}

/** Sentences (after the first) with a third-person pronoun among their first words, before any verb: a cheap first pass. */
function pronounSentences(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const s = tokens[k]!.sentence;
    if (s === tokens[k - 1]!.sentence || s === 0) continue;
    for (let j = k; j < tokens.length && j < k + 12 && tokens[j]!.sentence === s; j++) {
      const t = tokens[j]!;
      if (SUBJECT_PRONOUNS.has(t.norm) || POSSESSIVE_PRONOUNS.has(t.norm)) { out.push(s); break; }
      if (t.pos === 'VERB' || t.pos === 'AUX') break;
    }
  }
  return out;
}

function sentenceRanges(tokens: readonly Token[], n: number): Range[] {
  const out: Range[] = Array.from({ length: n }, () => ({ first: 0, end: 0 }));
  let k = 0;
  for (let s = 0; s < n; s++) {
    while (k < tokens.length && tokens[k]!.sentence < s) k++;
    const first = k;
    while (k < tokens.length && tokens[k]!.sentence === s) k++;
    out[s] = { first, end: k };
  }
  return out;
}

/** Whether an offset lies inside quotation marks (curly quotes nest by open/close, straight quotes toggle). */
type Quoted = (offset: number) => boolean;

function quoteState(text: string): Quoted {
  const at: number[] = [];
  const inside: boolean[] = [];
  let depth = 0;
  let straight = false;
  for (const m of text.matchAll(/[“”"«»]/g)) {
    const ch = m[0];
    if (ch === '“' || ch === '«') depth++;
    else if (ch === '"') straight = !straight;
    else if (depth > 0) depth--;
    at.push(m.index);
    inside.push(depth > 0 || straight);
  }
  if (!at.length) return () => false;
  return (offset) => {
    let lo = 0;
    let hi = at.length; // first quote mark at or after offset
    while (lo < hi) { const mid = (lo + hi) >> 1; if (at[mid]! < offset) lo = mid + 1; else hi = mid; }
    if (lo < at.length && at[lo] === offset) return true; // the mark itself
    return lo > 0 && inside[lo - 1]!;
  };
}

interface Found { index: number; want: Want; possessive: boolean }

/** The first pronoun opening a clause, when no actor (other than a place) is named before it in the sentence. */
function findPronoun(tokens: readonly Token[], r: Range, mentions: readonly ActorMention[], quoted: () => Quoted): Found | null {
  let firstActor = Infinity;
  for (const m of mentions) if (m.kind !== 'place' || m.sector === 'GOV') firstActor = Math.min(firstActor, m.start);
  for (let k = r.first; k < r.end && k < r.first + 12; k++) {
    const t = tokens[k]!;
    if (t.start >= firstActor) return null;
    const subject = SUBJECT_PRONOUNS.get(t.norm);
    const owner = subject ? undefined : POSSESSIVE_PRONOUNS.get(t.norm);
    if (subject || owner) {
      if (!opensClause(tokens, r, k) || quoted()(tokens[k]!.start)) return null;
      const found: Found = { index: k, want: (subject ?? owner)!, possessive: !subject };
      return usable(tokens, r, found) ? found : null;
    }
    if (t.pos === 'PRON' || t.pos === 'VERB' || t.pos === 'AUX') return null; // past the subject: "It was he who …"
  }
  return null;
}

/** The pronoun starts the sentence, follows an opener ("and", "when") or ends an introductory phrase (", he said"). */
function opensClause(tokens: readonly Token[], r: Range, k: number): boolean {
  let j = k - 1;
  while (j >= r.first && blank(tokens[j]!)) j--;
  if (j < r.first) return true;
  const prev = tokens[j]!;
  return prev.norm === ',' || CLAUSE_OPENERS.has(prev.norm);
}

/** "it is", "it seems" are no actor; "its"/"their" count only before an agent noun ("its forces"), "her" only as a possessive there too. */
function usable(tokens: readonly Token[], r: Range, f: Found): boolean {
  const next = nextWord(tokens, r, f.index + 1);
  if (!next) return false;
  if (f.possessive) {
    let k = f.index + 1;
    for (let n = 0; n < 3 && k < r.end; n++, k++) {
      const t = tokens[k]!;
      if (AGENT_NOUNS.has(t.lemma) || AGENT_NOUNS.has(t.norm)) return true;
      if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
    }
    return false;
  }
  if (f.want !== 'thing') return next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV';
  // "it said", "it has accused", "it will not recognise": the first verb after modals and adverbs must need an agent
  let k = f.index + 1;
  for (let n = 0; n < 5 && k < r.end; n++, k++) {
    const t = tokens[k]!;
    if (blank(t)) continue;
    if (NOT_AGENT_AFTER_IT.has(t.lemma) || NOT_AGENT_AFTER_IT.has(t.norm)) return false;
    if (t.pos === 'VERB') return AGENTIVE_VERBS.has(t.lemma) || AGENTIVE_VERBS.has(stem(t.norm));
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

/** Past and third-person forms the lemmatiser sometimes leaves alone ("accused" -> "accuse"). */
function stem(norm: string): string {
  if (norm.endsWith('ed')) return AGENTIVE_VERBS.has(norm.slice(0, -1)) ? norm.slice(0, -1) : norm.slice(0, -2);
  if (norm.endsWith('s')) return norm.slice(0, -1);
  return norm;
}

function nextWord(tokens: readonly Token[], r: Range, from: number): Token | null {
  for (let k = from; k < r.end; k++) if (!blank(tokens[k]!)) return tokens[k]!;
  return null;
}

function blank(t: Token): boolean {
  return t.pos === 'SPACE' || t.norm.trim() === '';
}

/** The antecedent of the pronoun in sentence `s`, or null when there is none or it is ambiguous. */
function antecedentFor(doc: Document, tokens: readonly Token[], ranges: readonly Range[], bySentence: readonly (ActorMention[] | undefined)[],
  quoted: Quoted, s: number, f: Found): ActorMention | null {
  const reach = f.want === 'person' ? 2 : 1;
  for (let p = s - 1; p >= 0 && p >= s - reach; p--) {
    if (paragraphBreak(doc, tokens, ranges[p]!, ranges[p + 1]!)) return null;
    const r = ranges[p]!;
    const actors = (bySentence[p] ?? []).filter((m) => (m.kind !== 'place' || m.sector === 'GOV') && !quoted(m.start));
    const subject = subjectMention(tokens, r, actors, quoted);
    if (f.want === 'person') {
      if (uncodedPerson(doc.text, tokens, r, bySentence[p] ?? [], quoted, beAfter(tokens, ranges[s]!, f.index))) return null;
      const people = distinct(actors.filter((m) => m.kind === 'person'));
      if (subject && subject.kind === 'person') {
        if (!genderFits(subject, tokens[f.index]!.norm)) return null;
        // "Trump appointed Bolton. He was fired": with two people, a passive may well be about the other one
        if (people.length > 1 && (beAfter(tokens, ranges[s]!, f.index) || otherSpeaker(tokens, r, actors, subject))) return null;
        return subject;
      }
      if (people.length || startsWithPronoun(tokens, r)) return null; // someone else, or a chain we could not follow
      continue;
    }
    if (!subject || subject.kind === 'person') return null;
    const plural = pluralMention(tokens, r, subject);
    // "Officials say 1,000 civilians are still there. They …": another plural noun may be meant
    if (f.want === 'plural') return plural === true && !otherPlural(tokens, r, subject) ? subject : null;
    if (plural !== false || subject.kind === 'sector') return null;
    return subject.kind === 'country' || subject.kind === 'organisation' || subject.kind === 'place' ? subject : null;
  }
  return null;
}

/** "He was fired", "he has been ambassador", "she is": the pronoun's verb is a form of "be" (passive or copula). */
function beAfter(tokens: readonly Token[], r: Range, k: number): boolean {
  for (let j = k + 1; j < r.end && j <= k + 4; j++) {
    const t = tokens[j]!;
    if (t.lemma === 'be' || t.norm === 'been' || t.norm === 'got') return true;
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART') return false;
  }
  return false;
}

interface GenderData { female: string[]; male: string[]; femaleFirstNames: string[]; maleFirstNames: string[] }
let genders: { female: Set<string>; male: Set<string>; femaleNames: Set<string>; maleNames: Set<string> } | null = null;

/** 'f', 'm' or null: from the person's Wikidata id, else from a first name borne by one gender only (./data/gender.json). */
export function genderOf(m: Pick<ActorMention, 'id' | 'name'>): 'f' | 'm' | null {
  if (!genders) {
    const d = JSON.parse(readFileSync(packagePath('src', 'pipeline', 'actors', 'data', 'gender.json'), 'utf8')) as GenderData;
    genders = { female: new Set(d.female), male: new Set(d.male), femaleNames: new Set(d.femaleFirstNames), maleNames: new Set(d.maleFirstNames) };
  }
  if (m.id && genders.female.has(m.id)) return 'f';
  if (m.id && genders.male.has(m.id)) return 'm';
  const first = (m.name ?? '').split(' ')[0]!.toLowerCase();
  if (genders.femaleNames.has(first)) return 'f';
  if (genders.maleNames.has(first)) return 'm';
  return null;
}

/** "she" never stands for a man nor "he" for a woman; unknown gender fits both. */
function genderFits(m: ActorMention, pronoun: string): boolean {
  const g = genderOf(m);
  if (!g) return true;
  return pronoun === 'she' || pronoun === 'her' ? g === 'f' : g === 'm';
}

/** A blank line between two sentences: a new paragraph, where salience starts afresh. */
function paragraphBreak(doc: Document, tokens: readonly Token[], a: Range, b: Range): boolean {
  let last = a.end - 1;
  while (last >= a.first && blank(tokens[last]!)) last--;
  let first = b.first;
  while (first < b.end && blank(tokens[first]!)) first++;
  if (last < a.first || first >= b.end) return true;
  return /\n\s*\n/.test(doc.text.slice(tokens[last]!.end, tokens[first]!.start));
}

/** Person mentions that name different people (the same person named twice counts once). */
function distinct(people: ActorMention[]): ActorMention[] {
  const seen = new Set<string>();
  const out: ActorMention[] = [];
  for (const m of people) {
    const key = m.id ?? m.name ?? `${m.code}/${m.text ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(m);
  }
  return out;
}

/**
 * The sentence's subject: its first actor, when no verb comes before it outside quotes and no preposition governs
 * it ("On Tuesday, Putin told …" -> Putin; "After talks with Putin, Macron said" -> none), or the speaker of an
 * inverted report ("“…,” said Dmitry Peskov").
 */
function subjectMention(tokens: readonly Token[], r: Range, actors: readonly ActorMention[], quoted: Quoted): ActorMention | null {
  const sorted = [...actors].sort((a, b) => a.start - b.start);
  let k = r.first;
  let prev: Token | null = null;
  let verbBefore = false;
  for (const candidate of sorted) {
    // walk to the candidate; an introductory phrase ends at a comma ("After talks with Putin, Macron said")
    for (; k < r.end && tokens[k]!.start < candidate.start; k++) {
      const t = tokens[k]!;
      if (quoted(tokens[k]!.start) || blank(t)) continue;
      if (t.norm === ',') { prev = null; verbBefore = false; continue; }
      if (t.pos === 'VERB' || t.pos === 'AUX' || SUBJECT_PRONOUNS.has(t.norm) || t.norm === 'i' || t.norm === 'we' || t.norm === 'you') {
        // "“…,” said Peskov": a reporting verb right after a quote, then the speaker
        if (t.lemma === 'say' && k > r.first && quoted(tokens[k - 1]!.start) && tokens[k + 1]?.start === candidate.start) return candidate;
        verbBefore = true;
      }
      if (t.pos !== 'DET' && t.pos !== 'ADJ') prev = t;
    }
    if (verbBefore) return null; // past the main clause's subject: the first actor there is an object
    if (prev && (prev.pos === 'ADP' || prev.pos === 'SCONJ')) { // inside a prepositional phrase: try the next actor
      while (k < r.end && tokens[k]!.start < candidate.end) k++;
      prev = tokens[k - 1] ?? null;
      continue;
    }
    // a verb must follow the subject before another actor does; "Trump's lawyer said": the possessed noun is the subject
    for (let j = k; j < r.end; j++) {
      const t = tokens[j]!;
      if (t.start < candidate.end || quoted(tokens[j]!.start)) continue;
      if (t.start === candidate.end && POSSESSIVE_MARKS.has(t.norm)) return null;
      if (t.pos === 'VERB' || t.pos === 'AUX') return candidate;
      if (sorted.some((m) => m !== candidate && m.start === t.start)) return null;
    }
    return null;
  }
  return null;
}

/** True for "Russian forces", false for "Russia", "the Kremlin", "Russia's defence ministry"; null when unclear. */
function pluralMention(tokens: readonly Token[], r: Range, m: ActorMention): boolean | null {
  let last = -1;
  for (let k = r.first; k < r.end && tokens[k]!.start < m.end; k++) if (tokens[k]!.start >= m.start) last = k;
  if (last < 0) return null;
  const head = tokens[last]!;
  const next = last + 1 < r.end ? tokens[last + 1]! : null;
  if (next && next.pos === 'NOUN') return null; // "Russian officials": the head is a noun we did not code
  if (next && (next.norm === "'s" || next.norm === '’s')) return null; // the possessed noun is the subject
  if (head.pos === 'NOUN') return head.norm !== head.lemma;
  return false;
}

const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);

/** A plural noun in the sentence outside the mention ("civilians", "comments"). */
function otherPlural(tokens: readonly Token[], r: Range, m: ActorMention): boolean {
  for (let k = r.first; k < r.end; k++) {
    const t = tokens[k]!;
    if (t.start >= m.start && t.end <= m.end) continue;
    if (t.pos === 'NOUN' && t.norm !== t.lemma && t.norm.endsWith('s')) return true;
  }
  return false;
}

/** The subject is not the speaker: "Zelensky is wrong, Putin said" names another person as the one who speaks. */
function otherSpeaker(tokens: readonly Token[], r: Range, actors: readonly ActorMention[], subject: ActorMention): boolean {
  for (let k = r.first + 1; k < r.end; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' || t.lemma !== 'say') continue;
    const before = tokens[k - 1]!;
    const after = k + 1 < r.end ? tokens[k + 1]! : null;
    if (actors.some((m) => m !== subject && m.kind === 'person' && (m.end === before.end || (after && m.start === after.start)))) return true;
  }
  return false;
}

const CALENDAR = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday']);

/**
 * Someone we cannot code may be the one the pronoun means: a person noun outside any mention ("a senior official
 * said"), an unknown full name ("Oleksiy Danilov"), or an unknown name acting ("Kelly said", "Giuliani, Trump's
 * lawyer, …", "said Smith"); with `objectsCount` (the pronoun's verb is "be": "He was fired", "he has been …"),
 * an unknown name as a verb's object too ("Trump appointed Bolton. He was fired").
 */
function uncodedPerson(text: string, tokens: readonly Token[], r: Range, mentions: readonly ActorMention[], quoted: Quoted, objectsCount: boolean): boolean {
  const covered = (t: Token) => mentions.some((m) => m.start <= t.start && t.end <= m.end);
  const nameWord = (k: number) => {
    const t = tokens[k]!;
    return t.pos === 'PROPN' && !quoted(tokens[k]!.start) && !covered(t) && capitalised(text, t) && !CALENDAR.has(t.norm);
  };
  for (let k = r.first; k < r.end; k++) {
    const t = tokens[k]!;
    if (quoted(tokens[k]!.start) || covered(t)) continue;
    if (t.pos === 'NOUN' && t.norm === t.lemma && PERSON_NOUNS.has(t.lemma)) return true;
    if (!nameWord(k)) continue;
    // a run of unknown capitalised names that acts: followed by a verb, an apposition or a possessive, or after "said"
    const from = k;
    while (k + 1 < r.end && nameWord(k + 1)) k++;
    let j = k + 1;
    while (j < r.end && tokens[j]!.pos === 'ADV') j++;
    const after = j < r.end ? tokens[j]! : null;
    if (after && (after.pos === 'VERB' || after.pos === 'AUX' || after.norm === ',' || after.norm === "'s" || after.norm === '’s')) return true;
    const before = from > r.first ? tokens[from - 1]! : null;
    if (before && before.pos === 'VERB' && (before.lemma === 'say' || objectsCount)) return true; // "said Smith"; "appointed Bolton"

  }
  return false;
}

function capitalised(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.start);
  return c >= 65 && c <= 90;
}

function startsWithPronoun(tokens: readonly Token[], r: Range): boolean {
  const t = r.first < r.end ? tokens[r.first]! : null;
  return !!t && (SUBJECT_PRONOUNS.has(t.norm) || POSSESSIVE_PRONOUNS.has(t.norm));
}
