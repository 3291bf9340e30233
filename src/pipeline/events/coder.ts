/**
 * The event coder: finds triggers sentence by sentence (skipping sentences without one), composes frames
 * with their complements, assigns actor and recipient, modality, polarity, date and confidence, and returns
 * PLOVER + CAMEO coded `EventRecord`s. Pure: it reads the tokens, deps, actors and times layers and writes nothing.
 * With a dependency tree (the `syntax` component) roles come from the tree (args.ts), polarity, modals,
 * conditions, questions, reported speech, background tense and the clause's own date from context.ts, verb
 * senses from the verb dictionary (senses.ts), and a trigger inside another trigger's arguments is its content;
 * where the tree names no one, and without a tree, the word windows of roles.ts and modality.ts decide. *
 *   codeEvents(doc) // [{ type: 'CONSULT', mode: 'phone', cameo: '041', actor: [{ code: 'USA', … }], … }]
 */
import type { ActorRef, Document, EventAction, EventRecord, Modality, TimeMention, Token } from '../../core/types.js';
import { cameo as cameoInfo, ploverOf, ploverType } from '../../ontology/index.js';
import { agentSectorOf, loadKnowledge } from '../../knowledge/index.js';
import { resolvePronouns } from '../actors/coref.js';
import { quotationSpeaker } from '../actors/speakers.js';
import { coordinatedSubjectBefore, namesPair, pairBefore } from '../actors/antecedent.js';
import { cues } from './cues.js';
import { impliedParties, isForce } from './implied.js';
import { accusingPredicates, mayName, namingVerbs } from './characterise.js';
import { compose, isConflict, reverse } from './frames.js';
import { findInstrument, type Lexicon, lexicon, type Match, matchAt, type TriggerEntry } from './lexicon.js';
import { senseOf, verbLemmaCandidates } from './senses.js';
import { nounKey, verbLemmas, verbSet, verbsWithOwnObjectPatterns } from './verbs.js';
import { modalityAt } from './modality.js';
import { accusedOf, unattributedAllegation, unattributedAllegationOf } from './allegations.js';
import { namesDay } from '../times.js';
import { trustedDoers } from './doers.js';
import { dedupe } from './dedupe.js';
import { askedToAct, asksToRefrain, obligedPassive, refrainAppealCode } from './appeals.js';
import { forceSufferer, insideCondition, threatenedConsequence } from './warnings.js';
import { agreementParties, REDUCE_RELATIONS, stopsAgreement } from './agreements.js';
import { hasUseVerb, isWeaponUse, usedWeaponSpan, weaponSubject, withWeaponUse } from './weapons.js';
import { circumstanceCause } from './causes.js';
import { noConsultation } from './talks.js';
import { companionBefore, isLight, lightVerbOf, nounRoles, objectAfter, type Roles, subjectOf, verbRoles } from './roles.js';
import { type MentionRef, sentenceView, type SentenceView, tokenAtOffset, within } from './sentence.js';
import { actorNodes, conditionedParty, generic, markedPassive, actorsOfNodes, mentionOfNode, mentionsOfNodes, pronounAntecedent, treeNounRoles, treeVerbRoles } from './args.js';
import { clauseContext, clauseHeads, clauseTime, datedClause, statesFact } from './context.js';
import { baseRel, caseOf, childRel, headOf, isVerbal, kidsOf, markOf, relOf, sentenceTree, spanHead, type Tree, uposOf } from './tree.js';

/** A trigger after frame resolution: what it codes and which later trigger it swallowed as complement. */
interface InnerAction { type: string; cameo: string; refrain: boolean; first: number; last: number }

interface Resolved {
  match: Match;
  code: string | null;
  override: { type: string; mode: string | null } | null;
  action: InnerAction | null;
  complement: Resolved | null;
  consumed: boolean;
  /** The nominal trigger a weak verb took its code from ("a missile strike on Kyiv killed …"). */
  adopted?: Resolved;
}

const GENERIC_FORCE = new Set(['180', '190', '1823', '182', '183', '1712']);
const OF_IS_ACTOR = new Set(['CONSULT', 'RETREAT', 'PROTEST', 'MOBILIZE', 'CONCEDE']);
const FROM_IS_ACTOR = new Set(['ASSAULT', 'ACCUSE', 'THREATEN', 'AID', 'SUPPORT', 'REQUEST', 'PROTEST', 'COERCE']);

export interface CoderOptions {
  /** Keep events whose actor and recipient are both unknown (headline classification); off in the product. */
  keepUnattributed?: boolean;
  /** Resolve pronouns to actors named earlier (../actors/coref.ts); on unless false (to measure what it adds). */
  coreference?: boolean;
}

export function codeEvents(doc: Document, options: CoderOptions = {}): EventRecord[] {
  const tokens = parsedTags(doc.layers.tokens ?? [], doc.layers.deps);
  const sentences = doc.layers.sentences ?? [];
  // pronouns resolved to an actor named earlier ("He agreed …" -> Putin) join the actor mentions
  const resolved = options.coreference === false ? [] : resolvePronouns(doc);
  const bySentence = groupBySentence(resolved.length ? [...(doc.layers.actors ?? []), ...resolved] : doc.layers.actors ?? [], sentences.length);
  const timesBySentence = groupBySentence(doc.layers.times ?? [], sentences.length);
  const out: EventRecord[] = [];
  let s0 = 0;
  for (let s = 0; s < sentences.length; s++) {
    while (s0 < tokens.length && tokens[s0]!.sentence < s) s0++; // tokens outside every sentence span
    let s1 = s0;
    while (s1 < tokens.length && tokens[s1]!.sentence === s) s1++;
    if (s1 > s0) out.push(...codeSentence(doc, tokens, s, s0, s1, bySentence[s] ?? [], timesBySentence[s] ?? [], options));
    s0 = s1;
  }
  const partyless = new Map<EventRecord, string | null>();
  for (const e of out) if (PARTYLESS.has(e)) partyless.set(e, PARTYLESS.get(e)!);
  const kb = loadKnowledge();
  return options.keepUnattributed ? out : impliedParties(out, partyless, (code) => kb.countryNames.has(code));
}

/**
 * The tokens with the parser's own part of speech where the sentence was parsed: the tagger trained here reads
 * "the army chief warned India" or a sentence-initial "Strikes hit Kyiv" better than the tokenizer's tagger does,
 * and the trigger lexicon's verb and noun uses should follow the tree they are read from.
 */
function parsedTags(tokens: readonly Token[], deps: Document['layers']['deps']): readonly Token[] {
  if (!deps || deps.length !== tokens.length) return tokens;
  let out: Token[] | null = null;
  const withSubject = new Set<number>();
  for (const d of deps) if (d.rel === 'nsubj' || d.rel === 'nsubj:pass') withSubject.add(d.head);
  for (let k = 0; k < tokens.length; k++) {
    const upos = deps[k]!.upos;
    const pos = tokens[k]!.pos;
    // a verb read as an adjective or a name, a noun read as an adjective ("the army chief"); not noun/verb
    // readings of words like "talks" and "strikes", nor a capital opening a sentence, where neither tagger is the surer;
    // but a verb with its own subject in the tree and no plural -s ("air defences shot down …") is a verb
    const opening = k === 0 || tokens[k - 1]!.sentence !== tokens[k]!.sentence;
    const subjectVerb = upos === 'VERB' && pos === 'NOUN' && !opening && withSubject.has(k) && !tokens[k]!.norm.endsWith('s');
    if (!subjectVerb && !(upos === 'VERB' && (pos === 'ADJ' || (pos === 'PROPN' && !opening))) && !(upos === 'NOUN' && pos === 'ADJ')) continue;
    out ??= tokens.slice();
    out[k] = { ...tokens[k]!, pos: upos };
  }
  return out ?? tokens;
}

function groupBySentence<T extends { sentence: number }>(items: readonly T[], n: number): T[][] {
  const out: T[][] = new Array(n);
  for (const it of items) (out[it.sentence] ??= []).push(it);
  return out;
}

export function findMatches(tokens: readonly Token[], s0: number, s1: number, text?: string): Match[] {
  const lex = lexicon();
  const found: Match[] = [];
  for (let k = s0; k < s1; k++) {
    const m = matchFrom(lex, tokens, k, s0, s1, text);
    if (!m) continue;
    const own = m.entry.cameo;
    if (own && !m.entry.frame && m.entry.gaps.some(Boolean)) {
      for (let j = m.first + 1; j <= m.last; j++) {
        const inner = matchAt(lex, tokens, j, m.last + 1);
        const code = inner?.entry.cameo;
        if (inner && code && !inner.entry.frame && code.slice(0, 2) === own.slice(0, 2) && code.length >= own.length && code !== own && inner.last === m.last) {
          m.refined = { cameo: code, override: inner.entry.override };
          break;
        }
      }
    }
    found.push(m);
    k = m.last;
  }
  return found;
}

/** Whether findMatches would find a match in tokens [s0, s1): the same test, stopping at the first. */
export function hasMatch(tokens: readonly Token[], s0: number, s1: number, text?: string): boolean {
  const lex = lexicon();
  for (let k = s0; k < s1; k++) if (matchFrom(lex, tokens, k, s0, s1, text)) return true;
  return false;
}

/** The match findMatches keeps at token k of the sentence [s0, s1), if any. */
function matchFrom(lex: Lexicon, tokens: readonly Token[], k: number, s0: number, s1: number, text?: string): Match | null {
  if (k > s0 && tokens[k - 1]!.norm === 'in' && cues().fixedAfterIn.has(tokens[k]!.norm)) return null;
  let m = matchAt(lex, tokens, k, s1, text);
  // a long pattern that spans too much falls back to a shorter one ("provide … food security" -> "provide")
  while (m && m.last > k && (blockedGap(tokens, m) || modifierOfCompound(tokens, m, s1))) m = matchAt(lex, tokens, k, m.last, text);
  if (!m || notAnEvent(tokens, m, s1, s0) || blockedGap(tokens, m) || modifierOfCompound(tokens, m, s1)) return null;
  return m;
}

/**
 * "ease the impact of sanctions", "lift the threat of an embargo": a gapped pattern across such a word is no event;
 * nor a gapped object across an infinitive ("gives the order to launch weapons": the weapons are the launching's).
 */
function blockedGap(tokens: readonly Token[], m: Match): boolean {
  if (m.last - m.first < 2 || !m.entry.gaps.some(Boolean)) return false;
  const blockers = cues().gapBlockers;
  const objectAfterGap = tokens[m.last]!.pos === 'NOUN' || tokens[m.last]!.pos === 'PROPN';
  for (let k = m.first + 1; k < m.last; k++) {
    if (blockers.has(tokens[k]!.lemma)) return true;
    if (objectAfterGap && tokens[k]!.norm === 'to' && tokens[k]!.pos === 'PART' && tokens[k + 1]?.pos === 'VERB') return true;
  }
  return false;
}

/** "provide … food security", "send … aid workers": a gapped pattern's last word modifying the noun after it. */
function modifierOfCompound(tokens: readonly Token[], m: Match, end: number): boolean {
  if (!m.entry.gaps[m.entry.gaps.length - 1] || m.last + 1 >= end) return false;
  const next = tokens[m.last + 1]!;
  return next.pos === 'NOUN' && cues().compoundHeads.has(next.lemma);
}

