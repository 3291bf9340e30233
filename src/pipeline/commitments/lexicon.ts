/**
 * The words of commitments: triggers (what makes a sentence a pledge, ceasefire, demand, threat, agreement or
 * a later turn in one), the actions a commitment is about, and the contexts that make a mention non-factual.
 * Plain data read by detect.ts; extend a list rather than the code.
 *
 *   TRIGGERS.find((t) => t.pattern.test('Moscow pledged to halt strikes'))?.kind // 'pledge'
 *
 * Source: written for Parley from the CAMEO codebook's verb dictionaries for codes 03x (intend), 057 (sign),
 * 0871-0872 (ceasefire), 10x (demand), 13x (threaten) and from ceasefire reporting vocabulary.
 */
import type { CommitmentKind, CommitmentPhase } from '../../core/types.js';

export interface Trigger {
  kind: CommitmentKind;
  phase: CommitmentPhase;
  /** Matches inside one sentence; the match is the trigger span. */
  pattern: RegExp;
  /** A nominal trigger ("a pledge", "the truce") needs a possessive party or a commitment verb nearby. */
  nominal?: boolean;
  /** A nominal trigger that names no commitment without its party: a possessive or "by X" ("Washington's plans to …", "the proposal unveiled by Kyiv"). */
  owned?: boolean;
  /** Only a commitment with a condition on it ("would halt gas deliveries unless …" is a threat; "would halt" alone a forecast). */
  conditional?: boolean;
  /** A warning or threat verb after the clause it attributes ("Russia will strike Kyiv, Medvedev warned"): a threat only of the speaker's own hostile act or of consequences. */
  attributed?: boolean;
  /** A modal of obligation in reported speech ("The EU must stop buying Russian gas, Zelensky said"): a demand by the speaker of the party it obliges. */
  directive?: boolean;
  /** A named party's own act on a condition ("if …, Russia will resume deliveries"): its commitment only when one of its own says so. */
  spokenFor?: boolean;
}

const V = (s: string) => new RegExp(`\\b(?:${s})\\b`, 'gi');

