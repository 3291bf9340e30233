/**
 * What the tree says about a predicate's clause besides its arguments: polarity and modals from its own
 * children ("did not attack", "will withdraw", "could strike"), a condition or wish above it ("if Ukraine
 * was granted membership", "wants to join"), a question ("When did Russia invade Ukraine?"), the reporting
 * verb whose content it is ("Kyiv said Russia shelled …", "…, officials said"), background tense ("Stalin had
 * deported", "since 2014", "years ago"), and the date of its own clause (a time inside a nested clause or
 * another clause of the sentence is not its date).
 *
 *   const c = clauseContext(tree, head, 2024);
 *   c.negated; c.future; c.hypothetical; c.question; c.reporter; c.background
 */
import type { TimeMention } from '../../core/types.js';
import { cues } from './cues.js';
import { lexicon } from './lexicon.js';
import { baseRel, caseOf, childRel, CLAUSAL, forSubject, headOf, isVerbal, kidsOf, markOf, relOf, subtreeSpan, type Tree } from './tree.js';

export interface ClauseContext {
  negated: boolean;
  future: boolean;
  hypothetical: boolean;
  /** Kept from happening: the object or complement of "avoid", "prevent … from" (the event did not happen). */
  avoided: boolean;
  /** The hypothesis comes from a condition ("if", "unless", "whether"), not a modal. */
  conditional: boolean;
  /** The hypothesis is a guess ("possibly attacked"), not a modal of the actor's will: never a threat. */
  guess: boolean;
  /** The future is a schedule or an expectation ("is expected to launch"), not the actor's will: no threat, no intent. */
  scheduled: boolean;
  /** A direct question: nothing is asserted to have happened. */
  question: boolean;
  /**
   * An open question or a withheld confirmation ("asked whether Russia would attack", "declined to confirm that its
   * forces had struck"): hypothetical, and no one's threat or intent.
   */
  unasserted: boolean;
  /** The content of a denial ("denied that its forces had shelled the plant"). */
  denied: boolean;
  /** The reporting verb ("said", "told", "claimed") whose content clause holds the predicate, or -1. */
  reporter: number;
  /** "according to X" on the clause: reported by X. */
  attributed: boolean;
  /** Past perfect outside reported speech, or "since <past year>", "years ago": recalled history. */
  background: boolean;
  /**
   * The clause head when the predicate's own clause is a known event recalled to place or explain another ("when the
   * Russians invaded, she fled", "the reason why Putin invaded Ukraine"), else -1: background unless the clause
   * dates itself within the news ("when he addressed the Council this week"; see `datedClause`).
   */
  anchor: number;
}

const NEGATORS = new Set(['not', "n't", 'never', 'no']);
/** Modals of obligation: what they govern is asked for, not done ("should … and impose sanctions"). */
const OBLIGATION = new Set(['should', 'must', 'ought']);
const CONDITIONS = new Set(['if', 'unless', 'whether', 'lest']);
/** "rather than", "instead of": the subordinator (or preposition) of an alternative not taken. */
const ALTERNATIVES = new Set(['rather', 'instead']);
const AGO_UNITS = new Set(['year', 'decade', 'century']);
const PERFECT = new Set(['had', "'d"]);

/** The clause head of every token, computed once per tree. */
const clauseCache = new WeakMap<Tree, Int32Array>();

export function clauseHeads(t: Tree): Int32Array {
  let out = clauseCache.get(t);
  if (out) return out;
  out = new Int32Array(t.end - t.start).fill(-2);
  const resolve = (k: number): number => {
    const i = k - t.start;
    if (out![i]! !== -2) return out![i]!;
    out![i] = k; // guard against cycles in a malformed parse
    const up = headOf(t, k);
    const r = relOf(t, k);
    const verbConj = r === 'conj' && isVerbal(t, k) && up >= 0 && isVerbal(t, up);
    const h = up < 0 || CLAUSAL.has(r) || verbConj ? k : resolve(up);
    out![i] = h;
    return h;
  };
  for (let k = t.start; k < t.end; k++) resolve(k);
  clauseCache.set(t, out);
  return out;
}

/** The clause above clause head `c` (the clause its head belongs to), or -1 at the root. */
function parentClause(t: Tree, c: number): number {
  const up = headOf(t, c);
  return up < 0 ? -1 : clauseHeads(t)[up - t.start]!;
}

/** Event noun `k` is the subject of predicate `x` that says something of it other than whether it occurred. */
function predicatedOf(t: Tree, k: number, x: number): boolean {
  if (isVerbal(t, k) || relOf(t, k) !== 'nsubj' || headOf(t, k) !== x) return false;
  const occurrence = cues().occurrence;
  const next = x + 1 < t.end ? t.tokens[x + 1]! : null;
  return !occurrence.has(t.tokens[x]!.lemma) && !(next && occurrence.has(`${t.tokens[x]!.lemma} ${next.lemma}`)); // ("take place", "break out")
}