const REPORTING_USE = new Set(['charge', 'allege']);
const TIME_AFTER = new Set(['on', 'yesterday', 'today', 'tonight', 'last', 'this', 'late', 'earlier', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * "released a statement", "launched a website": a single-word verb trigger whose object makes it no event.
 * "the alleged abuses", "its banned wing", "of alleged war crimes": an attributive participle names a state
 * or someone else's claim, not an event of this sentence.
 */
function notAnEvent(tokens: readonly Token[], m: Match, end: number, start: number): boolean {
  if (m.last !== m.first) return false;
  const head = tokens[m.first]!;
  const prev = m.first > start ? tokens[m.first - 1]! : null;
  const next = m.first + 1 < end ? tokens[m.first + 1]! : null;
  // "…, a human rights group charged on Saturday": an inverted reporting clause with no object
  if (head.pos === 'VERB' && REPORTING_USE.has(head.lemma) && (!next || next.pos === 'PUNCT' || TIME_AFTER.has(next.norm))) {
    for (let k = m.first - 1; k >= start && k >= m.first - 8; k--) {
      if (tokens[k]!.norm === ',') return true;
      if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') break;
    }
  }
  if ((head.pos === 'VERB' || head.pos === 'ADJ') && head.norm.endsWith('ed') && prev && next && (next.pos === 'NOUN' || next.pos === 'ADJ') &&
    (prev.pos === 'DET' || prev.norm === 'of' || cues().possessivePronouns.has(prev.norm) || cues().possessive.has(prev.norm))) return true;
  // "Jordan's visiting king", "the attacking forces"
  if (head.pos === 'VERB' && head.norm.endsWith('ing') && prev && next && (next.pos === 'NOUN' || next.pos === 'PROPN') &&
    (cues().possessivePronouns.has(prev.norm) || cues().possessive.has(prev.norm) || prev.norm === 'the')) return true;
  if (subjectReducedRelative(tokens, m.first, start, end)) return true;
  if (cues().enablingVerbs.has(head.lemma) && enablesVerb(tokens, m.first + 1, end)) return true; // "to help train troops" (tagged a noun)
  // "keep fighting to bring him home", "battling to save the harvest": striving, not combat
  if (cues().strivingVerbs.has(head.lemma) && next?.norm === 'to' && tokens[m.first + 2]?.pos === 'VERB' && m.first + 2 < end) return true;
  const objects = cues().notEventObjects.get(tokens[m.first]!.lemma);
  if (!objects) return false;
  for (let k = m.first + 1; k < end && k <= m.first + 4; k++) {
    const t = tokens[k]!;
    if (objects.has(t.lemma) || objects.has(t.norm)) return true;
    if (t.pos === 'PUNCT' || t.pos === 'VERB') break;
  }
  return false;
}

/** Tokens [from, to] form a plain noun phrase (determiners, adjectives, numbers, nouns): a verb's object. */
function objectNounPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let k = from; k <= to; k++) if (!['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(tokens[k]!.pos)) return false;
  return true;
}

const RELATIVE_PREPS = new Set(['in', 'near', 'at', 'from', 'on', 'during', 'across', 'around', 'along', 'inside', 'outside', 'since', 'into', 'under', 'off']);

/**
 * "Troops fighting in the east were …", "guns captured near the border are …", "displayed tanks captured near
 * X": a participle right after the subject noun (before the clause's own verb) or right after a verb's object
 * modifies that noun (a reduced relative); it is no event of the sentence, and the roles a verb would take
 * from around it are wrong.
 */
function subjectReducedRelative(tokens: readonly Token[], i: number, start: number, end: number): boolean {
  const head = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (i <= start || !prev || !next || i + 1 >= end || head.pos !== 'VERB' || !/(ing|ed|en)$/.test(head.norm)) return false;
  if ((prev.pos !== 'NOUN' && prev.pos !== 'PROPN') || !RELATIVE_PREPS.has(next.norm)) return false;
  // "street fighting in X had …" is a compound noun naming the event; "troops fighting in X" a relative
  if (head.norm.endsWith('ing') && prev.pos === 'NOUN' && prev.norm === prev.lemma) return false;
  // a verb before the noun in its clause makes the noun its object ("displayed tanks captured near X");
  // a reporting verb opens a new clause ("said troops fighting near X were …")
  for (let k = i - 2; k >= start; k--) {
    const t = tokens[k]!;
    if (t.norm === ',' || t.norm === ';' || t.norm === ':' || t.pos === 'SCONJ' || t.norm === 'that') break;
    if (t.pos === 'VERB' && cues().reporting.has(t.lemma)) break;
    if (t.pos === 'VERB') return objectNounPhrase(tokens, k + 1, i - 1);
    if (t.pos === 'AUX') return false;
  }
  // … and the clause's own finite verb follows the prepositional phrase
  for (let k = i + 2; k < end && k <= i + 12; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX') return true;
    if (t.pos === 'VERB') return !t.norm.endsWith('ing') && tokens[k - 1]!.norm !== 'to' && tokens[k - 1]!.pos !== 'CCONJ';
    if ((t.pos === 'PUNCT' && t.norm !== '-') || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'PRON') return false;
  }
  return false;
}

/** "helped Ukraine repair the grid", "helped to broker": a bare verb within a few words, before any punctuation. */
function enablesVerb(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end && k <= from + 4; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'ADP' || t.pos === 'SCONJ') return false;
    if (t.pos === 'VERB') return t.norm === t.lemma;
    // the tagger reads "helped broker the deal" as a noun: a bare noun followed by its own object is the verb
    const next = tokens[k + 1];
    if (t.pos === 'NOUN' && t.norm === t.lemma && next && k + 1 < end && (next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'PROPN' || (next.pos === 'NOUN' && next.norm !== next.lemma))) return true;
  }
  return false;
}

export function codeSentence(doc: Document, tokens: readonly Token[], s: number, s0: number, s1: number,
  mentions: Document['layers']['actors'] & object, times: readonly TimeMention[], options: CoderOptions): EventRecord[] {
  const matches = findMatches(tokens, s0, s1, doc.text);
  if (!matches.length && !someVerb(doc.layers.deps, tokens, s0, s1) && !mayName(tokens, s0, s1) && !(doc.layers.deps && hasUseVerb(tokens, s0, s1))) return [];
  const covered = new Set<number>();
  for (const m of matches) for (let k = m.first; k <= m.last; k++) covered.add(k);
  const view = sentenceView(tokens, s0, s1, mentions, covered);
  view.tree = sentenceTree(doc.layers.deps, tokens, s0, s1);
  const own = matches.filter((m) => !insideName(view, m, doc.text));
  const resolved = resolveFrames(view, view.tree ? withWeaponUse(view, view.tree, withNamingVerbs(view, view.tree, withDictionaryVerbs(view, view.tree, own, covered), covered), covered) : own);
  // (a frame over a complement in the wrong sense has nothing to frame: "planned to shoot a film" threatens no one)
  if (view.tree) for (const r of resolved) if (r.code && (wrongSense(view, view.tree, r) || (r.complement?.code && wrongSense(view, view.tree, r.complement)))) r.code = null;
  adoptNominals(view, resolved);
  consumeSubordinate(view, resolved);
  if (view.tree) argumentsOfOthers(view, view.tree, resolved);
  const timed = (k: number) => namesDay(tokens[k]!.norm) || times.some((tm) => tm.start <= tokens[k]!.start && tokens[k]!.end <= tm.end);
  let live = resolved.filter((r) => !r.consumed && r.code && !modifierOrTopic(view, r, resolved, timed) && !background(view, r));
  // "has been accused of looting": the looting is coded (reported, by the accused); no accusation by nobody
  const tree = view.tree;
  if (tree) {
    const contentOf = new Set(live.map((r) => unattributedAllegationOf(tree, headIn(tree, r))).filter((k) => k >= 0));
    if (contentOf.size) live = live.filter((r) => !contentOf.has(headIn(tree, r)));
  }
  const events: EventRecord[] = [];
  for (const r of live) {
    if (r.match.entry.agent) {
      const clause = view.clause[r.match.first - view.start];
      if (live.some((o) => o !== r && !o.match.entry.agent && view.clause[o.match.first - view.start] === clause)) continue;
    }
    const built = buildEvents(doc, view, r, s, times, options);
    // "demanded the return of property seized by …": a reduced relative after the news is background
    if (reducedRelative(view, r, live)) for (const e of built) e.confidence = Math.round(Math.max(0.05, e.confidence - 0.15) * 100) / 100;
    events.push(...built);
  }
  return dedupe(events);
}

/**
 * "since Russia's full-scale invasion", "the invasion of Ukraine has displaced millions": nouns naming a
 * long-running situation (invasion, occupation, annexation) are background unless a verb makes them the news
 * ("launched an invasion"). Coding them would add an event dated to the publication day for every article
 * that recalls the war, the best-known source of GDELT's false positives (Beieler 2013, "Noise in GDELT").
 * Likewise "Russian propaganda", "a disinformation campaign" characterise what someone says; only a verb
 * ("spread disinformation", "launched a disinformation campaign") makes that an act.
 */
function background(view: SentenceView, r: Resolved): boolean {
  const { first, last, entry } = r.match;
  if (entry.frame) return false;
  const head = view.tokens[first]!;
  if (head.pos === 'VERB') return lastingState(view, first);
  const c = cues();
  // the head noun: the last word before a trailing preposition ("war against" -> war; "war crimes" -> crimes)
  let h = last;
  while (h > first && (view.tokens[h]!.pos === 'ADP' || view.tokens[h]!.pos === 'DET')) h--;
  const situation = c.backgroundNouns.has(view.tokens[h]!.lemma);
  // "a disinformation campaign" names an operation, an act; bare "disinformation" a kind of speech
  if (!situation && !(last === first && c.characterNouns.has(head.lemma))) return false;
  // "misinformation aimed at the election": directed at someone, the noun names an operation
  let k = last + 1;
  while (k < view.end && QUOTES.has(view.tokens[k]!.norm)) k++;
  if (k < view.end && DIRECTED.has(view.tokens[k]!.norm)) return false;
  return lightVerbOf(view, first) < 0;
}

const PERFECT_OR_PASSIVE = new Set(['has', 'have', 'had', 'been', 'was', 'were', 'is', 'are', 'being', 'still', 'remain', 'remains', 'remained']);
const DURATION = new Set(['since', 'for']);

/**
 * "has been occupied by Russian forces since March", "was occupied by France for 132 years", "land still
 * occupied by Japan", "territories occupied by Russia": a state verb in the perfect or passive with a
 * duration, or as a participle after its noun, describes a lasting state, not a new act.
 */
function lastingState(view: SentenceView, first: number): boolean {
  const t = view.tokens;
  if (!cues().stateVerbs.has(t[first]!.lemma) || !/(ed|ing)$/.test(t[first]!.norm)) return false;
  const prev = first > view.start ? t[first - 1]! : null;
  if (prev && t[first]!.norm.endsWith('ed') && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && t[first + 1]?.norm === 'by' && view.mentionAt[first - 1 - view.start]! < 0) return true;
  let aux = false;
  for (let k = first - 1; k >= view.start && k >= first - 3; k--) {
    if (PERFECT_OR_PASSIVE.has(t[k]!.norm)) { aux = true; if (t[k]!.norm === 'still') return true; }
    else if (t[k]!.pos !== 'ADV' && t[k]!.pos !== 'AUX') break;
  }
  if (!aux) return false;
  const clause = view.clause[first - view.start];
  for (let k = first + 1; k < view.end && k <= first + 10; k++) {
    if (t[k]!.pos === 'PUNCT') break;
    if (!DURATION.has(t[k]!.norm)) { if (view.clause[k - view.start] !== clause) break; continue; } // "since" opens its own clause
    if (lasting(t, k)) return true;
  }
  // "For decades, Israel has occupied …": the duration may open the sentence
  for (let k = view.start; k < first - 1; k++) if (DURATION.has(t[k]!.norm) && lasting(t, k)) return true;
  return false;
}

/** "since …", "for 132 years", "for decades": a duration at token `k`. */
function lasting(t: readonly Token[], k: number): boolean {
  const n = t[k + 1];
  return t[k]!.norm === 'since' || (!!n && (n.pos === 'NUM' || n.norm === 'decades' || n.norm === 'years' || n.norm === 'centuries' || n.norm === 'months'));
}

const DIRECTED = new Set(['aimed', 'targeting', 'directed', 'against']);
const QUOTES = new Set(["'", '"', '“', '”', '‘', '’', '``', "''"]);

/** "the Trade Minister", "the Aid Agency": a one-word trigger inside an actor's name, before an office word. */
function insideName(view: SentenceView, m: Match, text: string): boolean {
  const i = view.mentionAt[m.first - view.start]!;
  if (i < 0) return false;
  const ref = view.mentions[i]!;
  // "the Federal Bureau of Investigation", "Russia's Investigative Committee": a word of an organisation's name
  if ((ref.m.kind === 'organisation' || ref.m.kind === 'group') && ref.last > ref.first && m.last <= ref.last && !titleCase(view, text)) return true;
  if (m.last !== m.first) return false; // title-case headlines run names into whole phrases
  // title-case headlines run names into verbs ("Spain Leader Criticizes …"): only an office word after it counts
  const next = view.tokens[m.last + 1];
  if (ref.last <= m.last || !next) return false;
  const agents = cues().agentNouns;
  return agents.has(next.lemma) || agents.has(next.norm.replace(/s$/, ''));
}

/** A headline in Title Case, where name matches can run into verbs ("Protest Leaders Call For Strike"). */
function titleCase(view: SentenceView, text: string): boolean {
  let words = 0;
  let upper = 0;
  for (let k = view.start; k < view.end; k++) {
    const t = view.tokens[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'NUM' || t.pos === 'SYM') continue;
    words++;
    const c = text[t.start] ?? '';
    if (c >= 'A' && c <= 'Z') upper++;
  }
  return words >= 3 && upper / words > 0.6;
}

/** A past participle right after a noun ("property seized by", "the curfew imposed in"), with an earlier event. */
function reducedRelative(view: SentenceView, r: Resolved, live: Resolved[]): boolean {
  const head = view.tokens[r.match.first]!;
  const prev = view.tokens[r.match.first - 1];
  if (head.pos !== 'VERB' || !head.norm.endsWith('ed') || !prev || r.match.first <= view.start) return false;
  if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') return false;
  return live.some((o) => o !== r && o.match.last < r.match.first - 1);
}

/**
 * A single-word nominal trigger that modifies another noun ("truce monitors", "aid workers") or is the topic
 * of an earlier event ("talks on a troop pullback", "a meeting over the attacks") codes nothing itself.
 */
