/**
 * Who did it and to whom, read from the dependency tree (the word-window fallback is roles.ts):
 * - a verb's actor is its subject, the `obl:agent` ("by X") of a passive, the subject (or, after an object,
 *   the object: "urged Russia to halt") of the verb governing an xcomp, the shared subject of coordinated
 *   verbs, the noun a participle or relative clause modifies ("troops fighting in", "Russia, which invaded");
 *   its recipient is the object (the indirect object of giving), or the preposition frame it takes ("fired
 *   at", "met with", "sanctions on", "withdrew from"), the subject of a passive;
 * - an event noun's actor is its possessor, an actor modifier ("Russian strikes"), "by X", "between X and Y",
 *   or the subject of the verb it serves ("launched an attack", "during a call with Putin, Trump said");
 *   its recipient its own preposition phrase ("talks with", "the attack on").
 * Actors are the actor mentions whose words hold the argument's head token, or lie in its noun phrase
 * (possessor, modifiers, "of" phrase, apposition) but not in a nested clause; coordination gives every conjunct.
 *
 *   treeVerbRoles(view, tree, head, false) // { actors: [Russia], recipients: [Ukraine], passive: false, between: false }
 */
import { agentSectorOf } from '../../knowledge/index.js';
import { NO_COUNTRY } from '../../knowledge/matcher.js';
import { genderOf } from '../actors/coref.js';
import { cues } from './cues.js';
import type { Roles } from './roles.js';
import { isLight } from './roles.js';
import type { MentionRef, SentenceView } from './sentence.js';
import { CLAUSAL, caseOf, childRel, conjuncts, forSubject, headOf, isVerbal, kidsOf, markOf, relOf, subtreeSpan, type Tree } from './tree.js';

/** Prepositions that give a verb or an event noun its recipient ("fired at", "talks with", "sanctions on"). */
const FRAME_PREPS = new Set(['on', 'upon', 'against', 'at', 'with', 'to', 'into', 'toward', 'towards', 'over', 'from', 'for']);
/** Prepositions of place: their object is a recipient of force only ("shelling in Kharkiv"). */
const PLACE_PREPS = new Set(['in', 'near', 'inside', 'across', 'around', 'outside', 'throughout', 'within']);
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
/** Inside an argument's noun phrase, where its actor may be named ("the head of Russia's army"). */
const NP_RELS = new Set(['nmod:poss', 'compound', 'amod', 'flat', 'flat:name', 'appos', 'nmod']);

const mentionAt = (v: SentenceView, k: number): MentionRef | null => {
  const i = v.mentionAt[k - v.start]!;
  return i >= 0 ? v.mentions[i]! : null;
};

/**
 * The node whose mention an argument node names: its head token's own mention, else one in its noun phrase
 * (modifiers first, then a possessor, then an "of" phrase or apposition), never inside a nested clause; -1 if none.
 * "its partners" names no one: a possessive pronoun is the possessor, not the argument.
 */
export function mentionNode(v: SentenceView, t: Tree, k: number, depth = 0): number {
  if (mentionAt(v, k)) return k;
  if (depth > 2) return -1;
  let poss = -1;
  let later: number[] | null = null;
  for (const c of kidsOf(t, k)) {
    const r = relOf(t, c);
    if (!NP_RELS.has(r)) continue;
    if (r === 'nmod:poss') { if (t.tokens[c]!.pos !== 'PRON') poss = c; continue; }
    if (r === 'nmod' || r === 'appos') {
      if (r === 'nmod' && caseOf(t, c) !== 'of') continue;
      (later ??= []).push(c);
      continue;
    }
    const m = mentionNode(v, t, c, depth + 1);
    if (m >= 0) return m;
  }
  if (poss >= 0) { const m = mentionNode(v, t, poss, depth + 1); if (m >= 0) return m; }
  if (later) for (const c of later) { const m = mentionNode(v, t, c, depth + 1); if (m >= 0) return m; }
  return -1;
}

export function mentionOfNode(v: SentenceView, t: Tree, k: number): MentionRef | null {
  const n = mentionNode(v, t, k);
  return n >= 0 ? mentionAt(v, n) : null;
}

/** Mentions of `k` and its conjuncts ("Russia and Belarus", "Hungarian and Romanian officials"), each once. */
function mentionsOf(v: SentenceView, t: Tree, k: number, places: boolean): MentionRef[] {
  const out: MentionRef[] = [];
  for (const c of conjuncts(t, k)) {
    const n = mentionNode(v, t, c);
    if (n < 0) continue;
    // the mention may come from a coordinated modifier: every conjunct of it counts
    for (const x of n === c ? [n] : conjuncts(t, n)) {
      const m = mentionAt(v, x);
      if (m && (places || !m.place) && !out.includes(m)) out.push(m);
    }
  }
  return out;
}