export function clauseContext(t: Tree, k: number, publishedYear: number): ClauseContext {
  const c = cues();
  const out: ClauseContext = { negated: false, avoided: false, future: false, hypothetical: false, conditional: false, guess: false, scheduled: false, question: false, unasserted: false, denied: false, reporter: -1, attributed: false, background: false, anchor: -1 };
  const clause = clauseHeads(t)[k - t.start]!;
  // own children of the predicate (and of the clause head, for an event noun "held no talks")
  for (const x of k === clause ? [k] : [k, clause]) {
    for (const ch of kidsOf(t, x)) {
      const r = relOf(t, ch);
      const w = t.tokens[ch]!.norm;
      // (a negated predicate of an event noun's own saying it did not happen, "the talks did not take place"; any other
      // leaves the event its subject names: "the suspension of the deal does not mean a ban")
      if ((r === 'advmod' || r === 'neg' || r === 'det' || r === 'aux') && NEGATORS.has(w) && (r !== 'det' || x === k) && !(x !== k && predicatedOf(t, k, x))) out.negated = true;
      else if (r === 'aux' && c.future.has(w)) out.future = true;
      else if (r === 'aux' && c.hypothetical.has(w)) out.hypothetical = true;
      else if (r === 'advmod' && c.modalAdverbs.has(w)) { out.hypothetical = true; out.guess = true; } // "Russia possibly attacked"
      else if (r === 'obl' && caseOf(t, ch) === 'according to') out.attributed = true;
      // "would respond to any Israeli attack", "every new strike": an event noun of no one occasion names a kind
      else if (r === 'det' && x === k && !isVerbal(t, k) && c.anyDeterminers.has(w)) { out.hypothetical = true; out.conditional = true; }
    }
  }
  sharedAuxiliaries(t, clause, out);
  // "chose war instead of talks"
  if (ALTERNATIVES.has(caseOf(t, k).split(' ')[0]!)) out.avoided = true;
  // "in a failed effort to seize the capital", read from the words where the parse hangs the infinitive elsewhere
  if (k - 3 >= t.start && t.tokens[k - 1]!.norm === 'to' && c.attemptNouns.has(t.tokens[k - 2]!.lemma) && c.failing.has(t.tokens[k - 3]!.norm)) out.avoided = true;
  // "to avoid US sanctions": what is kept from happening did not happen
  const governor = headOf(t, k);
  if (relOf(t, k) === 'obj' && governor >= 0 && isVerbal(t, governor) && c.avoidance.has(t.tokens[governor]!.lemma)) out.avoided = true;
  // "prepared new sanctions", "is considering a ground offensive": planned, not done
  if (relOf(t, k) === 'obj' && governor >= 0 && isVerbal(t, governor) && c.planning.has(t.tokens[governor]!.lemma)) out.future = true;
  // "is going to attack": the infinitive of "going"; a headline's bare infinitive ("Russia to withdraw troops")
  const up = headOf(t, clause);
  // (not one that opens the sentence: "To read the report of the call, …" states a purpose, no plan)
  if (up < 0 && markOf(t, clause) === 'to' && childRel(t, clause, 'mark') !== t.start) out.future = true;
  if (relOf(t, clause) === 'xcomp' && up >= 0 && t.tokens[up]!.lemma === 'go' && t.tokens[up]!.norm === 'going') out.future = true;
  // "will keep shelling", "would continue to fight": the complement of a verb with a future or modal auxiliary shares it
  // when both have one subject (not "would enable Kyiv to strike", "can be seen advancing")
  if (relOf(t, clause) === 'xcomp' && up >= 0 && subjectControl(t, up)) {
    for (const ch of kidsOf(t, up)) {
      if (relOf(t, ch) !== 'aux') continue;
      const w = t.tokens[ch]!.norm;
      if (c.future.has(w)) out.future = true;
      else if (c.hypothetical.has(w)) out.hypothetical = true;
    }
  }
  // "waiting for Russia to attack", "on the lookout for Moscow to use …": a for-to infinitive is an act still awaited
  // ("it took weeks for Russia to capture the city" did happen)
  if (forSubject(t, clause) >= 0 && !(up >= 0 && t.tokens[up]!.lemma === 'take')) { out.hypothetical = true; out.conditional = true; }
  // "are expected to meet", "is scheduled to visit", "is due to sign": an occasion still to come
  if (relOf(t, clause) === 'xcomp' && up >= 0 && c.scheduling.has(t.tokens[up]!.lemma)) { out.future = true; out.scheduled = true; }
  // up the clauses: a condition, a wish, an infinitive of a noun ("the right to respond"), a reporting verb
  let first = true;
  // the clauses so far are complements without a subject of their own: "want to risk their lives fighting"
  let chain = !presupposedNoun(t, k);
  let content = false;
  for (let cl = clause, g = 0; cl >= 0 && g < 20; cl = parentClause(t, cl), g++) {
    const r = relOf(t, cl);
    if (r === 'ccomp') content = true;
    const h = headOf(t, cl);
    if (r === 'advcl' && CONDITIONS.has(markOf(t, cl))) { out.hypothetical = true; out.conditional = true; }
    // "would not approve the bid until Stockholm cracked down": "until" after a future or a modal sets a condition
    if (r === 'advcl' && markOf(t, cl) === 'until' && h >= 0 && modalOrFuture(t, h)) { out.hypothetical = true; out.conditional = true; }
    // "in case he is killed", "provided that NATO agrees": a condition the parser does not mark
    if (h >= 0 && conditionPhraseBefore(t, cl)) { out.hypothetical = true; out.conditional = true; }
    // "rather than see her held in detention", "instead of attacking Ukraine": the alternative not taken
    if ((r === 'advcl' || r === 'acl') && ALTERNATIVES.has(markOf(t, cl))) out.avoided = true;
    // "asked whether Russia would attack", "what happens if China invades": an open question asserts nothing
    if (r === 'ccomp' && (markOf(t, cl) === 'whether' || markOf(t, cl) === 'if')) { out.hypothetical = true; out.conditional = true; out.unasserted = true; }
    // "warned that if NATO attacked, …": a content clause that opens with "that" and then a condition is conditional
    // (its own clause only: the parse may hang the consequence, "then Russia would respond", below it)
    else if (cl === clause && r === 'ccomp' && [...kidsOf(t, cl)].some((x) => x > t.start && relOf(t, x) === 'mark' && CONDITIONS.has(t.tokens[x]!.norm) && relOf(t, x - 1) === 'mark')) { out.hypothetical = true; out.conditional = true; }
    if (h < 0) break;
    const hw = t.tokens[h]!;
    // the nearest speaker's verb decides: "denied that its forces had shelled" denies; "did not confirm that",
    // "declined to say whether", "stopped short of confirming" assert nothing
    if (out.reporter < 0 && r === 'ccomp' && isVerbal(t, h)) {
      if (c.denying.has(hw.lemma)) out.denied = true;
      else if (c.confirming.has(hw.lemma) && withheld(t, h)) { out.hypothetical = true; out.unasserted = true; }
    }
    if (chain && r === 'xcomp' && c.desire.has(hw.lemma)) { out.hypothetical = true; out.conditional = true; }
    // "analysts think Russia will attack again", "Kyiv fears that Moscow will launch an offensive": a belief, a fear or a
    // forecast is no report that the act happened or is planned
    // (the content's own verb only: "estimated that 1,500 died from Russian attacks" does not doubt the attacks, nor "hoping
    // that the rockets promised by the US will arrive" the promise)
    // (a forecast: the content's verb has a future or modal auxiliary; "officials believe Russia fired the missile"
    // reports a past act as they see it, which stays reported)
    if (first && r === 'ccomp' && isVerbal(t, k) && isVerbal(t, h) && c.belief.has(hw.lemma) && modalOrFuture(t, k)) { out.hypothetical = true; out.conditional = true; }
    // "it is likely that Russia will attack again", "makes it more likely that Ukraine will drive them out": a forecast
    // about the content's subject, no threat of its own
    if (first && (r === 'ccomp' || r === 'csubj') && hw.pos === 'ADJ' && c.forecastAdjectives.has(hw.lemma) && isVerbal(t, k) && modalOrFuture(t, k)) { out.hypothetical = true; out.conditional = true; out.guess = true; }
    // "urged Kyiv to negotiate", "called on Ukrainians to decide … or continue to fight", "demanded that Russia
    // withdraw": an act asked for is not done (the appeal itself is the event)
    // ("called on X to …", "called for Y to …": not "called the minister to discuss …", a phone call, nor "called them …")
    if (isVerbal(t, h) && c.appealVerbs.has(hw.lemma) && (r === 'xcomp' || (r === 'advcl' && markOf(t, cl) === 'to') || (r === 'ccomp' && markOf(t, cl) === 'that'))
      && (hw.lemma !== 'call' || [...kidsOf(t, h)].some((x) => APPEAL_CALL.has(caseOf(t, x)) && !TIME_NOUNS.has(t.tokens[x]!.lemma) && !DAY_WORDS.test(t.tokens[x]!.norm)))) { out.hypothetical = true; out.conditional = true; }
    // "would find it difficult to accuse", "is ready to strike": an infinitive of ease, readiness or likelihood
    // ("not interested in occupying", "capable of striking": the gerund of such an adjective too)
    if (chain && IRREALIS_MARKS.has(markOf(t, cl)) && IRREALIS_RELS.has(r) && hw.pos === 'ADJ' && c.irrealis.has(hw.lemma)) { out.hypothetical = true; out.conditional = true; }
    // "is preparing to launch a counteroffensive", "plans to hold talks": planned, not done
    if (chain && r === 'xcomp' && isVerbal(t, h) && c.planning.has(hw.lemma) && (markOf(t, cl) === 'to' || t.tokens[cl]!.norm.endsWith('ing'))) out.future = true;
    if (first && (recalledAnchor(t, cl, r) || presupposedParticiple(t, cl, r))) out.anchor = cl;
    // "to avoid being arrested", "prevented Russia from attacking"
    if (first && (r === 'xcomp' || (r === 'advcl' && markOf(t, cl) === 'from')) && c.avoidance.has(hw.lemma)) out.avoided = true;
    // "after failing to seize the city", "in a failed effort to seize the capital": the attempt did not succeed
    if (first && r === 'xcomp' && c.failing.has(hw.lemma)) out.avoided = true;
    if (first && r === 'acl' && markOf(t, cl) === 'to' && c.attemptNouns.has(hw.lemma) && failedAttempt(t, h)) out.avoided = true;
    // "the right to respond", "the task of destroying Ukraine": a goal or a right, not an act
    // ("a plan to strike", "the aim of capturing": planned, so future)
    if (chain && r === 'acl' && (markOf(t, cl) === 'to' || markOf(t, cl) === 'of') && !isVerbal(t, h) && c.infinitiveNouns.has(hw.lemma) && !c.attemptNouns.has(hw.lemma)) {
      // (deeper down, "the ability to stay in power and execute a war", no one's threat)
      if (c.planNouns.has(hw.lemma)) out.future = true; else { out.hypothetical = true; if (!first) out.conditional = true; }
    }
    if (out.reporter < 0 && (r === 'ccomp' || r === 'parataxis') && isVerbal(t, h) && c.reporting.has(hw.lemma)) out.reporter = h;
    for (const ch of kidsOf(t, h)) if (relOf(t, ch) === 'obl' && caseOf(t, ch) === 'according to') out.attributed = true;
    first = false;
    chain &&= (r === 'xcomp' || ((r === 'advcl' || r === 'acl' || r === 'conj') && !hasSubject(t, cl))) && !markOf(t, cl).match(/^(if|when|because|as|while|after|before|since|although|though|unless|until)$/);
  }
  // "the goal is to liberate Donbass", "the plan was to strike the bases": planned; "the idea is to": possible
  if (markOf(t, clause) === 'to' && !presupposedNoun(t, k)) {
    for (const ch of kidsOf(t, clause)) {
      const noun = t.tokens[ch]!.lemma;
      if (baseRel(t, ch) !== 'nsubj' || !c.infinitiveNouns.has(noun) || c.attemptNouns.has(noun)) continue;
      if (c.planNouns.has(noun)) out.future = true; else out.hypothetical = true;
    }
  }
  out.question = isQuestion(t, clause) && !quotedAfter(t, k);
  // the past perfect of a content clause ("denied that it had bombed", "said it had paid") is backshift, not history
  out.background = (out.reporter < 0 && !content && pastPerfect(t, k === clause ? k : clause)) || recalled(t, clause, publishedYear) || yearOfNoun(t, k, publishedYear);
  return out;
}

