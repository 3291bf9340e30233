/**
 * Sentence readings that decide what a trigger really is: which commitment a later turn is about (a suspended
 * visa deal is an agreement, not a ceasefire), whether "insisted that …" demands anything, whether "warned
 * that …" threatens the speaker's own action, and whether a pledge word sits inside an appeal to someone else
 * ("urged her counterparts to commit to …" is a demand by the one who urged).
 *
 *   turnKindOf('suspend the visa facilitation agreement', '')            // 'agreement'
 *   insistsOnFact('that his remarks had been mistranslated.')            // true  (an assertion, no demand)
 *   appealBefore('Truss urged her counterparts to ')?.verbEnd            // 10
 *
 * Pure functions over strings; detect.ts calls them.
 */
import type { CommitmentKind } from '../../core/types.js';

/** Nouns naming the commitment a turn (extended, withdrawn, violated …) is about, in the kind they stand for. */
const TURN_NOUNS: readonly { kind: CommitmentKind; pattern: RegExp }[] = [
  { kind: 'ceasefire', pattern: /\b(?:ceasefires?|cease-fires?|truces?|armistices?|cessation of hostilities|moratori(?:um|a)|pause)\b/i },
  { kind: 'agreement', pattern: /\b(?:deals?|agreements?|accords?|treat(?:y|ies)|initiatives?|pacts?|memorand(?:um|a)|obligations|arrangements?|conventions?)\b/i },
  { kind: 'pledge', pattern: /\b(?:pledges?|promises?|commitments?|undertakings?)\b/i },
];

/** The kind of the commitment a turn names: the first commitment noun in the trigger, else just after it. */
export function turnKindOf(triggerText: string, after: string): CommitmentKind | null {
  for (const text of [triggerText, after.slice(0, 90)]) {
    let best: { kind: CommitmentKind; at: number } | null = null;
    for (const n of TURN_NOUNS) {
      const m = n.pattern.exec(text);
      if (m && (!best || m.index < best.at)) best = { kind: n.kind, at: m.index };
    }
    if (best) return best.kind;
  }
  return null;
}