/** Relations in which a bare past participle stands without its own auxiliary ("a girl injured by", "killed and 31 wounded"). */
const BARE_PARTICIPLE = new Set(['acl', 'advcl', 'conj', 'xcomp', 'amod']);
const PARTICIPLE = /(ed|en|wn)$/;

/** A passive the tree marks with its own auxiliary or passive subject ("was struck", "Kyiv was struck"). */
export function markedPassive(t: Tree, k: number): boolean {
  for (const c of kidsOf(t, k)) { const r = relOf(t, c); if (r === 'nsubj:pass' || r === 'aux:pass' || r === 'csubj:pass') return true; }
  return false;
}

function isPassive(t: Tree, k: number, depth = 0): boolean {
  // "is prepared to impose", "are ready to talk": an adjectival participle taking an infinitive
  if (childRel(t, k, 'xcomp') > k && t.tokens[k + 1]?.norm === 'to') return false;
  // "Israel is opposed to French mediation", "forces engaged in ethnic cleansing": a state of the subject, who acts
  if (stativeParticiple(t, k)) return false;
  if (markedPassive(t, k)) return true;
  const r = relOf(t, k);
  if (childRel(t, k, 'aux') >= 0 || childRel(t, k, 'cop') >= 0 || !BARE_PARTICIPLE.has(r) || !PARTICIPLE.test(t.tokens[k]!.norm)) return false;
  // "property seized by the army", "a girl injured by a Russian attack": a bare past participle with its agent
  if (agentOf(t, k) >= 0) return true;
  // "six were killed and 31 others wounded": a bare participle coordinated with a passive shares its voice
  const up = headOf(t, k);
  return r === 'conj' && up >= 0 && depth < 3 && isPassive(t, up, depth + 1);
}

function stativeParticiple(t: Tree, k: number): boolean {
  const stative = cues().stative;
  const lemma = t.tokens[k]!.lemma;
  for (const c of kidsOf(t, k)) if (relOf(t, c) === 'obl' && stative.has(`${lemma} ${caseOf(t, c)}`)) return true;
  return false;
}

export function agentOf(t: Tree, k: number): number {
  const own = ownAgent(t, k);
  if (own >= 0) return own;
  // "was planned and carried out by X" (the agent after the last conjunct is every conjunct's), and "was shelled
  // by X and destroyed" (a later participle with no subject of its own shares the first one's)
  for (const c of kidsOf(t, k)) if (relOf(t, c) === 'conj' && c > k && sharesVoice(t, c)) { const a = ownAgent(t, c); if (a >= 0) return a; }
  const up = headOf(t, k);
  return relOf(t, k) === 'conj' && up >= 0 && up < k && sharesVoice(t, k) ? ownAgent(t, up) : -1;
}

function ownAgent(t: Tree, k: number): number {
  for (const c of kidsOf(t, k)) {
    const r = relOf(t, c);
    if (r === 'obl:agent' || (r === 'obl' && caseOf(t, c) === 'by')) return c;
  }
  return -1;
}

/**
 * The `by` agent of a bare participle of doing (`doingParticiples`) describing noun `n` ("aid pledged by Japan",
 * "strikes carried out by Russian forces"; not "rallies broken up by police"), or -1; also of one the parse hangs on the verb right after the noun's phrase ("destroyed in an airstrike
 * launched by the army").
 */
function participleAgent(t: Tree, n: number): number {
  const bare = (c: number) => t.tokens[c]!.pos === 'VERB' && cues().doingParticiples.has(t.tokens[c]!.lemma) && !['nsubj', 'nsubj:pass', 'aux', 'aux:pass'].some((r) => childRel(t, c, r) >= 0);
  for (const c of kidsOf(t, n)) if (relOf(t, c) === 'acl' && c > n && bare(c)) { const a = ownAgent(t, c); if (a >= 0) return a; }
  const up = headOf(t, n);
  const next = subtreeSpan(t, n)[1] + 1;
  if (up < 0 || next >= t.end || headOf(t, next) !== up || relOf(t, next) !== 'advcl' || !bare(next)) return -1;
  return ownAgent(t, next);
}

/** A conjoined participle with no subject of its own ("planned and committed"), which shares its partner's agent. */
function sharesVoice(t: Tree, k: number): boolean {
  // ("occupied by Russian forces …, and continued fighting": a conjunct with an object or complement is active)
  if (['nsubj', 'nsubj:pass', 'obj', 'xcomp', 'ccomp'].some((r) => childRel(t, k, r) >= 0)) return false;
  return isVerbal(t, k) && PARTICIPLE.test(t.tokens[k]!.norm);
}

