/**
 * Who is committed, to whom, and who accuses whom: reads the actor mentions of one sentence around a trigger.
 * A subject is the closest actor before the trigger that is not the object of a preposition ("on Ukraine's");
 * a possessive owner ("Putin's pledge") wins over it.
 *
 *   // "The Kremlin pushed new demands on Kyiv": subjectBefore(actors, text, <offset of "demands">) -> the Kremlin
 */
import type { ActorMention, ActorRef } from '../../core/types.js';

/** A verb right before an actor makes it that verb's object ("travelled to Kyiv to meet Zelensky and pledged"), not a subject. */
const OBJECT_VERB_BEFORE = /\b(?:meet|met|meets|meeting|visit\w*|see|saw|thank\w*|host\w*|receiv\w*|join\w*|urg\w*|told|tell\w*|ask\w*|invit\w*|welcom\w*|support\w*|back\w*|criticis\w*|criticiz\w*)\s+(?:the\s+)?$/i;
/** A lower-case word, then "a"/"an" and up to two lower-case words right before an actor: the actor only qualifies an object. */
const INDEFINITE_OBJECT = /\b[a-z]+\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}$/;
/** A lower-case past-tense verb right before an actor (not an adjective that often precedes names, nor a verb that takes a clause: "suggested the Kremlin had …"). */
const PAST_VERB_BEFORE = /(?:^|\s)(?!(?:unnamed|armed|embattled|beleaguered|united|isolated|sanctioned|detained|jailed|exiled|ousted|elected|appointed|named|indicted|accused|alleged|besieged|occupied|so-called|talked|landlocked|advanced|developed|balanced|combined|related|limited|embed|said|suggested|claimed|warned|insisted|noted|argued|believed|added|stressed|reported|stated|announced|confirmed|feared|expected|hoped|explained|acknowledged|admitted|predicted|revealed|indicated|signall?ed|asserted|alleged|concluded|assumed|agreed|decided|ensured|demanded|guaranteed|worried|complained|denied|learned|reali[sz]ed|conceded|emphasi[sz]ed|declared|recalled|remarked|replied|responded|answered|tweeted|posted|wrote|estimated|calculated|judged|reckoned|doubted|suspected|implied|hinted|pointed|observed|speculated|contended|maintained|proposed|recommended|requested|urged|ordered|threatened|pledged|promised|vowed)\b)[a-z]{3,}ed\s+(?:the\s+)?$/;
const PREPOSITION_BEFORE = /\b(?:on|to|with|against|in|at|for|from|of|into|toward|towards|over|about|by|between|than|like|near|across|inside|within)\s+(?:the\s+)?$/i;
const COORDINATED = /^\s*(?:,|and|,\s*and)\s*$/i;
const POSSESSIVE_AFTER = /^\s*(?:'s|’s|')/;

export function ref(a: ActorMention): ActorRef {
  return { code: a.code, ...(a.sector ? { sector: a.sector } : {}), ...(a.name ? { name: a.name } : {}), ...(a.id ? { id: a.id } : {}) };
}

export function uniqueRefs(refs: ActorRef[]): ActorRef[] {
  const seen = new Map<string, ActorRef>();
  for (const r of refs) if (!seen.has(r.code)) seen.set(r.code, r);
  return [...seen.values()];
}

/** The actor whose possessive directly precedes `pos` ("Putin's [brief] pledge"), if any. */
export function possessiveBefore(actors: readonly ActorMention[], text: string, pos: number): ActorMention | null {
  for (let i = actors.length - 1; i >= 0; i--) {
    const a = actors[i]!;
    if (a.end > pos) continue;
    const between = text.slice(a.end, pos);
    if (POSSESSIVE_AFTER.test(between) && /^\s*(?:'s|’s|')\s*(?:[a-z-]+\s+){0,2}$/i.test(between)) return a;
    return null;
  }
  return null;
}

/**
 * An actor that modifies the noun at `pos` as its adjective or noun modifier, after an article or determiner
 * ("the Ukrainian security proposal", "a Russian peace plan", "the EU offer"): the owner of that noun, as a possessive
 * is; null for a person, a place or an actor with no code, or when other words intervene.
 */