function modifierOrTopic(view: SentenceView, r: Resolved, all: Resolved[], timed: (k: number) => boolean = () => false): boolean {
  const { first, last, entry } = r.match;
  const head = view.tokens[first]!;
  if (entry.frame) return false;
  const before = first > view.start ? view.tokens[first - 1] : undefined;
  // "over the border shelling": a gerund after a determiner or noun is a noun (the tagger calls it a verb)
  const nominalGerund = head.pos === 'VERB' && head.norm.endsWith('ing') && !!before && ['DET', 'ADJ', 'NOUN'].includes(before.pos);
  if (head.pos === 'VERB' && !nominalGerund) {
    // "since invading Ukraine, Russia has lost …": a gerund after "since" dates the start of a period, background
    if (head.norm.endsWith('ing') && before?.norm === 'since') return true;
    // "arrested for collaborating with Israel": a gerund after "for" is the reason for the earlier event
    return head.norm.endsWith('ing') && before?.norm === 'for' && all.some((o) => o !== r && o.match.last < first - 1 && o.code && !o.consumed);
  }
  // "following the invasion of Dagestan", "since last month's U.S. invasion": background, not the news
  for (let k = first - 1; k >= view.start && k >= first - 6; k--) {
    const t = view.tokens[k]!;
    if (cues().temporal.has(t.norm)) return !(view.tree && t.norm !== 'since' && ownArguments(view, view.tree, headIn(view.tree, r)));
    // "since the start of Moscow's military operation", "in the first days of the invasion": a phase of the event
    if (t.norm === 'of' && k - 1 >= view.start && cues().phase.has(view.tokens[k - 1]!.norm)) { k--; continue; }
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART'].includes(t.pos) && t.norm !== '-' && view.mentionAt[k - view.start]! < 0) break;
  }
  const next = view.tokens[last + 1];
  const c = cues();
  // "truce monitors", "the war crimes court": the trigger's last noun modifies the noun after it
  const lastTok = view.tokens[last]!;
  if ((lastTok.pos === 'NOUN' || lastTok.pos === 'PROPN') && (last === first || entry.pos === 'n') && next && last + 1 < view.end && next.pos === 'NOUN' && (view.mentionAt[last + 1 - view.start]! < 0 || view.mentionAt[last + 1 - view.start] === view.mentionAt[last - view.start]) && (c.modifiedNouns.has(next.lemma) || c.agentNouns.has(next.lemma))) return true;
  // "infantry fighting vehicles", "armed fighting units": a participle inside a noun phrase, before the noun it describes
  if (last === first && lastTok.norm.endsWith('ing') && before && ['NOUN', 'ADJ', 'DET'].includes(before.pos) && next && last + 1 < view.end && next.pos === 'NOUN' && c.modifiedNouns.has(next.lemma)) return true;
  // "the EU aid package delay", "the invasion anniversary": an event noun the tree makes a modifier of another noun
  if (view.tree && entry.pos !== 'v') {
    const h = headIn(view.tree, r);
    // "a $400 million security assistance package": a container of events is no modifier; the phrase it heads may be
    let up = headOf(view.tree, h);
    if (up > last && c.containers.has(view.tokens[up]!.lemma) && relOf(view.tree, up) === 'compound') up = headOf(view.tree, up);
    else if (up > last && c.containers.has(view.tokens[up]!.lemma)) up = -1;
    // (inside a noun phrase, after its determiner or modifier; not people: "soldiers rape women" misparsed as one
    // noun phrase is still an attack)
    const opener = before ? before.pos : '';
    // (nor a time word the parse took for the noun: "started a hunger strike yesterday")
    if (relOf(view.tree, h) === 'compound' && up > last && view.tokens[up]!.pos === 'NOUN' && !agentSectorOf(view.tokens[up]!.norm) && !timed(up)
      && ['DET', 'ADJ', 'PROPN', 'NUM', 'PART'].includes(opener)
      && !all.some((o) => o !== r && o.match.first <= up && up <= o.match.last)) return true;
  }
  for (let k = first - 1; k >= view.start && k >= first - 4; k--) {
    const t = view.tokens[k]!;
    // the topic of talk, demands or accusations; not the place of an arrest ("jailed activist on hunger strike")
    if (c.topic.has(t.norm)) return all.some((o) => o !== r && o.match.last < k && o.code && !o.consumed && [1, 3].includes(cameoInfo(o.code)?.quad ?? 0));
    // "an investigation of alleged war crimes", "accusations of genocide": what is investigated or alleged
    // (not when nobody is named as the accuser: "has been accused of looting" codes the looting, allegations.ts)
    if (t.norm === 'of') return all.some((o) => o !== r && o.match.last === k - 1 && o.code && !o.consumed && /^(09|11)/.test(o.code) && !(view.tree && unattributedAllegation(view.tree, headIn(view.tree, o))));
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'NUM' && t.norm !== '-') break;
  }
  return false;
}

/**
 * A purpose infinitive or a trailing participle after another event in its clause describes that event
 * ("staged a hunger strike to demand …", "opened fire to disperse …", "demonstrated …, calling for …").
 */
const SPEECH_ACTS: ReadonlySet<string> = new Set(['appeal', 'demand', 'threaten', 'intent', 'reject']);

/**
 * A trigger of speech by its subject ("urging", "warning", "refusing"), not a failure ("failing to capture"), nor a
 * participle hung on a passive, whose subject is not the speaker ("has been sent a letter, threatening …"), or on a
 * verb with no subject in the parse.
 */
function speechAct(view: SentenceView, r: Resolved): boolean {
  if (!SPEECH_ACTS.has(r.match.entry.frame ?? '') || cues().failing.has(view.tokens[r.match.first]!.lemma)) return false;
  const t = view.tree;
  const up = t ? headOf(t, headIn(t, r)) : -1;
  // (the act it follows names its subject, whose act this is too)
  return !t || (up >= 0 && !markedPassive(t, up) && childRel(t, up, 'nsubj') >= 0);
}

function consumeSubordinate(view: SentenceView, res: Resolved[]): void {
  for (let i = 1; i < res.length; i++) {
    const r = res[i]!;
    if (r.consumed || !r.code) continue;
    const first = r.match.first;
    const prev = view.tokens[first - 1];
    const head = view.tokens[first]!;
    const purpose = prev?.norm === 'to' && prev.pos === 'PART';
    const participle = head.pos === 'VERB' && head.norm.endsWith('ing') && prev?.norm === ',';
    // "demonstrated in Kirkuk calling for independence": a bare participle after a protest states its goal
    const bare = head.pos === 'VERB' && head.norm.endsWith('ing') && !!prev && prev.norm !== ',' && !cues().be.has(prev.norm) &&
      !['AUX', 'DET', 'ADP', 'PART', 'PRON', 'CCONJ'].includes(prev.pos) && (r.match.entry.frame === 'demand' || r.match.entry.frame === 'appeal');
    if (!purpose && !participle && !bare) continue;
    const clause = view.clause[first - view.start];
    const main = bare
      ? res.slice(0, i).find((o) => !o.consumed && o.code && o.match.last < first && /^14/.test(o.code) && first - o.match.last <= 12)
      : res.slice(0, i).find((o) => !o.consumed && o.code && o.match.last < first - 1 && view.clause[o.match.first - view.start] === clause);
    if (!main) continue;
    // "condemned the strike, calling for a ceasefire", "imposed sanctions, warning that …": an appeal, demand, threat,
    // pledge or refusal after the comma is a second act of the subject (after a protest it is the protest's aim)
    if (participle && speechAct(view, r) && !/^14/.test(main.code ?? '')) continue;
    // "repelled Russian attempts to capture X": force met by force; the attempted capture is an event of its own
    if (purpose && attemptNounBefore(view, first) >= 0 && forceCode(r.code) && forceCode(main.code)) continue;
    r.consumed = true;
    // "staged a hunger strike to demand the president's resignation": CAMEO 1421, protest for leadership change
    const kind = r.match.entry.frame;
    if ((kind === 'demand' || kind === 'appeal') && main.code && /^14[1-5]$/.test(main.code)) {
      const wanted = r.action?.cameo ?? '';
      main.code = main.code + (wanted.startsWith('0831') || wanted.startsWith('0341') ? '1' : '2');
    }
  }
}

/** Coercion and force: CAMEO 17-20. */
function forceCode(code: string | null): boolean {
  return !!code && Number(code.slice(0, 2)) >= 17;
}

const WEAK_VERBS = new Set(['180', '190', '1823', '182', '042', '070', '1712']);

/**
 * "Drone strikes killed two", "hackers targeted the network", "aid arrived in X": a weak verb whose subject
 * or "by" phrase holds a more specific nominal trigger takes that trigger's code (and keeps its own roles).
 */
function adoptNominals(view: SentenceView, res: Resolved[]): void {
  for (const r of res) {
    if (r.consumed || r.match.entry.frame || !r.code || !WEAK_VERBS.has(r.match.entry.cameo ?? '')) continue;
    if (view.tokens[r.match.first]!.pos !== 'VERB') continue;
    const clause = view.clause[r.match.first - view.start];
    for (const o of res) {
      if (o === r || o.consumed || o.match.entry.frame || !o.code) continue;
      const before = o.match.last < r.match.first && r.match.first - o.match.last <= 4;
      // "killed three in a gunbattle", "were killed in an air strike": the means named after the verb
      const means = o.match.first > r.match.last && o.match.first - r.match.last <= 8 && hasMeansPrep(view, r.match.last + 1, o.match.first);
      const byAfter = o.match.first > r.match.last && o.match.first - r.match.last <= 4 && view.tokens[r.match.last + 1]?.norm === 'by';
      // "provided humanitarian aid": a generic giving verb takes the kind of aid from its object
      const object = r.match.entry.cameo === '070' && o.match.first > r.match.last && o.match.first - r.match.last <= 4 && o.code.startsWith('07');
      if (r.match.entry.cameo === '070' && !object) continue;
      if (object) { r.code = o.code; r.override = o.override; o.consumed = true; break; }
      // ("sanctions that targeted the economy": the antecedent of the relative pronoun subject, in the clause above)
      const pronoun = o.match.last + 2 === r.match.first ? view.tokens[o.match.last + 1]!.norm : '';
      const relative = cues().relative.has(pronoun) || pronoun === 'that';
      if ((!before && !byAfter && !means) || (view.clause[o.match.first - view.start] !== clause && !relative)) continue;
      if (view.tokens[o.match.first]!.pos === 'VERB') continue;
      const quad = cameoInfo(o.code)?.quad ?? 1;
      if (quad < 2 && !o.match.entry.agent) continue;
      if (r.match.entry.cameo === '042' && quad === 4) continue;
      r.code = o.code; r.override = o.override; o.consumed = true; r.adopted = o;
      break;
    }
  }
}

function hasMeansPrep(view: SentenceView, from: number, to: number): boolean {
  for (let k = to - 1; k >= from && k >= to - 3; k--) {
    const t = view.tokens[k]!;
    if (t.norm === 'in' || t.norm === 'with' || t.norm === 'during') return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NOUN') return false;
  }
  return false;
}