/** A verb of saying or confirming that is negated or withheld: "did not confirm", "declined to say", "stopped short of confirming". */
function withheld(t: Tree, h: number): boolean {
  for (const ch of kidsOf(t, h)) if ((relOf(t, ch) === 'advmod' || relOf(t, ch) === 'neg' || relOf(t, ch) === 'aux') && NEGATORS.has(t.tokens[ch]!.norm)) return true;
  let up = headOf(t, h);
  // "declined to confirm", "refused to say": the complement of the withholding verb (not "refused to meet him,
  // saying …", an adverbial clause of its own)
  if (relOf(t, h) === 'xcomp') return up >= 0 && isVerbal(t, up) && cues().withholding.has(t.tokens[up]!.lemma);
  // "stopped short of confirming": through the adjective the verb takes
  if (relOf(t, h) !== 'advcl' || markOf(t, h) !== 'of' || up < 0 || t.tokens[up]!.pos !== 'ADJ' || relOf(t, up) !== 'xcomp') return false;
  up = headOf(t, up);
  return up >= 0 && isVerbal(t, up) && cues().withholding.has(t.tokens[up]!.lemma);
}

/** "called on", "called upon", "called for": the prepositions that make "call" an appeal. */
const APPEAL_CALL = new Set(['on', 'upon', 'for']);
/** Days and months: "called Putin on Sunday to discuss …" is a call on a day, not a call on someone. */
const DAY_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d+)$/;