/**
 * The node(s) that act for verb `k`: its subject, a passive's agent, or what it inherits from the verb or
 * noun it depends on. Empty when the tree names no one.
 */
export function actorNodes(t: Tree, k: number, depth = 0): number[] {
  if (isPassive(t, k)) { const a = agentOf(t, k); return a >= 0 ? [a] : []; }
  const plain = childRel(t, k, 'nsubj');
  const s = plain < 0 && stativeParticiple(t, k) ? childRel(t, k, 'nsubj:pass') : plain;
  const r = relOf(t, k);
  const up = headOf(t, k);
  if (s >= 0) {
    // "Russia, which invaded …": the relative pronoun stands for the noun the clause modifies
    if (RELATIVE.has(t.tokens[s]!.norm) && r === 'acl:relcl' && up >= 0) return [up];
    return [s];
  }
  // "on the lookout for Russia to use …", "waiting for Kyiv to respond": the noun of "for" before "to" is the subject
  const forTo = forSubject(t, k);
  if (forTo >= 0) return [forTo];
  if (up < 0 || depth > 4) return [];
  if (r === 'xcomp') {
    // object control: "urged Russia to halt" -> Russia halts; subject control: "Russia vowed to halt"
    const o = childRel(t, up, 'obj');
    if (o >= 0 && isVerbal(t, up)) return [o];
    return isVerbal(t, up) ? actorNodes(t, up, depth + 1) : [];
  }
  if (r === 'conj' && isVerbal(t, up)) return actorNodes(t, up, depth + 1);
  // "reported on Russian forces using torture": a gerund right after its verb's oblique is what it says of that party
  if (r === 'advcl' && !markOf(t, k) && t.tokens[k]!.norm.endsWith('ing')) { const doer = nounJustBefore(t, up, k); if (doer >= 0) return [doer]; }
  // "Putin was in Ashgabat, meeting with …": a participle of a nominal predicate has its subject
  // (a gerund with its own possessor or article is a noun, whoever speaks of it: "speaking about Kira's killing")
  if (r === 'advcl') return (isVerbal(t, up) || childRel(t, up, 'nsubj') >= 0) && !nounGerund(t, k) ? actorNodes(t, up, depth + 1) : [];
  // "Putin was in Ashgabat, meeting with …", "Russia is the country attacking Ukraine": the predicate's subject
  // (a predicate noun that names a party is the doer itself: "the attackers were Russian saboteurs targeting civilians")
  // ("is in the Ukrainian army fighting …"; a gerund with its own possessor or article is a noun: "Kira's killing")
  if (r === 'acl' && t.tokens[k]!.norm.endsWith('ing') && !nounGerund(t, k) && childRel(t, up, 'cop') >= 0 && childRel(t, up, 'nsubj') >= 0) return [up, ...actorNodes(t, up, depth + 1)];
  if (r === 'acl' || r === 'acl:relcl') return [up]; // "troops fighting in the east", "forces that shelled the town"
  return [];
}

/** A gerund with its own possessor or article: "Kira's killing", "the shelling". */
function nounGerund(t: Tree, k: number): boolean {
  return t.tokens[k]!.norm.endsWith('ing') && (childRel(t, k, 'nmod:poss') >= 0 || childRel(t, k, 'det') >= 0);
}

/** The oblique of verb `up` whose words end right before token `k`, or -1 (not an object: "attacked Kyiv using drones"). */
function nounJustBefore(t: Tree, up: number, k: number): number {
  for (const c of kidsOf(t, up)) {
    const r = relOf(t, c);
    if (r !== 'obl' || c >= k) continue;
    if (subtreeSpan(t, c)[1] === k - 1) return c;
  }
  return -1;
}

/** Recipient nodes of an active verb: indirect object, object, then a preposition frame. */
function objectNodes(t: Tree, k: number, places: boolean): number[] {
  const out: number[] = [];
  const iobj = childRel(t, k, 'iobj');
  if (iobj >= 0) out.push(iobj);
  const obj = childRel(t, k, 'obj');
  if (obj >= 0) {
    out.push(obj);
    // "imposed sanctions on Russia": the noun's own frame phrase, or its last conjunct's ("sent helmets and body
    // armour to Ukraine": the parse hangs the phrase on the nearest noun)
    for (const n of [obj, ...[...kidsOf(t, obj)].filter((c) => relOf(t, c) === 'conj')]) {
      for (const c of kidsOf(t, n)) if (relOf(t, c) === 'nmod' && FRAME_PREPS.has(caseOf(t, c))) out.push(c);
    }
  } else if (relOf(t, k) === 'acl:relcl' && childRel(t, k, 'nsubj') >= 0 && !RELATIVE.has(t.tokens[childRel(t, k, 'nsubj')]!.norm)) {
    out.push(headOf(t, k)); // "the town that Russian forces shelled"
  }
  out.push(...frameNodes(t, k, places));
  return out;
}