/** Right to left, so that nested frames ("pledged to refrain from attacks") resolve inside out. */
function resolveFrames(view: SentenceView, matches: Match[]): Resolved[] {
  const lex = lexicon();
  const res: Resolved[] = matches.map((match) => ({ match, code: null, override: match.entry.override, action: null, complement: null, consumed: false }));
  for (let i = res.length - 1; i >= 0; i--) {
    const r = res[i]!;
    const e = r.match.entry;
    if (!e.frame) {
      r.code = r.match.refined?.cameo ?? e.cameo;
      if (r.match.refined) r.override = r.match.refined.override;
      if (r.code && GENERIC_FORCE.has(r.code)) {
        const clause = view.clause[r.match.first - view.start]!;
        if (view.tokens[r.match.first]!.lemma === 'strike' && labourContext(view, clause)) { r.code = '143'; continue; }
        let from = r.match.first - 6;
        while (from < view.start || view.clause[from - view.start] !== clause) from++;
        const inst = findInstrument(lex, view.tokens, from, Math.min(view.end, r.match.last + 8));
        if (inst && (r.code !== '1712' || Number(inst.cameo.slice(0, 2)) >= 19)) { r.code = inst.cameo; r.override = inst.override; }
      }
      continue;
    }
    // "sought to retake Kherson", "is seeking to leave": trying is no appeal; an attempted act is its own event
    if (attemptBeforeInfinitive(view, r)) continue;
    let comp = complementOf(view, res, i);
    // "warned that if its cities were struck, …": the condition's event is no complement of the warning
    if (comp && e.frame === 'threaten' && view.tree && insideCondition(view.tree, headIn(view.tree, comp), headIn(view.tree, r))) comp = null;
    // ("suspended the agreement": an agreement word that codes nothing alone is what is stopped, below)
    if (comp && e.frame === 'stop' && !comp.code && stopsAgreement(view, r.match)) comp = null;
    if (comp) {
      comp.consumed = true;
      r.complement = comp;
      const inner = comp.code;
      const action = comp.action ?? plainAction(comp);
      if (e.frame === 'stop' || e.frame === 'refrain') {
        // "stopped short of claiming responsibility for the attack": refraining from a frame (a claim, an order) is
        // not refraining from the act inside it (stopping one is: "suspended plans to impose curfews")
        r.code = inner && !(e.frame === 'refrain' && comp.complement) ? reverse(e.frame, inner) : null;
        r.action = action ? { ...action, refrain: true } : null;
      } else if (e.frame === 'reject' && inner && renewal(view, r.match.last + 1, comp.match.first)) {
        // "failed to renew sanctions", "refused to extend the curfew": letting a measure lapse ends it
        r.code = reverse('stop', inner) ?? compose('reject', inner);
        r.action = action;
      } else if (e.frame === 'appeal' && inner && coercive(inner) && view.tokens[r.match.first]!.pos === 'VERB' && !addressee(view, r.match.last + 1, comp.match.first)) {
        // "called for sanctions against Nigeria": calling on no one in particular to act against X rallies
        // opposition against X (CAMEO 113, the manual's own example); "urged the EU to impose …" stays an appeal
        r.code = '113';
        r.action = action;
      } else if (e.frame === 'deny') {
        r.code = null;
        comp.consumed = false;
      } else {
        r.code = inner ? (compose(e.frame, inner) ?? e.cameo) : e.cameo;
        r.action = action;
        if (e.frame === 'oblige' && !inner) comp.consumed = true;
      }
      // "stopped short of imposing sanctions", "refrained from criticising": what is refrained from did not happen,
      // even when refraining from it codes nothing
      if (!r.code && e.frame !== 'deny' && e.frame !== 'refrain') comp.consumed = false;
    } else {
      // "declined the invitation", "vetoed the resolution": a rejecting word with a proposal for object needs no clause;
      // "warned that if X …, Russia would use all means": a warning of what follows a condition is a threat
      // "pressed Xi to play a constructive role": an appeal to a party to act, even an act that codes nothing (appeals.ts)
      // "warned that if X …, Russia would use all means", "… that Russian troops will be annihilated if …": a warning of
      // what follows a condition is a threat (warnings.ts), and what it threatens is no event of its own
      const consequence = e.frame === 'threaten' && view.tree ? threatenedConsequence(view, view.tree, headIn(view.tree, r)) : -1;
      if (consequence >= 0) {
        const threatened = res.find((o) => o !== r && o.match.first <= consequence && consequence <= o.match.last);
        if (threatened) { threatened.consumed = true; r.action = plainAction(threatened); }
      }
      // "suspended the visa agreement with Russia": stopping an agreement reduces relations (agreements.ts)
      if (e.frame === 'stop' && stopsAgreement(view, r.match)) { r.code = REDUCE_RELATIONS; continue; }
      r.code = e.needsComplement && !(e.frame === 'reject' && rejectsProposal(view, r)) && consequence < 0
        && !(e.frame === 'appeal' && askedToAct(view, r.match)) ? null : e.cameo;
    }
  }
  return res;
}

/** "seeking to annex", "sought to retake": a verb of trying before a to-infinitive (not "seeking aid"). */
function attemptBeforeInfinitive(view: SentenceView, r: Resolved): boolean {
  const head = view.tokens[r.match.first]!;
  if (r.match.first !== r.match.last || head.pos !== 'VERB' || !cues().attemptVerbs.has(head.lemma)) return false;
  const k = r.match.last + 1;
  return k + 1 < view.end && view.tokens[k]!.norm === 'to' && view.tokens[k + 1]!.pos === 'VERB';
}


/** The trigger verb's object is something proposed or asked for ("declined our aspirations", "vetoed the motion"). */
function rejectsProposal(view: SentenceView, r: Resolved): boolean {
  const t = view.tree;
  if (!t) return false;
  const k = headIn(t, r);
  if (!isVerbal(t, k)) return false;
  const o = childRel(t, k, 'obj');
  return o >= 0 && cues().proposals.has(t.tokens[o]!.lemma);
}

/** Protest, sanctions, coercion and force (CAMEO 14, 16-20); not deployments (15), which may protect. */
function coercive(code: string): boolean {
  const root = Number(code.slice(0, 2));
  return root === 14 || root >= 16;
}

/** An actor named between a frame word and its complement ("urged the EU to impose …"). */
function addressee(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (view.mentionAt[k - view.start]! >= 0) return true;
  return false;
}

const RENEWAL = new Set(['renew', 'extend', 'prolong']);

function renewal(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (RENEWAL.has(view.tokens[k]!.lemma)) return true;
  return false;
}

/** A clause about workers, unions or pay: "strike" there is a labour strike. */
function labourContext(view: SentenceView, clause: number): boolean {
  const labour = cues().labour;
  for (let k = view.start; k < view.end; k++) {
    if (view.clause[k - view.start] !== clause) continue;
    const t = view.tokens[k]!;
    if (labour.has(t.lemma) || labour.has(t.norm) || labour.has(t.norm.replace(/s$/, ''))) return true;
  }
  return false;
}

function plainAction(r: Resolved): InnerAction | null {
  if (!r.code) return null;
  const p = r.override ?? ploverOf(r.code);
  if (!p) return null;
  return { type: p.type, cameo: r.code, refrain: false, first: r.match.first, last: r.match.last };
}

/** The next trigger after frame `i` in its clause, within a few words, not past punctuation. */
function complementOf(view: SentenceView, res: Resolved[], i: number): Resolved | null {
  const frame = res[i]!.match;
  const clause = view.clause[frame.first - view.start]!;
  const next = res[i + 1];
  if (!next) return null;
  const first = next.match.first;
  if (first - frame.last > 9) return null;
  const kind = res[i]!.match.entry.frame;
  for (let k = frame.last + 1; k < first; k++) {
    const t = view.tokens[k]!;
    if (t.pos === 'PUNCT' && t.norm !== '-' && t.norm !== '"' && t.norm !== "'") return null;
    // "asked about the talks": what a question is about is not what is asked for
    if ((kind === 'appeal' || kind === 'demand') && t.norm === 'about') return null;
    if (view.mentionAt[k - view.start]! < 0 && (t.pos === 'CCONJ' || (t.pos === 'VERB' && !isLight(t) && t.lemma !== 'be'))) return null;
    if (cues().temporal.has(t.norm)) return null; // "exports were suspended after Russia launched …"
    const ck = view.clause[k - view.start]!;
    if (ck !== clause && !within(view, ck, clause) && !within(view, clause, ck)) return null;
  }
  // "insists the offensive was unprovoked": a noun followed by its verb is a clause's subject, not the complement
  const afterNext = view.tokens[next.match.last + 1];
  const finite = !!afterNext && (afterNext.pos === 'AUX' || (afterNext.pos === 'VERB' && !/(ed|en)$/.test(afterNext.norm)));
  if (view.tokens[first]!.pos !== 'VERB' && finite && next.match.last + 1 < view.end) return null;
  // "warned that Russia could attack": an embedded clause with its own subject is not a threat by the speaker
  if (kind === 'intent' || kind === 'threaten') {
    for (let k = frame.last + 1; k < first; k++) {
      const mi = view.mentionAt[k - view.start]!;
      if (mi < 0) continue;
      const after = view.tokens[view.mentions[mi]!.last + 1];
      if (after && (after.pos === 'AUX' || after.pos === 'VERB') && view.mentions[mi]!.last + 1 <= first) return null;
    }
  }
  return next;
}

function refOf(m: MentionRef): ActorRef {
  const ref: ActorRef = { code: m.m.code };
  if (m.m.sector) ref.sector = m.m.sector;
  if (m.m.name) ref.name = m.m.name;
  else if (m.m.text) ref.name = m.m.text;
  if (m.m.id) ref.id = m.m.id;
  if (m.m.via) { ref.via = m.m.via; ref.pronoun = { start: m.m.start, end: m.m.end }; if (m.m.antecedent) ref.antecedent = m.m.antecedent; }
  return ref;
}

export function rolesOf(view: SentenceView, r: Resolved, type: string, windows = false): { roles: Roles; anchor: number; verbal: boolean } {
  const found = argumentsOf(view, r, type, windows);
  // "fought alongside Ukrainian troops against Russia": in a fight a companion is on the doer's side, and the
  // side fought is the next party after it (in talks or exercises, "together with Belarus", the partner)
  const { roles } = found;
  if (type === 'ASSAULT' && !roles.passive) {
    const kept = roles.recipients.filter((m) => !companionBefore(view, m.first));
    if (kept.length < roles.recipients.length) {
      const last = Math.max(...roles.recipients.filter((m) => !kept.includes(m)).map((m) => m.last));
      roles.recipients = kept.length ? kept : objectAfter(view, found.anchor, last + 1, 8, true).filter((m) => !companionBefore(view, m.first) && !roles.actors.includes(m));
    }
  }
  return found;
}

function argumentsOf(view: SentenceView, r: Resolved, type: string, windows = false): { roles: Roles; anchor: number; verbal: boolean } {
  const { first, last, entry } = r.match;
  const head = view.tokens[first]!;
  const prev = view.tokens[first - 1];
  const gerund = head.norm.endsWith('ing') && !!prev && first > view.start && (prev.pos === 'ADP' || prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'PART' && prev.norm !== 'to');
  const predicate = head.pos === 'ADJ' && !!prev && (prev.pos === 'AUX' || prev.pos === 'ADV'); // "is ready to", "are guilty of"
  const verbal = !gerund && (predicate || head.pos === 'VERB' || head.pos === 'AUX' || ((head.pos === 'PROPN' || head.pos === 'ADJ' || head.pos === 'X') && entry.pos === 'v'));
  let innermost = r;
  while (innermost.complement) innermost = innermost.complement;
  // "threatened to impose a curfew in Algiers": the place of a threatened or demanded use of force is its target
  const places = isConflict(r.code ?? '01') || isConflict(innermost.code ?? '01');
  const objectEnd = innermost.match.last;
  if (view.tree && !windows) {
    // the tree first; where it names no one (a parse that went wrong, a name outside the clause) the word windows
    const fromTree = treeRolesOf(view, view.tree, r, type, places);
    const { roles } = fromTree;
    const w = argumentsOf(view, r, type, true).roles;
    // the tree's side of a coordination the windows see whole ("Gaddafi and Bulgarian President Zhivkov"); a
    // named party the windows find beats a generic one the tree found ("launched drones at Israel")
    // a bare participle the tree reads as passive ("31 others wounded") and the windows as active has its
    // patient where the windows look for the actor; a marked passive ("is committed to") the windows may know better
    const sameVoice = roles.passive === w.passive || !roles.passive || markedPassive(view.tree, fromTree.anchor);
    if (!roles.actors.length ? sameVoice : w.actors.length > roles.actors.length && roles.actors.every((m) => w.actors.includes(m))) {
      roles.actors = trustedDoers(view, view.tree, fromTree.anchor, roles.passive, w.actors, [first, last]);
    }
    if (!sameVoice) return fromTree;
    // "Saudi Arabia and Iran agreed … in a deal brokered by China": a pair the tree gives a reciprocal act is each
    // other's recipient, whoever else the windows find
    const pair = r.match.entry.reciprocal && roles.actors.length >= 2;
    const windowed = w.recipients.filter((m) => !roles.actors.includes(m));
    if (!pair && (!roles.recipients.length || (windowed.length > roles.recipients.length && roles.recipients.every((m) => windowed.includes(m))) ||
      (roles.recipients.every(generic) && windowed.some((m) => !generic(m))))) {
      roles.recipients = windowed;
    }
    return fromTree;
  }
  if (verbal) {
    const roles = verbRoles(view, first, last + 1, places);
    const owner = attemptOwner(view, first);
    if (owner.length && !roles.passive) roles.actors = owner;
    if (!roles.passive) {
      let rec: MentionRef[] = [];
      if (r.complement) rec = objectAfter(view, first, last + 1, r.complement.match.first - last - 2, places);
      if (!rec.length) rec = objectAfter(view, first, objectEnd + 1, 8, places);
      if (!rec.length) rec = objectAfter(view, first, first + 1, 10, places);
      if (r.complement && !rec.length) rec = objectAfter(view, first, objectEnd + 1, 12, places);
      roles.recipients = rec;
    }
    // "a missile strike on Kyiv killed two": who struck whom is in the adopted noun phrase
    if (r.adopted && !roles.passive && (!roles.actors.length || !roles.recipients.length)) {
      const a = r.adopted.match;
      const own = nounRoles(view, a.first, a.last, places, false, FROM_IS_ACTOR.has(type));
      if (!roles.actors.length) roles.actors = own.actors;
      if (!roles.recipients.length) roles.recipients = own.recipients;
    }
    return { roles, anchor: first, verbal: true };
  }
  const roles = nounRoles(view, first, objectEnd, places, OF_IS_ACTOR.has(type), FROM_IS_ACTOR.has(type));
  const blamed = blamedOn(view, first, objectEnd);
  if (blamed.length) { roles.actors = blamed; roles.recipients = roles.recipients.filter((m) => !blamed.includes(m)); }
  if (r.code?.startsWith('09')) investigatedModifier(view, roles, first);
  const lv = lightVerbOf(view, first);
  if (lv >= 0) {
    if (!roles.actors.length) roles.actors = subjectOf(view, lv);
    if (!roles.recipients.length) roles.recipients = objectAfter(view, first, objectEnd + 1, 6, places);
    return { roles, anchor: lv, verbal: true };
  }
  return { roles, anchor: first, verbal: false };
}