/** How an adjective governs the act it makes possible or wished: "difficult to accuse", "interested in occupying". */
const IRREALIS_MARKS = new Set(['to', 'in', 'of']);
const IRREALIS_RELS = new Set(['xcomp', 'csubj', 'ccomp', 'advcl', 'acl']);

/** Determiners that present an event noun as known ("its attack", "the invasion"). */
const DEMONSTRATIVES = new Set(['the', 'this', 'that', 'these', 'those']);
/** Prepositions that present an event noun as the circumstance of another act ("amid the attack", "under Russian attack"). */
const CIRCUMSTANCE = new Set(['amid', 'amidst', 'during', 'under', 'despite', 'following', 'after', 'since', 'before']);

/**
 * An event noun presented as known, not as what a goal, wish or plan is about: possessed or definite ("hold Russia to
 * account for its attack"), or the circumstance of the act ("plans to travel amid Russia's attack").
 */
function presupposedNoun(t: Tree, k: number): boolean {
  if (isVerbal(t, k)) return false;
  if (CIRCUMSTANCE.has(caseOf(t, k))) return true;
  for (const ch of kidsOf(t, k)) {
    const r = relOf(t, ch);
    const w = t.tokens[ch]!.norm;
    if (r === 'nmod:poss' || (r === 'det' && (DEMONSTRATIVES.has(w) || cues().possessivePronouns.has(w)))) return true;
  }
  return false;
}