function frameNodes(t: Tree, k: number, places: boolean): number[] {
  const out: number[] = [];
  const later: number[] = [];
  for (const c of kidsOf(t, k)) {
    if (relOf(t, c) !== 'obl') continue;
    const p = caseOf(t, c);
    if (FRAME_PREPS.has(p)) out.push(c);
    else if (places && PLACE_PREPS.has(p)) later.push(c);
  }
  return out.concat(later);
}

export function mentionsOfNodes(v: SentenceView, t: Tree, nodes: number[], places: boolean, exclude: readonly MentionRef[] = []): MentionRef[] {
  // a named party in a later argument beats a generic one before it ("sent howitzers and drones to Ukraine": not the
  // drones); a place or a phrase of place does not ("arrested protesters in Moscow", "civilians killed in Putin's war")
  let generics: MentionRef[] | null = null;
  for (const n of nodes) {
    const ms = mentionsOf(v, t, n, places).filter((m) => !exclude.includes(m));
    if (!ms.length) continue;
    if (!ms.every(generic)) { if (!generics || (ms.every((m) => !m.place) && !PLACE_PREPS.has(caseOf(t, n)))) return ms; continue; }
    generics ??= ms;
  }
  if (generics) return generics;
  for (const n of nodes) {
    const ms = genericAgents(v, t, n);
    if (ms.length) return ms;
  }
  return [];
}

/** The modifiers that belong to an agent's name ("the main opposition party", "riot police", "suicide bomber"). */
const NAME_MODIFIERS = new Set(['compound', 'amod']);

/**
 * A party the actor mentions miss but the parse shows: a generic agent noun heading an argument ("teachers marched",
 * "police arrested members of the main opposition party") is coded `---` with its sector from the agents dictionary
 * (the event's place may give its country later); every conjunct counts ("students and teachers").
 */
function genericAgents(v: SentenceView, t: Tree, k: number): MentionRef[] {
  const out: MentionRef[] = [];
  for (const c of conjuncts(t, k)) {
    let head = c;
    if (cues().counting.has(t.tokens[head]!.norm)) { // "thousands of teachers", "members of the party"
      const of = [...kidsOf(t, head)].find((x) => relOf(t, x) === 'nmod' && caseOf(t, x) === 'of');
      if (of === undefined) continue;
      head = of;
    }
    const w = t.tokens[head]!;
    if (w.pos !== 'NOUN' && w.pos !== 'PROPN') continue;
    // "its military", "their troops" belong to an owner named before (coreference reads them), not to the place
    if ([...kidsOf(t, head)].some((x) => relOf(t, x) === 'nmod:poss' && t.tokens[x]!.pos === 'PRON')) continue;
    let first = head;
    while (first - 1 >= v.start && t.head[first - 1 - t.start] === head && NAME_MODIFIERS.has(relOf(t, first - 1))) first--;
    let text = '';
    for (let i = first; i <= head; i++) text += (i > first && t.tokens[i]!.start > t.tokens[i - 1]!.end ? ' ' : '') + t.tokens[i]!.norm;
    const sector = agentSectorOf(text);
    if (!sector) continue;
    const code = memberOf(v, t, head)?.m.code ?? NO_COUNTRY;
    out.push({ m: { start: t.tokens[first]!.start, end: w.end, text, code, sector, kind: 'sector', sentence: w.sentence }, first, last: head, place: false });
  }
  return out;
}

/** "Russian aircraft including helicopter gunships", "Syrian forces, mostly conscripts": the coded group an agent noun belongs to. */
function memberOf(v: SentenceView, t: Tree, k: number): MentionRef | null {
  const up = headOf(t, k);
  const rel = relOf(t, k);
  if (up < 0 || !(rel === 'appos' || (rel === 'nmod' && MEMBER_PREPS.has(caseOf(t, k))))) return null;
  const owner = mentionOfNode(v, t, up);
  return owner && !generic(owner) && !owner.place ? owner : null;
}

const MEMBER_PREPS = new Set(['including', 'such as', 'like', 'among']);

/** "Security forces in Guinea": an uncoded agent noun located by a place stands for that place's country. */
function locatedAgent(v: SentenceView, t: Tree, k: number): MentionRef[] {
  const w = t.tokens[k]!;
  const agents = cues().agentNouns;
  if (!agents.has(w.lemma) && !agents.has(w.norm.replace(/s$/, ''))) return [];
  for (const c of kidsOf(t, k)) {
    if (relOf(t, c) !== 'nmod' || !PLACE_PREPS.has(caseOf(t, c)) && caseOf(t, c) !== 'from') continue;
    const m = mentionAt(v, c);
    if (m?.place) return [{ ...m, place: false }];
  }
  return [];
}