/** The head word of a trigger in the tree: the verb of "impose ~sanction", the noun of "phone call". */
function headIn(t: Tree, r: Resolved): number {
  return spanHead(t, r.match.first, r.match.last);
}

/**
 * Relations that make a predicate news of its own, not the content of the predicate above it: a clause of its own
 * ("said that …", "Russia, which invaded …", "attempts to retake …"), or the subject.
 */
const OWN_CLAUSE = new Set(['ccomp', 'parataxis', 'csubj', 'root', 'acl:relcl', 'nsubj', 'nsubj:pass']);
/** Subordinators of a gerund that is the content of the verb above it ("accused X of shelling", "charged with supporting"). */
const CONTENT_MARKS = new Set(['of', 'for', 'with', 'about', 'over', 'against']);

function ownClause(t: Tree, x: number): boolean {
  const rel = relOf(t, x);
  // "blamed Russian shelling for …": a gerund with an adjective or a determiner and no subject is a noun, whatever the tag
  if (rel === 'ccomp' && nominalGerund(t, x)) return false;
  if (OWN_CLAUSE.has(rel) || (rel === 'conj' && isVerbal(t, x))) return true;
  // an adverbial clause with its own subject is news of its own ("after Russia launched …"); without one it
  // is the purpose or manner of the event above ("… to demand", "…, calling for", "before allowing …")
  if (rel === 'advcl') return childRel(t, x, 'nsubj') >= 0 && !CONTENT_MARKS.has(markOf(t, x) || caseOf(t, x));
  // "during a phone call with Putin, Trump agreed …": an event noun in a time adjunct is an event of its own, not
  // the content of the verb (temporal prepositions, cues.json)
  if (rel === 'obl' && cues().temporal.has(caseOf(t, x))) return true;
  return rel === 'acl' && markOf(t, x) === 'to';
}

function nominalGerund(t: Tree, x: number): boolean {
  if (!t.tokens[x]!.norm.endsWith('ing') || childRel(t, x, 'nsubj') >= 0) return false;
  return [...kidsOf(t, x)].some((c) => relOf(t, c) === 'amod' || relOf(t, c) === 'det');
}

/**
 * "accused Russia of shelling Kharkiv", "mediation in the talks with the Palestinians", "host a meeting between
 * X and Y", "killed 46 civilians in an attack on a village": a trigger that the tree puts inside another
 * trigger's arguments (a few steps below it, within its clause) is that event's content or means, not an
 * event of its own; a means of the same type lends its mode ("spoke with Putin in a phone call").
 */
const MEANS_RELS = new Set(['obl', 'advcl', 'nmod']);

function argumentsOfOthers(view: SentenceView, t: Tree, res: Resolved[]): void {
  const byHead = new Map<number, Resolved>();
  for (const r of res) if (!r.consumed && r.code) byHead.set(headIn(t, r), r);
  if (byHead.size < 2) return;
  for (const [h, r] of byHead) {
    let x = h;
    let below = h;
    for (let step = 0; step < 4; step++) {
      if (ownClause(t, x)) break;
      below = x;
      x = t.head[x - t.start]!;
      if (x < 0) break;
      // "has been accused of looting": with no accuser the content is the event (allegations.ts)
      if (unattributedAllegationOf(t, h) === x) break;
      const above = byHead.get(x);
      if (!above || above === r || above.consumed || above.match.entry.agent) continue;
      // "At a meeting with Macron, Scholz pledged …", "during a phone call with Putin, Trump agreed …": talks with their
      // own partner, in the setting of another act, are an event of their own
      // (not a visit: "barred him when he was on a trip to the US" is his trip, the setting of the act on him)
      if (r.code!.startsWith('04') && r.code !== '042' && r.code !== '043' && below === h && baseRel(t, h) === 'obl' && ownArguments(view, t, h)) break;
      // "called on Russian troops to retreat, warning that …", "imposed sanctions, vowing to …": a participle clause
      // of speech (an appeal, demand, threat, pledge, refusal) is a second act of the same subject, not the first act's content
      if (speechAct(view, r) && below === h && baseRel(t, h) === 'advcl' && !markOf(t, h) && t.tokens[h]!.norm.endsWith('ing')) break;
      r.consumed = true;
      const mine = r.override ?? ploverOf(r.code!);
      const theirs = above.override ?? ploverOf(above.code!);
      if (mine && theirs && mine.type === theirs.type) {
        if (mine.mode && !theirs.mode) { above.code = r.code; above.override = r.override; }
        // "were wounded in Russian shelling": the means (an adjunct, not the object) names who did it
        if (MEANS_RELS.has(baseRel(t, below))) above.adopted ??= r;
      }
      break;
    }
  }
}

let dictionaryLemmas: ReadonlySet<string> | null = null;

/**
 * The parse has a verb in tokens [s0, s1) that the verb dictionary may code: one the lexicon does not know, or one it
 * knows that Parley's own patterns code by its object ("sent helmets and body armour to Ukraine", verb-patterns.txt).
 */
function someVerb(deps: Document['layers']['deps'], tokens: readonly Token[], s0: number, s1: number): boolean {
  if (!deps || deps.length < s1) return false;
  dictionaryLemmas ??= new Set(verbLemmas());
  const lex = lexicon();
  const own = verbsWithOwnObjectPatterns();
  for (let k = s0; k < s1; k++) {
    const w = tokens[k]!;
    if (deps[k]!.upos !== 'VERB') continue;
    const known = w.pos === 'VERB' && lex.byFirst.has(w.norm);
    if (verbLemmaCandidates(w.lemma, w.norm).some((l) => (known ? own : dictionaryLemmas!).has(l))) return true;
  }
  return false;
}

/**
 * "released a report", "fired the minister", "deployed an app": a one-verb trigger whose arguments the verb
 * dictionary codes as no event (verbs.ts, PETRARCH2's patterns and ours).
 */
/** Verbal acts done to a party: statements, appeals, intents, consultation, praise, inquiry, demands, criticism, refusals, threats. */
const SAID_TO_PARTY = /^(0[1-5]|09|1[0-3])/;

function wrongSense(view: SentenceView, t: Tree, r: Resolved): boolean {
  const { first, last, entry } = r.match;
  if (entry.frame || entry.pos === 'n' || entry.id < 0) return false;
  const h = headIn(t, r);
  if (!verbalIn(t, h) || uposOf(t, h) !== 'VERB') return false;
  for (let k = first; k <= last; k++) if (k !== h && relOf(t, k) !== 'compound:prt') return false;
  const sense = senseOf(t, h);
  if (!sense || sense.code !== null) return false;
  // the dictionary's own pattern says no event ("released a report"); its verb group's default ("slam" is filed with
  // crashes) yields to the lexicon for a verbal act (CAMEO 01-05, 09-13) whose object is a party, not a place: "slammed
  // the prime minister" criticises; "fled Ukraine", "exporting grain" stay with the dictionary
  if (sense.pattern || !SAID_TO_PARTY.test(r.code ?? '')) return true;
  const obj = childRel(t, h, 'obj');
  const party = obj < 0 ? null : mentionOfNode(view, t, obj);
  return !party || party.place; // "civilians fled Kherson": a place left is no party
}

const dictionaryEntries = new Map<string, TriggerEntry>();

/** A trigger entry for a verb the lexicon lacks, coded from the verb dictionary. */
function dictionaryEntry(code: string, lemma: string): TriggerEntry {
  let e = dictionaryEntries.get(`${code}|${lemma}`);
  if (!e) {
    e = { cameo: code, override: null, frame: null, needsComplement: false, reciprocal: false, agent: false, named: false, pos: 'v', words: [], gaps: [], source: `petrarch2:${lemma}`, id: -1 };
    dictionaryEntries.set(`${code}|${lemma}`, e);
  }
  return e;
}

/**
 * Verbs the trigger lexicon lacks, coded from the verb dictionary when the tree gives them both an actor and
 * a recipient ("X expelled Y's diplomats"); a verb with fewer arguments is too often no event to code alone.
 */
function withDictionaryVerbs(view: SentenceView, t: Tree, matches: Match[], covered: ReadonlySet<number>): Match[] {
  const c = cues();
  const lex = lexicon();
  let out: Match[] | null = null;
  for (let k = view.start; k < view.end; k++) {
    // a verb the lexicon knows and saw as a verb is its business (it may have rejected this use: "soldiers
    // fighting near Idlib were …"); one the tagger took for a noun ("abducted") it could not see
    const w = view.tokens[k]!;
    if (covered.has(k) || uposOf(t, k) !== 'VERB' || c.reporting.has(w.lemma)) continue;
    const known = w.pos === 'VERB' && lex.byFirst.has(w.norm);
    const rel = relOf(t, k);
    if (rel !== 'root' && rel !== 'ccomp' && rel !== 'conj' && rel !== 'parataxis') continue;
    if (!treeVerbRoles(view, t, k, true).recipients.length) continue;
    const sense = senseOf(t, k);
    // a verb the lexicon knows is coded here only by Parley's own patterns on its object ("sent howitzers to")
    if (known && !(sense?.pattern?.own && sense.pattern.obj)) continue;
    // only a pattern that names the verb's arguments (a verb's default code alone is too often another sense)
    if (!sense?.code || !sense.pattern || sense.code.startsWith('01') || !ploverOf(sense.code)) continue;
    // a place is the recipient of force and of a withdrawal ("the troops left Kherson"), not of talk
    const roles = treeVerbRoles(view, t, k, isConflict(sense.code) || sense.code.startsWith('087'));
    if (!roles.actors.length || !roles.recipients.length) continue;
    (out ??= [...matches]).push({ entry: dictionaryEntry(sense.code, view.tokens[k]!.lemma), first: k, last: k });
  }
  return out ? out.sort((a, b) => a.first - b.first) : matches;
}

/** "described the strike as barbarism": an accusation made by naming (characterise.ts), CAMEO 111. */
function withNamingVerbs(view: SentenceView, t: Tree, matches: Match[], covered: ReadonlySet<number>): Match[] {
  const verbs = namingVerbs(view, t, covered);
  const predicates = accusingPredicates(view, t, covered);
  if (!verbs.length && !predicates.length) return matches;
  const out = [...matches];
  const add = (k: number, how: string) => { if (!out.some((m) => m.first <= k && k <= m.last)) out.push({ entry: namingEntry(how, view.tokens[k]!.lemma), first: k, last: k }); };
  for (const k of verbs) add(k, 'naming');
  for (const k of predicates) add(k, PREDICATED);
  return out.sort((a, b) => a.first - b.first);
}

/** The source of an accusation predicated in reported speech: its speaker accuses the clause's subject. */
const PREDICATED = 'predicated';
const namingEntries = new Map<string, TriggerEntry>();
function namingEntry(how: string, lemma: string): TriggerEntry {
  let e = namingEntries.get(`${how}:${lemma}`);
  if (!e) namingEntries.set(`${how}:${lemma}`, (e = { ...dictionaryEntry('111', lemma), source: `${how}:${lemma}` }));
  return e;
}

/** "during a visit to Paris", "after talks with Putin": an event noun with its own party is an event, not a time. */
function ownArguments(view: SentenceView, t: Tree, n: number): boolean {
  for (const c of kidsOf(t, n)) {
    // ("after meeting Putin": the tree reads the gerund as a verb with its object)
    const own = relOf(t, c) === 'nmod' ? OWN_ARGUMENT_PREPS.has(caseOf(t, c)) : relOf(t, c) === 'obj' && uposOf(t, n) === 'VERB';
    if (own && mentionsOfNodes(view, t, [c], true).length) return true;
  }
  return false;
}

const OWN_ARGUMENT_PREPS = new Set(['with', 'between', 'to', 'on', 'against', 'by', 'at']);


/** A predicate in the tree: a verb, or an adjective with its copula ("is ready to", "are guilty of"). */
function verbalIn(t: Tree, k: number): boolean {
  if (isVerbal(t, k)) return true;
  return uposOf(t, k) === 'ADJ' && (t.tokens[k - 1]?.pos === 'AUX' || t.tokens[k - 1]?.pos === 'ADV');
}