/**
 * "will attack Kyiv and seize the capital", "should keep helping Ukraine and impose sanctions": a conjoined verb with
 * no subject and no auxiliary of its own shares its first conjunct's future or modal; a negation only across "or"/"nor"
 * ("did not attack Kyiv or seize the capital"; "did not attack but seized" did seize).
 */
function sharedAuxiliaries(t: Tree, clause: number, out: ClauseContext): void {
  const c = cues();
  // (through a controlled complement too: "should keep helping Ukraine and impose sanctions"); the conjunct is a bare
  // infinitive, as an auxiliary's verb is ("would put Kyiv in a precarious position, with … soldiers now fighting"
  // shares nothing, whatever the parse says)
  const w0 = t.tokens[clause]!;
  if (relOf(t, clause) !== 'conj' || w0.norm !== w0.lemma) return;
  for (let cl = clause, g = 0; g < 5; g++) {
    const r0 = relOf(t, cl);
    const up = headOf(t, cl);
    if (up < 0 || !isVerbal(t, cl) || !isVerbal(t, up) || hasSubject(t, cl) || childRel(t, cl, 'aux') >= 0 || childRel(t, cl, 'aux:pass') >= 0) return;
    if (r0 !== 'conj' && !(r0 === 'xcomp' && subjectControl(t, up))) return;
    const cc = childRel(t, cl, 'cc');
    const joiner = cc >= 0 ? t.tokens[cc]!.norm : '';
    for (const ch of kidsOf(t, up)) {
      const r = relOf(t, ch);
      const w = t.tokens[ch]!.norm;
      if (r === 'aux' && c.future.has(w)) out.future = true;
      else if (r === 'aux' && c.hypothetical.has(w)) out.hypothetical = true;
      else if (r === 'aux' && OBLIGATION.has(w)) { out.hypothetical = true; out.conditional = true; } // asked for, no one's threat
      else if ((r === 'advmod' || r === 'aux') && NEGATORS.has(w) && (joiner === 'or' || joiner === 'nor')) out.negated = true;
    }
    cl = up;
  }
}

/** Whether clause head `cl` has a subject of its own. */
function hasSubject(t: Tree, cl: number): boolean {
  for (const ch of kidsOf(t, cl)) if (baseRel(t, ch) === 'nsubj' || baseRel(t, ch) === 'csubj') return true;
  return false;
}

/**
 * "bridges damaged by Ukraine", "regions annexed by Russia in September": a past participle after the noun it describes,
 * in a sentence whose main clause is a verb's, presents the act as known, not as the news the sentence reports (like a
 * when-clause, it is background unless its own clause dates it). Not in a headline or caption ("Five killed in …").
 */