export function actorsOfNodes(v: SentenceView, t: Tree, nodes: number[]): MentionRef[] {
  const out: MentionRef[] = [];
  for (const n of nodes) {
    const ms = mentionsOf(v, t, n, false);
    // "gunmen from Tajikistan", "Russian aircraft including helicopter gunships": the agent's country from its phrase
    const origin = ms.length && ms.every(generic) ? originOf(v, t, n) ?? memberOf(v, t, n)?.m.code ?? null : null;
    if (origin) out.push(...ms.map((m) => ({ ...m, m: { ...m.m, code: origin } })));
    else if (ms.length) out.push(...ms);
    else {
      const located = locatedAgent(v, t, n);
      out.push(...(located.length ? located : genericAgents(v, t, n)));
    }
  }
  return out;
}

/**
 * "threatened to close the strait if the United States imposed sanctions": the party whose act a threat's
 * condition names, on the threatening verb or its complement ("if"/"unless" clauses), is who is threatened.
 */
export function conditionedParty(v: SentenceView, t: Tree, k: number): MentionRef[] {
  const verbs = [k, ...[...kidsOf(t, k)].filter((c) => relOf(t, c) === 'xcomp' || relOf(t, c) === 'ccomp')];
  // "warned that Russia would pay a heavy price if …": who would suffer the consequence is threatened
  for (const h of verbs) {
    if (h === k || !cues().suffering.has(t.tokens[h]!.lemma)) continue;
    const sufferer = actorsOfNodes(v, t, actorNodes(t, h));
    if (sufferer.length) return sufferer;
  }
  for (const h of verbs) {
    for (const c of kidsOf(t, h)) {
      // (the parse may hang the condition as a second content clause: "warned that if X …, Y would …")
      if ((relOf(t, c) !== 'advcl' && relOf(t, c) !== 'ccomp') || !conditionMarked(t, c)) continue;
      const parties = actorsOfNodes(v, t, actorNodes(t, c));
      if (parties.length) return parties;
    }
  }
  return [];
}

/** Clause `c` opens with "if" or "unless" (a condition). */
export function conditionMarked(t: Tree, c: number): boolean {
  return [...kidsOf(t, c)].some((x) => relOf(t, x) === 'mark' && (t.tokens[x]!.norm === 'if' || t.tokens[x]!.norm === 'unless'));
}

/**
 * "Russian forces destroyed bridges as they fled": the pronoun subject of an adverbial or coordinated clause
 * stands for the subject of the clause it hangs on ("he"/"she" for a person, "it"/"they" for anything else).
 */
export function pronounAntecedent(v: SentenceView, t: Tree, k: number): MentionRef[] {
  const s = childRel(t, k, 'nsubj');
  if (s < 0 || t.tokens[s]!.pos !== 'PRON') return [];
  const word = t.tokens[s]!.norm;
  const person = word === 'he' || word === 'she';
  if (!person && word !== 'they' && word !== 'it') return [];
  const r = relOf(t, k);
  const up = headOf(t, k);
  if ((r !== 'advcl' && r !== 'conj') || up < 0 || !isVerbal(t, up)) return [];
  const fits = (m: MentionRef) => m.last < s && (m.m.kind === 'person') === person;
  // "police detained the activists after they attacked …": a party in the object could be meant as well
  if (mentionsOfNodes(v, t, objectNodes(t, up, false), false).some(fits)) return [];
  return actorsOfNodes(v, t, actorNodes(t, up)).filter(fits);
}

/** "two gunmen from Tajikistan", "fighters from Hezbollah": the country a generic agent comes from, or null. */
function originOf(v: SentenceView, t: Tree, k: number): string | null {
  for (const c of kidsOf(t, k)) {
    if (relOf(t, c) !== 'nmod' || caseOf(t, c) !== 'from') continue;
    const m = mentionAt(v, c);
    if (m && !generic(m)) return m.m.code;
  }
  return null;
}