/** Roles from the tree (args.ts); a frame's recipient is its addressee, else its complement's recipient. */
function treeRolesOf(view: SentenceView, t: Tree, r: Resolved, type: string, places: boolean): { roles: Roles; anchor: number; verbal: boolean } {
  const h = headIn(t, r);
  if (verbalIn(t, h)) {
    const roles = treeVerbRoles(view, t, h, places);
    const owner = attemptOwner(view, r.match.first);
    if (owner.length && !roles.passive) roles.actors = owner;
    if (r.complement && !roles.passive) {
      // the addressee: "urged Russia to …", "told Kyiv that …", or the subject of a that-clause ("demanded that Hamas renounce …")
      const inner = headIn(t, r.complement);
      const clause = clauseHeads(t)[inner - t.start]!;
      const subject = clause !== h && relOf(t, clause) === 'ccomp' ? childRel(t, clause, 'nsubj') : -1;
      const addressee = mentionsOfNodes(view, t, [childRel(t, h, 'iobj'), childRel(t, h, 'obj'), subject].filter((x) => x >= 0), places, roles.actors);
      if (addressee.length) roles.recipients = addressee;
      else {
        let inner = r.complement;
        while (inner.complement) inner = inner.complement;
        roles.recipients = treeRolesOf(view, t, inner, type, places).roles.recipients.filter((m) => !roles.actors.includes(m));
      }
    }
    // "killed in a Russian air strike": a passive without its agent takes the attacker from the means it adopted
    if (r.adopted && (!roles.actors.length || (!roles.passive && !roles.recipients.length))) {
      const means = headIn(t, r.adopted);
      // "as part of intense Russian shelling": the tagger may read the means as a gerund with its own subject
      const asVerb = verbalIn(t, means) ? treeVerbRoles(view, t, means, places) : null;
      const own = asVerb?.actors.length ? asVerb : treeNounRoles(view, t, means, places, false, FROM_IS_ACTOR.has(type));
      if (!roles.actors.length) roles.actors = own.actors.filter((m) => !roles.recipients.includes(m));
      if (!roles.recipients.length) roles.recipients = own.recipients;
    }
    withAccused(view, t, h, roles);
    return { roles, anchor: h, verbal: true };
  }
  const roles = treeNounRoles(view, t, h, places, OF_IS_ACTOR.has(type), FROM_IS_ACTOR.has(type), type === 'CONSULT');
  const blamed = blamedOn(view, r.match.first, r.match.last);
  if (blamed.length) { roles.actors = blamed; roles.recipients = roles.recipients.filter((m) => !blamed.includes(m)); }
  withAccused(view, t, h, roles);
  if (r.code?.startsWith('09')) investigatedModifier(view, roles, r.match.first);
  const light = roles.governor >= 0 && isLight(t.tokens[roles.governor]!) && t.head[h - t.start] === roles.governor;
  return { roles, anchor: light ? roles.governor : h, verbal: light };
}

/** "Russia has been accused of targeting hospitals": with no accuser named, the accused did it (allegations.ts). */
function withAccused(view: SentenceView, t: Tree, h: number, roles: Roles): void {
  const accused = accusedOf(view, t, h);
  if (!accused.length) return;
  roles.actors = accused;
  roles.recipients = roles.recipients.filter((m) => !accused.includes(m));
}

/** "attempts to capture", "attempts by Russia to capture": the attempt noun before the infinitive at `first`, or -1. */
function attemptNounBefore(view: SentenceView, first: number): number {
  const t = view.tokens;
  if (first - 3 < view.start || t[first - 1]!.norm !== 'to') return -1;
  const nouns = cues().attemptNouns;
  let k = first - 2;
  const mi = view.mentionAt[k - view.start]!;
  if (mi >= 0) {
    k = view.mentions[mi]!.first - 1;
    if (k - 1 < view.start || t[k]!.norm !== 'by') return -1;
    k--;
  }
  return nouns.has(t[k]!.lemma) && t[k]!.pos === 'NOUN' ? k : -1;
}

/**
 * "Russian attempts to capture X", "Russia's bid to seize X", "attempts by Russia to take X": who attempts is
 * the actor of the infinitive, not the subject of the main verb ("Ukraine repelled …").
 */
function attemptOwner(view: SentenceView, first: number): MentionRef[] {
  const noun = attemptNounBefore(view, first);
  if (noun < 0) return [];
  const t = view.tokens;
  let k = t[noun + 1]!.norm === 'by' ? noun + 2 : noun - 1;
  if (k === noun - 1) {
    while (k >= view.start && t[k]!.pos === 'ADJ' && view.mentionAt[k - view.start]! < 0) k--; // "Russian renewed attempts"
    if (k >= view.start && cues().possessive.has(t[k]!.norm)) k--;
  }
  if (k < view.start) return [];
  const mi = view.mentionAt[k - view.start]!;
  const ref = mi >= 0 ? view.mentions[mi]! : null;
  return ref && !ref.place ? [ref] : [];
}

/**
 * "blamed the explosion on saboteurs", "the attack was blamed on the militia": whoever an act is blamed on is
 * its actor, not its target (the blaming itself is coded separately, as an accusation of that party).
 */