export function modifierOwner(actors: readonly ActorMention[], text: string, pos: number, from: number): ActorMention | null {
  for (let i = actors.length - 1; i >= 0; i--) {
    const a = actors[i]!;
    if (a.end > pos) continue;
    if (a.code === '---' || a.kind === 'person' || a.kind === 'place' || a.kind === 'sector') return null;
    const between = text.slice(a.end, pos);
    if (!/^\s+(?:[a-z][\w-]*\s+){0,2}$/.test(between) || between.trim().split(/\s+/).some((w) => NOT_A_MODIFIER.test(w))) return null;
    return MODIFIER_LEAD.test(text.slice(Math.max(from, a.start - 24), a.start)) ? a : null;
  }
  return null;
}
/** Words that cannot stand between a modifier and its noun: articles, prepositions, auxiliaries, past forms of verbs ("the US refused a proposal", "a Council meeting on threats"). */
const NOT_A_MODIFIER = /^(?:a|an|the|its|their|his|her|this|that|to|on|of|in|for|with|by|at|from|about|over|and|or|but|is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|must|should|says?|said|(?!(?:revised|updated|detailed|proposed|so-called|long-awaited|much-vaunted)$)[a-z-]+ed)$/i;
/** Before an actor that modifies a noun: an article or determiner (at a clause's start, "Canada plans to …" is a verb). */
const MODIFIER_LEAD = /\b(?:the|a|an|this|that|these|those|its|their|new|latest|first|rival|competing|alternative)\s+$/i;