/** What a passive verb acts on: its subject, the noun its participle modifies, or its coordinated verb's subject. */
function passiveSubjects(t: Tree, k: number): number[] {
  const own = childRel(t, k, 'nsubj:pass');
  if (own >= 0) return [own];
  // "and 31 others wounded": the parser's plain subject of a bare participle, then the subject it shares
  const plain = childRel(t, k, 'nsubj');
  const out = plain >= 0 ? [plain] : [];
  const up = headOf(t, k);
  const r = relOf(t, k);
  if (up < 0) return out;
  if (r === 'acl' || r === 'amod' || (r === 'advcl' && !isVerbal(t, up))) out.push(up);
  else if (r === 'conj' && isVerbal(t, up)) out.push(...passiveSubjects(t, up));
  // "Wounded by shelling, the soldiers held the line": a participial adjunct is about the clause's subject
  else if (r === 'advcl' && childRel(t, up, 'nsubj') >= 0) out.push(childRel(t, up, 'nsubj'));
  return out;
}

/**
 * Roles of verb `k`. English puts the subject before its verb and the object after it (the passive's agent
 * after it); a mention on the wrong side is a parse gone wrong and is left out, so the caller falls back.
 */
export function treeVerbRoles(v: SentenceView, t: Tree, k: number, places: boolean): Roles {
  const passive = isPassive(t, k);
  // a passive's agent follows it, or follows the participle it is conjoined to ("arrested by police and beaten")
  const up = headOf(t, k);
  const after = passive && relOf(t, k) === 'conj' && up >= 0 && up < k ? up : k;
  // (a subject the clause takes from the clause it modifies may follow it: "After meeting Putin, Macron said …")
  // (a gerund: "Asked about Britain, Lavrov said" is asked of him)
  const borrowed = !passive && childRel(t, k, 'nsubj') < 0 && relOf(t, k) === 'advcl' && t.tokens[k]!.norm.endsWith('ing');
  let actors = actorsOfNodes(v, t, actorNodes(t, k)).filter((m) => (passive ? m.first > after : m.last < k || borrowed));
  // "damaged by drones, blamed on Ukraine", "killed in an attack blamed on Ukraine": who the act is blamed on did it
  if (!actors.length || actors.every(generic)) {
    for (const at of [k, ...[...kidsOf(t, k)].filter((c) => relOf(t, c) === 'obl')]) {
      const blamed = blamedInClause(v, t, at);
      if (blamed.length) { actors = blamed; break; }
    }
  }
  if (passive) {
    const nodes = passiveSubjects(t, k);
    return { actors, recipients: mentionsOfNodes(v, t, [...nodes, ...frameNodes(t, k, places)], places, actors), passive: true, between: false };
  }
  const relative = relOf(t, k) === 'acl:relcl' ? headOf(t, k) : -1;
  let recipients = mentionsOfNodes(v, t, objectNodes(t, k, places), places, actors).filter((m) => m.first > k || (relative >= 0 && m.first <= relative && relative <= m.last));
  if (!recipients.length && underPhrase(t, k)) recipients = mentionsOfNodes(v, t, undergoers(t, k), true, actors);
  return { actors, recipients, passive: false, between: false };
}

/**
 * Roles of an event noun `n`. `ofIsActor`: "a visit of the president" names the visitor; `fromIsActor`:
 * "attacks from Russian troops" names the attacker. Returns the verb that lends the noun its subject
 * ("launched an attack", "during a call with Putin, Trump said …") as `governor`, or -1.
 */