/** A modal or base-form (subjunctive) verb: "insisted that Moscow (should) withdraw". */
const DEMANDING_CLAUSE = /^\s*that\s+(?:[\w'’‘“”"\[\].-]+\s+){0,5}?(?:should|must|shall|need(?:s|ed)? to|ha(?:s|ve|d) to|be|not|never|stop|withdraw|halt|end|cease|leave|return|release|pay|allow|let|give|hand|lift|pull|agree|accept|refrain|respect|guarantee|take|make|recognise|recognize|abandon|drop)\b/i;

/** A time right after "insisted" ("insisted on Monday that …", "insisted on Tuesday night, …"): when, not what. */
const TIME_AFTER = /^\s*(?:on|last|this|earlier|late|later)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|evening|afternoon)(?:\s+(?:night|morning|afternoon|evening))?\b\s*,?/i;
/** Before "not", "never" or "be": an auxiliary, so the clause states a fact ("did not come", "would only be"), not the mood of a demand ("that Moscow not …"). */
const INDICATIVE_BEFORE = /\b(?:is|are|was|were|did|does|do|has|have|had|would|will|could|can|may|might)\s+(?:\w+\s+)?$/i;

/**
 * "insisted that his remarks had been mistranslated", "insisted that its installation did not come under fire", "…
 * had failed, the ministry insisted on Monday": an assertion about facts, no act demanded.
 */
export function insistsOnFact(after: string): boolean {
  const rest = after.replace(TIME_AFTER, '');
  // (no that-clause after the time: what was insisted on stands before the verb, an assertion)
  if (!/^\s*that\b/i.test(rest)) return rest !== after;
  const m = DEMANDING_CLAUSE.exec(rest);
  if (!m) return true;
  const word = /(\S+)$/.exec(m[0])![1]!.toLowerCase();
  return ['not', 'never', 'be'].includes(word) && INDICATIVE_BEFORE.test(m[0].slice(0, -word.length));
}

/** "insists on calling it a special operation": insisting on a way of speaking is no demand. */
export const INSIST_ON_WORDING = /^\s*(?:on|upon)\s+(?:calling|describing|referring|using the (?:term|word|phrase)|naming|labell?ing|characteri[sz]ing)\b/i;

/** The subject of a that-clause followed by a modal: "that it would retaliate", "that Moscow will respond" (quoted words too: "that any “terrorist” attacks will …"). */
const CLAUSE_SUBJECT = /^\s*that\s+((?:[\w'’.“”"‘-]+\s+){0,8}?)(?:would|will|could|might|may|shall|was going to|is going to|were going to|are going to|is ready to|was ready to|stands? ready to|is prepared to|was prepared to)\b/i;
const PRONOUN = /^(?:it|they|we|he|she|i|the country|the government|the army|the military)\s*$/i;
/** "warned of retaliation": the nouns of a threatened act (not of a feared state of affairs). */
const THREATENED_ACT = /^\s*(?:an?\s+|the\s+|possible\s+|[“"'‘])*(?:[\w-]+\s+){0,2}?(?:retaliat\w*|response|reprisals?|countermeasures|counter-measures|consequences|strikes?|punishment|action)\b/i;

/**
 * "warned that Russia would pay a heavy price", "… would face severe consequences": the addressee told what it will
 * suffer; "… any attack would be met with a harsh response", "… would trigger a response": an act answered by the
 * speaker's response (a reaction that only someone's response can be, not a state of affairs: "would spark a wider war");
 * "… could result in unpredictable consequences", "… would lead to a tough response": the same, with a verb of outcome.
 */
const CONSEQUENCES = /\b(?:would|will)\s+(?:have to\s+)?(?:(?:pay|face|suffer|bear)\s+(?:an?\s+|the\s+)?(?:[“"‘']?[\w-]+[”"’']?\s+){0,2}?(?:price|consequences|costs?|response|retaliation|punishment)|(?:be\s+met\s+with|trigger|provoke|prompt|draw|invite|bring)\s+(?:an?\s+|the\s+)?(?:[“"‘']?[\w-]+[”"’']?\s+){0,2}?(?:response|retaliation|reprisals?|countermeasures|consequences|punishment))\b|\b(?:would|will|could|might|may)\s+(?:(?:result|end)\s+in|lead\s+to|entail|mean)\s+(?:an?\s+|the\s+)?(?:[“"‘']?[\w-]+[”"’']?\s+){0,2}?[“"‘']?(?:response|retaliation|reprisals?|countermeasures|consequences|punishment)\b/i;

/**
 * "that Russian forces would be annihilated", "teachers who … would be branded collaborators and face criminal charges",
 * "… may be considered a legitimate target": the clause's subject would suffer a punishment or a hostile act whose doer
 * goes unnamed (or is the speaker), the speaker's own act held out (not "would be destroyed", "would be targeted": a
 * fate foretold, whoever brings it).
 */
const SUFFERS = /\b(?:would|will)\s+(?:(?:also|then|immediately|all|soon)\s+)?(?:be\s+(?:\w+ly\s+)?(?:annihilated|wiped\s+out|crushed|punished|prosecuted|sanctioned|expelled|deported|arrested|jailed|imprisoned|branded|hunted\s+down|held\s+(?:personally\s+)?(?:accountable|responsible))|face\s+(?:[\w-]+\s+){0,2}?(?:charges|prosecution|sanctions|arrest|jail|prison|expulsion|trial|liability))\b|\b(?:would|will|could|may|might)\s+be\s+(?:considered|declared|treated\s+as|regarded\s+as|seen\s+as)\s+(?:an?\s+|as\s+)?(?:legitimate\s+)?(?:military\s+)?targets?\b/i;
/** Right after a passive consequence: its agent, when named ("annihilated by the West"). */
const AGENT_AFTER = /^\s*(?:[\w'’“”"-]+\s+){0,2}?by\s+((?:the\s+)?[\w.'’-]+(?:\s+[A-Z][\w.'’-]*){0,2})/;
const OWN_AGENT = /^(?:us|our\s+\w+|its\s+\w+|their\s+\w+)$/i;

/**
 * The punishment or hostile act a warning's clause holds out for its subject (see SUFFERS), without its modal; null
 * when there is none or another party is named as its doer ("would be arrested by Russian forces").
 */
export function sufferedIn(clause: string, isSpeaker: (subject: string) => boolean): string | null {
  const main = mainClause(clause);
  const m = SUFFERS.exec(main);
  if (!m) return null;
  const agent = AGENT_AFTER.exec(main.slice(m.index + m[0].length));
  if (agent && !OWN_AGENT.test(agent[1]!.trim()) && !isSpeaker(agent[1]!.trim())) return null;
  return m[0].replace(/^\S+\s+(?:(?:also|then|immediately|all|soon)\s+)?/i, '');
}

/**
 * The PLOVER act of a punishment held out (see sufferedIn): a target or annihilation is an assault, sanctions a
 * sanction, arrest, prosecution, expulsion or a brand a coercion; null for a punishment of no stated form ("be punished",
 * "be held accountable", the gold guideline).
 */
export function sufferingAction(phrase: string): string | null {
  if (/\b(?:targets?|annihilated|wiped\s+out|crushed)\b/i.test(phrase)) return 'ASSAULT';
  if (/\bsanction(?:s|ed)\b/i.test(phrase)) return 'SANCTION';
  if (/\b(?:prosecut\w*|arrest\w*|jail\w*|imprison\w*|prison|charges|trial|expul\w*|expelled|deport\w*|branded|hunted|liability)\b/i.test(phrase)) return 'COERCE';
  return null;
}

/** "that sanctions were coming for them", "that retaliation would follow": measures announced as coming, the speaker's own. */
const MEASURES_COMING = /^\s*that\s+(?:[\w-]+\s+){0,3}?(?:sanctions|retaliation|reprisals|punishment|countermeasures|consequences)\s+(?:would|will|were|are|was|is)\s+(?:(?:be\s+)?(?:coming|imposed)|follow|come|to\s+(?:come|follow))\b/i;

/**
 * The consequence a warning's clause announces when its subject is not the speaker ("that any attack would be met with
 * a harsh response" -> "a harsh response"): the threatened act is that response, not the act that would trigger it.
 */
export function consequenceOf(clause: string): string | null {
  const after = mainClause(clause);
  const m = CLAUSE_SUBJECT.exec(after);
  const c = m ? CONSEQUENCES.exec(after.slice(m[0].length - 12)) : null;
  return c ? c[0].replace(/^\S+\s+(?:have to\s+)?(?:be\s+met\s+with|(?:result|end)\s+in|lead\s+to|\S+)\s+/i, '') : null;
}

/** A condition opening a that-clause, before its subject ("that if the EU capped the price, Russia would …", "that, should it refuse, …"). */
const LEADING_CONDITION = /^(\s*that)\s*,?\s+(?:if|unless|once|should|in case)\b[^.;:“”"]{3,160}?,\s*(?:then\s+)?/i;

/** A that-clause without the condition that opens it ("that if they cap the price, the Kremlin would …" -> "that the Kremlin would …"). */
export function mainClause(after: string): string {
  return after.replace(LEADING_CONDITION, '$1 ');
}

/**
 * Whether "warned that/of …" threatens the speaker's own act: the clause's subject is a pronoun or the speaker
 * (`isSpeaker` tells for a named subject), or the warning names a retaliation or the price the addressee would pay;
 * a condition opening the clause is passed over ("warned the EU that if it capped the price, the Kremlin would end
 * flows"); so is a punishment held out for the clause's subject or measures announced as coming (sufferedIn,
 * MEASURES_COMING). "warned that the shelling risks a disaster" and "warned that any attack would be suicidal" are no threats.
 */
export function warnsOwnAct(clause: string, isSpeaker: (subject: string) => boolean): boolean {
  if (/^\s*of\b/i.test(clause)) return THREATENED_ACT.test(clause.replace(/^\s*of\b/i, ''));
  const after = mainClause(clause);
  if (MEASURES_COMING.test(after) || sufferedIn(clause, isSpeaker) !== null) return true;
  const m = CLAUSE_SUBJECT.exec(after);
  if (!m) return false;
  const subject = m[1]!.trim();
  return PRONOUN.test(subject) || isSpeaker(subject) || CONSEQUENCES.test(after.slice(m[0].length - 12));
}

/** "urged her counterparts to", "called on Moscow to": an appeal whose content is the pledge word after it. */
const APPEAL = /\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? on|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?|encourag(?:e|es|ed|ing)|appeal(?:s|ed|ing)? to|implor(?:e|es|ed|ing)|invit(?:e|es|ed|ing))\s+((?:[\w'’.-]+\s+){1,6}?)to\s+$/i;

/** The appeal just before a pledge word, with where its verb starts and ends (offsets into `before`). */
export function appealBefore(before: string): { verbStart: number; verbEnd: number; addresseeEnd: number } | null {
  const m = APPEAL.exec(before);
  if (!m) return null;
  const verbEnd = before.indexOf(m[1]!, m.index);
  return { verbStart: m.index, verbEnd, addresseeEnd: verbEnd + m[1]!.length };
}

/** "demanding sanctions are lifted": a passive stop in the content makes the demanded act a refraining one; group 1 is what stops. */
export const PASSIVE_STOP = /^\s*(?:that\s+)?((?:[\w'’-]+\s+){1,5}?)(?:are|be|is|were|being|get|was)\s+(?:immediately\s+|fully\s+)?(?:lifted|ended|halted|stopped|suspended|removed|eased|dropped|scrapped|frozen)\b/i;