/** Verbs of putting a proposal, plan or offer forward, with up to three words of its own before the noun ("made a 'substantial' proposal", "put forward a new peace plan"). */
const PUT_FORWARD_BEFORE = /\b(?:made|makes?|making|put(?:s|ting)?\s+forward|submit(?:s|ted|ting)?|tabl(?:ed|es|ing)|present(?:s|ed|ing)|float(?:s|ed|ing)|unveil(?:s|ed|ing)?|outlin(?:e|es|ed|ing)|dr(?:ew|aws?|awn|awing)\s+up|c(?:ame|omes?|oming)\s+up\s+with|la(?:id|ys?|ying)\s+out|extend(?:s|ed|ing)?|renew(?:s|ed|ing)?|repeat(?:s|ed|ing)|reiterat(?:es|ed|ing)|sen(?:t|ds|ding))\s+(?:[“"‘']?[\w-]+[”"’']?\s+){1,3}$/i;

/**
 * The party that put forward the noun at `pos` ("Naftogaz made the proposal", "the US had made a 'substantial
 * proposal'", "Ankara floated a new plan"): the subject of a verb of putting forward right before it; null when none.
 */
export function proposerBefore(actors: readonly ActorMention[], text: string, pos: number, from: number): ActorMention | null {
  const lead = text.slice(Math.max(from, pos - 60), pos);
  const m = PUT_FORWARD_BEFORE.exec(lead);
  if (!m) return null;
  const subject = subjectBefore(actors, text, pos - lead.length + m.index, from);
  return subject && subject.code !== '---' ? subject : null;
}

/** A possessive pronoun and up to two modifiers right before a noun ("his latest", "its"). */
const POSSESSIVE_PRONOUN = /\b(its|his|her|their)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * The owner of a possessive pronoun before `pos` ("Putin stepped up his threats", "Turkey said its offer …"): the
 * subject before the pronoun, when its kind fits ("his"/"her" a person, "its" no person, "their" any); null otherwise.
 */
export function pronounOwner(actors: readonly ActorMention[], text: string, pos: number, from: number): ActorMention | null {
  const lead = text.slice(Math.max(from, pos - 40), pos);
  const m = POSSESSIVE_PRONOUN.exec(lead);
  if (!m) return null;
  const at = pos - lead.length + m.index;
  // ("Doubling down on its commitment to Ukraine, Canada blacklisted …": a pronoun in a phrase opening the sentence, with
  // no party before it, stands for the main clause's subject, named right after the phrase's comma)
  const subject = subjectBefore(actors, text, at, from) ?? openingPhraseSubject(actors, text, at, from);
  if (!subject || subject.code === '---') return null;
  const p = m[1]!.toLowerCase();
  if (p === 'his' || p === 'her') return subject.kind === 'person' ? subject : null;
  return p === 'its' && subject.kind === 'person' ? null : subject;
}

/**
 * The subject of the main clause after a phrase that opens the sentence and holds `pos` ("Doubling down on its
 * commitment to Ukraine, Canada …", "In its latest offer, Moscow …"): the actor right after the phrase's first comma,
 * when no comma, clause or party comes between the sentence's start and `pos`; else null.
 */
function openingPhraseSubject(actors: readonly ActorMention[], text: string, pos: number, from: number): ActorMention | null {
  const lead = text.slice(from, pos);
  if (/[,;:“”"]|\b(?:that|which|who|and|but|said|says)\b/i.test(lead) || actors.some((a) => a.start >= from && a.end <= pos)) return null;
  if (!/^\s*(?:[A-Z][a-z]+ing|In|With|By|After|Despite|Amid|As part of|Under|Through|On)\b/.test(lead)) return null;
  const comma = text.indexOf(',', pos);
  if (comma < 0) return null;
  const next = actors.find((a) => a.start > comma);
  return next && /^\s*(?:the\s+)?$/i.test(text.slice(comma + 1, next.start)) ? next : null;
}

/** The closest actor before `pos` (and after `from`) that is not governed by a preposition. */
export function subjectBefore(actors: readonly ActorMention[], text: string, pos: number, from = 0): ActorMention | null {
  for (let i = actors.length - 1; i >= 0; i--) {
    const a = actors[i]!;
    if (a.end > pos || a.start < from) continue;
    let head = i;
    while (head > 0 && actors[head - 1]!.start >= from && COORDINATED.test(text.slice(actors[head - 1]!.end, actors[head]!.start))) head--;
    // "On Crimea, Ukrainian negotiators said": commas alone, with no "and" closing the list, join no subjects
    if (head < i && !Array.from({ length: i - head }, (_, k) => text.slice(actors[head + k]!.end, actors[head + k + 1]!.start)).some((g) => /\b(?:and|or)\b/i.test(g))) head = i;
    const lead = text.slice(Math.max(from, actors[head]!.start - 24), actors[head]!.start);
    if (PREPOSITION_BEFORE.test(lead) || OBJECT_VERB_BEFORE.test(lead)) continue;
    // "the Kremlin recognized the Donbass republics … and demanded": an actor right after a past-tense verb is its
    // object when an earlier actor in reach can be the subject
    if (PAST_VERB_BEFORE.test(lead) && actors.slice(0, head).some((x) => x.start >= from)) continue;
    // "seized a large Ukrainian nuclear plant and he threatened": an indefinite phrase after a verb is its object
    if (INDEFINITE_OBJECT.test(lead)) continue;
    if (POSSESSIVE_AFTER.test(text.slice(a.end, a.end + 3)) && !/^\s*(?:'s|’s|')\s*(?:[a-z-]+\s+){0,2}$/i.test(text.slice(a.end, pos))) continue;
    const apposition = appositionOf(actors, text, a, pos, from);
    if (apposition === 'skip') continue;
    return apposition ?? a;
  }
  return null;
}

/**
 * "Medvedev, deputy chair of the country's Security Council, warned …": an actor inside an apposition that
 * closes right before the verb describes the subject before it. The head actor when the text names one; 'skip'
 * when the apposition names the head's own institution ("the country's", "its"); null when not an apposition.
 */
function appositionOf(actors: readonly ActorMention[], text: string, a: ActorMention, pos: number, from: number): ActorMention | 'skip' | null {
  if (!/^[^,;]{0,40},\s*(?:[a-z]+\s+){0,2}$/.test(text.slice(a.end, pos))) return null;
  const lead = text.slice(from, a.start);
  const open = lead.lastIndexOf(',');
  if (open < 0 || lead.length - open > 90 || /[;()]/.test(lead.slice(open))) return null;
  const comma = from + open;
  const head = [...actors].reverse().find((x) => x.end <= comma && /^\s*$/.test(text.slice(x.end, comma)));
  if (head && head !== a) return head;
  if (!/[A-Z][\w.'’-]+\s*$/.test(lead.slice(0, open))) return null;
  return /\b(?:the country's|the country’s|its|his|her|their|national|the nation's|the nation’s)\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(from, a.start - 40), a.start)) ? 'skip' : null;
}

/** Actors after `pos` up to `to`, e.g. the accused in "accused Russia of …" or the counterpart in "on Ukraine's grid". */
export function actorsBetween(actors: readonly ActorMention[], pos: number, to: number): ActorMention[] {
  return actors.filter((a) => a.start >= pos && a.end <= to);
}

/** Actors named as agents after a trigger: "a pledge by Russia", "brokered by Turkey". */
export function agentAfter(actors: readonly ActorMention[], text: string, pos: number, to: number, words: RegExp): ActorMention[] {
  return actors.filter((a) => a.start >= pos && a.end <= to && words.test(text.slice(Math.max(pos, a.start - 30), a.start)));
}

/** Collective subjects the actor layer leaves out ("European leaders pledged …"): words and the code they stand for. */
const GROUPS: readonly { pattern: RegExp; code: string; name: string }[] = [
  { pattern: /\b(?:European|EU) (?:leaders|governments|ministers|officials|heads of (?:state|government)|partners|allies|countries|nations)\b/g, code: 'EUR', name: 'European leaders' },
  { pattern: /\bSchengen (?:countries|states|members|member states|area|zone|nations)\b/g, code: 'EUR', name: 'Schengen countries' },
  { pattern: /\b(?:NATO|Western) (?:leaders|governments|ministers|allies|partners|countries|nations|powers|states)\b/g, code: 'NATO', name: 'NATO allies' },
];

/** Mentions of collective subjects inside `span` that no actor mention already covers. */
export function groupMentions(text: string, span: { start: number; end: number }, sentence: number, existing: readonly ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  const body = text.slice(span.start, span.end);
  for (const g of GROUPS) {
    g.pattern.lastIndex = 0;
    for (const m of body.matchAll(g.pattern)) {
      const start = span.start + m.index!;
      const end = start + m[0].length;
      if (existing.some((a) => a.start < end && start < a.end)) continue;
      out.push({ start, end, code: g.code, name: g.name, kind: 'group', sentence });
    }
  }
  return out;
}