export function treeNounRoles(v: SentenceView, t: Tree, n: number, places: boolean, ofIsActor: boolean, fromIsActor: boolean, meeting = false): Roles & { governor: number } {
  let actors: MentionRef[] = [];
  let recipients: MentionRef[] = [];
  let between = false;
  const modifiers: MentionRef[] = [];
  // "clashes erupted between police and protesters": the verb saying the event happened lends it its phrases
  const host = occurrenceHost(t, n);
  // (not its "from": "launched from Belarus" names a launch site, not the attacker)
  const lent = (c: number) => (relOf(t, c) === 'obl' && caseOf(t, c) !== 'from') || relOf(t, c) === 'obl:agent';
  // "a package of military aid for Ukraine", "its ninth sanctions package": the container's phrases are the event's
  const box = containerOf(t, n);
  const boxed = box < 0 ? [] : [...kidsOf(t, box)].filter((c) => c !== n);
  const own = host < 0 ? [...kidsOf(t, n), ...boxed] : [...kidsOf(t, n), ...boxed, ...[...kidsOf(t, host)].filter(lent)];
  // "an exchange of prisoners between Russia and Ukraine": the sides the parse hangs on the "of" object are the event's
  const sides = own.filter((c) => caseOf(t, c) === 'of').flatMap((c) => [...kidsOf(t, c)].filter((x) => relOf(t, x) === 'nmod' && SIDES_PREPS.has(caseOf(t, x))));
  const kids = sides.length ? [...sides, ...own] : own;
  for (const c of kids) {
    const r = relOf(t, c);
    if (r === 'nmod:poss' || r === 'amod' || r === 'compound' || r === 'flat') {
      const m = mentionOfNode(v, t, c);
      if (m && (!m.place || places) && !modifiers.includes(m)) modifiers.push(m);
      continue;
    }
    if (r !== 'nmod' && r !== 'acl' && r !== 'obl' && r !== 'obl:agent') continue;
    const p = caseOf(t, c);
    if (p === 'by' && !actors.length) { actors = mentionsOf(v, t, c, false); continue; }
    if (SIDES_PREPS.has(p) && !actors.length) {
      const both = mentionsOf(v, t, c, false);
      if (both.length >= 2) { actors = both; between = true; continue; }
    }
    if (p === 'of' && (ofIsActor || between)) { if (!actors.length) actors = mentionsOf(v, t, c, false); continue; }
    if (p === 'from' && fromIsActor) { if (!actors.length) actors = mentionsOf(v, t, c, false); continue; }
    if (!recipients.length && (FRAME_PREPS.has(p) || p === 'of' || (places && PLACE_PREPS.has(p)))) recipients = mentionsOf(v, t, c, places);
  }
  // "the military aid announced by the United States", "an airstrike launched by the army": a participle's agent
  if (!actors.length) { const a = participleAgent(t, n); if (a >= 0) actors = mentionsOf(v, t, a, false); }
  // "U.S.-Russia talks": two modifiers are both sides; one is the actor ("Russian strikes", "Putin's pledge")
  if (!actors.length && modifiers.length) {
    if (modifiers.length >= 2 && !recipients.length) { actors = modifiers; between = true; }
    else actors = modifiers.filter((m) => !m.place).slice(0, 1);
  }
  // "the town came under Russian fire", "Kyiv is under attack": what is under the act undergoes it
  if (!recipients.length && underPhrase(t, n)) recipients = mentionsOfNodes(v, t, undergoers(t, n), true, actors);
  const governor = governingVerb(t, box >= 0 ? box : n, meeting);
  // "Russian forces … are now focusing their assault on Donbas": a possessive pronoun names the clause's subject
  if (!actors.length && governor < 0 && ownerPronoun(t, n)) {
    const up = headOf(t, n);
    const c = cues();
    const verb = up >= 0 ? t.tokens[up]!.lemma : '';
    if (up >= 0 && isVerbal(t, up) && !c.judging.has(verb) && !c.reporting.has(verb) && !c.alleging.has(verb)) actors = actorsOfNodes(v, t, actorNodes(t, up));
  }
  // "a defender of Putin despite his invasion of Ukraine": "his"/"her" under a noun is the person named just before
  if (!actors.length && governor < 0) actors = possessorPerson(v, t, n);
  if (!actors.length || actors.every(generic)) { const blamed = blamedInClause(v, t, n); if (blamed.length) actors = blamed; }
  if (governor >= 0) {
    if (!actors.length) actors = actorsOfNodes(v, t, actorNodes(t, governor));
    if (!recipients.length) recipients = mentionsOfNodes(v, t, objectNodes(t, governor, places).filter((x) => x !== n), places, actors);
  }
  return { actors, recipients: recipients.filter((m) => !actors.includes(m)), passive: false, between, governor };
}

const SIDES_PREPS = new Set(['between', 'among']);

/** A party with no country of its own ("drones", "gunmen", "police": code '---'). */
export const generic = (m: MentionRef): boolean => !m.m.code || m.m.code === NO_COUNTRY;

/**
 * The verb saying that event noun `n`, its subject, happened ("clashes erupted", "the swap took place") or was
 * done ("strikes were carried out on …", "the attack was launched from …"), or -1.
 */
function occurrenceHost(t: Tree, n: number): number {
  const rel = relOf(t, n);
  if (rel !== 'nsubj' && rel !== 'nsubj:pass') return -1;
  const up = headOf(t, n);
  if (up < 0 || !isVerbal(t, up)) return -1;
  const lemma = t.tokens[up]!.lemma;
  const occurrence = cues().occurrence;
  if (rel === 'nsubj:pass') {
    if (cues().light.has(lemma)) return up;
    // "the killing was planned and committed by …": a conjoined light participle sharing the subject
    for (const c of kidsOf(t, up)) if (relOf(t, c) === 'conj' && c > up && sharesVoice(t, c) && cues().light.has(t.tokens[c]!.lemma)) return c;
    return -1;
  }
  if (occurrence.has(lemma)) return up;
  for (const c of kidsOf(t, up)) {
    const r = relOf(t, c);
    if ((r === 'compound:prt' || r === 'obj') && occurrence.has(`${lemma} ${t.tokens[c]!.norm}`)) return up;
  }
  return -1;
}

/**
 * Who an event is laid at the door of: "an attack blamed on Ukraine", "the blast, which Kyiv attributed to
 * saboteurs" (a blaming participle or relative clause on the event word, and its preposition phrase).
 */