const ACTIVE_RELS = new Set(['nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'obj', 'iobj', 'ccomp', 'xcomp', 'conj']);

function presupposedParticiple(t: Tree, cl: number, r: string): boolean {
  if (r !== 'acl') return false;
  const w = t.tokens[cl]!;
  const noun = headOf(t, cl);
  if (w.pos !== 'VERB' || w.norm.endsWith('ing') || noun < 0 || noun > cl || markOf(t, cl)) return false;
  // a passive participle takes no subject, auxiliary, object or clause ("groups donated and delivered goods" is a misparse)
  for (const ch of kidsOf(t, cl)) if (ACTIVE_RELS.has(relOf(t, ch))) return false;
  // "a deal brokered by China": the participle describes an event the sentence reports, and is part of that news
  const n = t.tokens[noun]!;
  if (lexicon().byFirst.get(n.norm)?.single.some((e) => e.pos === 'n') || lexicon().byFirst.get(n.lemma)?.single.some((e) => e.pos === 'n')) return false;
  let root = cl;
  while (headOf(t, root) >= 0) root = headOf(t, root);
  return isVerbal(t, root);
}

/**
 * A past clause opened by "when" placing its sentence in time ("when the Russians invaded, …"), or by "why" explaining
 * ("the reason why Putin invaded"): not one with a future or modal ("when Russia invades"), which is no past event.
 */
function recalledAnchor(t: Tree, cl: number, r: string): boolean {
  let word = '';
  let modal = false;
  for (const ch of kidsOf(t, cl)) {
    const cr = relOf(t, ch);
    const w = t.tokens[ch]!.norm;
    if ((cr === 'mark' || cr === 'advmod') && (w === 'when' || w === 'why')) word = w;
    if (cr === 'aux' && (cues().future.has(w) || cues().hypothetical.has(w))) modal = true;
  }
  if (!word || modal) return false;
  return word === 'when' ? r === 'advcl' : r === 'advcl' || r === 'ccomp' || r === 'acl:relcl';
}

/** Whether a dated time mention stands in the clause headed by `cl` itself. */
export function datedClause(t: Tree, cl: number, times: readonly TimeMention[], tokenAt: (offset: number) => number): boolean {
  const heads = clauseHeads(t);
  for (const tm of times) {
    if (!tm.date) continue;
    const i = tokenAt(tm.start);
    if (i >= t.start && i < t.end && heads[i - t.start] === cl) return true;
  }
  return false;
}

/** Verb `h` has an active subject and no object, so its infinitive or participle complement shares that subject. */
function subjectControl(t: Tree, h: number): boolean {
  let subject = false;
  for (const ch of kidsOf(t, h)) {
    const r = relOf(t, ch);
    if (r === 'nsubj') subject = true;
    else if (r === 'obj' || r === 'iobj' || r === 'nsubj:pass' || r === 'aux:pass') return false;
  }
  return subject;
}

/** The verb `h`, or the verb it completes ("will keep shelling"), has a future or modal auxiliary ("will", "would not"). */
function modalOrFuture(t: Tree, h: number): boolean {
  const c = cues();
  for (let x = h, g = 0; x >= 0 && g < 4; x = relOf(t, x) === 'xcomp' ? headOf(t, x) : -1, g++) {
    for (const ch of kidsOf(t, x)) if (relOf(t, ch) === 'aux' && (c.future.has(t.tokens[ch]!.norm) || c.hypothetical.has(t.tokens[ch]!.norm))) return true;
  }
  return false;
}

/** A condition phrase of cues.json ("in case", "provided that", "as long as") just before clause `cl` or opening it. */
function conditionPhraseBefore(t: Tree, cl: number): boolean {
  const [first] = subtreeSpan(t, cl);
  for (const phrase of cues().conditionPhrases) {
    // the phrase before the clause, ending on its first word, or opening it ("As long as Ukraine withdraws, …")
    for (const end of [first - 1, first, first + phrase.length - 1]) {
      const start = end - phrase.length + 1;
      if (start < t.start || end >= t.end) continue;
      let same = true;
      for (let i = 0; i < phrase.length && same; i++) same = t.tokens[start + i]!.norm === phrase[i];
      if (same) return true;
    }
  }
  return false;
}

/** An attempt noun said to have failed: "a failed effort", "an unsuccessful bid". */
function failedAttempt(t: Tree, n: number): boolean {
  const failing = cues().failing;
  for (const ch of kidsOf(t, n)) if ((relOf(t, ch) === 'amod' || relOf(t, ch) === 'compound') && failing.has(t.tokens[ch]!.norm)) return true;
  return false;
}

/** A sentence ending in "?" whose main clause holds the predicate: "When did Russia invade Ukraine?". */
function isQuestion(t: Tree, clause: number): boolean {
  let last = t.end - 1;
  while (last > t.start && t.tokens[last]!.pos === 'PUNCT' && t.tokens[last]!.norm !== '?') last--;
  if (t.tokens[last]!.norm !== '?') return false;
  for (let cl = clause, g = 0; cl >= 0 && g < 20; cl = parentClause(t, cl), g++) {
    if (headOf(t, cl) < 0) return true;
    // a reported or embedded question is not the sentence's own question; but "Did Russia bomb the theatre?" parsed
    // with "Did" as the main verb and the rest its complement is the sentence's own, inverted question
    if (relOf(t, cl) === 'ccomp' && invertedDo(t, headOf(t, cl))) return true;
    if (relOf(t, cl) === 'ccomp' || relOf(t, cl) === 'advcl') return relOf(t, cl) === 'advcl';
  }
  return true;
}

/** Forms of "do" that open a yes/no question ("Did Russia …?", "Does China …?"). */
const QUESTION_DO = new Set(['do', 'does', 'did']);

/** Whether token h is a form of "do" opening the sentence: the auxiliary of an inverted question the parse made a verb. */
function invertedDo(t: Tree, h: number): boolean {
  let first = t.start;
  while (first < h && t.tokens[first]!.pos === 'PUNCT') first++;
  return h === first && QUESTION_DO.has(t.tokens[h]!.norm);
}

/**
 * "Russian forces are destroying bridges, according to X, who added: 'will they hold the city?'": a colon or an opening
 * quotation mark between the predicate and the closing "?" puts the question in someone's quoted words, after the
 * predicate's own statement.
 */
function quotedAfter(t: Tree, k: number): boolean {
  for (let i = k + 1; i < t.end - 1; i++) {
    const w = t.tokens[i]!;
    if (w.norm === ':' || w.norm === '“' || w.norm === '‘') return true;
    if ((w.norm === '"' || w.norm === "'") && t.tokens[i + 1]!.start === w.end && (i === t.start || t.tokens[i - 1]!.end < w.start)) return true;
  }
  return false;
}

/** "had deported", "had been shelled": the past perfect recalls an earlier time (outside reported speech). */
function pastPerfect(t: Tree, k: number): boolean {
  for (const ch of kidsOf(t, k)) if (relOf(t, ch) === 'aux' && PERFECT.has(t.tokens[ch]!.norm)) return true;
  // "had ordered the aid withheld but released it", "had adopted a position, demanding his departure": a conjunct or a
  // participle with no subject or auxiliary of its own shares the past perfect of the verb it hangs on
  const r = relOf(t, k);
  const up = headOf(t, k);
  if (up < 0 || !isVerbal(t, up) || (r !== 'conj' && r !== 'xcomp' && !(r === 'advcl' && t.tokens[k]!.norm.endsWith('ing') && !markOf(t, k)))) return false;
  for (const ch of kidsOf(t, k)) if (relOf(t, ch) === 'nsubj' || relOf(t, ch) === 'aux' || relOf(t, ch) === 'nsubj:pass') return false;
  for (const ch of kidsOf(t, up)) if (relOf(t, ch) === 'aux' && PERFECT.has(t.tokens[ch]!.norm)) return true;
  return false;
}

/** "the 2016 hacking", "the 2014 annexation": an event noun dated by a past year of its own is recalled history. */
function yearOfNoun(t: Tree, k: number, publishedYear: number): boolean {
  if (!publishedYear) return false;
  // (or the noun a light verb holds: "perpetrated the 2016 hacking")
  const noun = isVerbal(t, k) && !t.tokens[k]!.norm.endsWith('ing') ? childRel(t, k, 'obj') : k;
  if (noun < 0) return false;
  for (const ch of kidsOf(t, noun)) {
    const r = relOf(t, ch);
    // (a count is no year: "fired 1900 shells", "killed 2000 civilians")
    if (r !== 'compound' && r !== 'amod' && r !== 'nmod:poss') continue;
    const m = /^(1[89]\d\d|20\d\d)$/.exec(t.tokens[ch]!.norm);
    if (m && Number(m[1]) < publishedYear) return true;
  }
  return false;
}

/** A past year ("in 2014", "since 2014", "in the 1990s") or "years ago" among the clause's own words. */
function recalled(t: Tree, clause: number, publishedYear: number): boolean {
  if (!publishedYear) return false;
  const heads = clauseHeads(t);
  for (let k = t.start; k < t.end; k++) {
    if (heads[k - t.start] !== clause) continue;
    const w = t.tokens[k]!;
    if (w.norm === 'ago' && k > t.start && (AGO_UNITS.has(t.tokens[k - 1]!.lemma) || AGO_UNITS.has(t.tokens[k - 1]!.norm.replace(/s$/, '')))) return true; // "Decades ago"
    const m = /^(1[89]\d\d|20\d\d)s?$/.exec(w.norm);
    if (m && Number(m[1]) < publishedYear && yearLead(t, k)) return true;
    if (thenPhraseAt(t, k, heads, clause)) return true;
  }
  // "dates back to 1991, when Armenian forces seized …": a when-clause is at the time of the clause it hangs on
  const up = headOf(t, clause);
  if (up >= 0 && (relOf(t, clause) === 'advcl' || relOf(t, clause) === 'acl:relcl') && [...kidsOf(t, clause)].some((c) => t.tokens[c]!.norm === 'when' && (relOf(t, c) === 'advmod' || relOf(t, c) === 'mark'))) {
    return recalled(t, clauseHeads(t)[up - t.start]!, publishedYear);
  }
  return false;
}

/**
 * "Back then, Moscow cut off gas", "At the time, Washington imposed sanctions": a phrase pointing back to a time the
 * text has left (`thenPhrases`), starting at token `k` among the clause's own words ("at the time of writing" is now).
 */
function thenPhraseAt(t: Tree, k: number, heads: Int32Array, clause: number): boolean {
  const first = t.tokens[k]!.norm;
  for (const words of cues().thenPhrases) {
    if (words[0] !== first || k + words.length > t.end) continue;
    let same = true;
    for (let i = 0; i < words.length && same; i++) same = t.tokens[k + i]!.norm === words[i];
    if (!same || (k + words.length < t.end && t.tokens[k + words.length]!.norm === 'of')) continue;
    // ("… were shelling Kharkiv at the time" may be the time of today's event; fronted, it sets a scene in the past)
    if (k !== t.start && !ANYWHERE_THEN.has(words.join(' '))) continue;
    for (let i = 0; i < words.length; i++) if (heads[k + i - t.start] === clause) return true;
  }
  return false;
}

/** Then-phrases that point back wherever they stand ("back then"); the others only when they open the sentence. */
const ANYWHERE_THEN = new Set(['back then']);

const YEAR_LEADS = new Set(['in', 'since', 'during', 'until', 'by', 'between']);
const TIMING_PREPS = new Set(['after', 'before', 'during', 'following', 'since', 'until', 'in']);
const MODIFIER_RELS = new Set(['compound', 'amod', 'nmod:poss']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** "in 2014", "since 2014", "in March 2014", "in the 1990s", "back to 1991", "between 1998 and 2000": a year that dates its clause, not "the 2014 elections". */
function yearLead(t: Tree, k: number): boolean {
  if (YEAR_LEADS.has(caseOf(t, k))) return true;
  // "after the 2008 war", "during the 1990s conflict": a year of the noun that times the clause
  const noun = headOf(t, k);
  if (noun >= 0 && MODIFIER_RELS.has(relOf(t, k)) && TIMING_PREPS.has(caseOf(t, noun))) return true;
  if (caseOf(t, k) === 'to' && k >= t.start + 2 && t.tokens[k - 2]!.norm === 'back') return true; // "dates back to 1991"

  const up = headOf(t, k);
  return up >= 0 && MONTHS.has(t.tokens[up]!.norm) && (YEAR_LEADS.has(caseOf(t, up)) || relOf(t, up) === 'obl' || relOf(t, up) === 'obl:tmod');
}

/**
 * The dated time mention of the predicate's clause: inside the clause itself (not a nested one), else in
 * the clauses above it; null when only other clauses are dated.
 */
export function clauseTime(t: Tree, k: number, times: readonly TimeMention[], tokenAt: (offset: number) => number): TimeMention | null {
  const heads = clauseHeads(t);
  const own = heads[k - t.start]!;
  let best: TimeMention | null = null;
  let bestRank = Infinity;
  for (const tm of times) {
    if (!tm.date) continue;
    const i = tokenAt(tm.start);
    if (i < t.start || i >= t.end) continue;
    // "suspending its participation in the July 22 deal": a date inside a noun phrase dates that noun, not the clause
    if (datesOtherNoun(t, i, tokenAt(Math.max(tm.start, tm.end - 1)), k)) continue;
    // rank: 0 = own clause, n = n clauses above; nested or sibling clauses do not count
    let rank = 0;
    let found = false;
    for (let cl = own; cl >= 0 && rank < 20; cl = parentClause(t, cl), rank++) {
      if (heads[i - t.start] === cl) { found = true; break; }
    }
    if (found && (rank < bestRank || (rank === bestRank && best && Math.abs(tm.start - t.tokens[k]!.start) < Math.abs(best.start - t.tokens[k]!.start)))) { best = tm; bestRank = rank; }
  }
  return best;
}

/** The time mention on tokens [i, j] modifies a noun other than the event's own word `k` ("the July 22 deal"). */
function datesOtherNoun(t: Tree, i: number, j: number, k: number): boolean {
  for (let x = i; x <= j && x < t.end; x++) {
    const up = headOf(t, x);
    if (up >= i && up <= j) continue; // inside the mention
    if (up < 0 || up === k || !NOUN_MODIFIER_RELS.has(relOf(t, x))) return false;
    const w = t.tokens[up]!;
    // (a noun that times the clause keeps the date: "days after the 24 February invasion"; and a sentence-opening
    // date the parse hung on the subject is the clause's: "On 3 March Russian forces shelled …")
    const r = relOf(t, up);
    const placed = (r === 'obl' || r === 'nmod' || r === 'obj') && !RELATIVE_TIMING.has(caseOf(t, up));
    return placed && !isVerbal(t, up) && t.upos[up - t.start] === 'NOUN' && !TIME_NOUNS.has(w.lemma) && !cues().counting.has(w.norm);
  }
  return false;
}
const NOUN_MODIFIER_RELS = new Set(['compound', 'amod', 'nummod', 'nmod:poss', 'nmod:unmarked']);
const RELATIVE_TIMING = new Set(['after', 'before', 'during', 'following', 'since', 'until', 'amid']);
const TIME_NOUNS = new Set(['day', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'date', 'time', 'period', 'deadline']);

const PAST_AUX = new Set(['was', 'were', 'had', 'has', 'have', 'did', "'d"]);

/**
 * "insisted that Bandera was not involved", "insisted that he had played tough": a that-clause in the past
 * indicative states a fact; only a base or modal verb ("demanded that Kyiv halt", "insists Russia must leave")
 * makes the clause a demand.
 */
export function statesFact(t: Tree, k: number): boolean {
  // the content clause, or a that-clause the parse hung on the verb's oblique ("insisted on the call that he played …")
  const contents: number[] = [];
  for (const c of kidsOf(t, k)) {
    if (relOf(t, c) === 'ccomp') contents.push(c);
    else if (relOf(t, c) === 'obl') for (const g of kidsOf(t, c)) if (relOf(t, g).startsWith('acl') && markOf(t, g) === 'that') contents.push(g);
  }
  for (const c of contents) {
    const w = t.tokens[c]!;
    for (const a of kidsOf(t, c)) {
      const r = relOf(t, a);
      if ((r === 'aux' || r === 'aux:pass' || r === 'cop') && PAST_AUX.has(t.tokens[a]!.norm)) return true;
      if (r === 'aux' && t.tokens[a]!.norm !== 'to') return false; // a modal: "must", "should", "will"
    }
    return isVerbal(t, c) && w.norm !== w.lemma && /ed$/.test(w.norm);
  }
  return false;
}