/** Ordered by priority: the first trigger matching a stretch of text wins it. */
export const TRIGGERS: readonly Trigger[] = [
  { kind: 'ceasefire', phase: 'accused-violation', pattern: V("(?:accus\\w*|blam\\w*|charg\\w*)\\b[^.;]{0,80}?\\b(?:violat\\w*|breach\\w*|break\\w*|broke|flout\\w*|breaking)") },
  { kind: 'ceasefire', phase: 'accused-violation', pattern: V('(?:violated|breached|broke|flouted|violating|breaching|reneg(?:ed|ing|es|e)\\s+on|backtrack(?:ed|ing)\\s+on)\\s+(?:the|its|a|their|his)\\b') },
  { kind: 'ceasefire', phase: 'denied-violation', pattern: V('(?:denied|denies|deny|rejected|rejects|dismissed|dismisses)\\b[^.;]{0,20}?\\b(?:claims?|accusations?|allegations?|charges?|reports?|attack\\w*|strik\\w*|violat\\w*|that)') },
  { kind: 'ceasefire', phase: 'extended', pattern: V('(?:extend\\w*|prolong\\w*|renew\\w*)\\s+(?:the|its|a|their)\\b[^.;]{0,40}?\\b(?:ceasefire|cease-fire|truce|moratorium|pause|deal|agreement|pledge)') },
  { kind: 'ceasefire', phase: 'withdrawn', pattern: V('(?:withdr[ae]w\\w*|pulled out|pulls out|pull out|pulling out|quit|suspend\\w*|revok\\w*|terminat\\w*|abandon\\w*|scrap(?:s|ped|ping)?|froze|frozen|freez(?:e|es|ing)|exit(?:s|ed|ing)?|tore up|tears? up|tearing up|ripp(?:ed|ing) up|rips? up)\\s+(?:from\\s+|of\\s+)?(?:the|its|a|their)\\b[^.;]{0,40}?\\b(?:ceasefire|cease-fire|truce|moratorium|deal|agreement|initiative|pledge|treaty|treaties|accords?|pacts?|conventions?|memorandum)') },
  // "halted its compliance with the agreement", "ended their participation in the deal": a party stops keeping it
  { kind: 'ceasefire', phase: 'withdrawn', pattern: V('(?:halt\\w*|stopp(?:ed|ing)|stops?|end(?:ed|s|ing)?|ceas(?:e|ed|es|ing))\\s+(?:its|their|his|her)\\s+(?:compliance|participation|involvement|membership)\\s+(?:with|in|of)\\s+(?:the|a|its|their)\\b[^.;]{0,40}?\\b(?:ceasefire|cease-fire|truce|moratorium|deal|agreement|initiative|treaty|accords?|pacts?|conventions?|memorandum)') },
  { kind: 'ceasefire', phase: 'collapsed', pattern: V('(?:ceasefire|cease-fire|truce|moratorium|deal|agreement)\\b[^.;]{0,30}?\\b(?:collaps\\w*|broke down|fell apart|unravel\\w*|ended)') },
  { kind: 'ceasefire', phase: 'proposed', pattern: V('(?:proposed|proposes|propose|offered|offers|suggested|suggests|called for|calls for|urged|urges)\\s+(?:(?:extending|an?|the|any|all|its|their)\\s+)*(?:\\d+-day\\s+|\\w+-day\\s+|full\\s+|partial\\s+|mutual\\s+|immediate\\s+|general\\s+|temporary\\s+|complete\\s+)*(?:ceasefire|cease-fire|truce|halt|pause|moratorium)') },
  { kind: 'ultimatum', phase: 'announced', pattern: V('ultimatums?') },
  // "gave Serbia 30 days to align its policy", "gave Kyiv until Friday to", "gave Ukrainian troops in Mariupol until 5 a.m.
  // to lay down their arms": a demand with a deadline (the addressee a name or a short noun phrase)
  { kind: 'demand', phase: 'announced', pattern: V('(?:gave|gives|give|giving)\\s+(?:(?:the\\s+)?[A-Z][\\w.\'’-]*\\s+){1,3}(?:\\d{1,3}|a|one|two|three|four|five|seven|ten|fourteen|thirty)\\s+(?:more\\s+)?(?:hours?|days?|weeks?|months?)\\s+to|(?:gave|gives|give|giving)\\s+(?:the\\s+)?(?:[\\w.\'’-]+\\s+){1,5}?until\\s+(?:[\\w.:-]+\\s+){1,4}?to\\s+(?!be\\b)[a-z]+') },
  // ("warned oligarchs backing Putin that …", "warned on October 13 that …": the one warned, or when, may stand between the verb and its clause)
  { kind: 'threat', phase: 'announced', pattern: V('threaten\\w*|threats? (?:of|to)|warn(?:ed|s)? (?:(?:the\\s+)?[A-Z][\\w.\'’-]*\\s+){0,3}?(?:that|of)|warn(?:ed|s)?\\s+(?:(?!(?:not|against|to|of|about|that|and|but|if|would|will)\\b)[\\w.\'’-]+\\s+){1,6}?that') },
  // "Russia will strike decision-making centres in Kyiv, Medvedev warned", "'We will cut off gas,' Gazprom threatened": the
  // verb after the clause it attributes, at the sentence's end (a time or place may follow)
  { kind: 'threat', phase: 'announced', attributed: true, pattern: /(?<=[,”"’']\s*(?:[\w.'’-]+\s+){0,8})(?:warn(?:ed|s)|threaten(?:ed|s))(?=\s*(?:(?:on|in|during|at|late|earlier)\s+[^.;,]{1,40}|today|yesterday)?\s*[.;]?[”"’']?\s*$)/g },
  // "warned it would impose sanctions", "warned Seoul they would retaliate": "that" left out before the speaker's own act
  // (a pronoun subject; "warned they would face …", the addressee's lot, is read below)
  { kind: 'threat', phase: 'announced', pattern: /\bwarn(?:ed|s|ing)?(?=\s+(?:(?:the\s+)?[A-Z][\w.'’-]*\s+){0,3}?(?:it|they|we)\s+(?:would|will)\s+(?!(?:face|pay|suffer|be|have|not|never)\b)[a-z]+)/g },
  // "warned there would be 'consequences'", "warned that there will be a firm response": consequences announced
  { kind: 'threat', phase: 'announced', pattern: /\bwarn(?:ed|s|ing)?(?=\s+(?:(?:the\s+)?[A-Z][\w.'’-]*\s+){0,3}?(?:that\s+)?there\s+(?:would|will|could)\s+be\s+(?:[“"‘']?[\w-]+\s+){0,2}?[“"‘']?(?:consequences|retaliation|reprisals|(?:an?\s+)?(?:[\w-]+\s+)?response)\b)/g },
  // "warned Russia they would face catastrophic consequences": the addressee told what it would suffer
  { kind: 'threat', phase: 'announced', pattern: /\bwarned (?:(?:the\s+)?[A-Z][\w.'’-]*\s+){1,3}(?=(?:it|they|he|she|you|Moscow|Russia|Kyiv|Ukraine)\s+(?:would|will)\s+(?:face|pay|suffer|be punished|regret|be held)\b)/g },
  // "said it would halt gas deliveries unless Warsaw paid in roubles": a hostile act announced on a condition
  { kind: 'threat', phase: 'announced', conditional: true, pattern: V('(?:would|will)\\s+(?:also\\s+|immediately\\s+)?(?:halt|stop|cut|suspend|impose|retaliate|strike|attack|target|block|ban|expel|seize|freeze|nationali[sz]e|shut|close|cancel)') },
  // "is willing to discuss", "stands ready to supply": an offer of the party's own act
  { kind: 'pledge', phase: 'proposed', pattern: V('(?:is|are|was|were|be|been|being|stands?|stood|remains?|remained)\\s+(?:also\\s+|still\\s+)?(?:ready|willing|prepared|open)\\s+to') },
  // "signalled its readiness to resume talks", "expressed willingness to return to the talks": the nouns of readiness, an offer too
  { kind: 'pledge', phase: 'proposed', pattern: V('(?:readiness|willingness|openness|preparedness)(?=\\s+(?:to|for)\\b)') },
  // "Truss insisted she will not resign", "insisted that it would never cede land": one's own future act insisted on is a
  // pledge (before the demand trigger: "insisted that Moscow withdraw" asks another)
  { kind: 'pledge', phase: 'agreed', pattern: /\binsist(?:ed|s|ing)?(?=\s+(?:that\s+)?(?:it|we|I|he|she)\s+(?:will|would|shall)\s+(?!be\b|have\b)(?:not\s+|never\s+)?[a-z]+)/g },
  // directives: "urged Russia to accept", "called on Moscow to withdraw", "pressed Kyiv to …", "warned Ukraine against further attacks"
  // "pleading with Russia to withdraw", "appealed to NATO to close the skies", "implored Kyiv to …", "wants Russia to extend the deal": appeals
  // to another party (CAMEO 10x; a wish for one's own act, "wants to", is none)
  { kind: 'demand', phase: 'announced', pattern: V("plead(?:s|ed|ing)?(?= (?:with|for) )|pled(?= with )|appeal(?:s|ed|ing)?(?= (?:to (?:the\\s+)?[A-Z]|for ))|implor(?:e|es|ed|ing)|beg(?:s|ged|ging)?(?= (?:the\\s+)?[A-Z][\\w.'’-]*(?: [A-Z][\\w.'’-]*){0,2} to )|want(?:s|ed)?(?= (?:the\\s+)?[A-Z][\\w.'’-]*(?: [A-Z][\\w.'’-]*){0,2} to (?!be\\b))") },
  // "requested that the Council meet", "requested tanks from Germany", "pressured Kyiv to resume talks": verbs of requesting and
  // pressing (CAMEO 10x), a verb form only ("the requested weapons" and "a request" are no verb of a party; the noun is owned, below)
  { kind: 'demand', phase: 'announced', pattern: /(?<=\b(?:has|have|had|also|formally|officially|repeatedly|reportedly|then|later|earlier|[A-Z][\w.'’-]*|it|they|he|she|we|I)\s+)request(?:ed|s)?(?=\s+(?:that\b|(?:(?:the|an?|more|further|additional|urgent|[\w'’.-]+)\s+){1,6}?(?:from|to)\s))|\bpressur(?:e|ed|es|ing|i[sz]ed|i[sz]ing)(?=\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s+(?:to|into)\s)/g },
  // "pushed for last-minute diplomatic solutions", "pressing for a free trade agreement", "encouraged Kyiv to resume talks",
  // "Russia is proposing that the Security Council hold a meeting": pressing for an act and encouraging or proposing that
  // another party act (CAMEO 10x), verb forms only ("encouraging signs" is no appeal)
  { kind: 'demand', phase: 'announced', pattern: /\b(?:push|press)(?:es|ed|ing)?\s+(?:hard\s+|strongly\s+|again\s+)?for(?=\s+(?:an?\s+|the\s+|more\s+|further\s+|new\s+|[\w'’-]+\s+){0,3}[\w'’-]+)|\bencourag(?:e|es|ed)(?=\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,4}?to\s+(?!be\b)[a-z]+)|\bencouraging(?=\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s+to\s+(?!be\b)[a-z]+)/g },
  // (a proposal that another party act is asked of it, and proposed: never active)
  { kind: 'demand', phase: 'proposed', pattern: /\bpropos(?:e|es|ed|ing)(?=\s+that\s+(?:the\s+)?[A-Z])/g },
  { kind: 'demand', phase: 'announced', pattern: V('demand\\w*|insist\\w* (?:on|that)|urg(?:e|ed|es|ing)|(?:call(?:s|ing)?|(?<!(?:be|been|being|is|are|was|were) )called|called(?= (?:on|upon) by\\b)) (?:on|upon|for)|press(?:ed|es|ing)?(?= (?:[\\w\'’.-]+ ){1,3}?to )|(?:ask(?:s|ing)?|(?<!(?:was|were|been|being|is|are|be|get|got) )asked)(?= (?:[\\w\'’.-]+ ){1,3}?(?:for|to) )|warn(?:ed|s|ing)?(?= (?:[\\w\'’.-]+ ){0,6}?(?:against|not to) )|(?<=\\b(?:delivered|issued|gave|sent|made|repeated|renewed|reiterated)\\s+(?:(?:an?|the|his|her|its|their|a\\s+stern|a\\s+strong|a\\s+clear|stern|strong|fresh|new)\\s+)*)warnings?(?= against )|warn(?:ed|s|ing)?(?= (?!that\\b|of\\b|about\\b)(?:(?!(?:that|would|will|could|might|must|was|were|is|are|had|has|have|it|they|he|she)\\b)[\\w\'’.-]+ ){1,12}?to (?!be\\b)[a-z]+)|pre-?conditions?|(?:key|main|central|first|chief) conditions?|conditions? (?:for|of) (?:a |any |the )?(?:ceasefire|cease-fire|truce|peace|talks|deal|settlement)|expectations? (?:of|that)|required? that') },
  // "the funding was agreed by the European Council", "a corridor was agreed with Russia", "the text was signed by both
  // sides": a passive agreement whose parties follow the verb (the subject is what was agreed)
  { kind: 'agreement', phase: 'agreed', pattern: /(?<=\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?)(?:agreed|signed)(?=\s+(?:(?:on|in|last|this|earlier)\s+\w+\s+)?(?:by|with|between)\s)/g },
  // "signed a peace deal", not "must sign statements": signing makes an agreement only of a commitment document
  { kind: 'agreement', phase: 'agreed', pattern: V('(?:signed|sign|signing|inked)\\s+(?:(?:on|up to|off on)\\s+)?(?:[\\w\'’-]+\\s+){0,5}?(?:agreements?|accords?|treat(?:y|ies)|deals?|memorand(?:um|a)|pacts?|protocols?|ceasefires?|cease-fires?|truces?|armistice|declarations?|contracts?|charters?|communiqu[eé]s?|conventions?)') },
  { kind: 'ceasefire', phase: 'agreed', pattern: V('(?:agreed|agree|agrees|accepted|accepts|(?<=\\b(?:would|could)\\s+)accept) (?:to |on |upon )?(?:an? |the )?(?:\\d+-day |\\w+-day |full |partial |limited |immediate |general |temporary |mutual |complete |comprehensive )*(?:ceasefire|cease-fire|truce|moratorium|pause)') },
  { kind: 'pledge', phase: 'agreed', pattern: V('pledg\\w*|promis\\w*|vow\\w*|committed to|commits? to|commitments?|undertak(?:es|en|ing) to|undertook to|(?:re)?assurances?|(?:agreed|agrees|offered|offers)(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|earlier|last\\s+week|this\\s+week))?\\s+to') },
  // "Serbia and Kosovo have agreed on how to resolve the dispute", "agreed on steps to …": a settlement of parties
  // (an agreement when two or more agree; "agreed on the need for …" is an opinion, see NOT_AGREED_ON)
  { kind: 'pledge', phase: 'agreed', pattern: V('agreed\\s+(?:on|upon)(?=\\s+(?:how|a|an|the|new|joint|further|steps|measures|terms|arrangements?|rules|a\\s+plan)\\b)(?!\\s+(?:the\\s+)?(?:need|importance|necessity|fact)\\b)') },
  // "India agreed with Russia on a plan to pay in rupees", "agreed with Turkey to set up a hub": a settlement with another party
  // (not "agreed with Russia that …", an opinion shared)
  { kind: 'pledge', phase: 'agreed', pattern: /\bagree(?:d|s)?\s+with\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?=(?:on|upon)\s+(?:a|an|the|new|joint|further|steps|measures|terms|how)\b|to\s+(?!be\b)[a-z]+)/g },
  // "assured Kyiv that the aid would continue", "reassured allies that …": a pledge made to the one assured
  { kind: 'pledge', phase: 'agreed', pattern: /\b(?:re)?assur(?:ed|es|ing)(?=\s+(?:[\w.'’-]+\s+){1,4}?that\b)/g },
  // "Scholz ruled out sending fighter jets": a stated refusal of one's own act is a pledge to refrain from it (a gerund
  // act only: "ruled out any involvement" denies a past act)
  { kind: 'pledge', phase: 'agreed', pattern: /\b(?:ruled|rules|ruling)\s+out(?=\s+(?:ever\s+)?[a-z]+ing\b)/g },
  // "offered Ukraine candidate status", "offers Kyiv security guarantees": an offer of the party's own act, proposed
  // ("offered assurances that …" gives the assurances: a pledge made, read on the noun)
  { kind: 'pledge', phase: 'proposed', pattern: V('(?:offer(?:ed|s|ing)|(?<=\\b(?:would|will|could|can|to)\\s+)offer)(?! to\\b)(?!\\s+(?:[\\w\'’.-]+\\s+){0,3}?(?:re)?assurances?\\b)') },
  // "said it would never recognise the annexation", "will not accept the results": a party's stated refusal is a pledge
  // to refrain (kept only when its party is the clause's subject, see REFUSAL_VERB)
  { kind: 'pledge', phase: 'agreed', pattern: V('(?:will|would)\\s+(?:never|not)\\s+(?:ever\\s+)?(?:recogni[sz]e|accept|legitimi[sz]e|join|attack|invade|negotiate|cede|surrender|give up|send|supply|deploy|use|agree to(?!\\s+(?:an?\\s+|the\\s+|any\\s+)?(?:[\\w-]+\\s+)?(?:ceasefire|cease-fire|truce|armistice|moratorium|pause)))') },
  // "Germany will provide Ukraine with three rocket systems", "announced it would send", "would continue to supply": a government's future delivery
  // is a pledge (kept only when its content is aid, see DELIVERY_VERB)
  { kind: 'pledge', phase: 'agreed', pattern: V('(?:will|would|is to|are to|is going to|are going to)\\s+(?:also\\s+|soon\\s+|now\\s+)?(?:continue\\s+to\\s+)?(?:send|provide|supply|deliver|donate|transfer|ship|give|train)') },
  // "Russia said it would resume gas supplies if sanctions were lifted", "said they could continue talks, assuming …": a
  // party's own act on a condition, said of itself (a pronoun subject), is an offer (a hostile one a threat, above)
  { kind: 'pledge', phase: 'proposed', conditional: true, pattern: V('(?<=\\b(?:it|they|we)\\s+)(?:would|could|will)\\s+(?:(?:also|then|immediately|gladly)\\s+)?(?!be\\b|have\\b|not\\b|never\\b)[a-z]+') },
  // "If the West lifts sanctions, Russia will resume gas deliveries, Peskov said", "Erdogan said that if Sweden extradited
  // them, Turkey would lift its veto": a named party's own act on a condition, said by one of its own (a case-sensitive name)
  { kind: 'pledge', phase: 'proposed', conditional: true, spokenFor: true, pattern: /(?<=\b[A-Z][\w.'’-]+\s+)(?:would|will)\s+(?:(?:also|then|immediately|gladly)\s+)?(?!be\b|have\b|not\b|never\b)[a-z]+\b/g },
  // "Washington's plans to send missiles", "the proposal unveiled by Kyiv": a party's plan or proposal of its own act is an offer
  { kind: 'pledge', phase: 'proposed', nominal: true, owned: true, pattern: V('(?:peace\\s+)?(?:plans?|proposals?|offers?|initiatives?)') },
  // "Kyiv's plea for more air defence", "a request by Poland for tanks", "a call by the UN chief for a pause": a demand
  // named with its party (a possessive or "by X")
  { kind: 'demand', phase: 'announced', nominal: true, owned: true, pattern: V('(?:pleas?|requests?)(?=\\s+(?:by\\s+[^.;,]{1,40}?\\s+)?(?:for|to)\\b)|calls?(?=\\s+by\\s+[^.;,]{1,40}?\\s+(?:for|to)\\b)') },
  // "Putin's nuclear threats", "Moscow's threats": a threat named with its party (a possessive or "by X")
  { kind: 'threat', phase: 'announced', nominal: true, owned: true, pattern: V('(?:nuclear\\s+)?threats') },
  { kind: 'ceasefire', phase: 'announced', nominal: true, pattern: V('ceasefires?|cease-fires?|truces?|moratori(?:um|a)|armistice|cessation of hostilities') },
  // "Washington announced a new $800 million military aid package for Ukraine", "unveiled a support package", "a package of military aid": a
  // package of aid announced is a pledge of it (a nominal trigger: it needs its party and a committing verb nearby)
  { kind: 'pledge', phase: 'agreed', nominal: true, pattern: V('(?:aid|assistance|support|weapons|arms|security|military|financial|humanitarian|loan|funding)\\s+packages?|packages?\\s+of\\s+(?:[\\w-]+\\s+){0,2}?(?:aid|assistance|support|weapons|arms|loans|funding)') },
  { kind: 'agreement', phase: 'agreed', nominal: true, pattern: V('(?:peace |grain |prisoner[- ]exchange |framework )?(?:agreements?|accords?|treaty|memorandum|deal)') },
  // "The EU must stop buying Russian gas, Zelensky said", "Biden said Russia has to withdraw": the obliged party is asked (the
  // act's verb is in the span; not "should", mostly an opinion, nor a state or a victory: "must be ready", "must win")
  { kind: 'demand', phase: 'announced', directive: true, pattern: V('(?:must|needs? to|has to|have to)\\s+(?:not\\s+|never\\s+)?(?:(?:immediately|urgently|also|now|still|quickly|finally)\\s+)?(?!(?:be|win|prevail|remain|stay|do|have|get|think|understand|know|realise|realize|accept)\\b)[a-z]+') },
];

/** Verbs that make a nominal ceasefire/agreement an actual commitment rather than talk about one. */
export const COMMITTING_VERBS = /\b(?:made|makes?|gave|gives?|seal\w*|approv\w*|ratif\w*|clinch\w*|conclud\w*|finali[sz]\w*|offer\w*|agree\w*|declar\w*|announc\w*|sign\w*|accept\w*|propos\w*|order\w*|observ\w*|extend\w*|respect\w*|honou?r\w*|implement\w*|reach\w*|reaffirm\w*|reiterat\w*|restat\w*|underlin\w*|underscor\w*|brokered|struck|entered into force|took effect|takes effect|began|begins|starts?)\b/i;
export const PROPOSING = /\b(?:propos\w*|suggest\w*|offer\w*|floated|push\w* for|call\w* for|urg\w*|may|might|could|would)\b/i;

/** Right before a commitment noun or its verb's object: only its idea is agreed ("agrees with the idea of a ceasefire"): a proposal, not a commitment made. */
export const IDEA_BEFORE = /\b(?:idea|concept|notion|principle|prospect|possibility)\s+of\s+(?:an?\s+|the\s+|any\s+)?(?:[\w-]+\s+){0,2}$/i;
/** After a commitment: what is still open ("but questions remain", "though details have yet to be worked out"): announced, not in force. */
export const STILL_OPEN_AFTER = /\b(?:but|though|although|while)\s+(?:many\s+|key\s+|some\s+|major\s+|the\s+)?(?:questions|details|issues|differences|modalities|terms)\s+(?:still\s+)?(?:remain|are yet|have yet|are still|need|must still)\b/i;

/** Right before a commitment noun: the party did what it promised ("kept its promise", "is complying with its commitments", "delivered on the pledge"). */
export const KEPT_BEFORE = /\b(?:kept|keeps|keeping|fulfill?(?:ed|s|ing)?|honou?r(?:ed|s|ing)|delivered on|delivers on|made good on|lived up to|lives up to|compl(?:ied|ies|y|ying) with|(?:is|are|was|were) in (?:full\s+)?compliance with)\s+(?:(?:its|his|her|their|the|all|[\w.'’-]+['’]s)\s+)?(?:[\w-]+\s+){0,3}$/i;

/**
 * Just before a commitment noun: a negated or failed verb of keeping ("had not fulfilled their promise", "failed to honour
 * the agreement", "never complied with the deal"): the commitment exists and was broken (violated), it is not denied.
 */
export const BROKEN_BEFORE = /\b(?:not|never|n't|fail(?:s|ed|ing)?\s+to|refus(?:es|ed|ing)?\s+to)\s+(?:(?:yet|fully|even|always|properly|really)\s+)?(?:kept|keep|keeps|fulfill?(?:ed|s)?|honou?r(?:ed|s)?|deliver(?:ed|s)?\s+on|ma(?:de|ke)\s+good\s+on|li(?:ved|ve)\s+up\s+to|compl(?:ied|y)\s+with|implement(?:ed|s)?|respect(?:ed|s)?|abid(?:e|ed|es)\s+by|adhered?\s+to|stuck\s+to|stick\s+to)\s+(?:(?:its|his|her|their|the|all|[\w.'’-]+['’]s)\s+)?(?:[\w-]+\s+){0,3}$/i;

/** Just before a binding trigger: agreed but pending ("a tentative agreement", "a draft deal"). */
export const PENDING_BEFORE = /\b(?:(?:tentative|preliminary|provisional|draft|initial(?:l?ed)?|in-principle)\s+(?:[\w-]+\s+){0,2}|in principle\s+(?:to|on)\s+(?:[\w-]+\s+){0,3})$/i;
/** Just after a binding trigger: what it still awaits ("in principle", "subject to approval by parliament"). */
export const PENDING_AFTER = /^[^.;]{0,60}?\b(?:in principle|(?:subject to|pending|awaiting|still needs?|requires?|yet to (?:be|receive))\s+(?:the\s+)?(?:final\s+)?(approval|ratification|sign-?off|signature|endorsement|a vote|parliament\w*)[^.;,]{0,40})/i;

/** Contexts (just before a trigger) in which no commitment exists. */
export const NOT_A_COMMITMENT = /\b(?:allegations? (?:about|of|that)|claims? (?:about|of|that)|denials? (?:of|that)|short of|absence of|lack of|without(?! (?:mention|reference))|no(?! (?:mention|reference)\b)|not|never|instead of|rather than|hopes? (?:of|for)|refus\w* (?:to|a)|reject\w*|declin\w* (?:to|a)|fail\w* to|anticipated|expected|plan for|prospects? (?:of|for))\s+(?:[\w-]+\s+){0,4}$/i;
/** Right before a committing verb: a hedge or modal, so the commitment is guessed or possible, not made ("likely agreed", "can now demand"). */
export const HEDGED_BEFORE = /\b(?:likely|probably|possibly|perhaps|can|cannot|could|may|might|should|must)\s+(?:not\s+)?(?:now\s+|also\s+|still\s+|soon\s+|yet\s+|have\s+)?$/;
/** Just before a trigger: the party turned the commitment down ("rejected a 30-day truce"); what it rejected was a proposal. */
export const REJECTED_BEFORE = /\b(?:reject\w*|refus\w*|turn\w* down|spurn\w*|dismiss\w*|declin\w*)\s+(?:[\w'’-]+\s+){0,4}$/i;
/** Just before a trigger, inside its sentence: the trigger sits in a condition ("if Moscow does not agree to a truce"). */
export const CONDITIONAL_CLAUSE = /\b(?:if|unless|whether|provided that|on condition that|in case)\b[^.;,]*$/i;
/** A condition that must be met before a commitment takes effect: "would take effect only after sanctions were lifted". */
export const CONDITION_PRECEDENT = /\b(?:(?:take|takes|taking|took|come|comes|enter|enters|go|goes)\s+(?:into\s+)?(?:effect|force)\s+)?only\s+(?:after|if|once|when)\s+([^.;]+)/i;
/** Pronouns that open a sentence and stand for the previous sentence's subject. */
export const PRONOUN_SUBJECT = /^\s*(?:He|She|They|It)\b/;
/** Words right after a trigger that mean the mention is not factual ("ceasefire that many anticipated"). */
export const NOT_A_COMMITMENT_AFTER = /^[^.;]{0,40}\b(?:that|which) (?:many|some|others|observers|analysts) (?:anticipated|expected|hoped|wanted)\b/i;

/** "fighting disinformation", "combating corruption": a fight that is no military action. */
const ABSTRACT_FOES = '(?:dis|mis)information|propaganda|fake news|corruption|climate change|global warming|poverty|hunger|inflation|disease|pandemics?|covid(?:-19)?|crime|fraud|money laundering|racism|discrimination|antisemitism|hate|extremism online|censorship|impunity';

/** "exchange a convicted arms dealer for two jailed Americans": a swap of people (CONCEDE), not arms supplies. */
export const SWAP_OF_PEOPLE = /\b(?:exchang\w*|swap\w*|trad(?:e|ing)) (?:[\w'’-]+ ){1,6}?for (?:(?:the|two|three|jailed|detained|imprisoned|captured) )*(?:[A-Z][\w'’-]+|Americans?|citizens?|nationals|prisoners|detainees|soldiers|POWs|hostages)\b/;

export interface ActionRule { action: string; pattern: RegExp }

/** "vowed to strike an optimistic tone", "struck a balance", "strike a deal": a strike that is no attack. */
const STRIKE_IDIOMS = 'tone|balance|chord|note|pose|deal|bargain|compromise|agreement|accord|figure|match|nerve|blow for|optimistic|conciliatory|defiant|positive|upbeat|sombre|somber';

/** The PLOVER action a commitment is about, from the words of its content. First match wins. */
export const ACTIONS: readonly ActionRule[] = [
  // "lay down their arms", "surrender": yielding to the other side is a concession (PLOVER CONCEDE, CAMEO 08x yield), not arms supplied
  { action: 'CONCEDE', pattern: /\b(?:lay|lays|laid|laying)\s+down\s+(?:(?:their|its|his|all|the)\s+)?(?:arms|weapons)\b|\bsurrender(?:s|ed|ing)?\b(?=\s*(?:$|[.,;]|to\b|and\b|or\b|unconditionally\b))/i },
  // "declare Russia a terrorist state", "designate the group a terrorist organisation": branding a party a terrorist is an accusation (CAMEO 11x)
  { action: 'ACCUSE', pattern: /\b(?:declar|designat|label|brand|list)\w*\s+(?:[\w'’.-]+\s+){0,3}?(?:as\s+)?(?:an?\s+|the\s+)?(?:state\s+sponsors?\s+of\s+terrorism|terrorists?(?:\s+(?:state|organi[sz]ation|group|regime|entity))?)\b/i },
  // "will not agree to any territorial concessions", "concessions to Moscow": yielding ground or terms is a concession (CAMEO 08x)
  { action: 'CONCEDE', pattern: /\b(?:territorial|any|major|painful|further|political|unilateral)\s+concessions?\b|\bconcessions?\s+(?:to|on)\s+(?:the\s+)?(?:[A-Z]|territor|land|sovereignty)/ },
  // "never to recognize the annexation", "not to recognise the outcomes": recognising something is SUPPORT (CAMEO 054)
  // "declare itself neutral", "neutral status": neutrality is a concession (CAMEO 08x, yield)
  { action: 'CONCEDE', pattern: /\bneutral(?:ity| status)?\b|\baccept(?:s|ed|ing)?\s+(?:the\s+|any\s+|a\s+)?(?:[\w-]+\s+)?(?:loss|annexation|results?|outcomes?|terms|conditions|demands|ultimatum|surrender|partition)\b/i },
  // "the evacuation of civilians", "humanitarian corridors": evacuating people is humanitarian aid (CAMEO 07x);
  // people told "to evacuate" leave themselves, which is no aid
  { action: 'AID', pattern: /\bevacuat\w*\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:civilians|people|residents|children|wounded|population|citizens|nationals|staff|families|troops|soldiers|fighters|defenders)\b|\bevacuation (?:corridors?|routes?|convoys?|buses|flights)\b|\bhumanitarian corridors?\b/i },
  // "allow U.N. inspectors to visit the plant", "grant access to monitors": letting others in is RETREAT (access)
  { action: 'RETREAT', pattern: /\b(?:allow\w*|let|lets|letting|grant\w*|giv(?:e|es|ing)|permit\w*|provid\w*)\s+(?:[\w.'’-]+\s+){0,4}?(?:inspectors?|monitors?|observers?|inspections?|access)\b|\baccess (?:to|for) (?:the\s+)?(?:[\w-]+\s+){0,2}(?:plant|site|facilit\w*|inspectors?|monitors?|prisoners|detainees)\b/i },
  // "agreed to cap the price of Russian oil": a price cap is a sanction
  { action: 'SANCTION', pattern: /\b(?:price caps?|cap (?:the |a )?price)\b/i },
  // "banned from the summit", "expelled from the council": shutting a party out is a sanction (CAMEO 16, reduce relations)
  { action: 'SANCTION', pattern: /\b(?:bann?\w*|barr?\w*|expel\w*|exclu\w*|suspend\w*|kick\w* out|thrown? out)\s+(?:[\w'’-]+\s+){0,2}?from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:summit|council|meeting|talks|organi[sz]ation|group|club|games|olympics|competition|g20|g7|swift)\b/i },
  // "bar Russians from receiving Schengen visas", "a visa ban": shutting a people out of visas is a sanction (CAMEO 16)
  { action: 'SANCTION', pattern: /\b(?:bann?\w*|barr?\w*|restrict\w*|suspend\w*|limit\w*|curb\w*|halt\w*)\s+(?:[\w'’-]+\s+){0,5}?(?:tourist\s+|Schengen\s+|entry\s+)?visas?\b|\bvisas? (?:bans?|restrictions?|suspensions?)\b/i },
  // "committed to the defence of Lithuania", "the protection of civilians": protecting another party is AID (CAMEO 074)
  { action: 'AID', pattern: /\b[Ss]ecurity guarantees?\b|\b(?:defen[cs]e|protection|security) of (?:the\s+)?[A-Z]\w+|\bprotect\w* (?:civilians|refugees|the (?:population|people))\b/ },
  // "offer the journalist protection through asylum", "grant refuge": asylum and shelter given are aid (CAMEO 075, grant asylum)
  { action: 'AID', pattern: /\b(?:(?:political\s+)?asylum|(?:offer|grant|giv|provid)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:protection|shelter|refuge|safe haven))\b/i },
  // "make Ukraine a candidate for membership": admitting a party to a bloc supports it
  { action: 'SUPPORT', pattern: /\b(?:recogni[sz]\w*|legitimi[sz]\w*|endors\w*|candida(?:te|cy)|membership|accession)\b/i },
  // "return the region to Ukrainian control", "hand back Crimea": giving up held territory (CAMEO 0874, retreat)
  { action: 'RETREAT', pattern: /\b(?:return\w*|hand\w* (?:back|over)|give\w* back|cede|ceding|vacat\w*|leav\w*|surrender\w*)\s+(?:[\w'’-]+\s+){0,3}?(?:region|regions|territor(?:y|ies)|land|lands|peninsula|Crimea|Donbas|areas?|city|plant|positions)\b|\bdemilitari[sz]\w*|\bsurrender\w*\s+(?:the\s+(?:city|port|town)\s+of\s+)?[A-Z][\w'’-]+/ },
  // "would intervene militarily", "a military intervention": force used against another party (CAMEO 19, fight)
  // ("threatened Taiwan with military action", "a military response": force held out, CAMEO 19)
  { action: 'ASSAULT', pattern: /\bintervene?\w*\s+(?:[\w-]+\s+)?(?:militarily|with (?:military )?force)\b|\bmilitar(?:y|ily)\s+interven\w*|\bmilitary\s+(?:action|force|response|retaliation|strikes?)\b/i },
  // "threatened using nuclear arms": weapons used, not supplied
  { action: 'ASSAULT', pattern: /\b(?:use|using|used|uses|employ\w*|deploy\w*|resort\w* to)\s+(?:of\s+)?(?:the\s+)?(?:nuclear |chemical |tactical |biological |atomic |military |armed )?(?:weapons|arms|force|bombs?)\b|\b(?:use|using|used|uses|employ\w*|resort\w* to)\s+[“"‘']?(?:all|every|any)\s+(?:available\s+|necessary\s+|possible\s+)?means\b|\b(?:respond\w*|retaliat\w*|react\w*)\s+with\s+(?:military\s+|overwhelming\s+|nuclear\s+)?force\b|\b(?:nuclear|chemical|biological|atomic)\s+(?:weapons?|arms|bombs?|strikes?|attacks?|war|threats?|blackmail|response|retaliation)\b(?!\s+(?:control|reduction|limitation|treat))/i },
  { action: 'AID', pattern: /\b(?:arms(?![- ]control)|weapons?(?![- ]control)|military (?:aid|assistance|supplies|support|equipment)|intelligence[- ]sharing|sharing (?:of )?intelligence|ammunition|air defen[cs]es?|tanks|howitzers|fighter jets|(?:send|supply|provid|deliver|donat|transfer)\w*\b[^.;]{0,40}\b(?:equipment|systems?|missiles?|launchers|artillery|drones|vehicles|aid))\b/i },
  { action: 'ASSAULT', pattern: new RegExp(`\\b(?:attack\\w*|(?:strik\\w*|struck)(?!\\s+(?:an?|the|that|this)\\s+(?:[\\w-]+\\s+){0,2}(?:${STRIKE_IDIOMS})\\b)|shell\\w*|bomb\\w*|hit|hitting|fir(?:e|ing) on|hostilities|military activit(?:y|ies)|fighting(?!\\s+(?:against\\s+)?(?:the\\s+)?(?:spread of\\s+)?(?:${ABSTRACT_FOES}))|offensive\\w*|military operations?|(?<!(?:trade|price|information|cold|culture|words?|class) )war(?!\\s+(?:crimes?|criminals?|games?|chest|footing|of words))|invasion|incursions?|aggression|assault\\w*|ceasefire|cease-fire|truce|armistice|drone|missile)\\b`, 'i') },
  { action: 'SANCTION', pattern: /\b(?:sanctions?|tariffs?|(?:import |export |customs )duties|embargo(?:es|ed|ing)?|trade restrictions?|(?:ban|bans|banned|banning|boycott\w*|blacklist\w*|phas(?:e|ing) out)\b[^.;]{0,40}?\b(?:imports?|exports?|purchases|sales|trade|oil|gas|coal|goods|products|flights|airlines|ships|vessels|banks))\b/i },
  { action: 'RETREAT', pattern: /\b(?:withdraw\w*|pull(?:ing|ed|s)? (?:back|out)|pullback|remov\w* (?:its |their |all )?(?:(?:military|heavy)\s+)?(?:forces|troops|equipment|weapons|hardware))\b/i },
  // "veto the sanctions package", "its opposition to Sweden joining NATO": blocking a decision is a rejection (lifted, a support)
  // "could block the process", "block Sweden's accession": stopping another party's bid is a rejection too
  { action: 'REJECT', pattern: /\bveto(?:es|ed|ing)?\b|\b(?:opposition|objections?)\s+to\b|\bblock(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}?(?:process|bids?|accession|membership|applications?|decisions?|resolutions?|package|deal|agreement|enlargement|expansion)\b/i },
  // "release her immediately", "free them": a party's release of people it holds (not "secure her release", the noun)
  { action: 'CONCEDE', pattern: /\b(?:releas(?:e|es|ed|ing)|free(?:s|d|ing)?)\s+(?:her|him|them)\b/i },
  { action: 'CONCEDE', pattern: /\b(?:releas\w*|exchang\w*|swap\w*|return\w*|repatriat\w*) (?:of )?(?:\w+ )?(?:prisoners|detainees|POWs|soldiers|children|civilians|hostages|citizens|diplomats|journalists|sailors|crew|crews|nationals|activists|captives|servicemen|fighters|defenders|marines|Americans)\b|\b(?:prisoners?|POWs?|detainees?)[- ](?:exchanges?|swaps?|releases?)\b/i },
  { action: 'MOBILIZE', pattern: /\bmobili[sz]\w*\b/i },
  // "boost their forces on the eastern flank", "deploy more troops to Poland": a build-up of forces (PLOVER MOBILIZE)
  { action: 'MOBILIZE', pattern: /\b(?:boost\w*|bolster\w*|increas\w*|reinforc\w*|deploy\w*|station\w*|mass\w*|build(?:ing)? up|beef\w* up|strengthen\w*|double\w*|expand\w*)\s+(?:(?!(?:on|against|in|of|to|for|with)\b)[\w'’-]+\s+){0,3}?(?:forces|troops|soldiers|military presence|presence|battalions|brigades|battle ?groups|contingents?|deployments?)\b/i },
  // "agreed to meet Putin", not "meet any attack with a united response" or "meet those demands"
  { action: 'CONSULT', pattern: /\b(?:talks|mediat\w*|negotiat\w*|discuss(?:es|ed|ing|ions?)?|dialogue|consultations?|(?:high-level |diplomatic )?(?:communication|contacts)|meet\w*(?!\s+(?:[\w-]+\s+){0,2}(?:attacks?|aggression|demands?|needs?|conditions?|targets?|goals?|obligations?|commitments?|deadlines?|criteria|requirements?|expectations?|standards?)\b)|summit)\b/i },
  // "threatened to seize the assets of companies": seizing property is coercion (CAMEO 1711)
  { action: 'COERCE', pattern: /\b(?:seiz\w*|confiscat\w*|expropriat\w*|nationali[sz]\w*|freez\w*)\s+(?:[\w'’-]+\s+){0,4}?(?:assets|propert(?:y|ies)|funds|accounts|reserves|ships|vessels|tankers|cargo|companies|businesses|factories|plants)\b/i },
  // "drive the Russians out of Crimea", "push Russian forces back from Kherson": expelling the other side's forces is fighting
  { action: 'ASSAULT', pattern: /\b(?:driv(?:e|es|ing)|drove|driven|push(?:es|ed|ing)?|kick(?:s|ed|ing)?|chas(?:e|es|ed|ing)|throw(?:s|ing)?|threw)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)?(?:forces|troops|army|armies|occupiers|invaders|enemy|Russians|Ukrainians|[A-Z]\w+ians)\s+(?:back\s+)?(?:out\s+of|from|back)\b/ },
  // "vowed to retake the land", "seize the Donbas region": taking territory by force (CAMEO 192, occupy territory)
  { action: 'ASSAULT', pattern: /\b(?:seiz\w*|retak\w*|retook|recaptur\w*|captur\w*|reclaim\w*|liberat\w*|annex\w*|occupy\w*|(?:take|win|get) back|regain\w*)\b/i },
  { action: 'COOPERATE', pattern: /\b(?:(?:purchas|buy)(?:e|es|ed|ing|s)?\b|(?:energy|gas|oil|grain|food) (?:shipments|supplies|deliveries|exports|imports|flows)|(?:shipments|supplies|deliveries|exports|imports|flows) of (?:energy|gas|oil|grain|food)|access to (?:world |global |international )?markets|trade|exports?|imports|economic (?:cooperation|ties))\b/i },
  // "let Ukrainian grain out", "unblock food exports", "escort grain ships", "safe passage to merchant vessels": letting goods
  // or the ships that carry them through is trade (the gold guideline: grain shipments are COOPERATE)
  { action: 'COOPERATE', pattern: /\b(?:let(?:s|ting)?|allow\w*|unblock\w*|free(?:s|d|ing)? up)\s+(?:[\w'’-]+\s+){0,3}?(?:grain|wheat|food|fertili[sz]ers?|corn)\b|\b(?:escort\w*|safe passage (?:to|for))\s+(?:[\w'’-]+\s+){0,3}?(?:ships|vessels|shipping|tankers|freighters)\b/i },
  // "offered to supply gas to Europe", "agreed to sell grain": trade in goods by the party itself (CAMEO 061)
  { action: 'COOPERATE', pattern: /\b(?:suppl(?:y|ies|ied|ying)|deliver\w*|ship(?:s|ped|ping)?|export\w*|sell\w*|sold|pump\w*)\s+(?:more\s+|additional\s+|extra\s+|its\s+|their\s+)?(?:natural\s+)?(?:energy|gas|oil|grain|wheat|food|coal|fertili[sz]ers?|electricity|LNG|fuel)\b/i },
  // "to stay out of NATO", "never to join the alliance": neutrality is a concession (CAMEO 08x)
  { action: 'CONCEDE', pattern: /\b(?:stay|keep|remain)\s+out\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:NATO|alliance|bloc|EU|union)\b|\b(?:never|not)\s+(?:to\s+)?join\s+(?:the\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:NATO|alliance|bloc)\b/i },
  // "stop any contact with Russia", "cut diplomatic ties": contacts and relations, which stopped are a sanction (CAMEO 161)
  { action: 'CONSULT', pattern: /\b(?:(?:diplomatic\s+)?(?:contacts?|relations|ties))\s+with\b/i },
  // "asked the UK to deal with the DPR directly": dealing with a named party is engaging it (CAMEO 04, consult)
  // (not the noun: "signed a deal with Azerbaijan" names no act)
  { action: 'CONSULT', pattern: /(?<!\b(?:[Aa]|[Aa]n|[Tt]he|[Tt]his|[Tt]hat|[Nn]ew|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]rade|[Gg]as|[Aa]rms|[Pp]eace)\s)\bdeal(?:s|ing|t)?\s+(?:directly\s+)?with\s+(?:the\s+)?[A-Z]/ },
  // "agreed to step up co-operation on the issue", "to cooperate on migration": cooperation with no more specific act (CAMEO 06)
  { action: 'COOPERATE', pattern: /\bco-?operat(?:e|es|ed|ing|ion)\b(?!\s+with\s+(?:the\s+)?(?:investigat\w*|inquir\w*|police|prosecutors?|authorities))/i },
  { action: 'AID', pattern: /\b(?:(?:financial|humanitarian|economic|budget) (?:aid|assistance|support)|(?<!with the |first )(?:aid|assistance)\b(?! (?:workers?|groups?|agenc\w+|organi[sz]ations?))|loans?|grants?|(?:long-term |military |financial |budget |emergency )?funding|(?:\$|€|£)\s?\d|\d+(?:\.\d+)? (?:billion|million) (?:dollars|euros|pounds))\b/i },
  { action: 'SUPPORT', pattern: /\b(?:support|backing|solidarity) (?:for|to|of|with)\b/i },
  // "continue supporting Kyiv militarily", "to help Ukraine financially": support given in arms or money is aid (CAMEO 07)
  { action: 'AID', pattern: /\b(?:support\w*|help\w*|assist\w*|back(?:s|ed|ing)?|aid\w*)\s+(?:[\w'’-]+,?\s+){0,3}?(?:militarily|financially)\b|\b(?:militarily|financially)\s+(?:support\w*|help\w*|assist\w*|back(?:s|ed|ing)?)\b/i },
  // "keep supporting Ukraine", "stand by Kyiv": support of a named party (case-sensitive: the party is a name)
  { action: 'SUPPORT', pattern: /\b(?:[Ss]upport(?:s|ed|ing)?|[Ss]tand(?:s|ing)? (?:by|with)|[Bb]ack(?:s|ed|ing)?)\s+(?:the\s+)?[A-Z][a-z]+\b(?!\s+into\b)/ },
  // "training Ukrainian pilots": military training is military aid
  // "promised Kyiv more Patriot batteries", "will get HIMARS": weapon systems given to another party are military aid (not
  // weapons used, fired or aimed: "threatened to use its missiles" is an assault; nor bought, sold or made: trade; nor one's
  // own removed or deployed: "remove its missiles from Cuba")
  { action: 'AID', pattern: /(?<!\b(?:us(?:e|es|ed|ing)|fir(?:e|es|ed|ing)|launch\w*|shoot\w*|aim\w*|target\w*|destroy\w*|intercept\w*|shot|down|import\w*|buy\w*|bought|purchas\w*|acquir\w*|sell\w*|sold|produc\w*|manufactur\w*|build\w*|make|making|made|remov\w*|withdr[ae]w\w*|pull\w*|station\w*|deploy\w*|plac\w*)\s+(?:[\w'’“”"-]+\s+){0,3})\b(?:(?:air[- ]defen[cs]e|missile|rocket|artillery|anti-?aircraft|anti-?tank|weapons?)\s+(?:systems?|batter(?:y|ies)|launchers?)|Patriots?(?:\s+(?:missiles?|batter(?:y|ies)|systems?))?|HIMARS|Javelins?|Stingers?|NLAWs?|howitzers|(?:battle\s+|main\s+battle\s+)?tanks|armou?red\s+vehicles|fighter\s+jets|warplanes|combat\s+aircraft|helicopters|drones|missiles|rockets|munitions|shells)\b/ },
  // ("training 10,000 Ukrainian recruits": a number with its separators is one word)
  { action: 'AID', pattern: /\btrain(?:s|ed|ing)?\s+(?:of\s+)?(?:[\w,.-]+\s+){0,2}?(?:pilots|troops|soldiers|forces|servicemen|recruits|military|army)\b/i },
];

/**
 * Contents that are inspections, visits or monitoring ("called for an IAEA inspection of the plant"): the events
 * layer may code them as an investigation (ACCUSE), but a safety inspection accuses no one; with no stated form
 * the commitment's act has no PLOVER type (the gold guideline, src/eval/gold/README.md).
 */
export const INSPECTION_CONTENT = /^(?:(?:an?|the|new|further|urgent|independent|international|[A-Z][\w.-]*)\s+)*(?:inspections?|inspectors?|monitoring(?:\s+mission)?|monitors?|(?:fact-finding\s+)?(?:missions?|visits?))\b/;

/** Contents of punishment with no stated form ("hold Russia accountable", "bring them to justice", "just punishment"): no PLOVER act (the gold guideline). */
export const ACCOUNTABILITY = /\bhold\w*\s+(?:[\w.'’-]+\s+){1,5}?(?:accountable|responsible|to account)\b|\bbring\w*\s+(?:[\w.'’-]+\s+){1,5}?to justice\b|\b(?:just|fair|due)\s+punishment\b|\baccountability\b/i;

/** "deal with the DPR directly": dealing with a named party is engaging it, not the idiom "deal with" (case-sensitive). */
export const DEAL_WITH_PARTY = /^(?:to\s+)?deal(?:s|ing|t)?\s+(?:directly\s+)?with\s+(?:the\s+)?[A-Z]/;
/** Contents that are figures of speech or resolve, not acts: "vowed to strike an optimistic tone", "do everything possible", "deal with". */
export const CONTENT_IDIOMS = new RegExp(`^(?:to\\s+)?(?:(?:strike|strikes|struck)\\s+(?:an?|the|that|this)\\s+(?:[\\w-]+\\s+){0,2}(?:${STRIKE_IDIOMS})\\b|deal with\\b|keep (?:an eye|calm|going|(?:on\\s+)?fighting|resisting)|do (?:everything|whatever|all|more|the same|so|better|it)\\b|fight on\\b|win\\b|prevail|carry on|continue (?:to )?(?:fight|work|resist)|continue (?:fighting|resisting)|look (?:at|into)|think about|remember|stand (?:firm|strong)|stand by\\b(?!\\s+(?:the\\s+)?[A-Z])|stay (?:strong|united|the course)|(?:(?:his|her|their|its|our|my|an?|the)\\s+)?(?:(?:deep|deepest|sincere|heartfelt)\\s+)?(?:condolences|sympath(?:y|ies)|thanks|apolog(?:y|ies)|prayers|congratulations|resignation|glimpse|hope|opportunit(?:y|ies)|(?:differing\\s+|different\\s+|conflicting\\s+|contrasting\\s+)?(?:versions?|accounts?)|details|(?:mixed\\s+)?messag(?:es|ing)|signals|chances?|insights?|lessons?|reminders?|examples?|explanations?|assessments?|views?|opinions?|perspectives?|comments?|advice|clues?|excuses?)\\b)`, 'i');

/**
 * Contents of effort or resolve ("do everything he can", "do so", "do more", "stay the course", "stand firm"): idioms when
 * vowed of oneself, yet asked of another party they are what a demand asks ("urged Biden to do everything he can to bring
 * her home", "called on Moscow to do so", "called on the international community to stay the course").
 */
export const EFFORT_IDIOMS = /^(?:to\s+)?(?:do\s+(?:everything|whatever|all|more|so|the same|better|it)\b|keep\s+(?:going|fighting|resisting|calm)\b|stay\s+(?:strong|united|the course)\b|stand\s+(?:firm|strong|by)\b|continue\b|carry on\b|fight on\b)/i;

/** A content that is a reaction held out ("to take firm action", "to respond", "to retaliate"): on another party's act as its condition, a threat. */
export const RESPONSE_CONTENT = /^\s*(?:to\s+)?(?:take\s+(?:[\w-]+\s+){0,2}?(?:action|measures|steps)|respond|retaliate|react|hit\s+back|strike\s+back)\b/i;

/** Frame events (an agreement, a request, a threat …): their own PLOVER type names no content action. */
export const FRAME_TYPES: ReadonlySet<string> = new Set(['AGREE', 'REQUEST', 'THREATEN', 'REJECT', 'ACCUSE']);

/** A future-delivery trigger ("will provide", "would send"): a pledge only when what is delivered is aid. */
export const DELIVERY_VERB = /^(?:will|would|is|are)\s+(?:[\w-]+\s+){0,2}?(?:send|provide|supply|deliver|donate|transfer|ship|give|train)\b/i;

/** A refusal trigger ("would not recognize", "ruled out sending"): the act is in the trigger or right after it, refrained from. */
export const REFUSAL_VERB = /^(?:(?:will|would)\s+(?:never|not)|rul(?:ed|es|ing)\s+out)\b/i;

/** At the head of a content phrase: the party commits NOT to act ("not to negotiate", "never to join", "to cease …"). */
export const REFRAIN_HEAD = /^(?:\s*(?:that\s+)?(?:[\w'’-]+\s+){0,4}?(?:would|will|could|shall)\s+)?\s*(?:(?:not|never|no longer)\b|(?:to\s+)?(?:refrain\w*|halt\w*|stop\w*|ceas\w*|suspend\w*|freez\w*|paus\w*|end|ending|abandon\w*|renounc\w*|forgo\w*|forswear\w*)\b)/i;

/** Right after a trigger, the content's head stops an act ("that the West halt arms supplies", "an end to aid", "to stop issuing visas"). */
export const STOP_HEAD = /^\s*(?:that\s+)?(?:[\w'’.-]+\s+){0,3}?(?:to\s+)?(?:halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|end(?:s|ed|ing)?|cut(?:s|ting)?|curb\w*|ceas(?:e|es|ed|ing)|suspen\w*|freez\w*|paus\w*|discontinu\w*|reduc\w*|curtail\w*)\b/i;

/** A year before publication next to a trigger ("a 1962 agreement", "in 2014, … pledged"): the commitment is background. */
export const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;

/** Words saying the committing party will NOT do the action. */
export const REFRAIN = /\b(?:refrain\w*|halt\w*|stop\w*|ceas\w*|suspend\w*|suspension|paus\w*|end(?:ing)?|freez\w*|not to|no longer|moratori\w*|ceasefire|cease-fire|truce|armistice|cessation|lift\w*)\b/i;

/** Content of a demand or pledge: "halt to X", "end of X", "refrain from X". */
export const CONTENT = /\b(?:refrain\w* from|(?:halt|end|stop|cessation|suspension|freeze|pause|moratorium) (?:to|of|on|in)|halt(?:ing|ed)?|stop(?:ping|ped)?|suspend(?:ing|ed)?|ceas(?:e|ing|ed)|end(?:ing|ed)?|lift(?:ing|ed)?|withdraw(?:al of|ing)?)\s+/i;

/** Objects of an action: "attacks on X", "strikes against X". */
export const OBJECT_OF = /\b(?:attack\w*|strik\w*|shell\w*|bomb\w*|hits?|assaults?|fire|fighting|hostilities)\s+(?:on|against|at|in|targeting|around)\s+/i;

/** Where a scope phrase ends. */
export const PHRASE_END = /\s+(?:for|until|till|through|from|starting|beginning|during|while|which|that|who|after|before|as|if|unless|since|because|when|although|though|even though|despite|amid|whereas|saying|in exchange|provided|on condition|offers?|falls?|is|are|was|were|has|have|had|will|would|(?:in order )?to (?:address|help|support|tackle|counter|ease|cover|fund|finance|ensure|boost|combat|alleviate|mitigate))\b|(?<!\d)[.,]|[.,](?!\d)|[;:()\u2014\u2013]| - /i;

/** Conditions attached to a commitment. */
export const CONDITION = /\b(?:on condition that|provided that|providing that|as long as(?!\s+(?:necessary|needed|required|possible|it takes|(?:is|it is) (?:necessary|needed|required)))|in exchange for|assuming(?: that)?|if|unless)\s+([^.;]+)/i;

export const MEDIATOR = /\b(?:brokered|mediated|facilitated|hosted)\s+by\s+$/i;
export const GUARANTOR = /\b(?:guaranteed by|guarantors?|guarantee)\b/i;
export const WRITTEN = /\b(?:signed|sign|signing|written|memorandum|treaty|text of)\b/i;
export const VERBAL = /\b(?:phone call|call|conversation|said|told|announced|verbal|spoke)\b/i;