export function blamedInClause(v: SentenceView, t: Tree, k: number): MentionRef[] {
  const blame = cues().blame;
  for (const c of kidsOf(t, k)) {
    const r = relOf(t, c);
    if (r !== 'acl' && r !== 'advcl' && r !== 'acl:relcl') continue;
    const prep = blame.get(t.tokens[c]!.lemma);
    if (!prep) continue;
    for (const o of kidsOf(t, c)) if (relOf(t, o) === 'obl' && caseOf(t, o) === prep) return mentionsOf(v, t, o, false);
  }
  return [];
}

/**
 * The person a "his"/"her" on event noun `n` stands for when no verb lends the noun a subject: the nearest person
 * named before the pronoun in the sentence, if no gender we know says otherwise. Empty when none is named.
 */
function possessorPerson(v: SentenceView, t: Tree, n: number): MentionRef[] {
  let pronoun = -1;
  for (const c of kidsOf(t, n)) if (relOf(t, c) === 'nmod:poss' && (t.tokens[c]!.norm === 'his' || t.tokens[c]!.norm === 'her')) pronoun = c;
  if (pronoun < 0) return [];
  let nearest: MentionRef | null = null;
  for (const m of v.mentions) if (m.m.kind === 'person' && m.last < pronoun && (!nearest || m.last > nearest.last)) nearest = m;
  if (!nearest) return [];
  const gender = genderOf(nearest.m);
  return !gender || gender === (t.tokens[pronoun]!.norm === 'her' ? 'f' : 'm') ? [nearest] : [];
}

/** A third-person possessive pronoun on the noun: "its assault", "their offensive". */
const OWNER_PRONOUNS = new Set(['its', 'their', 'his', 'her']);
function ownerPronoun(t: Tree, n: number): boolean {
  for (const c of kidsOf(t, n)) if (relOf(t, c) === 'nmod:poss' && OWNER_PRONOUNS.has(t.tokens[c]!.norm)) return true;
  return false;
}

const underPhrase = (t: Tree, n: number): boolean => caseOf(t, n) === 'under' || markOf(t, n) === 'under';

/** The subject of the clause an "under" phrase belongs to ("X came under fire"), or of its copula ("X is under attack"). */
function undergoers(t: Tree, n: number): number[] {
  const up = headOf(t, n);
  // the tagger may read "under heavy shelling" as a gerund clause (advcl) with its mark
  if ((relOf(t, n) === 'obl' || relOf(t, n) === 'advcl') && up >= 0) { const s = childRel(t, up, 'nsubj'); return s >= 0 ? [s] : []; }
  const s = childRel(t, n, 'nsubj'); // "Kyiv is under attack": the noun heads the copular clause
  return s >= 0 ? [s] : [];
}

/** Prepositions whose event noun is the setting of its clause's verb ("during a call with Putin, Trump said"). */
const SETTING = new Set(['during', 'in', 'at', 'on']);
/**
 * A meeting just before or after the clause's act is the subject's too ("after talks with Macron, Scholz
 * pledged …"); an attack is not ("after the strike on Kyiv, Zelensky said …").
 */
const MEETING_SETTING = new Set(['after', 'following', 'before', 'ahead']);

/** The container noun holding event noun `n` ("a package of aid", "a round of sanctions", "the sanctions package"), or -1. */
function containerOf(t: Tree, n: number): number {
  const up = headOf(t, n);
  if (up < 0 || !cues().containers.has(t.tokens[up]!.lemma)) return -1;
  const r = relOf(t, n);
  return (r === 'nmod' && caseOf(t, n) === 'of') || r === 'compound' ? up : -1;
}

/**
 * The verb whose subject an event noun borrows: a light verb taking it as object, or a verb it is the setting of
 * (for a meeting, also one it just precedes or follows).
 */
function governingVerb(t: Tree, n: number, meeting: boolean): number {
  const up = headOf(t, n);
  if (up < 0 || !isVerbal(t, up)) return -1;
  const r = relOf(t, n);
  if (r === 'obj' && isLight(t.tokens[up]!)) return up;
  if (r === 'obl' && (SETTING.has(caseOf(t, n)) || (meeting && MEETING_SETTING.has(caseOf(t, n))))) return up;
  return -1;
}

/** True when the tree puts token `k` inside a clause nested below `top` (not counting `top`'s own clause). */
export function nestedBelow(t: Tree, k: number, top: number): boolean {
  for (let h = k, g = 0; h >= 0 && h !== top && g < 200; h = headOf(t, h), g++) if (CLAUSAL.has(relOf(t, h))) return true;
  return false;
}