function blamedOn(view: SentenceView, first: number, last: number): MentionRef[] {
  const t = view.tokens;
  let on = -1;
  let k = first - 1;
  while (k >= view.start && k >= first - 5 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART'].includes(t[k]!.pos)) k--;
  if (k >= view.start && t[k]!.lemma === 'blame' && t[k]!.pos === 'VERB' && t[last + 1]?.norm === 'on') on = last + 1;
  if (on < 0) {
    // the passive: "[the attack] was (largely) blamed on X"
    k = last + 1;
    while (k < view.end && k <= last + 3 && (t[k]!.pos === 'AUX' || t[k]!.pos === 'ADV')) k++;
    if (k > last + 1 && k + 1 < view.end && t[k]!.norm === 'blamed' && t[k + 1]!.norm === 'on') on = k + 1;
  }
  if (on < 0 || on + 1 >= view.end) return [];
  const out: MentionRef[] = [];
  for (let j = on + 1; j < view.end && j <= on + 6; j++) {
    const mi = view.mentionAt[j - view.start]!;
    if (mi >= 0) {
      const ref = view.mentions[mi]!;
      if (!out.includes(ref) && !ref.place) out.push(ref);
      j = ref.last;
      if (t[j + 1]?.norm !== 'and') break;
      continue;
    }
    if (t[j]!.pos !== 'DET' && t[j]!.pos !== 'ADJ' && t[j]!.norm !== 'and') break;
  }
  return out;
}

/**
 * "the Russia investigation", "the Biden probe": a name modifying an investigation is what is investigated;
 * a possessive ("Congress's inquiry") or a nationality ("a Ukrainian investigation") is the investigator.
 */
function investigatedModifier(view: SentenceView, roles: Roles, head: number): void {
  const mods = roles.actors;
  if (!mods.length || roles.recipients.length || mods[0]!.last >= head) return;
  const after = view.tokens[mods[mods.length - 1]!.last + 1];
  if (after && cues().possessive.has(after.norm)) return;
  if (mods.every((m) => m.m.kind !== 'person' && /(an|ese|ish|i|ch)$/i.test(m.m.text ?? ''))) return;
  roles.recipients = mods;
  roles.actors = [];
}

/** Sectors of bodies without arms: companies, aid and rights groups, media, churches, schools, hospitals. */
const UNARMED = new Set(['BUS', 'SOC', 'NGO', 'JRN', 'MED', 'REL', 'EDU', 'HRI']);
/** CAMEO 042: make a visit. */
const VISIT = '042';
/** Sectors of private people (civilians, refugees, criminals, business people, fans of no office): their travel is no visit. */
const PRIVATE = new Set(['CVL', 'REF', 'CRM', 'BUS', 'UAF', 'AGR', 'LAB', 'EDU', 'MED']);
/** CAMEO 166: expel or withdraw (a presence, not forces). */
const WITHDRAW_PRESENCE = '166';

function buildEvents(doc: Document, view: SentenceView, r: Resolved, s: number, times: readonly TimeMention[], options: CoderOptions): EventRecord[] {
  let code = r.code!;
  let plover = r.override ?? ploverOf(code);
  if (!plover) return [];
  const type = plover.type;
  const { roles, anchor, verbal } = rolesOf(view, r, type);
  let mod = modalityAt(view, anchor);
  let guess = false;
  let scheduled = false;
  let unasserted = false;
  let denied = false;
  const t = view.tree;
  let reporterVerb = view.reporter.get(view.clause[anchor - view.start]!);
  if (t) {
    // the tree's word on polarity, modals, conditions, questions, reported speech and background
    const ctx = clauseContext(t, anchor, Number(doc.published?.slice(0, 4)));
    if (ctx.question || ctx.background) return [];
    // "Germans have been hit by rising energy prices": force whose cause is a circumstance is hardship, no attack
    if (plover.type === 'ASSAULT' && verbal && circumstanceCause(view, t, headIn(t, r))) return [];
    // "talking about his work", "spoke to Reuters", "was met with resistance": no consultation
    // (the tree's verb too: a sentence-opening "Speaking to the media, …" the tagger may take for a noun)
    if (plover.type === 'CONSULT' && (verbal || isVerbal(t, headIn(t, r))) && noConsultation(view, t, headIn(t, r))) return [];
    // "when the Russians invaded, she fled": an event recalled to place another in time, unless dated in its own clause
    if (ctx.anchor >= 0 && !datedClause(t, ctx.anchor, times, (offset) => tokenAtOffset(view.tokens, view.start, view.end, offset))) return [];
    const frame = r.match.entry.frame;
    if ((frame === 'demand' || frame === 'appeal') && (statesFact(t, headIn(t, r)) || asksQuestion(t, headIn(t, r), !!r.complement))) return [];
    // "officials are conceding that the town has been lost", "admitted that …": saying so, not yielding
    const verb = headIn(t, r);
    // ("accepted [that] the situation was very difficult": an intent word too, with a clause of its own it admits)
    if ((!frame || frame === 'intent') && cues().admitting.has(t.tokens[verb]!.lemma) && childRel(t, verb, 'ccomp') >= 0 && childRel(t, verb, 'obj') < 0) return [];
    const inner = r.complement ? clauseContext(t, headIn(t, r.complement), 0) : null;
    // "urged Russia not to attack", "vowed not to strike civilians": the appeal or pledge happened; what it asks or
    // promises is to refrain (appeals.ts)
    // (an act, not a state: "insisted his information is not propaganda" asks nothing)
    const innerHead = r.complement ? headIn(t, r.complement) : -1;
    // (nor a forecast of one's own: "insisted she will not resign" asks no one anything)
    const foretold = innerHead >= 0 && [...kidsOf(t, innerHead)].some((x) => relOf(t, x) === 'aux' && (cues().future.has(t.tokens[x]!.norm) || cues().hypothetical.has(t.tokens[x]!.norm)));
    const refrainAsked = !!inner?.negated && uposOf(t, innerHead) === 'VERB' && childRel(t, innerHead, 'cop') < 0 && !(foretold && frame !== 'intent') && asksToRefrain(frame, r.complement!.code);
    if (refrainAsked) {
      code = refrainAppealCode(frame!, r.complement!.code, code);
      plover = r.override ?? ploverOf(code);
      if (!plover) return [];
      if (r.action) r.action = { ...r.action, refrain: true };
    }
    const alleged = unattributedAllegationOf(t, anchor) >= 0;
    mod = { future: ctx.future, hypothetical: ctx.hypothetical, conditional: ctx.conditional, negated: ctx.negated || ctx.avoided || (!!inner?.negated && !refrainAsked), reported: mod.reported || ctx.attributed || alleged };
    if (ctx.reporter >= 0) reporterVerb = ctx.reporter;
    guess = ctx.guess;
    scheduled = ctx.scheduled;
    unasserted = ctx.unasserted;
    denied = ctx.denied;
  }
  let modality: Modality = 'asserted';
  let reporter = reporterVerb === undefined ? [] : t ? actorsOfNodes(view, t, actorNodes(t, reporterVerb)) : subjectOf(view, reporterVerb);
  // "“Russians must cease fire,” Zelensky said": inside a quotation whose speaker is known, the speaker reports it
  if (reporterVerb === undefined) {
    const speaker = quotationSpeaker(doc, view.tokens[anchor]!.start);
    if (speaker) reporter = [view.mentions.find((x) => x.m === speaker) ?? { m: speaker, first: -1, last: -1, place: false }];
  }
  let actors = roles.actors.filter((m) => !m.place && pressParty(m, type, true));
  // (a generic agent the parse alone found, "analysts say …", is no one a pronoun stands for)
  if (!actors.length && !roles.passive && reporter.length && pronounSubject(view, anchor)) actors = reporter.filter((m) => view.mentions.includes(m)); // "Russia said it would …"
  // "Poland said the two men were accused of spying": an accusation with no one named making it is the speaker's
  if (!actors.length && roles.passive && reporter.length && plover?.type === 'ACCUSE') actors = reporter.filter((m) => !roles.recipients.includes(m));
  if (!actors.length && !roles.passive && t && verbal) actors = pronounAntecedent(view, t, headIn(t, r)); // "… as they fled"
  if (!actors.length && !roles.passive && t && verbal) actors = pairSubject(doc, view, t, headIn(t, r), s); // "both sides blamed each other"
  // "the Kremlin denied that it had shelled the plant": the pronoun is the denier, who denies its own act
  if (!actors.length && !roles.passive && pronounSubject(view, anchor)) { const d = denierAt(view, anchor); if (d >= 0) actors = subjectOf(view, d).filter((m) => !m.place); }
  // "the suspension of the agreement with Moscow by the EU": the parties hang on the agreement (agreements.ts)
  if (code === REDUCE_RELATIONS && r.match.entry.frame === 'stop') {
    const { by, partner } = agreementParties(view, r.match);
    if (!actors.length) actors = by;
    if (!roles.recipients.length) roles.recipients.push(...partner.filter((m) => !actors.includes(m)));
  }
  let recipients = roles.recipients.filter((m) => !actors.includes(m) && pressParty(m, type, false));
  // "used American HIMARS launchers": the weapon's maker is no target (weapons.ts)
  const weapon = t && isWeaponUse(r.match.entry) ? usedWeaponSpan(t, headIn(t, r)) : null;
  if (weapon) recipients = recipients.filter((m) => m.last < weapon[0] || m.first > weapon[1]);
  // "Russian troops were withdrawn from the island", "US troops were deployed": forces moved, no one named moving
  // them, were moved by their own side
  if (!actors.length && roles.passive && verbal && (code.startsWith('087') || type === 'MOBILIZE') && recipients.length && recipients.every((m) => m.m.sector === 'MIL' && !m.place)) {
    actors = recipients;
    recipients = [];
  }
  // "a human rights group withdrew from Ukraine", "the firm is pulling out of Russia": a body without arms that leaves
  // a country halts its presence there (SANCTION, withdraw), a military retreat only for forces
  if (code.startsWith('087') && actors.length && actors.every((m) => UNARMED.has(m.m.sector ?? ''))) { code = WITHDRAW_PRESENCE; plover = ploverOf(code); }
  // "the first refugees arrived in May", "she travelled to Poland": a visit is made by someone with a public role;
  // private people's travel is no diplomatic event
  if (code === VISIT && (!actors.length || actors.every((m) => PRIVATE.has(m.m.sector ?? '')))) return [];
  // "Kyiv said Russia was responsible": the speaker accuses the subject of the predicate
  if (r.match.entry.source.startsWith(`${PREDICATED}:`)) {
    if (!reporter.length || !t) return [];
    const subject = childRel(t, headIn(t, r), 'nsubj');
    recipients = (subject >= 0 ? actorsOfNodes(view, t, [subject]) : actors).filter((m) => !reporter.includes(m));
    actors = reporter;
  }
  // "warned that Russian troops will be annihilated if …": who would undergo the force is threatened
  if (t && type === 'THREATEN') {
    const consequence = threatenedConsequence(view, t, headIn(t, r));
    const sufferer = consequence >= 0 ? forceSufferer(view, t, consequence, new Set(actors.map((m) => m.m.code))) : [];
    if (sufferer.length) recipients = sufferer.filter((m) => !actors.includes(m));
  }
  if (!recipients.length && t && type === 'THREATEN') recipients = conditionedParty(view, t, headIn(t, r)).filter((m) => !actors.includes(m));
  const ownWords = !reporter.length || reporter.some((m) => actors.some((a) => a.m.code === m.m.code && a.m.sector === m.m.sector));
  let negated = mod.negated;
  // "Peskov said Western sanctions must be lifted": an obliged passive with no doer named is the speaker's demand (appeals.ts)
  const obliged = t && verbal && roles.passive && !actors.length && reporter.length && !r.match.entry.frame ? obligedPassive(view, t, headIn(t, r)) : null;
  if (obliged) {
    const demanded = compose('oblige', code);
    const demandPlover = demanded ? ploverOf(demanded) : null;
    if (demanded && demandPlover && !sameSide(reporter, obliged)) return finish(doc, view, r, s, times, options, demanded, demandPlover, reporter, obliged, 'asserted', negated, verbal, roles);
  }
  // "X said Y must withdraw": the speaker demands it of Y; with no known speaker it is no event
  if (r.match.entry.frame === 'oblige') {
    // "the EU chief said the EU must sustain pressure": a speaker's words about its own side are no demand
    if (!reporter.length || ownWords || sameSide(reporter, subjectOf(view, anchor))) return [];
    return finish(doc, view, r, s, times, options, code, plover, reporter, subjectOf(view, anchor), 'asserted', false, verbal, roles);
  }
  // PLOVER codes a single category: "will provide aid" is AGREE, "will attack" THREATEN, "will not accept" REJECT
  // "Japan could suspend relations": a modal possibility of the actor's own coercive step is a threat
  // but "may have attacked" guesses at the past, and "fears that Russia could …" is someone else's speculation
  const modalThreat = mod.hypothetical && !mod.conditional && !guess && !negated && (reporterVerb === undefined || agentSpeaker(view, reporterVerb)) && !pastGuess(view, anchor) && !thatClause(view, anchor) && isConflict(code);
  const ownHypothesis = mod.hypothetical && !unasserted && ownWords && !pastGuess(view, anchor) && (reporter.length > 0 || modalThreat);
  // "the party said it will boycott the vote": the unknown speaker speaks of itself
  const pronounOwn = !actors.length && reporterVerb !== undefined && !roles.passive && pronounSubject(view, anchor);
  // "is expected to launch an offensive", "are due to meet": a schedule or a forecast keeps its type, in the future
  // (a forecast, "it is likely that Russia will attack", is no one's threat or intent)
  if ((mod.future || ownHypothesis || (mod.hypothetical && negated)) && (actors.length || pronounOwn) && !r.match.entry.frame && !(scheduled && !negated) && !guess && !unasserted) {
    const cooperative = Number(code.slice(0, 2)) >= 4 && Number(code.slice(0, 2)) <= 8;
    // "the Security Council will meet on Friday": a meeting planned with no one named to meet is no one's intent
    if (code.startsWith('04') && !recipients.length && new Set(actors.map((m) => m.m.code)).size < 2) return [];
    // a threat needs the actor's own words; an announced cooperative step is an intent whoever reports it
    // ("Putin said Russia will attack": a government speaks for its country and its forces)
    const kind = negated ? 'reject' : isConflict(code) ? (ownWords || sameSide(reporter, actors) ? 'threaten' : null) : cooperative ? 'intent' : null;
    const composed = kind ? compose(kind, code) : null;
    if (composed) { r.action = plainAction(r); code = composed; plover = ploverOf(code); negated = false; r.override = null; }
  } else if (negated && r.match.entry.frame === 'intent') {
    const composed = compose('reject', r.complement?.code ?? '120');
    if (composed) { code = composed; plover = ploverOf(code); negated = false; }
  }
  if (!plover) return [];
  if (mod.hypothetical && !(ownHypothesis && code.startsWith('13'))) modality = 'hypothetical';
  else if (mod.future) modality = 'future';
  // "officials said Russia shelled …": a speaker the text does not code still reports it
  else if ((reporter.length && !ownWords) || mod.reported || (reporterVerb !== undefined && !reporter.length)) modality = 'reported';
  if (denied || isDenied(view, Math.min(anchor, r.match.first))) modality = 'denied'; // from a light verb: "denies it carried out the attack"
  return finish(doc, view, r, s, times, options, code, plover, actors, recipients, modality, negated, verbal, roles);
}

function finish(doc: Document, view: SentenceView, r: Resolved, s: number, times: readonly TimeMention[], options: CoderOptions,
  code: string, plover: { type: string; mode: string | null } | null, actorsIn: MentionRef[], recipientsIn: MentionRef[],
  modality: Modality, negated: boolean, verbal: boolean, roles: Roles): EventRecord[] {
  if (!plover) return [];
  // "Zelensky fired back at Macron", "Putin attacked Biden", "hit back at Moscow's claims": one named person striking
  // at another person or at words, with no weapon in the sentence, is criticism (CAMEO 111)
  if (isForce(code) && verbalStrike(view, actorsIn, recipientsIn)) { code = CRITICISE; plover = ploverOf(code); if (!plover) return []; }
  const actors = actorsIn;
  const physical = Number(code.slice(0, 2)) >= 18;
  const recipients = recipientsIn.filter((m) => !actors.includes(m)).map((m) => (physical ? struckPlace(m) : m));
  const info = cameoInfo(code);
  const typeInfo = ploverType(plover.type);
  if (!info || !typeInfo) return [];
  // an unknown actor is acceptable for attacks and for passives ("Kyiv was shelled"), not for talk or support
  // a frame ("the decision to send troops", "ordered an attack") needs someone who decided or ordered
  const unattributedOk = recipients.length > 0 && ((info.quad === 4 && !r.match.entry.frame) || roles.passive || (verbal && someoneActs(view, r.match.first)));
  // "the site was struck three days in a row", "the shelling in Chaplyne": an attack naming no side waits for the
  // article's war (implied.ts); a bare noun only with a place ("a battle against western values" is no attack)
  const place = !actors.length && !recipients.length && isForce(code) ? placeCountry(view) : null;
  // ("a missile hit the building": a weapon for subject names no doer, as a passive does; weapons.ts)
  const partyless = !actors.length && !recipients.length && isForce(code) && (((roles.passive || weaponSubject(view, r.match.first)) && verbal) || (!verbal && place !== null));
  if (!actors.length && !unattributedOk && !partyless && !(options.keepUnattributed && r.match.entry.cameo)) return [];
  const multilateral = plover.type === 'CONSULT' && actors.length + recipients.length >= 3;
  const mode = multilateral && !plover.mode ? 'multilateral' : plover.mode;
  const trigger = { start: view.tokens[r.match.first]!.start, end: view.tokens[r.match.last]!.end };
  // a trigger inside a date expression ("on 18 March 2025") is a word of the date, not an event
  if (times.some((t) => t.date && t.start <= trigger.start && trigger.end <= t.end)) return [];
  const evidence = { ...wordsSpan(view), trigger };
  const t = view.tree;
  const ownTime = t ? clauseTime(t, headIn(t, r), times, (offset) => tokenAtOffset(view.tokens, view.start, view.end, offset)) : timeFor(times, trigger.start);
  const own = ownTime?.date ?? null;
  // "bombed by NATO two decades ago", "annexed Crimea in 2014": history recalled, not news of the day (the tree's check is in buildEvents)
  if (!t && (!own || ownTime?.precision === 'year') && pastMarker(view, r.match.first, r.match.last, doc.published)) return [];
  // "annexed in 2014", "on 24 February" in an October article: an event its own clause dates over a month
  // before publication is recalled history, not news of the day
  if (own && doc.published && longBefore(own, ownTime?.precision ?? 'day', doc.published)) return [];
  // "Finland fought two wars against the Soviet Union": a state gone before publication makes it history
  if (doc.published && [...actors, ...recipients].some((m) => goneBy(m.m.code, doc.published!))) return [];
  const date = own ?? doc.published;
  // "Blinken meets Wang Yi in Beijing next week": an act its own clause dates after publication has not happened yet
  if (modality === 'asserted' && own && doc.published && own > doc.published.slice(0, 10)) modality = 'future';
  const confidence = confidenceOf(r, actors.length > 0, recipients.length > 0, typeInfo.requiresRecipient, modality, roles, verbal);
  const context = contextOf(plover.type, plover.mode, code);
  const pairs: [MentionRef[], MentionRef[]][] = [];
  const sides = (a: MentionRef, b: MentionRef) => a !== b && (a.m.code !== b.m.code || a.m.sector !== b.m.sector);
  // "soldiers and rebels fought near Goma": two sides of a reciprocal act are each other's recipient, not the place
  const mutual = (r.match.entry.reciprocal || roles.between || eachOther(view, r)) && actors.length >= 2 &&
    (!recipients.length || (recipients.every((m) => m.m.kind === 'place') && actors.some((a) => actors.some((b) => sides(a, b)))));
  if (mutual) {
    for (const a of actors) for (const b of actors) if (sides(a, b)) pairs.push([[a], [b]]);
    if (!pairs.length) pairs.push([actors, []]);
  } else {
    pairs.push([actors, recipients]);
  }
  return pairs.map(([a, b], k) => {
    const ev: EventRecord = {
      id: `${doc.id.slice(7, 19)}:${trigger.start}:${k}`, sentence: s, type: plover.type, mode: mode ?? null, context,
      cameo: code, quad: info.quad, goldstein: info.goldstein, actor: uniqueRefs(a), recipient: uniqueRefs(b),
      date: date ?? null, negated, modality, evidence, confidence,
    };
    if (date) ev.datePrecision = ownTime?.precision ?? 'day';
    if (r.action) ev.action = actionOf(view, r.action);
    if (partyless) PARTYLESS.set(ev, place);
    return ev;
  });
}

const CRITICISE = '111';


function verbalStrike(view: SentenceView, actors: readonly MentionRef[], recipients: readonly MentionRef[]): boolean {
  if (!actors.length || !actors.every((m) => m.m.kind === 'person')) return false;
  const atWords = (m: MentionRef) => {
    let k = m.last + 1;
    if (view.tokens[k] && cues().possessive.has(view.tokens[k]!.norm)) k++;
    return k < view.end && cues().wordNouns.has(view.tokens[k]!.lemma);
  };
  if (!recipients.length || !recipients.every((m) => m.m.kind === 'person' || atWords(m))) return false;
  const weapons = verbSet('weapon');
  for (let k = view.start; k < view.end; k++) if (weapons.has(nounKey(view.tokens[k]!.lemma))) return false;
  return true;
}

/** Attacks coded with no side named, to the country of a place their sentence names (or null): see implied.ts. */
const PARTYLESS = new WeakMap<EventRecord, string | null>();

function placeCountry(view: SentenceView): string | null {
  const place = view.mentions.find((m) => m.place && m.m.code && !generic(m));
  return place ? place.m.code : null;
}

/** The sentence's span from its first to its last word: blank lines and spaces around it are no evidence. */
function wordsSpan(view: SentenceView): { start: number; end: number } {
  let a = view.start;
  let b = view.end - 1;
  while (a < b && blank(view.tokens[a]!)) a++;
  while (b > a && blank(view.tokens[b]!)) b--;
  return { start: view.tokens[a]!.start, end: view.tokens[b]!.end };
}

function blank(t: Token): boolean {
  return t.pos === 'SPACE' || t.norm.trim() === '';
}

/**
 * "a missile strike on Kyiv": a capital stands for its government when it speaks or decides ("Kyiv said"),
 * but a city that is shelled or bombed is its people and buildings, so it is coded as the country's civilians.
 */
function struckPlace(m: MentionRef): MentionRef {
  if (m.m.kind !== 'place' || m.m.sector !== 'GOV') return m;
  return { ...m, place: true, m: { ...m.m, sector: 'CVL' } };
}

/** "accused each other", "blamed one another": a reciprocal pronoun right after the trigger's verb. */
function eachOther(view: SentenceView, r: Resolved): boolean {
  for (let k = r.match.first + 1; k < view.end - 1 && k <= r.match.first + 2; k++) {
    const a = view.tokens[k]!.norm;
    const b = view.tokens[k + 1]!.norm;
    if ((a === 'each' && b === 'other') || (a === 'one' && b === 'another')) return true;
  }
  return false;
}

function actionOf(view: SentenceView, a: InnerAction): EventAction {
  return { type: a.type, cameo: a.cameo, refrain: a.refrain, trigger: { start: view.tokens[a.first]!.start, end: view.tokens[a.last]!.end } };
}

function uniqueRefs(ms: MentionRef[]): ActorRef[] {
  const seen = new Set<string>();
  const named = new Set<string>();
  for (const m of ms) if (m.m.name) named.add(`${m.m.code}/${m.m.sector ?? ''}`);
  const out: ActorRef[] = [];
  for (const m of ms) {
    const side = `${m.m.code}/${m.m.sector ?? ''}`;
    // "his Russian counterpart, Sergei Shoigu": a title without a name beside the named holder of that side is the same party
    if (!m.m.name && named.has(side)) continue;
    const key = `${side}/${m.m.name ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(refOf(m));
  }
  return out;
}

/** Sectors that speak for themselves, not for their state: rebels demanding something of the government do demand it. */
const NON_STATE = new Set(['REB', 'OPP', 'INS', 'SEP', 'PTY', 'LAB', 'CVL', 'SOC', 'JRN', 'REL', 'EDU', 'BUS', 'MED', 'REF', 'AGR', 'CRM', 'UAF']);
const sideOf = (m: MentionRef) => `${m.m.code}/${m.m.sector && NON_STATE.has(m.m.sector) ? m.m.sector : 'STATE'}`;

/** Both lists name the same side ("Von der Leyen" and "the EU"; "Blinken" and "the United States"). */
function sameSide(a: MentionRef[], b: MentionRef[]): boolean {
  return a.some((x) => b.some((y) => sideOf(x) === sideOf(y)));
}

/** The verb's subject is a person or body we cannot code ("Judge Rivera", "officials"), not a thing ("the report"). */
function someoneActs(view: SentenceView, head: number): boolean {
  const c = cues();
  const clause = view.clause[head - view.start];
  for (let k = head - 1; k >= view.start; k--) {
    if (view.clause[k - view.start] !== clause) return false;
    const t = view.tokens[k]!;
    if (t.pos === 'PROPN' || (t.pos === 'PRON' && c.pronouns.has(t.norm))) return true;
    if (t.pos === 'NOUN') return c.agentNouns.has(t.lemma);
  }
  return false;
}

/** "it would retaliate", "their forces had withdrawn": a pronoun subject that stands for the speaker. */
function pronounSubject(view: SentenceView, anchor: number): boolean {
  const c = cues();
  let k = anchor - 1;
  while (k >= view.start && (view.tokens[k]!.pos === 'AUX' || view.tokens[k]!.pos === 'ADV' || view.tokens[k]!.pos === 'PART')) k--;
  if (k >= view.start && c.pronouns.has(view.tokens[k]!.norm)) return true;
  for (let j = k; j >= view.start && j >= k - 3; j--) {
    const t = view.tokens[j]!;
    if (c.possessivePronouns.has(t.norm)) return true;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ') break;
  }
  return false;
}

/** What is done to journalists (attacked, detained, threatened, censured, released) and what they do as a group (protest). */
const PRESS_UNDERGOES = new Set(['ASSAULT', 'COERCE', 'THREATEN', 'SANCTION', 'ACCUSE', 'RETREAT']);
/**
 * Journalists in general ("reporters", "three journalists") are a party only where the press is: protesting, or
 * undergoing force or coercion; "spoke to reporters", "told journalists" is no consultation.
 */
function pressParty(m: MentionRef, type: string, actor: boolean): boolean {
  if (m.m.kind !== 'sector' || !m.m.sector || !cues().mediaSectors.has(m.m.sector)) return true;
  return actor ? type === 'PROTEST' : PRESS_UNDERGOES.has(type);
}

/**
 * "Both sides blamed each other", "the two countries agreed": a subject that stands for the pair of parties
 * named last before it (within a few sentences), as mentions at the subject's place.
 */
function pairSubject(doc: Document, view: SentenceView, t: Tree, h: number, s: number): MentionRef[] {
  const subj = childRel(t, h, 'nsubj');
  // "Putin and Trump spoke by phone. They agreed …": "they" opening a sentence is the pair coordinated before
  if (subj >= 0 && t.tokens[subj]!.norm === 'they' && subj === view.start) {
    return coordinatedSubjectBefore(doc.layers.tokens ?? [], doc.layers.actors ?? [], s).map((m) => ({ m, first: subj, last: subj, place: false }));
  }
  if (subj < 0 || !namesPair(t.tokens[subj]!, [...kidsOf(t, subj)].map((c) => t.tokens[c]!.norm))) return [];
  const pair = pairBefore(doc.layers.actors ?? [], view.tokens[subj]!.start, s);
  return pair.map((m) => ({ m, first: subj, last: subj, place: false }));
}

/** A party that is a state which no longer existed on `day` (the Soviet Union in 2022). */
function goneBy(code: string, day: string): boolean {
  const end = loadKnowledge().formerStates.get(code.slice(0, 3));
  return !!end && end <= day;
}

/** "asked by journalists about the talks", "asked whether Russia would attack": a question, not a request. */
function asksQuestion(t: Tree, h: number, complemented: boolean): boolean {
  let about = false;
  for (const c of kidsOf(t, h)) {
    const rel = relOf(t, c);
    if (rel === 'xcomp' || (rel === 'obl' && caseOf(t, c) === 'for')) return false;
    if (rel === 'ccomp' && (markOf(t, c) === 'whether' || markOf(t, c) === 'if')) return true;
    // "asked about", "asked by reporters about" (the phrase may hang on the asker)
    if (caseOf(t, c) === 'about' || [...kidsOf(t, c)].some((g) => relOf(t, g) === 'nmod' && caseOf(t, g) === 'about')) about = true;
  }
  return about && !complemented;
}

/** "may have attacked", "could have been hit": a modal perfect guesses at a past event, it threatens nothing. */
function pastGuess(view: SentenceView, anchor: number): boolean {
  for (let k = anchor - 1; k >= view.start + 1 && k >= anchor - 3; k--) {
    const t = view.tokens[k]!;
    if (t.norm === 'have' && cues().hypothetical.has(view.tokens[k - 1]!.norm)) return true;
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.norm !== 'been') return false;
  }
  return false;
}

/** "Leader says Japan could …": an uncoded speaker who acts for a side (an agent noun), unlike "analysts say". */
function agentSpeaker(view: SentenceView, verb: number): boolean {
  for (let k = verb - 1; k >= view.start && k >= verb - 3; k--) {
    const t = view.tokens[k]!;
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN') continue;
    const w = t.lemma.toLowerCase();
    return cues().agentNouns.has(w) || cues().agentNouns.has(w.replace(/s$/, ''));
  }
  return false;
}

/** The clause of `anchor` is a "that" complement ("fears that Russia could …", "analysts believe that …"). */
function thatClause(view: SentenceView, anchor: number): boolean {
  const clause = view.clause[anchor - view.start];
  for (let k = anchor - 1; k >= view.start; k--) {
    if (view.tokens[k]!.norm === 'that' && view.mentionAt[k - view.start]! < 0) return k > view.start;
    if (view.clause[k - view.start] !== clause) return view.tokens[k]!.norm === 'that';
  }
  return false;
}

/** The verb "deny" a few words before `anchor` in the same sentence ("denied that it had …"), or -1. */
function denierAt(view: SentenceView, anchor: number): number {
  for (let k = anchor - 1; k >= view.start && k >= anchor - 5; k--) {
    const t = view.tokens[k]!;
    if (t.lemma === 'deny' && t.pos === 'VERB') return k;
    if (t.pos === 'PUNCT' || view.mentionAt[k - view.start]! >= 0) break;
  }
  return -1;
}

function isDenied(view: SentenceView, first: number): boolean {
  for (let k = first - 1; k >= view.start && k >= first - 4; k--) {
    const t = view.tokens[k]!;
    if (t.lemma === 'deny' || t.norm === 'denial') return true;
    if (t.pos === 'PUNCT') break;
  }
  return false;
}

const AGO_UNITS = new Set(['year', 'decade', 'century']);
const YEAR_LEADS = new Set(['in', 'since', 'during', 'until', 'of']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/**
 * A year before the publication year ("in 2014", "in March 2014", "in the 1990s") or "years/decades ago" next
 * to the trigger in its clause, when the times layer dated nothing there: history the article recalls.
 */
function pastMarker(view: SentenceView, first: number, last: number, published: string | null | undefined): boolean {
  const year = Number(published?.slice(0, 4));
  if (!year) return false;
  const clause = view.clause[first - view.start]!;
  for (let k = Math.max(view.start + 1, first - 3); k < view.end && k <= last + 8; k++) {
    const ck = view.clause[k - view.start]!;
    if (ck !== clause && !within(view, ck, clause)) continue;
    const t = view.tokens[k]!;
    const prev = view.tokens[k - 1]!.norm;
    if (t.norm === 'ago' && AGO_UNITS.has(view.tokens[k - 1]!.lemma)) return true;
    const m = /^(1[89]\d\d|20\d\d)s?$/.exec(t.norm);
    if (m && Number(m[1]) < year && (YEAR_LEADS.has(prev) || MONTHS.has(prev) || (prev === 'the' && t.norm.endsWith('s')))) return true;
  }
  return false;
}

const DAY_MS = 86_400_000;

/** The last day a date of this precision can mean ("2014" -> 2014-12-31) lies more than 31 days before `published`. */
export function longBefore(date: string, precision: 'day' | 'month' | 'year', published: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  if (precision === 'year') d.setUTCFullYear(d.getUTCFullYear() + 1, 0, 0);
  else if (precision === 'month') d.setUTCMonth(d.getUTCMonth() + 1, 0);
  const p = Date.parse(`${published}T00:00:00Z`);
  return Number.isFinite(p) && p - d.getTime() > 31 * DAY_MS;
}

/** The dated time mention nearest the trigger in its sentence, if any. */
function timeFor(times: readonly TimeMention[], offset: number): TimeMention | null {
  let best: TimeMention | null = null;
  for (const t of times) {
    if (!t.date) continue;
    if (!best || Math.abs(t.start - offset) < Math.abs(best.start - offset)) best = t;
  }
  return best;
}

function confidenceOf(r: Resolved, hasActor: boolean, hasRecipient: boolean, needsRecipient: boolean, modality: Modality, roles: Roles, verbal: boolean): number {
  let c = verbal ? 0.45 : 0.35;
  if (hasActor) c += 0.25;
  if (hasRecipient) c += 0.15;
  else if (needsRecipient) c -= 0.1;
  if (r.match.last > r.match.first || r.complement) c += 0.05;
  if (roles.passive) c -= 0.05;
  if (modality === 'hypothetical') c -= 0.15;
  if (modality === 'future' || modality === 'reported') c -= 0.05;
  return Math.round(Math.max(0.05, Math.min(0.95, c)) * 100) / 100;
}

function contextOf(type: string, mode: string | null, code: string): string[] {
  if (mode === 'cyber') return ['cyber'];
  if (mode === 'misinformation') return ['misinformation'];
  if (type === 'ASSAULT' || type === 'MOBILIZE' || code.startsWith('087') || code.startsWith('0356') || code.startsWith('138')) return ['military'];
  if (code.startsWith('163') || code.startsWith('085') || code.startsWith('061')) return ['economic'];
  if (type === 'CONSULT' || type === 'SUPPORT' || type === 'AGREE') return ['diplomatic'];
  return [];
}

