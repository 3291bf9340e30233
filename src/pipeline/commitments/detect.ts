/**
 * Finds commitments in a document (pure): pledges, ceasefires, demands, threats, ultimatums and agreements,
 * and later turns in their life (extended, withdrawn, collapsed, accused of violation, denied). Reads the
 * sentence, actor, time and event layers; every record points back at its sentence(s) by span.
 *
 *   detectCommitments(doc)
 *   // "Putin's pledge to refrain from attacks on Ukraine's energy infrastructure for 30 days" ->
 *   // [{ kind: 'pledge', by: [{ code: 'RUS', sector: 'GOV' }], to: [{ code: 'UKR' }], action: 'ASSAULT', refrain: true,
 *   //    scope: 'energy infrastructure', durationDays: 30, … }]
 *
 * Precision first: a commitment needs a committing party; a nominal one ("the truce") needs a possessive party
 * or a committing verb in its sentence; talk about commitments that do not exist ("short of a ceasefire") is
 * skipped.
 */
import { addDays } from '../../core/dates.js';
import type { ActorMention, ActorRef, CommitmentRecord, Document, EventRecord, Span, TimeMention, Token } from '../../core/types.js';
import {
  ACCOUNTABILITY, ACTIONS, COMMITTING_VERBS, EFFORT_IDIOMS, RESPONSE_CONTENT, CONDITION, IDEA_BEFORE, INSPECTION_CONTENT, KEPT_BEFORE, BROKEN_BEFORE, STILL_OPEN_AFTER, CONTENT_IDIOMS, DEAL_WITH_PARTY, DELIVERY_VERB, REFUSAL_VERB, FRAME_TYPES, HEDGED_BEFORE, REFRAIN_HEAD, STOP_HEAD, YEAR, CONDITION_PRECEDENT, CONDITIONAL_CLAUSE, CONTENT, GUARANTOR, NOT_A_COMMITMENT, NOT_A_COMMITMENT_AFTER,
  OBJECT_OF, PENDING_AFTER, PENDING_BEFORE, PHRASE_END, PRONOUN_SUBJECT, PROPOSING, REFRAIN, REJECTED_BEFORE, SWAP_OF_PEOPLE, TRIGGERS, VERBAL, WRITTEN, type Trigger,
} from './lexicon.js';
import { actorsBetween, agentAfter, groupMentions, modifierOwner, possessiveBefore, pronounOwner, proposerBefore, ref, subjectBefore, uniqueRefs } from './parties.js';
import { appealBefore, consequenceOf, INSIST_ON_WORDING, insistsOnFact, mainClause, PASSIVE_STOP, sufferedIn, sufferingAction, turnKindOf, warnsOwnAct } from './readings.js';
import { aidReceiverBefore, audienceOf, directiveParties, refusedBy, regionAddressee, talksPartnerBefore } from './context.js';
import { counterpartOf } from './counterpart.js';
import { knownBefore, knownIn, type KnownCommitment } from './known.js';
import { scopeObjectsIn } from './scopes.js';
import { frameWords, governedBy, readTree, type TreeReading } from './syntax.js';
import { durationEnd } from './status.js';
import { pairBefore, personBefore, PRONOUN_REACH } from '../actors/antecedent.js';

/** An accusation or denial is about a commitment only when its sentence names one. */
const COMMITMENT_NOUN = /\b(?:ceasefire|cease-fire|truce|moratorium|pause|pledge|promise|commitment|deal|agreement|accord|corridor|armistice|memorandum|treaty|treaties|pact)s?\b/i;
/** Just before a nominal trigger: the commitment is hoped for or discussed, not made. */
const HYPOTHETICAL = /\b(?:would|could|should|might|must|to achieve|to reach|to seek|seek|key to|requir\w*|needs?|needed|necessitat\w*|question of|if|whether|any|possible|potential|prospects?)\b[^.;]*$/i;
/** Just before a turn: it is weighed, threatened or asked for, not done. */
const TURN_WEIGHED = /\b(?:consider\w*|weigh\w*|mull\w*|discuss\w*|debat\w*|threaten\w* to|may|might|could|plans? to|planning to|intends? to|propos\w*|call\w* for|urg\w*|(?:want|wish|ask|press|push|pressur|encourag|call\w* on)\w*\s+(?:[\w.'’-]+\s+){1,3}to)\s+(?:[\w-]+\s+){0,2}$/i;
/** Kinds whose verb may take its addressee as object ("urged Moscow to", "warned Kyiv that"). */
const ADDRESSING_KINDS = new Set(['demand', 'threat', 'pledge', 'ultimatum']);
const TURN_PHASES = new Set(['extended', 'withdrawn', 'collapsed', 'accused-violation', 'denied-violation']);
const REPORTING = /\b(?:said|says|claimed|claims|alleged|alleges|reported|reports|according to|told)\b/i;
const HEADLINE_VERB = /^(?:pledges?|promises?|vows?)$/i;
const NOMINAL_WORDS = /^(?:pledges?|promises?|commitments?|assurances?|undertakings?|vows?)$/i;
/** How a commitment may be prolonged, when its sentence says so. */
const EXTENSION = /\b(?:renewable|extendable|(?:can|could|may|might|will) be (?:extended|renewed|prolonged)|(?:automatically )?(?:extended|renewed) (?:automatically|by mutual consent|unless)|rolls? over)\b[^.;,]*/i;
/** Acts that, promised on a condition, make a threat ("will impose sanctions if …"). */
const HOSTILE = new Set(['SANCTION', 'ASSAULT', 'COERCE']);
/** How far before its trigger (characters) a committing party may be named. */
const SUBJECT_REACH = 110;
/** After a pledge: the deal it is part of and that deal's other party ("as part of a deal with Turkey", "under an agreement with Kyiv"). */
const UNDER_DEAL_WITH = /\b(?:as\s+part\s+of|under|in\s+line\s+with)\s+(?:an?|the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord|arrangement|pact|memorandum)\s+with\s+(?:the\s+)?/i;
/** After "threatened": its object and the consequences it holds out ("China with consequences", "Minsk with a tough response"). */
const THREATENED_WITH = /^\s+(?:(?:the\s+)?[A-Z][\w.'’-]*\s+){1,3}with\s+(?:an?\s+|the\s+|unspecified\s+|serious\s+|severe\s+|grave\s+|tough\s+|harsh\s+|dire\s+)*(?:consequences|retaliation|reprisals?|response|punishment|countermeasures|retribution)\b/;
/** Nouns of readiness ("signalled its readiness to …"). */
const READINESS_NOUN = /^(?:readiness|willingness|openness|preparedness)$/i;
/** Before a noun of readiness: a verb that voices it ("signalled its readiness", "expressed willingness", "reaffirmed Moscow's openness"). */
const VOICED_BEFORE = /\b(?:signal\w*|express\w*|voic\w*|reaffirm\w*|confirm\w*|declar\w*|indicat\w*|announc\w*|stat(?:ed|es|ing)|reiterat\w*|underlin\w*|stress\w*)\s+(?:[\w'’.-]+\s+){0,3}$/i;
/** Commitment nouns that are given when offered ("offered assurances that …"), unlike an offer of a deal or of guarantees. */
const GIVEN_NOUN = /^(?:re)?assurances?$/i;
/** Just before a trigger: a hedge or modal ("had almost reached a deal", "could be ready to agree"). */
const HEDGE_NEAR = /\b(?:almost|nearly|likely|probably|possibly|perhaps|could|may|might|should|must|can)\s+(?:[\w'’-]+\s+){0,3}$/i;
/** "that Ukraine (officially) declare itself …": a named subject and a base-form verb, the mood of a demand. */
const SUBJUNCTIVE_CLAUSE = /^\s*that\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:[a-z]+ly\s+)?(?!(?:is|was|were|are|has|had|have|did|does|will|would|can|could|may|might|must|should|shall)\b)[a-z]+(?<![^s]s|ed)\b/;
/** Contents of resolve, not of an act: "promised victory over Russia", "vowed to prevail". */
const RHETORIC = /^(?:victory|to win|win|winning|success|prevail\w*|triumph\w*|a bright future)\b/i;
/** Before a demand noun: its subject meets, rejects or answers it, so is not who made it. */
const ANSWERED_DEMAND = /\b(?:meet|met|meeting|comply\w* with|accept\w*|ignor\w*|heed\w*|satisf\w*|fulfil\w*|(?:bow|cave|give in|yield|respond|react)\w* to)\s+(?:[\w-]+\s+){0,3}$/i;
/** A content that is only a pronoun ("fully committed to it") names nothing. */
const PRONOUN_CONTENT = /^(?:it|this|that|them|these|those|so)$/i;
/** Nouns an adjectival duration may measure as the commitment's own ("a 30-day pause"). */
const COMMITMENT_SPAN = /^\s+(?:[\w-]+\s+)?(?:pause|truce|ceasefire|cease-fire|moratorium|halt|freeze|suspension|window|period|deadline|extension|ban|deal|agreement|plan|programme|program)\b/i;
/** The tokenizer's negation runs on to the clause's end; a coordinator or comma after the last negation word closes it ("vowing not to recognize X and promising to …"). */
const NEGATION_CLOSED = /\b(?:not|n't|never|no)\b(?:(?!\b(?:not|n't|never|no)\b)[^])*?(?:,|\b(?:and|but|or|while)\b)(?:(?!\b(?:not|n't|never|no)\b)[^])*$/i;
/** Someone other than a party gives a view: the sentence forecasts, it reports no commitment. */
const FORECASTERS = /\b(?:analysts?|experts?|observers?|commentators?|economists?|officials? (?:believe|think|expect)|(?:we|they|I) (?:believe|think|expect))\b/i;
/** Before a trigger: a joke frames it ("the comedian joked that …", "quipped that …"). */
const JOKE_BEFORE = /\b(?:jok(?:ed|es|ing)|quip(?:ped|s|ping)?|wisecrack\w*|(?:in|during) (?:a|his|her|the) (?:monologue|sketch|comedy))\b[^.;]{0,100}$/i;
/** Verbs of joking: a trigger they govern in the parse is what a joke tells. */
const JOKING = new Set(['joke', 'quip', 'wisecrack']);
/** Before a trigger: the sentence says there is no sign of it ("no sign that Russia was ready to …", "no indication Kyiv would agree"). */
const UNSEEN_BEFORE = /\bno (?:signs?|indications?|evidence|suggestions?|hints?)\b[^.;]{0,60}$/i;
const SAY = '(?:said|says|told|added|declared|stated|warned|insisted|wrote|tweeted|stressed|promised|vowed)';
/** A first-person subject ("we", "I", "our country") between a quote's opening and the trigger. */
const FIRST_PERSON = /(?:^|[^\w])(?:we|I|our (?:country|government|nation|people))\s+(?:[\w'’-]+\s+){0,4}$/i;
/** Right before a commitment noun: a first-person possessive ("our offer", "my promise"), the quote's speaker's. */
const OUR_BEFORE = /(?:^|[^\w])(?:our|my)\s+(?:[\w-]+\s+){0,2}$/i;
/** After a quote's closing mark: ", the foreign minister said" / ", said Zelensky". */
const SAID_AFTER = new RegExp(`^[”"’']?\\s*,?\\s*(?:[\\w.'’-]+\\s+){0,8}?${SAY}\\b|^[”"’']?\\s*,?\\s*${SAY}\\s+`, 'i');
/** Before a quote's opening mark: "Zelensky said: “…", "the minister told reporters, '…". */
const SAID_BEFORE = new RegExp(`\\b${SAY}\\b[^.;“”"]{0,40}[:,]\\s*$`, 'i');

/**
 * The speaker of a quote whose first person ("we", "I") makes the commitment, from the attribution after the quote
 * (", the Ukrainian foreign minister said") or before it ("Zelensky said: '…'"); null when the trigger is not
 * inside a quote, its subject is no first person, or no attributed actor is named.
 */
function quotedSpeaker(s: SentenceView, text: string, trig: Span, possessive = false): ActorMention | null {
  const lead = text.slice(s.span.start, trig.start);
  const curly = lead.lastIndexOf('“');
  const straight = (lead.match(/"/g) ?? []).length % 2 === 1 ? lead.lastIndexOf('"') : -1;
  const open = Math.max(curly > lead.lastIndexOf('”') ? curly : -1, straight);
  if (open < 0) return null;
  const inner = lead.slice(open + 1);
  const first = possessive ? OUR_BEFORE.exec(inner) : FIRST_PERSON.exec(inner);
  // (a party named between the first person and the trigger may be the subject; one in an earlier clause of the quote is not)
  const from = first ? s.span.start + open + 1 + first.index : 0;
  if (!first || s.actors.some((a) => a.start > from && a.end <= trig.start)) return null;
  const rest = text.slice(trig.end, s.span.end);
  const close = rest.search(/[”"]/);
  if (close >= 0) {
    const at = trig.end + close + 1;
    const after = s.actors.find((a) => a.start >= at && a.start - at <= 80 && a.code !== '---' && SAID_AFTER.test(text.slice(at, a.start) + ' ' + text.slice(a.end, Math.min(s.span.end, a.end + 30)).replace(/^\s*/, '')));
    if (after && SAID_AFTER.test(text.slice(at, s.span.end))) return after;
  }
  const before = s.span.start + open;
  const head = [...s.actors].reverse().find((a) => a.end <= before && a.code !== '---' && SAID_BEFORE.test(text.slice(a.end, before)));
  return head ?? null;
}

/** After a trigger: the other side has not said yes ("but Moscow has yet to respond", "which still needs Israel's approval"). */
const AWAITING_OTHER = /^[^.;]{0,80}?\b(?:but|while|although|though|which|and)\s+(?:the\s+)?((?:[A-Z][\w.'’-]*\s*){1,3}?)\s*(?:has|have|had|is|are)?\s*(?:yet|still)\s+(?:to\s+(?:respond|reply|agree|accept|approve|sign|confirm|endorse|comment)|(?:needs?|awaits?|requires?)\b)|^[^.;]{0,60}?\b(?:still\s+)?(?:needs?|requires?|awaits?|awaiting)\s+((?:[A-Z][\w.'’-]*\s*){1,3}?)(?:'s|’s)\s+(?:final\s+)?(?:approval|agreement|consent|signature|sign-?off|endorsement)/;

/** After a demanded act's subject: a passive ("… to be banned", "… be punished", "… should be held accountable"). */
const PASSIVE_NEXT = /^\s*(?:to\s+be|be|should\s+be|must\s+be|is|are)\s+(?:\w+ly\s+)?(?:\w+(?:ed|en)|held|put|kept|brought|made|sent|tried|thrown)\b/i;

/** After a demand or offer: a relative clause saying the other side refused it ("which the UK has refused to do"). */
const REFUSED_AFTER = /,\s*(?:which|something|a (?:request|demand|proposal|call|move|step) (?:that|which))\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:has|have|had)?\s*(?:so far\s+|repeatedly\s+|flatly\s+)?(?:refused|rejected|declined|turned down|dismissed|spurned)\b/;

/** Right after an actor before a deal: it brokered the deal ("the Turkey- and UN-brokered deal", "a US-mediated truce"). */
const BROKERED_AFTER = /^\s*(?:-|and\s+(?:the\s+)?[\w.'’-]+\s*-?\s*|,\s*)?\s*-?(?:brokered|mediated|backed|sponsored|facilitated|hosted)\b/i;
/** The committing party's own people as the beneficiary of money or help ("for households", "to its citizens", "energy bills"). */
/** After the party a commitment noun is made to: the phrase ends there (no act follows: "commitment to Ukraine to supply …"). */
const PARTY_ENDS_CONTENT = /^(?!['’]s\b)\s*(?:$|[,.;:)”"’'—–-]|(?:on|in|amid|as|at|during|and|but|while|after|before|when|since|which|that|has|have|is|was|will|remains?|remained)\b)/i;
/** Before a deal noun: the deal is talked of, sought or drafted, not made ("talks on a deal between …", "a possible deal"). */
const SOUGHT_DEAL_BEFORE = /\b(?:support|talks?|negotiat\w*|efforts?|attempts?|bids?|push\w*|hopes?|plans?|propos\w*|calls?|draft|possible|potential|future|new|any|seek\w*|sought|reach|broker|mediat\w*|work\w*)\b[^.;,]{0,30}$/i;

/** The coded parties a deal noun names after "between" ("a deal between Kyiv and Moscow" -> RUS, UKR). */
function partiesBetween(actors: readonly ActorMention[], text: string, trig: Span, end: number): Set<string> {
  const first = agentAfter(actors, text, trig.end, Math.min(end, trig.end + 60), /\bbetween\s+(?:the\s+)?$/i)[0];
  return new Set(first ? coordinatedFrom(actors, text, first).map((a) => a.code).filter((c) => c !== '---') : []);
}

/** Right after a pledge or demand, inside its content: the one the act is for is a generic public ("for citizens", "to households"; data/frames.json ownPublic). */
let ownPublic: RegExp | null = null;
const OWN_PUBLIC = () => ownPublic ??= new RegExp(`^[^.;:]{0,80}?\\b(?:for|to)\\s+(?:(?:its|their|our|his|her|the|all|struggling|vulnerable|low-income|poorer|ordinary)\\s+)*(?:own\\s+)?(?:${[...frameWords('ownPublic')].map((w) => w.replace(/\s+/g, '\\s*')).join('|')})\\b`, 'i');
/** In a content, not as its subject: a government named with no country before it ("the government's tax", "pressure on the cabinet"; data/frames.json ownInstitutions). */
let ownInstitution: RegExp | null = null;
const OWN_INSTITUTION = () => ownInstitution ??= new RegExp(`\\b(?:(?:of|for|to|on|from|with|by|against|at)\\s+(?:the|its|their|his|her)\\s+(?:${[...frameWords('ownInstitutions')].join('|')})\\b|(?:the|its|their|his|her)\\s+(?:${[...frameWords('ownInstitutions')].join('|')})['’´]s\\b)`, 'i');
const DOMESTIC_BENEFICIARY = /\b(?:for|to|of)\s+(?:(?:its|their|our|his|her|the|all|British|German|French|American|Italian|Spanish|Polish)\s+)?(?:own\s+)?(?:citizens|households|families|pensioners|consumers|taxpayers|homeowners|renters|bill ?payers|voters|the public|the population)\b|\benergy bills?\b|\b(?:cost[- ]of[- ]living|fuel|heating)\s+(?:payments?|support|help|relief|subsid\w*)\b/i;
/** Before a commitment noun: it is asked for or sought, not made ("pushing for a free trade agreement", "seeking a truce"). */
const SOUGHT_BEFORE = /\b(?:push\w*|press\w*|call\w*|ask\w*|lobb\w*|appeal\w*|plead\w*)\s+for\s+(?:[\w'’-]+\s+){0,5}$|\b(?:seek\w*|sought|propos\w*|negotiat\w*|work\w* (?:towards?|on))\s+(?:[\w'’-]+\s+){0,5}$/i;
/** Around the noun "demand": the economic sense ("energy demand", "demand rises", "demand for gas"). */
const ECONOMIC_DEMAND_BEFORE = /\b(?:energy|gas|oil|power|electricity|fuel|consumer|global|domestic|world|market|weak|weaker|strong|stronger|high|higher|low|lower|rising|falling|surging|soaring|peak|seasonal|winter|summer|supply and|supply|when|as|meet(?:ing)?\s+(?:that|this|the|rising|growing)?)\s*$/i;
const ECONOMIC_DEMAND_AFTER = /^\s*(?:for\s+(?:[\w-]+\s+){0,2}?(?:gas|oil|energy|electricity|power|goods|products|housing|homes|food|fuel|coal|LNG|imports|commodities|services|places|workers|labou?r)\b|(?:can|could|will|would|may|might|is|was|has|had|have)?\s*(?:be\s+)?(?:rises?|rose|rising|falls?|fell|falling|surged?|soared?|dropped|drops|grows?|grew|high|low|outstrips?|exceeds?|slump\w*|weaken\w*|remains?|recover\w*|picks? up|increase\w*|decrease\w*|declin\w*)\b|\s*(?:and|or)\s+supply\b|\s*[.,;])/i;
/** A sentence that asks: it opens with an auxiliary before its subject ("Has he threatened …?", "Will Russia agree …?"). */
const QUESTION = /^[\s“"‘']*(?:has|have|had|did|does|do|will|would|is|are|was|were|can|could|should|shall|might|may)\s+(?:he|she|it|they|we|you|I|the\s+\w+|[A-Z][\w.'’-]*)\b/i;
/** Right before an agent after a deal: it brokered the deal ("a ceasefire brokered by Moscow"), so is its mediator. */
const BROKER_BEFORE = /\b(?:brokered|mediated|facilitated|hosted|negotiated)\s+by\s+(?:the\s+)?$/i;
/** Sentences a demand's content may follow its demand ("… pushed new demands. The expectation of a halt to …"). */
const FOLLOW_ON_SENTENCES = 2;

interface SentenceView {
  index: number;
  span: Span;
  actors: ActorMention[];
  /** The subject of the previous sentence, which an opening pronoun ("He rejected …") stands for. */
  previousSubject: ActorMention | null;
  /** The actor mentions of the previous sentence (the conjuncts of its subject). */
  previousActors: ActorMention[];
  times: TimeMention[];
  events: EventRecord[];
  /** The actor mentions of this sentence and the few before it, for a pronoun subject ("he urged …"). */
  recent: ActorMention[];
}

export function detectCommitments(doc: Document): CommitmentRecord[] {
  const L = doc.layers;
  const sentences = L.sentences ?? [];
  const out: CommitmentRecord[] = [];
  const actors = bySentence(L.actors ?? []);
  const times = bySentence(L.times ?? []);
  const events = bySentence(L.events ?? []);
  for (let i = 0; i < sentences.length; i++) {
    const body = doc.text.slice(sentences[i]!.start, sentences[i]!.end);
    if (!anyTrigger(body)) continue;
    const own = actors.get(i) ?? [];
    const view: SentenceView = {
      index: i,
      span: sentences[i]!,
      actors: [...own, ...groupMentions(doc.text, sentences[i]!, i, own)].sort((a, b) => a.start - b.start),
      previousSubject: i > 0 ? openingSubject(doc.text, sentences[i - 1]!, actors.get(i - 1) ?? []) : null,
      previousActors: [...(actors.get(i - 1) ?? [])].sort((a, b) => a.start - b.start),
      times: times.get(i) ?? [],
      events: events.get(i) ?? [],
      recent: Array.from({ length: PRONOUN_REACH + 1 }, (_, k) => actors.get(i - PRONOUN_REACH + k) ?? []).flat(),
    };
    // "… said the attack broke the moratorium. Kyiv denied the accusation.": a denial just after an accusation is about it
    const accusation = [...out].reverse().find((c) => c.phase === 'accused-violation' && i - c.sentence <= FOLLOW_ON_SENTENCES) ?? null;
    for (const c of detectInSentence(doc, view, L.tokens ?? [], L.times ?? [], accusation)) {
      const back = BACK_REFERENCE.get(c);
      if (back) {
        // "the truce began", "the agreement would take effect only after …": a commitment this article already reported
        if (attachBackReference(out, c, back.modifier)) continue;
        if (!back.committed) continue;
      }
      // the press asks, reports and comments: "a reporter asked Mulvaney to confirm …" is no demand on the record
      c.by = c.by.filter((p) => p.sector !== 'JRN');
      if (!c.by.length && attachFollowOn(out, c)) continue;
      if (!c.by.length) continue;
      // "Germany has pledged to contribute another three": aid with no receiver named goes where the article's aid went
      if (c.action === 'AID' && !c.refrain && !c.to.length && (c.kind === 'pledge' || c.kind === 'agreement') && !TURN_PHASES.has(c.phase ?? '')) {
        const receiver = aidReceiverBefore(out, L.events ?? [], new Set(c.by.map((b) => b.code)), i, sentences[i]!.end);
        if (receiver) c.to = [receiver];
      }
      // "Ukrainian negotiators said they could continue holding talks …": talks with no other side named are with the side
      // of the talks the article reported with this party
      if (c.action === 'CONSULT' && !c.refrain && !c.to.length && c.kind !== 'agreement' && !TURN_PHASES.has(c.phase ?? '')) {
        const partner = talksPartnerBefore(out, L.events ?? [], new Set(c.by.map((b) => b.code)), i, c.evidence[0]?.start ?? sentences[i]!.start);
        if (partner) c.to = [partner];
      }
      // "… in his next conversation with Putin, adding that he wants to offer her asylum": an act on another party,
      // its clause naming none, is aimed at the one other party its sentence names, or at the article's lead other party
      if (!c.to.length && !UNCODED_ADDRESSEE.has(TRIGGER_AT.get(c) ?? c.evidence[0]!)) {
        const other = counterpartOf(doc.text, c, TRIGGER_AT.get(c) ?? c.evidence[0]!, L.actors ?? [], sentences);
        if (other) c.to = [other];
      }
      out.push(c);
    }
  }
  // A commitment must be about something we can name: a PLOVER action, a known scope object, or (without either)
  // a verb the events layer coded as a commitment act with its content phrase ("demanded that Ukraine declare
  // itself neutral"). This drops "surging demand", "the twin threats of", "Ukraine's prospects look promising".
  const kept = out.filter((c) => TURN_PHASES.has(c.phase!) || ((c.action || c.objects?.length) && !ACTION_REQUIRED.has(c)) || CONFIRMED_BY_EVENT.has(c));
  kept.forEach((c, i) => { c.id = `c${i + 1}`; });
  return kept;
}

/** Trigger spans of plans, proposals and offers (owned nouns): inside the content of another commitment they are its content ("agreed on a UN plan that would …"). */
const OWNED_NOUN = new WeakSet<Span>();
/** Threats read from a warning verb after the clause it attributes. */
const ATTRIBUTED = new WeakSet<CommitmentRecord>();
/** Records without a content action that a committing verb with a content phrase and an event on that verb vouch for. */
const CONFIRMED_BY_EVENT = new WeakSet<CommitmentRecord>();
/** Before a trigger: a condition opening its clause and the subject after it ("that if Sweden extradited them, Turkey "). */
const CONDITION_OPENS_CLAUSE = /(?:^|\bthat\s+|[“"‘]\s*)(?:if|unless|once|provided(?:\s+that)?)\s+([^.;:]{3,160}?),\s*(?:then\s+)?(?:[\w.'’-]+\s+){1,4}$/i;
/** After a speaker: the speech verb ("Peskov said", "Erdogan, the Turkish president, said that"). */
const SPEAKER_AFTER = new RegExp(`^\\s*(?:,[^,;]{0,50},\\s*)?(?:has\\s+|had\\s+|also\\s+|later\\s+)?${SAY}\\b`, 'i');
/** Before a speaker: the speech verb of an attribution ("…, said Peskov"). */
const SPEAKER_BEFORE = new RegExp(`\\b${SAY}\\s+(?:the\\s+)?(?:[\\w.'’-]+\\s+){0,4}$`, 'i');
/** Where each record's trigger stands. */
const TRIGGER_AT = new WeakMap<CommitmentRecord, Span>();
/** Where a record's content stands (offsets), for the commitments asked for inside a demand. */
const CONTENT_AT = new WeakMap<CommitmentRecord, Span>();
/** An offer's content that opens with a verb making the commitment itself ("ready to sign a deal", "willing to agree to a truce"). */
const OFFERED_BY_VERB = /^\W*(?:to\s+)?(?:\w+ly\s+)?(?:agree|sign|accept|conclud|seal|reach|enter\w*\s+into|strik|struck|declar|observ)\w*\b/i;
/** Records of a commitment known by name, named definitely ("the grain deal"). */
const KNOWN = new WeakSet<CommitmentRecord>();
/** Triggers of demands whose addressee no code names: no other party of the sentence stands in for it (see counterpart.ts). */
const UNCODED_ADDRESSEE = new WeakSet<Span>();
/** Records of a commitment known by name, however named ("a landmark deal for the export of Ukrainian grain"). */
const NAMED = new WeakSet<CommitmentRecord>();
/** Threats read from "warned X that if …, Y would …": the warned clause. */
const WARNED_CLAUSE = new WeakMap<CommitmentRecord, Span>();
/** Threats read from a conditional verb ("would cut … if"). */
const CONDITIONAL_VERB = new WeakSet<CommitmentRecord>();
/** Future-delivery records ("will provide …") whose content is no aid: not pledges. */
const ACTION_REQUIRED = new WeakSet<CommitmentRecord>();

/** Records read from a definite mention without a party ("the truce"), and whether a committing verb stood near it. */
const BACK_REFERENCE = new WeakMap<CommitmentRecord, { committed: boolean; modifier: string | null }>();
/** Words before a commitment noun that say nothing about its content ("the new deal", "the landmark agreement"). */
const EMPTY_MODIFIER = /^(?:the|a|an|this|that|new|latest|recent|current|existing|landmark|historic|proposed|tentative|final|draft|whole|entire|original|same|first|second|\d{4})$/i;

/** Right before a pronoun: a speech verb whose that-clause it opens ("said he would …", "adding that he wants to …"). */
const SPEECH_BEFORE = /\b(?:said|says|saying|added|adding|told\s+(?:[\w.'’-]+\s+){1,4}?|insisted|insisting|stressed|stressing|warned|warning|announced|declared|noted|explained|wrote|tweeted)\s+(?:that\s+)?$/i;

/**
 * "Macron said he would bring up the case with Putin, adding that he wants to offer …": a pronoun opening the
 * that-clause of a speech verb stands for that verb's subject (its speaker), not for the last person named before
 * it; null when the speaker is no person of the pronoun's gender.
 */
function speakerOfPronoun(s: SentenceView, text: string, pronoun: string, trig: Span): ActorMention | null {
  const lead = text.slice(s.span.start, trig.start);
  const at = [...lead.matchAll(new RegExp(`\\b${pronoun}\\b`, 'gi'))].pop();
  const verb = at ? SPEECH_BEFORE.exec(lead.slice(0, at.index)) : null;
  if (!verb) return null;
  const speaker = subjectBefore(s.actors, text, s.span.start + verb.index, s.span.start);
  return speaker && speaker.kind === 'person' ? personBefore([speaker], pronoun, trig.start, s.index) : null;
}

/** The actor a sentence opens with ("Putin agreed …", "Russian President Vladimir Putin said …"), if any. */
function openingSubject(text: string, span: Span, actors: readonly ActorMention[]): ActorMention | null {
  const first = [...actors].sort((a, b) => a.start - b.start)[0];
  if (!first) return null;
  return /^\s*(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,4}$/.test(text.slice(span.start, first.start)) ? first : null;
}

/** A first pass: a sentence with no trigger of the lexicon holds no commitment (the test of candidates.ts; one list of trigger words, not two). */
const anyTrigger = (body: string) => TRIGGERS.some((t) => { t.pattern.lastIndex = 0; return t.pattern.test(body); });

function bySentence<T extends { sentence: number }>(items: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const x of items) {
    const list = map.get(x.sentence);
    if (list) list.push(x);
    else map.set(x.sentence, [x]);
  }
  return map;
}

function detectInSentence(doc: Document, s: SentenceView, tokens: Token[], allTimes: TimeMention[], accusation: CommitmentRecord | null = null): CommitmentRecord[] {
  const text = doc.text;
  const sentence = text.slice(s.span.start, s.span.end);
  const claimed: Span[] = [];
  const found: CommitmentRecord[] = [];
  let sawTurn = false;
  const turnsAt: Span[] = [];
  const kindsSeen = new Set<string>();
  /** Kinds seen only on verbs so far. */
  const verbKinds = new Set<string>();
  for (const trigger of TRIGGERS) {
    trigger.pattern.lastIndex = 0;
    for (const m of sentence.matchAll(trigger.pattern)) {
      const start = s.span.start + m.index!;
      const end = start + m[0].length;
      if (claimed.some((c) => c.start < end && start < c.end)) continue;
      // "is ready to offer …", "promised that it will send …": a trigger just after another of its kind, in its clause, is that one's content
      if (kindsSeen.has(trigger.kind) && claimed.some((c) => c.end <= start && start - c.end <= 14 && !/[,;:.!?]/.test(text.slice(c.end, start)))) continue;
      const isTurn = TURN_PHASES.has(trigger.phase);
      const answersAccusation = trigger.phase === 'denied-violation' && !!accusation && /\b(?:accusations?|allegations?|charges?|claims?)\b/i.test(m[0]);
      if ((trigger.phase === 'accused-violation' || trigger.phase === 'denied-violation') && !COMMITMENT_NOUN.test(sentence) && !answersAccusation) continue;
      if (!isTurn && (sawTurn && trigger.nominal)) continue;
      // "agreed to prolong the deal", "decided to suspend the truce": the verb governs a turn, which says it all
      if (!isTurn && turnsAt.some((t) => t.start >= end && t.start - end <= 12)) continue;
      // "is considering suspending the deal": a turn only weighed has not happened, nor one on a condition ("if Russia suspends the deal")
      if (isTurn && (TURN_WEIGHED.test(text.slice(Math.max(s.span.start, start - 40), start)) || CONDITIONAL_CLAUSE.test(text.slice(s.span.start, start)))) continue;
      const key = isTurn ? trigger.phase : trigger.kind;
      // "vowing not to recognize … and promising to slap sanctions …": two verbs of one kind are two commitments
      // "… and promising to slap sanctions": a participle taking an infinitive is a verb, whatever the tagger says
      // ("Moscow is ready to offer …", "will send …": a trigger led by an auxiliary is a verb phrase too, and so is a
      // noun of readiness with its infinitive: "signalled his openness to talks and pledged to restart negotiations")
      const verbTrigger = !trigger.nominal && (tokenAt(tokens, start)?.pos === 'VERB' || /ing$/i.test(m[0]) && /^\s+to\s/i.test(sentence.slice(m.index! + m[0].length))
        || /^(?:is|are|was|were|be|been|being|stands?|stood|remains?|remained|will|would)\b/i.test(m[0]) || READINESS_NOUN.test(m[0]));
      if (kindsSeen.has(key) && !(verbTrigger && verbKinds.has(key))) continue;
      const before = text.slice(Math.max(s.span.start, start - 70), start);
      const after = text.slice(end, s.span.end);
      // "insisted that his remarks had been mistranslated", "insists on calling it …": assertions, not demands
      const insisted = trigger.kind === 'demand' ? /^insist\w*/i.exec(m[0]) : null;
      if (insisted) {
        const tail = text.slice(start + insisted[0].length, s.span.end);
        if (insistsOnFact(tail) || INSIST_ON_WORDING.test(tail)) continue;
      }
      // "if Moscow does not agree to a truce": a commitment inside a condition is not made
      // ("if they fail to meet Turkey's demand": a commitment owned by a party, named inside a condition, exists)
      if (!isTurn && CONDITIONAL_CLAUSE.test(text.slice(s.span.start, start)) && !((trigger.nominal || tokenAt(tokens, start)?.pos === 'NOUN') && possessiveBefore(s.actors, text, start))) continue;
      // "rejected a 30-day truce", "rejected Kyiv's demand for a ceasefire": a commitment noun the subject turned down
      const rejection = !isTurn && (trigger.nominal || tokenAt(tokens, start)?.pos === 'NOUN') ? REJECTED_BEFORE.exec(before) : null;
      // (a negating context is its own clause's: "refused to condemn the invasion but promised not to buy more arms")
      const ownClause = before.replace(/^[\s\S]*(?:\b(?:but|while|whereas|yet)\s+|;\s*|,\s+and\s+)/i, '');
      // ("had not fulfilled their promise", "failed to honour the deal": a commitment broken exists, its negation is of the keeping)
      const broken = !isTurn && BROKEN_BEFORE.test(before);
      if (!isTurn && !rejection && ((NOT_A_COMMITMENT.test(ownClause) && !broken) || NOT_A_COMMITMENT_AFTER.test(after))) continue;
      // "Has he threatened to get me fired?": a question asks whether a commitment was made, it reports none
      if (!isTurn && QUESTION.test(sentence) && /\?/.test(text.slice(end, s.span.end))) continue;
      // "the comedian joked that Putin promised to behave": what a joke tells is no commitment
      // ("despite Starmer joking that she will be out by Christmas, Ms Truss insisted …": with a parse, only a trigger the
      // joking verb governs)
      if (!isTurn && JOKE_BEFORE.test(text.slice(s.span.start, start)) && governedBy(doc, s.span, { start, end }, JOKING) !== false) continue;
      // "there was no sign, for now, that Russia was ready to negotiate": a commitment the sentence says is not seen
      if (!isTurn && !rejection && UNSEEN_BEFORE.test(before)) continue;
      if (!isTurn && !trigger.nominal && HEDGED_BEFORE.test(before)) continue;
      // "when demand rises", "consumer demand for goods": demand in the economic sense is no one's demand
      if (trigger.kind === 'demand' && /^demand$/i.test(m[0]) && (ECONOMIC_DEMAND_BEFORE.test(before) || ECONOMIC_DEMAND_AFTER.test(after))) continue;
      // "Berlin has been reluctant to meet those demands": the subject answers a demand someone else made
      if (trigger.kind === 'demand' && ANSWERED_DEMAND.test(before) && !possessiveBefore(s.actors, text, start)) continue;
      // "there was no mention of Moscow's demands": the mention is negated, not the demand
      // (the closing word may lie further back than `before` reaches: "has not confirmed any proposals and instead said Lavrov urged …")
      if (tokenAt(tokens, start)?.negated && !NEGATION_CLOSED.test(text.slice(s.span.start, start)) && !/\bno (?:mention|reference)\b[^,.;]*$/i.test(before) && !isTurn && !rejection && !broken) continue;
      // "The EU must stop buying Russian gas, Zelensky said": a demand by the speaker of the party the modal obliges
      const directive = trigger.directive ? directiveParties(text, s.span, s.actors, { start, end }) : null;
      if (trigger.directive && !directive) continue;
      const record = rejection
        ? buildRejected(doc, s, trigger, { start, end }, tokens, allTimes, start - before.length + rejection.index)
        : build(doc, s, trigger, { start, end }, tokens, allTimes, directive ? [directive.speaker] : undefined);
      if (record && directive) record.to = [ref(directive.addressee)];
      if (record && trigger.phase === 'denied-violation' && accusation && !COMMITMENT_NOUN.test(sentence)) {
        // the denial names no commitment: it answers the accusation, so it shares its commitment's kind and scope
        record.kind = accusation.kind;
        record.scope = accusation.scope;
        if (accusation.objects) record.objects = [...accusation.objects];
        else delete record.objects;
        record.action = accusation.action;
        record.violationDate = accusation.violationDate ?? record.violationDate ?? null;
      }
      if (!record) continue;
      claimed.push({ start, end });
      // (a record with no party, which the document pass drops, says nothing about the sentence's other triggers:
      // "those demands were not in the draft …, Russia is still asking for Ukraine to …")
      if (record.by.length) {
        kindsSeen.add(key);
        if (verbTrigger) verbKinds.add(key); else verbKinds.delete(key);
      }
      if (isTurn) { sawTurn = true; turnsAt.push({ start, end }); }
      if (trigger.attributed) ATTRIBUTED.add(record);
      found.push(record);
    }
  }
  // "urged Russia to agree to a ceasefire", "urged Western leaders to promise never to …": a commitment word inside what a
  // demand asks is the commitment asked for, the demand's own act (syntax.ts reads it through), not one made
  // ("ready to agree to a ceasefire", "could sign the deal": one inside what an offer holds out is offered, never made; the
  // offer is that commitment, with its own kind)
  // (in the asked act itself, not in a clause inside it: "urging him not to misunderstand that NATO is ready to defend …"
  // reports NATO's own offer)
  const holds = (o: CommitmentRecord, at: Span) => (CONTENT_AT.get(o)?.start ?? Infinity) <= at.start && at.end <= (CONTENT_AT.get(o)?.end ?? -1)
    && !/\bthat\b|[,;:]/.test(text.slice(CONTENT_AT.get(o)!.start, at.start));
  for (let i = found.length - 1; i >= 0; i--) {
    const inner = found[i]!;
    const at = TRIGGER_AT.get(inner);
    // (a definite or known commitment named there exists: "urged Russia to return to the grain deal", "ready to extend the deal")
    // (a commitment known by name is the existing one, asked to be kept or extended: "urged Putin to extend a landmark deal for
    // the export of Ukrainian grain"; a new one may be offered: "prepared to sign a deal on grain exports")
    if (!at || TURN_PHASES.has(inner.phase ?? '') || BACK_REFERENCE.has(inner) || KNOWN.has(inner)) continue;
    if (!NAMED.has(inner) && found.some((o) => o !== inner && (o.kind === 'demand' || o.kind === 'ultimatum') && holds(o, at))) { found.splice(i, 1); continue; }
    // ("reached an agreement on a UN plan that would …", "signed the Turkish proposal": a plan, proposal or offer inside another
    // commitment's content is what that commitment is about, not one of its own)
    if (OWNED_NOUN.has(at) && found.some((o) => o !== inner && o.kind !== 'threat' && holds(o, at))) { found.splice(i, 1); continue; }
    const offer = found.find((o) => o !== inner && o.kind === 'pledge' && o.phase === 'proposed' && holds(o, at));
    if (offer && inner.kind !== 'demand' && inner.kind !== 'threat') {
      // (the offer's record stands, with the kind and act of the commitment it offers: "ready to agree to a truce" is a truce
      // offered, "willing to sign a peace agreement" an agreement; "willing to discuss gas agreements" offers talks)
      const offered = !offer.action || offer.action === inner.action || OFFERED_BY_VERB.test(text.slice(CONTENT_AT.get(offer)!.start, at.end));
      if (offered && (inner.kind === 'ceasefire' || inner.kind === 'agreement')) offer.kind = inner.kind;
      if (!offer.action) { offer.action = inner.action; offer.refrain = inner.refrain; }
      found.splice(i, 1);
    }
  }
  // "'We will strike Kyiv if …,' Medvedev warned": a threat the attributed clause makes itself is the one its verb attributes
  for (let i = found.length - 1; i >= 0; i--) {
    const a = found[i]!;
    if (ATTRIBUTED.has(a) && found.some((o) => o !== a && !ATTRIBUTED.has(o) && (o.kind === 'threat' || o.kind === 'ultimatum') && o.action === a.action && o.by.some((b) => a.by.some((x) => x.code === b.code)))) found.splice(i, 1);
  }
  // "warned Vilnius that if it let Taipei open an office, Beijing would cut trade ties": the warning and the conditional
  // verb of its clause are one threat, read from the verb, made to the one warned
  for (let i = found.length - 1; i >= 0; i--) {
    const w = found[i]!;
    const clause = WARNED_CLAUSE.get(w);
    const codes = new Set(w.by.map((b) => b.code));
    const verb = clause ? found.find((o) => o !== w && CONDITIONAL_VERB.has(o) && o.by.some((b) => codes.has(b.code)) && (TRIGGER_AT.get(o)?.start ?? -1) >= clause.start && (TRIGGER_AT.get(o)?.end ?? Infinity) <= clause.end) : undefined;
    if (!verb) continue;
    // (the verb's reading stands when it names an act, else the warning's)
    if (!verb.action) { found.splice(found.indexOf(verb), 1); continue; }
    // (the one warned is the addressee, before the parties the act bears on)
    if (w.to.length) verb.to = w.to;
    verb.conditions = w.conditions;
    verb.kind = w.kind;
    found.splice(i, 1);
  }
  // "Germany pledged tanks to Ukraine, while France promised to send air defence systems": a coordinated pledge of
  // the same act by another party, naming no recipient, is made to the same recipient
  for (const c of found) {
    if (c.kind !== 'pledge' || c.to.length || !c.action || c.refrain) continue;
    const codes = new Set(c.by.map((b) => b.code));
    const prev = found.find((p) => p !== c && p.kind === 'pledge' && p.action === c.action && !p.refrain && p.to.length && !p.by.some((b) => codes.has(b.code)));
    if (prev) c.to = prev.to.filter((t) => !codes.has(t.code));
  }
  return found;
}

/** Whether the tagger or the parser reads the word at `offset` as a verb ("the Russian side plans to hand over …"). */
function verbAt(doc: Document, tokens: Token[], offset: number): boolean {
  const t = tokenAt(tokens, offset);
  if (!t) return false;
  if (t.pos === 'VERB') return true;
  const i = tokens.indexOf(t);
  return doc.layers.deps?.[i]?.upos === 'VERB';
}

function tokenAt(tokens: Token[], offset: number): Token | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (offset < t.start) hi = mid - 1;
    else if (offset >= t.end) lo = mid + 1;
    else return t;
  }
  return undefined;
}

/**
 * "He rejected a 30-day truce that Washington and Kyiv had proposed": a proposal (by its proposers, to the party
 * that rejected it) that never came into force. Null when the text names no proposer.
 */
function buildRejected(doc: Document, s: SentenceView, trigger: Trigger, trig: Span, tokens: Token[], allTimes: TimeMention[], rejectAt: number): CommitmentRecord | null {
  const text = doc.text;
  // ("rejected the Ukrainian proposal": a plan, proposal or offer is owned by the party its modifier names)
  const owner = possessiveBefore(s.actors, text, trig.start) ?? (trigger.owned ? modifierOwner(s.actors, text, trig.start, s.span.start) : null);
  const relative = relativeAgents(s.actors, text, trig.end, s.span.end);
  // ("refused a proposal by Poland to …": the agent right after the noun)
  const madeBy = agentAfter(s.actors, text, trig.end, Math.min(s.span.end, trig.end + 40), /(?:^\s*|\b(?:proposed|offered|put forward|suggested|floated|made|submitted|tabled)\s+)by\s+(?:the\s+)?$/i);
  const proposers = owner ? withCoordinated(s.actors, text, owner) : relative?.actors ?? madeBy.slice(0, 1);
  if (!proposers.length) return null;
  const record = build(doc, s, trigger, trig, tokens, allTimes, proposers);
  if (!record) return null;
  const rejecter = subjectBefore(s.actors, text, rejectAt, s.span.start)
    ?? (PRONOUN_SUBJECT.test(text.slice(s.span.start, rejectAt)) ? s.previousSubject : null);
  const rejectedBy = rejecter ? [ref(rejecter)] : [];
  const byCodes = new Set(record.by.map((b) => b.code));
  record.phase = 'proposed';
  record.status = 'rejected';
  record.rejectedBy = rejectedBy;
  record.to = uniqueRefs([...record.to, ...rejectedBy].filter((a) => !byCodes.has(a.code)));
  record.starts = null;
  record.ends = null;
  delete record.inForceOnlyIf;
  BACK_REFERENCE.delete(record);
  return record;
}

/** Just before a nominal trigger: a definite article, so the text may speak of a commitment already reported ("the truce"). */
const DEFINITE_BEFORE = /\b(?:the|these|those|this|that)\s+(?:[\w-]+\s+){0,3}$/i;

function build(doc: Document, s: SentenceView, trigger: Trigger, trig: Span, tokens: Token[], allTimes: TimeMention[], givenBy?: ActorMention[]): CommitmentRecord | null {
  const text = doc.text;
  const sentence = text.slice(s.span.start, s.span.end);
  const after = text.slice(trig.end, s.span.end);
  const word = text.slice(trig.start, trig.end);
  // "suspended the visa deal", "violating its obligations under the 1947 agreement": a turn is in the life of
  // the commitment its noun names; only truces and the like are ceasefires
  // ("duped Biden into thinking there was a deal … only to renege on the matter": the commitment named before it)
  const turnKind = TURN_PHASES.has(trigger.phase) ? turnKindOf(word, after) ?? turnKindOf(text.slice(Math.max(s.span.start, trig.start - 160), trig.start), '') : null;
  // a turn (reneging, breaching, suspending) of nothing the sentence names as a commitment is about none
  // (a denial right after an accusation answers it and takes its kind, see detectInSentence)
  // (a denial naming no commitment answers an accusation just before, see detectInSentence)
  if (TURN_PHASES.has(trigger.phase) && !turnKind && (trigger.phase !== 'denied-violation' || COMMITMENT_NOUN.test(sentence))) return null;
  if (turnKind && turnKind !== trigger.kind) trigger = { ...trigger, kind: turnKind };
  // "Western nations pledge more support" (a headline): a pledge word right after the party opening the sentence is its verb
  const headline = HEADLINE_VERB.test(word) && s.actors.some((a) => /^\s*(?:the\s+)?$/i.test(text.slice(s.span.start, a.start)) && /^\s+$/.test(text.slice(a.end, trig.start)));
  const nominal = trigger.nominal || (NOMINAL_WORDS.test(word) && tokenAt(tokens, trig.start)?.pos === 'NOUN' && !headline);
  // "Putin stepped up his threats", "Turkey said its offer to mediate still stands": a possessive pronoun's owner is the clause's subject
  // ("'… has not taken up our offer,' the port said": a first-person possessive in a quote is its speaker's)
  // ("the Ukrainian security proposal", "Naftogaz made the proposal": a plan, proposal or offer is owned by the party its
  // modifier names, or by the one who put it forward)
  const ownerNamed = possessiveBefore(s.actors, text, trig.start) ?? (nominal ? pronounOwner(s.actors, text, trig.start, s.span.start) ?? quotedSpeaker(s, text, trig, true) : null);
  // (a modifier names the owner less surely than a possessive: "heads a Red Cross initiative" is a programme, so such a
  // noun needs an act it names, below)
  // ("a Red Cross initiative to provide medicines" is a programme run, not put forward: an initiative takes no modifier as its owner)
  // ("Canada plans to welcome …": a verb, no noun a party modifies)
  // ("the U.S. plans to announce …", "Russia offers to …": a third-person verb before its infinitive, whatever the taggers say)
  const verbForm = verbAt(doc, tokens, trig.start) || (/^(?:plans|offers)$/i.test(word) && /^\s+to\s+[a-z]/.test(after));
  const modifierOwned = !ownerNamed && trigger.owned && !/^initiatives?$/i.test(word) && !verbForm ? modifierOwner(s.actors, text, trig.start, s.span.start) : null;
  const owner = ownerNamed ?? modifierOwned ?? (trigger.owned ? proposerBefore(s.actors, text, trig.start, s.span.start) : null);
  const near = text.slice(Math.max(s.span.start, trig.start - 50), Math.min(s.span.end, trig.end + 50));
  const committed = COMMITTING_VERBS.test(near);
  const relative = nominal ? relativeAgents(s.actors, text, trig.end, s.span.end) : null;
  const definite = nominal && !owner && !relative && !givenBy && !TURN_PHASES.has(trigger.phase)
    && DEFINITE_BEFORE.test(text.slice(Math.max(s.span.start, trig.start - 40), trig.start));
  // "Washington's plans to …", "the proposal unveiled by Kyiv": a plan names a commitment only with its party;
  // "a ceasefire proposal" is the ceasefire's (its own trigger reads it, as proposed)
  let ownedAgent: ActorMention | undefined;
  if (trigger.owned) {
    const agent = agentAfter(s.actors, text, trig.end, Math.min(s.span.end, trig.end + 45), /^\s*(?:(?:was|were|has been|had been|is|are)\s+)?(?:made|unveiled|put forward|presented|tabled|submitted|floated|drafted|announced|offered)?\s*(?:on\s+\w+\s+)?by\s+(?:the\s+)?$/i)[0];
    if (!owner && !agent) return null;
    // "the minister was submitting a proposal to Zelenskyy": a proposal put to its own side's leaders is policy-making, no commitment
    const putTo = agentAfter(s.actors, text, trig.end, Math.min(s.span.end, trig.end + 30), /^\s*to\s+(?:the\s+)?$/i)[0];
    if (putTo && putTo.code !== '---' && putTo.code === (owner ?? agent)!.code) return null;
    OWNED_NOUN.add(trig);
    ownedAgent = agent;
    if (/\b(?:ceasefire|cease-fire|truce|deal|agreement|accord|treaty|armistice|moratorium)s?\s+$/i.test(text.slice(Math.max(s.span.start, trig.start - 20), trig.start))) return null;
  }
  // "the grain deal", "a deal … to restart grain shipments", "the deal" after the article named one: a commitment
  // known by name exists, whatever the clause around it weighs ("Russia could refuse to extend the deal")
  // "a UN-backed deal between Kyiv and Moscow", "the only arms control agreement between Moscow and Washington": an agreement
  // named with the two parties it is between exists (not one talked of, sought or drafted: "talks on a deal between …")
  const between = (trigger.kind === 'agreement' || trigger.kind === 'ceasefire') && nominal && !givenBy && !TURN_PHASES.has(trigger.phase)
    && !SOUGHT_DEAL_BEFORE.test(text.slice(Math.max(s.span.start, trig.start - 50), trig.start)) ? partiesBetween(s.actors, text, trig, s.span.end) : new Set<string>();
  const betweenTwo = between.size >= 2;
  // ("a deal between Moscow and Kiev" after the article named the grain deal: the known deal of exactly those parties)
  const namedBefore = betweenTwo ? knownBefore(text, s.span.start, word.split(/\s+/).pop()!) : null;
  const known = (nominal || trigger.kind === 'agreement' || trigger.kind === 'ceasefire') && !givenBy && !TURN_PHASES.has(trigger.phase)
    ? knownIn(text.slice(Math.max(s.span.start, trig.start - 40), Math.min(s.span.end, trig.end + 80))) ?? (definite ? knownBefore(text, s.span.start, word.split(/\s+/).pop()!) : null)
      ?? (namedBefore && namedBefore.by.length === between.size && namedBefore.by.every((b) => between.has(b.code)) ? namedBefore : null)
    : null;
  if (!known && !givenBy && nominal && !owner && !committed && !definite && !ownedAgent && !betweenTwo) return null;
  if (!known && !givenBy && nominal && !owner && HYPOTHETICAL.test(text.slice(Math.max(s.span.start, trig.start - 50), trig.start))) return null;
  // "a 1962 agreement", "In 2014, Moscow pledged …": a year before publication ahead of the trigger makes it background
  if (!TURN_PHASES.has(trigger.phase) && pastYearBefore(text.slice(s.span.start, trig.end), doc.published)) return null;
  // "Medvedev signed the deal with Obama in April 2010": a past year dating the trigger's own clause, after it
  if (!TURN_PHASES.has(trigger.phase) && pastYearAfter(text.slice(trig.end, Math.min(s.span.end, trig.end + 70)), doc.published)) return null;

  // "Truss urged her counterparts to commit to …": the pledge word is the content of an appeal, a demand by the one who urged
  const lead = text.slice(s.span.start, trig.start);
  const appeal = !givenBy && !nominal && trigger.kind === 'pledge' && !TURN_PHASES.has(trigger.phase) ? appealBefore(lead) : null;
  let addressees: ActorMention[] = [];
  if (appeal) {
    trigger = { ...trigger, kind: 'demand', phase: 'announced' };
    addressees = actorsBetween(s.actors, s.span.start + appeal.verbEnd, s.span.start + appeal.addresseeEnd);
  }
  let by: ActorRef[] = [];
  /** The party was guessed (nearest actor, an event's actor), not read from the clause: not enough without a content action. */
  let looseParty = false;
  let signedBy = false;
  let accuser: ActorRef[] | undefined;
  let accused: ActorRef[] | undefined;
  if (trigger.phase === 'accused-violation') {
    const inside = actorsBetween(s.actors, trig.start, trig.end).map(ref);
    const subject = subjectBefore(s.actors, text, trig.start, s.span.start);
    if (/^(?:accus|blam|charg)/i.test(word)) {
      accuser = subject ? [ref(subject)] : [];
      accused = inside.length ? [inside[0]!] : [];
    } else {
      accused = subject ? [ref(subject)] : [];
      const speaker = s.actors.find((a) => !accused!.some((x) => x.code === a.code) && REPORTING.test(text.slice(a.end, a.end + 20) + ' ' + text.slice(Math.max(s.span.start, a.start - 14), a.start)));
      accuser = speaker ? [ref(speaker)] : [];
    }
    by = accused;
  } else if (trigger.phase === 'denied-violation') {
    const subject = subjectBefore(s.actors, text, trig.start, s.span.start);
    accused = subject ? [ref(subject)] : [];
    by = accused;
  } else if (givenBy) {
    by = uniqueRefs(givenBy.map(ref));
  } else if (appeal) {
    const subject = subjectBefore(s.actors, text, s.span.start + appeal.verbStart, s.span.start)
      ?? (PRONOUN_SUBJECT.test(lead) ? s.previousSubject : null);
    by = subject ? withCoordinated(s.actors, text, subject).map(ref) : [];
  } else {
    // "a pledge by Russia", "received a demand from Moscow": the agent named right after a nominal trigger
    const madeBy = nominal || tokenAt(tokens, trig.start)?.pos === 'NOUN' ? agentAfter(s.actors, text, trig.end, Math.min(s.span.end, trig.end + 30), trigger.kind === 'demand' || trigger.kind === 'threat' || trigger.kind === 'ultimatum'
      ? /^\s*(?:made\s+|issued\s+|set\s+)?(?:by|from)\s+(?:the\s+|an?\s+)?$/i
      : /^\s*(?:(?:was|were|has been|had been|is|are)\s+)?(?:made\s+|issued\s+|set\s+|signed\s+|agreed\s+|unveiled\s+|put forward\s+|presented\s+|tabled\s+|submitted\s+|floated\s+|drafted\s+|announced\s+)?(?:on\s+\w+\s+)?by\s+(?:the\s+)?$/i)[0] ?? null : null;
    // "the deal signed by Russia and Ukraine": named signatories make it a commitment whatever its content
    if (madeBy && /\b(?:signed|agreed)\s+by\s+(?:the\s+)?$/i.test(text.slice(trig.end, madeBy.start))) signedBy = true;
    // "Biden said Putin should face trial, pledging more sanctions": a participle after a comma shares the main clause's subject
    const afterComma = /^\w+ing\b/i.test(word) && /,[”"’']?\s*(?:also\s+|while\s+|and\s+)?$/i.test(lead);
    const participle = afterComma ? openingSubject(text, s.span, s.actors) : null;
    // "concerns about the UK government threatening to …": the actor right before a gerund is its subject
    const gerundSubject = /^\w+ing\b/i.test(word) ? s.actors.find((a) => a.end <= trig.start && /^\s+$/.test(text.slice(a.end, trig.start))) ?? null : null;
    // a participle whose main clause opens with no actor ("A no-fly zone would …, threatening …") has no named subject
    if (afterComma && !participle && !gerundSubject) looseParty = true;
    const subject = owner ?? madeBy ?? participle ?? gerundSubject ?? subjectBefore(s.actors, text, trig.start, Math.max(s.span.start, trig.start - SUBJECT_REACH))
      ?? (PRONOUN_SUBJECT.test(text.slice(s.span.start, trig.start)) ? s.previousSubject : null);
    // ("a ceasefire brokered by Moscow": the broker is its mediator, never a party)
    const agents = agentAfter(s.actors, text, trig.end, Math.min(s.span.end, trig.end + 40), /\b(?:by|from)\s+(?:the\s+)?$/i)
      .filter((a) => !BROKER_BEFORE.test(text.slice(Math.max(trig.end, a.start - 30), a.start)));
    // "the deal signed by Russia, Ukraine, Turkey and the UN": every signatory after "by"
    by = !owner && relative ? uniqueRefs(relative.actors.map(ref))
      : subject && (subject === madeBy || subject === participle) ? uniqueRefs(coordinatedFrom(s.actors, text, subject).map(ref))
        // ("Britain and Canada announced aid. They vowed to …": an opening "They" stands for the previous subject with its conjuncts)
        : subject && subject === s.previousSubject && /^\s*They\b/.test(text.slice(s.span.start, trig.start)) ? uniqueRefs(coordinatedFrom(s.previousActors, text, subject).map(ref))
          : subject ? withCoordinated(s.actors, text, subject, subject === owner).map(ref) : agents.slice(0, 1).map(ref);
  }
  // "the Turkey- and UN-brokered deal … signed between Russia and Ukraine": the parties are those it was made
  // between, never its brokers (they are its mediators)
  const betweenParties = (trigger.kind === 'agreement' || trigger.kind === 'ceasefire') && !givenBy && !TURN_PHASES.has(trigger.phase)
    ? agentAfter(s.actors, text, trig.end, Math.min(s.span.end, trig.end + 90), /\bbetween\s+(?:the\s+)?$/i)[0] ?? null : null;
  const brokers = s.actors.filter((a) => a.end <= trig.start && BROKERED_AFTER.test(text.slice(a.end, Math.min(trig.start, a.end + 40))));
  if (betweenParties) by = uniqueRefs(coordinatedFrom(s.actors, text, betweenParties).map(ref));
  else if (brokers.length) by = by.filter((b) => !brokers.some((x) => x.code === b.code));
  // "warned that the shelling risks a disaster": a warning is a threat only of the speaker's own act
  const warned = trigger.kind === 'threat' ? /^warn(?:ed|s)?\b(.*?)(?:that|of)$/is.exec(word) : null;
  let consequence: string | null = null;
  /** "warned the EU that if it capped the price, the Kremlin would end flows": the condition opening the warned clause (its words and length). */
  let leadingCondition: { words: string; length: number } | null = null;
  if (warned) {
    const clauseStart = trig.end - (/that$/i.test(word) ? 4 : 2);
    const clause = text.slice(clauseStart, s.span.end);
    const codes = new Set(by.map((b) => b.code));
    const isSpeaker = (subject: string) => {
      const at = text.indexOf(subject, clauseStart);
      // (the party heads the subject: "Russia would respond", not "direct clashes with Russia would spark …")
      return s.actors.some((a) => a.start >= at && a.end <= at + subject.length && codes.has(a.code) && /^(?:the\s+)?$/i.test(text.slice(at, a.start)));
    };
    if (!warnsOwnAct(clause, isSpeaker)) return null;
    // "warned of possible Russian retaliation", "warned of Moscow's response": the act warned of is another party's, no threat of the speaker's
    const act = /of$/i.test(word) ? /\b(?:retaliat\w*|response|reprisals?|countermeasures|counter-measures|strikes?|punishment|action)\b/i.exec(clause) : null;
    if (act && s.actors.some((a) => a.start >= clauseStart && a.end <= clauseStart + act.index && a.code !== '---' && !codes.has(a.code))) return null;
    const main = mainClause(clause);
    if (main !== clause) {
      const cut = clause.length - main.length + (/^\s*that\s+/i.exec(main)?.[0].length ?? 0);
      leadingCondition = { words: clause.slice(0, cut).replace(/^\s*that\s*,?\s+(?:if|unless|once|should|in case)\s+/i, '').replace(/,\s*(?:then\s+)?$/i, '').trim(), length: cut - (trig.end - clauseStart) };
    }
    // "warned that any attack would be met with a harsh response": the response is threatened, not the attack
    const subject = /^\s*that\s+((?:[\w'’.-]+\s+){0,8}?)(?:would|will|could|might|may)\b/i.exec(mainClause(clause))?.[1]?.trim() ?? '';
    if (subject && !/^(?:it|they|we|he|she|i)$/i.test(subject) && !isSpeaker(subject)) consequence = consequenceOf(clause);
    // ("warned that Russian forces would be annihilated if …": a punishment held out for the clause's subject)
    consequence ??= sufferedIn(clause, isSpeaker);
    addressees = actorsBetween(s.actors, trig.start + (/^warn(?:ed|s)?/i.exec(word)?.[0].length ?? 4), clauseStart);
  }
  // "Russia will strike Kyiv, Medvedev warned": the attributed clause threatens only the speaker's own act or consequences
  if (trigger.attributed) {
    const comma = text.lastIndexOf(',', trig.start);
    const clause = comma > s.span.start ? text.slice(s.span.start, comma).replace(/^[\s“"‘']+|[\s”"’']+$/g, '') : '';
    // ("…, Vereshchuk warned" with the speaker unknown to the actors layer: the speaker is named after the comma, so no
    // party of the clause before it stands in; a pronoun there is resolved from the tree, below)
    if (!givenBy && comma > s.span.start && !s.actors.some((a) => a.start > comma && a.end <= trig.start)
      && !/^[\s”"’']*(?:he|she|they|it|we)\s+(?:(?:has|have|had|also|then|later)\s+)*$/i.test(text.slice(comma + 1, trig.start))) by = [];
    const speakers = new Set([...s.actors.filter((a) => a.start > comma && a.end <= trig.start).map((a) => a.code), ...by.map((b) => b.code)]);
    const isSpeaker = (subject: string) => s.actors.some((a) => a.start >= s.span.start && a.start < comma && speakers.has(a.code) && subject.includes(text.slice(a.start, a.end)));
    if (!clause || !warnsOwnAct(` that ${clause}`, (x) => isSpeaker(x) || /^(?:we|I)$/i.test(x.trim()))) return null;
    const subject = /^\s*that\s+((?:[\w'’.-]+\s+){0,8}?)(?:would|will)\b/i.exec(mainClause(` that ${clause}`))?.[1]?.trim() ?? '';
    if (subject && !/^(?:it|they|we|he|she|i)$/i.test(subject) && !isSpeaker(subject)) consequence = consequenceOf(` that ${clause}`);
    consequence ??= sufferedIn(` that ${clause}`, (x) => isSpeaker(x) || /^(?:we|I)$/i.test(x.trim()));
  }
  // "'We will never recognise the annexation,' the foreign minister said": a first person inside a quote is its speaker
  // (the speaker is then the clause's subject in effect)
  let quoted = false;
  if (!by.length && !TURN_PHASES.has(trigger.phase)) {
    const speaker = quotedSpeaker(s, text, trig);
    if (speaker) { by = [ref(speaker)]; quoted = true; }
  }
  // "for Russia and Ukraine, and the Kremlin's demand": a party named twice is one party
  by = uniqueRefs(by);
  const linked = linkedEvents(s, trig);
  if (!by.length && linked[0]?.actor.length && !TURN_PHASES.has(trigger.phase)) { by = linked[0].actor; looseParty = true; }

  const verbal = !nominal && (tokenAt(tokens, trig.start)?.pos === 'VERB' || headline);
  const delivery = trigger.kind === 'pledge' && DELIVERY_VERB.test(word);
  const refusal = trigger.kind === 'pledge' && REFUSAL_VERB.test(word);
  // (a condition opening a warned clause is no content: the act threatened is in the clause after it)
  const content = readContent(trigger, text, trig, s.span.end, verbal || delivery, trig.end + (leadingCondition?.length ?? 0));
  // no content action in the lexicon: the action of the event coded on the trigger or inside the content phrase
  // (of a warning, only the verb's own events: "warned oligarchs backing Putin that …" holds out no support)
  const eventSpan = warned ? { start: trig.start, end: trig.start + (/^warn\w*/i.exec(word)?.[0].length ?? 4) } : trig;
  const fromEvent = content.action || TURN_PHASES.has(trigger.phase) ? null : actionFromEvents(s, eventSpan, content);
  if (fromEvent) { content.action = fromEvent.type; content.refrain ||= fromEvent.refrain; }
  // "warned Ukraine against further attacks", "warned Kyiv not to …": what is demanded is to refrain
  if (trigger.kind === 'demand' && /^warn/i.test(word) && /^\s+(?:[\w'’.-]+\s+){0,6}?(?:against|not to)\b/i.test(after)) content.refrain = true;
  // the dependency tree, when the sentence has one: parties, addressee, content, action and polarity from syntax
  const tree = TURN_PHASES.has(trigger.phase) ? null : readTree(doc, s.span, s.actors, trig);
  // (a refusal's negation is its content: "would not recognize")
  const brokenBefore = nominal && BROKEN_BEFORE.test(text.slice(Math.max(s.span.start, trig.start - 60), trig.start));
  if (tree?.negated && !givenBy && !refusal && !brokenBefore) return null;
  // "teachers who agreed to use the Russian curriculum would be branded …": a class of people, no party's commitment
  if (tree?.generic) return null;
  // "the war threatens to unleash hunger", "threatening global food security": an event's or thing's threat, or a danger, is no party's
  if (tree?.endangers && !givenBy && !nominal) return null;
  // "over the looming threat of Ukrainian military action": the noun "threat" with no party of its own (no possessive, no
  // subject of a verb that issues it) names a danger, not a threat made
  if (/^threats?\s+(?:of|to)$/i.test(word) && tokenAt(tokens, trig.start)?.pos === 'NOUN' && !owner && !givenBy && tree && !tree.by.length) return null;
  // "raising the threat of another invasion", "poses a threat to NATO": the object of a verb of danger is a danger, not a threat made
  const dangerVerb = /\b([a-z]+)\s+(?:(?:the|a|an|any|new|further|growing|real|serious|direct|nuclear|military)\s+)*$/i.exec(text.slice(Math.max(s.span.start, trig.start - 40), trig.start))?.[1];
  if (/^threats?\b/i.test(word) && !owner && !givenBy && dangerVerb && frameWords('dangerVerbs').has(dangerVerb.toLowerCase())) return null;
  // "offered his condolences", "vowed to strike an optimistic tone": a figure of speech is no commitment
  const contentWords = tree ? text.slice(tree.content.start, tree.content.end).replace(/^[\s“"‘']+/, '') : '';
  // ("urged Biden to do everything he can", "called on Moscow to do so": effort asked of a party addressed is a demand)
  const askedOfAnother = (trigger.kind === 'demand' || trigger.kind === 'ultimatum') && !!tree && (tree.addressees.length > 0 || !!tree.addresseeUncoded || !!tree.addresseePronoun);
  const idiom = (words: string) => CONTENT_IDIOMS.test(words) && !DEAL_WITH_PARTY.test(words) && !(askedOfAnother && EFFORT_IDIOMS.test(words));
  if (tree && tree.content.end > tree.content.start && idiom(contentWords)) return null;
  // ("Erdogan said that if Sweden extradited them, Turkey would lift its veto": a condition opening the trigger's clause,
  // which the parse may have hung elsewhere)
  const openingCondition = trigger.conditional ? CONDITION_OPENS_CLAUSE.exec(text.slice(s.span.start, trig.start))?.[1]?.trim() ?? null : null;
  if (trigger.conditional && !tree?.conditional && !CONDITION.test(after) && !openingCondition) return null;
  // "…, Russia will resume deliveries, Peskov said": a named party's act on a condition is its commitment only when one of its
  // own says so ("Russia would win if …, analysts say" is a forecast)
  if (trigger.spokenFor) {
    const codes = new Set(by.map((b) => b.code));
    const speaks = (a: ActorMention) => SPEAKER_AFTER.test(text.slice(a.end, Math.min(s.span.end, a.end + 60))) || SPEAKER_BEFORE.test(text.slice(Math.max(s.span.start, a.start - 30), a.start));
    if (!s.actors.some((a) => codes.has(a.code) && a.kind === 'person' && speaks(a))) return null;
  }
  if (tree) {
    // (a party read from the clause is no guess)
    // ("The United Nations, Russia, Ukraine and Turkey agreed …": when the parse kept only part of a listed subject,
    // the list read from the words, which holds the tree's parties, stands)
    const treeBy = uniqueRefs(tree.by.map(ref));
    const fuller = by.length > treeBy.length && treeBy.every((t) => by.some((b) => b.code === t.code));
    if (tree.by.length && !givenBy && !appeal && !(nominal && owner)) { if (!fuller) by = treeBy; looseParty = false; }
    if (betweenParties) by = uniqueRefs(coordinatedFrom(s.actors, text, betweenParties).map(ref));
    else if (brokers.length) by = by.filter((b) => !brokers.some((x) => x.code === b.code));
    // "sealed a deal with South Korea", "a truce with Hamas": the other side of a deal is a party to it
    if ((trigger.kind === 'agreement' || trigger.kind === 'ceasefire' || /^agree/i.test(word)) && tree.partners.length && !givenBy && by.length) by = uniqueRefs([...by, ...tree.partners.map(ref)]);
    // "Speaking at the UN, he urged …": the subject is a pronoun, so the party is the person it stands for
    // "'… we demand just punishment,' Zelenskyy told the UN": a first person is the quote's speaker, read from the clause
    else if (tree.pronoun === 'we') {
      const speaker = !givenBy && !appeal && !nominal ? quotedSpeaker(s, text, trig) : null;
      if (speaker) { by = [ref(speaker)]; tree.by = [speaker]; quoted = true; looseParty = false; }
    }
    else if (tree.pronoun && !givenBy && !appeal && !nominal) {
      // ("Putin met Erdogan in Sochi. He promised …": a pronoun opening the sentence stands for the last one's subject, a person of its gender)
      const opening = PRONOUN_SUBJECT.test(text.slice(s.span.start, trig.start)) && s.previousSubject?.kind === 'person' ? personBefore([s.previousSubject], tree.pronoun, trig.start, s.index) : null;
      // ("Austin told CNN he has spoken to Shoigu and warned him …": the one who says the pronoun's clause, read from the tree first)
      const sayer = tree.pronounSpeaker ? personBefore(tree.pronounSpeaker, tree.pronoun, trig.start, s.index) : null;
      const people = tree.pronoun === 'both' ? pairBefore(s.recent, trig.start, s.index) : [sayer ?? speakerOfPronoun(s, text, tree.pronoun, trig) ?? opening ?? personBefore(s.recent, tree.pronoun, trig.start, s.index)].filter((p) => p !== null);
      by = uniqueRefs(people.map(ref));
      if (people.length) { tree.by = people; looseParty = false; }
    }
    // "CIA Director Bill Burns met his counterpart to warn …" with Burns unknown to the actors layer: the named subject
    // is the party, so no actor nearby stands in for it
    if (tree.unknownSubject && !givenBy && !appeal && !nominal && !tree.by.length) by = [];
    // "Democrats sent Biden a letter calling on him to restart talks": a pronoun addressed is the person it stands for,
    // never the one who speaks
    if (tree.addresseePronoun && !tree.addressees.length && ADDRESSING_KINDS.has(trigger.kind)) {
      const speakers = new Set(tree.by);
      const person = personBefore(s.recent.filter((m) => !speakers.has(m) && !by.some((b) => b.name && b.name === m.name)), tree.addresseePronoun.pronoun, tree.addresseePronoun.at, s.index);
      if (person) { tree.addressees = [person]; addressees = [...addressees, person]; }
    }
    // "urged civilians to evacuate": the content verb's sense names no act, so no other reading's guess stands
    if (tree.actless) { content.action = null; content.refrain = false; }
  }
  // "Putin has been offered surrender terms by the West", "Russia was urged by the UN to …": a passive committing verb
  // is made by its agent, to its subject; with no agent named, no party is known
  const passive = !nominal && !givenBy && !TURN_PHASES.has(trigger.phase) && /^(?:offered|promised|pledged|guaranteed|urged|asked|warned|called on|pressed|assured|threatened|given)\b/i.test(word)
    && /\b(?:has|have|had)\s+(?:also\s+|now\s+|already\s+)?been\s+$|\b(?:was|were|is|are|being|be|get|got)\s+(?:also\s+|now\s+|already\s+)?$/i.test(lead);
  // "the funding was agreed by the European Council", "a corridor was agreed with Russia": the parties follow the verb,
  // its subject is what was agreed (read for the act, never an addressee)
  const passiveDeal = !nominal && !givenBy && trigger.kind === 'agreement' && /^(?:agreed|signed)$/i.test(word) && /\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$/i.test(lead);
  if (passiveDeal) {
    const parties = agentAfter(s.actors, text, trig.end, Math.min(s.span.end, trig.end + 60), /\b(?:by|with|between)\s+(?:the\s+)?$/i)[0];
    by = parties ? uniqueRefs(coordinatedFrom(s.actors, text, parties).map(ref)) : [];
    if (tree) { tree.by = []; tree.addressees = []; tree.to = []; }
    const subjectStart = Math.max(s.span.start, text.lastIndexOf(';', trig.start) + 1);
    // ("funding for Ukraine … was agreed by …": the party the subject is for is the one it is made to)
    addressees = s.actors.filter((a) => a.start >= subjectStart && a.end <= trig.start && /\b(?:for|to)\s+(?:the\s+)?$/i.test(text.slice(Math.max(subjectStart, a.start - 12), a.start)));
    content.action ??= earliestAction(text.slice(subjectStart, trig.start));
    looseParty = false;
  }
  if (passive) {
    const agent = agentAfter(s.actors, text, trig.end, Math.min(s.span.end, trig.end + 60), /\bby\s+(?:the\s+)?$/i)[0];
    const patient = subjectBefore(s.actors, text, trig.start, Math.max(s.span.start, trig.start - SUBJECT_REACH));
    by = agent ? uniqueRefs(coordinatedFrom(s.actors, text, agent).map(ref)) : [];
    if (patient && agent && patient.code !== agent.code) addressees = [patient];
    if (tree) tree.addressees = patient && agent ? [patient] : [];
    looseParty = false;
  }
  // (a parse that took the condition for the warned clause reads the condition's act: the words after it tell the threatened one)
  // (nor is a party the condition names the one threatened: "if it let Taipei open an office")
  if (tree && leadingCondition) {
    const conditionEnd = trig.end + leadingCondition.length;
    if (tree.content.start < conditionEnd) { tree.action = null; tree.scope = null; }
    tree.to = tree.to.filter((m) => m.start < trig.end || m.start >= conditionEnd);
  }
  if (consequence !== null) { content.action = earliestAction(consequence) ?? sufferingAction(consequence); content.refrain = false; content.scopeText = cleanScope(consequence); if (tree) { tree.action = null; tree.scope = null; } }
  // the tree read the content and names no act: an act the words or an event name stands only when its word is in no
  // adjunct of the content or the trigger ("requested access to the prison to determine … the attack" names no assault;
  // "wipe out any nation supporting Ukraine with nuclear weapons" no support)
  if (tree && !tree.action && !tree.actless && tree.adjuncts?.length && content.action && consequence === null && trigger.kind !== 'ceasefire') {
    if (fromEvent?.inside && tree.adjuncts.some((a) => overlaps(a, fromEvent.inside!))) { content.action = null; content.refrain = tree.refrain; }
    else if (!fromEvent) {
      const blanked = readContent(trigger, blank(text, tree.adjuncts), trig, s.span.end, verbal || delivery, trig.end + (leadingCondition?.length ?? 0));
      if (blanked.action !== content.action) { content.action = blanked.action; content.refrain = blanked.refrain || tree.refrain; }
    }
  }
  if (tree) {
    if (tree.action) {
      content.action = tree.action;
      content.refrain = tree.refrain || trigger.kind === 'ceasefire' || (content.refrain && /^warn/i.test(word)) || refusal;
    }
    // ("insisted she will not resign": an act no type names is still refrained from when the tree's content is negated;
    // a stop verb with no typed act, "end its crusade", refrains from nothing the record can name)
    else if (!content.action && tree.content.end > tree.content.start && tree.refrain && /\b(?:not|never|no longer)\b|n't\b/i.test(text.slice(tree.content.start, tree.content.end))) content.refrain = true;
    // the tree's phrase, unless the words' phrase names a known scope object the tree's does not ("strikes on the power grid")
    if (tree.scope && tree.content.end > tree.content.start && scopeObjectsIn(tree.scope).length >= scopeObjectsIn(content.scopeText ?? '').length) {
      content.scopeText = tree.scope;
      content.end = content.end > content.start ? Math.max(content.end, tree.content.end) : tree.content.end;
      content.start = content.end > content.start && content.start < tree.content.start && content.start >= trig.end ? content.start : tree.content.start;
    }
  }
  // "Britain's long-term commitment to Ukraine", "doubling down on its commitment to Kyiv": a commitment noun made to a party,
  // with no act named after it, is support of that party (CAMEO 05x)
  if (nominal && frameWords('supportNouns').has(word.toLowerCase())) {
    const party = s.actors.find((a) => a.code !== '---' && a.start >= trig.end && /^\s+to\s+(?:the\s+)?$/i.test(text.slice(trig.end, a.start)));
    if (party && PARTY_ENDS_CONTENT.test(text.slice(party.end, s.span.end))) {
      content.action = 'SUPPORT'; content.refrain = false;
      content.scopeText = [nounModifiers(text, s, trig.start), 'support for', text.slice(party.start, party.end)].filter(Boolean).join(' ');
      content.start = party.start; content.end = party.end;
      if (tree) { tree.action = null; tree.scope = null; }
    }
  }
  // "the security guarantees proposal": the words before an owned noun may name its act
  const modifiers = trigger.owned && !content.action ? /(?:^|\b(?:the|a|an|its|their|his|her)\s|['’]s\s)([^,;]*)$/i.exec(text.slice(Math.max(s.span.start, trig.start - 40), trig.start))?.[1] ?? '' : '';
  if (modifiers && earliestAction(modifiers)) {
    content.action = earliestAction(modifiers);
    content.scopeText ??= modifiers.replace(/[“”"‘’']/g, '').trim().replace(/^(?:the|a|an)\s+/i, '') || null;
  }
  // "Putin's nuclear threats": the owned noun's own words may name its act
  // ("a military aid package": so may any commitment noun's)
  if ((trigger.owned || nominal) && !content.action && earliestAction(word)) content.action = earliestAction(word);
  // a plan of one's own hostile act is an intention, not an offer ("Russia's plans to attack"); one with no act names nothing
  if (trigger.owned && /^plan/i.test(word) && (!content.action || HOSTILE.has(content.action))) return null;
  // "$5.8 billion worth of tanks", "£1.3 billion ($1.6 billion) in economic support": an amount is named with what it buys
  if (content.scopeText && AMOUNT.test(content.scopeText)) content.scopeText = amountWithObject(text, content.scopeText, trig.end, s.span.end) ?? content.scopeText;
  // "Putin's nuclear threats", "the drone deal": with no content, the words before a commitment noun name its object
  // ("nuclear threats": or the trigger's own first words)
  if (!content.scopeText && (nominal || tokenAt(tokens, trig.start)?.pos === 'NOUN')) content.scopeText = nounModifiers(text, s, trig.start) ?? (/\s/.test(word.trim()) ? word.trim().split(/\s+/).slice(0, -1).join(' ') : null);
  // weapons used in an assault are not arms supplies ("threatened using nuclear arms")
  const objects = scopeObjectsIn(content.scopeText ?? (TURN_PHASES.has(trigger.phase) ? sentence : '')).filter((o) => (content.action !== 'ASSAULT' && content.action !== 'CONCEDE') || o !== 'arms supplies');
  // "a ceasefire on Saturday": a time phrase is the window, never the scope
  if (content.scopeText && timeOnly(content.scopeText, s.times.map((t) => text.slice(t.start, t.end)))) content.scopeText = null;
  let scope = content.scopeText ? (objects.length === 1 ? objects[0]! : content.scopeText) : objects.length === 1 ? objects[0]! : objects.length ? objects.join(' and ') : null;
  // ("the latest round of funding for Ukraine, worth €500 million, was agreed by …": what a passive agreement binds is its subject)
  if (passiveDeal && !scope) {
    const subject = text.slice(Math.max(s.span.start, text.lastIndexOf(';', trig.start) + 1), trig.start)
      .replace(/\s*,[^,]*,?\s*(?=(?:was|were|is|are|been|being)\b)/i, ' ').replace(/\s*\b(?:has\s+|have\s+|had\s+)?(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$/i, '')
      .replace(/^(?:[\w\s]{0,30}?,\s*)?(?:on|in|last|this|earlier)\s+[\w\s]{1,20}?,?\s+(?=(?:the|a|an)\b)/i, '');
    scope = cleanScope(subject.replace(/^(?:the\s+)?(?:latest|new|first|second|next|final)\s+(?:round|tranche|batch|package)\s+of\s+/i, '')) || null;
  }
  const byCodes = new Set(by.map((b) => b.code));
  // "urged Moscow to", "demanded that Kyiv", "warned Russia that", "promised Ukraine": the addressee right after the verb
  const addressed = (a: ActorMention) => !nominal && ADDRESSING_KINDS.has(trigger.kind) && /^\s*(?:that\s+)?(?:the\s+)?$/i.test(text.slice(trig.end, a.start));
  const toActors = uniqueRefs([
    ...addressees.filter((a) => !byCodes.has(a.code)),
    // the tree's addressee or affected party is another mention, even of the committing party's country ("called on
    // his fellow Ukrainians to …", "an increase in the UK's defence spending")
    // (an agreement's parties are all in `by`, so its `to` names only others)
    // (a party's hostile act is never aimed at its own country: "vowed to retake Crimea" is not made to Ukraine)
    // (the one the verb itself addresses stands, of any country: "assured Ukrainians that their forces could hold off the offensive")
    ...(tree?.addressees ?? []).filter((a) => ADDRESSING_KINDS.has(trigger.kind) && !nominal && a.code !== '---' && !(accuser ?? []).some((x) => x.code === a.code) && !by.some((b) => b.code === a.code && b.sector === a.sector)),
    ...(tree?.to ?? []).filter((a) => !(accuser ?? []).some((x) => x.code === a.code) && !((trigger.kind === 'agreement' || trigger.kind === 'ceasefire' || by.length > 1 || (HOSTILE.has(content.action ?? '') && !content.refrain)) && byCodes.has(a.code))),
    ...s.actors
      .filter((a) => a.start >= trig.end && a.end <= Math.max(content.end + 16, trig.end + 12) && !byCodes.has(a.code) && !(accuser ?? []).some((x) => x.code === a.code))
      // "sharing with Ukraine": a partner in the action, not the addressee (but "a truce with Hamas" names the other side)
      // ("talks with Russia": the other side of talks is addressed)
      .filter((a) => addressed(a) || (trigger.kind === 'ceasefire' || trigger.kind === 'agreement' || content.action === 'CONSULT' ? /\b(?:on|to|with|against|toward|towards|for)\s+(?:the\s+)?$/i : /\b(?:on|to|against|toward|towards|for)\s+(?:the\s+)?$/i).test(text.slice(Math.max(trig.end, a.start - 20), a.start)) || /^\s*(?:'s|’s)/.test(text.slice(a.end, a.end + 3))),
  ].filter((a) => a.code !== '---').map(ref));
  // "asked Ukraine's government to investigate Joe Biden": a demand is made to the party its verb addresses; the
  // parties the asked act is done to are not asked ("urged the EU to bar Russians …" asks the EU, not Russia)
  if ((trigger.kind === 'demand' || trigger.kind === 'ultimatum') && tree?.addressees.length) {
    const asked = uniqueRefs([...addressees, ...tree.addressees].filter((a) => a.code !== '---' && !byCodes.has(a.code) || tree.addressees.includes(a)).map(ref));
    toActors.splice(0, toActors.length, ...asked);
  }
  // "called on the international community to condemn Ukraine": the one asked has no code, and the party the act is done to is
  // not asked (the parties of the other readings stand: a directive's, an appeal's)
  // (a party named right after the verb, which the parse did not tie to its node, is still the one asked: "urged lawmakers to …")
  else if ((trigger.kind === 'demand' || trigger.kind === 'ultimatum') && tree?.addresseeUncoded) {
    const named = s.actors.filter((a) => a.start >= trig.end && addressed(a));
    UNCODED_ADDRESSEE.add(trig);
    toActors.splice(0, toActors.length, ...uniqueRefs([...addressees, ...named, ...(tree.framed ?? [])].filter((a) => a.code !== '---' && !byCodes.has(a.code)).map(ref)));
  }
  // "called for Putin to be banned from the summit", "demanded that the officers be punished": the one a demanded act
  // is done to (the subject of a passive) is not asked to do anything
  if (trigger.kind === 'demand' || trigger.kind === 'ultimatum') {
    const patient = (a: ActorRef) => s.actors.some((m) => m.code === a.code && m.start >= trig.end && m.start - trig.end <= 30
      && /^\s*(?:for\s+|that\s+)?(?:the\s+)?$/i.test(text.slice(trig.end, m.start)) && PASSIVE_NEXT.test(text.slice(m.end, Math.min(s.span.end, m.end + 40))));
    const kept = toActors.filter((a) => !patient(a));
    toActors.splice(0, toActors.length, ...kept);
  }
  // "Blinken said Ukraine had promised not to …": a pledge another party's speaker reports was made to that party (first,
  // before the parties its content acts on: "… not to strike inside Russia")
  if (trigger.kind === 'pledge' && !nominal && by.length === 1 && !TURN_PHASES.has(trigger.phase)) {
    const say = /\b(?:said|says|told|announced|confirmed|stated)\s+(?:that\s+)?(?:[\w'’.-]+\s+){1,4}$/i.exec(lead);
    const speaker = say ? subjectBefore(s.actors, text, s.span.start + say.index, s.span.start) : null;
    if (speaker && speaker.code !== '---' && !byCodes.has(speaker.code) && !toActors.some((a) => a.code === speaker.code)) toActors.unshift(ref(speaker));
  }

  // "pledged to crack down on Kurdish militants as part of a deal with Turkey": a pledge made under a deal is made to
  // the deal's other party
  if (!toActors.length && trigger.kind === 'pledge' && !TURN_PHASES.has(trigger.phase)) {
    const under = UNDER_DEAL_WITH.exec(text.slice(trig.end, s.span.end));
    const at = under ? trig.end + under.index + under[0].length : -1;
    const partner = under ? s.actors.find((a) => a.start >= at && a.start <= at + 4 && a.code !== '---' && !byCodes.has(a.code)) : undefined;
    if (partner) toActors.push(ref(partner));
  }
  // "offered to supply gas to Europe": a region the actors layer does not code
  if (!toActors.length && !TURN_PHASES.has(trigger.phase) && (trigger.kind === 'pledge' || trigger.kind === 'threat' || trigger.kind === 'demand')) {
    const region = regionAddressee(text.slice(trig.end, Math.min(s.span.end, Math.max(content.end, trig.end) + 20)));
    if (region && !byCodes.has(region.code)) toActors.push(region);
  }
  // "promised 30 billion euros of help for citizens", "pledged relief to households": a generic public named as the one the
  // act is for is the committing party's own people (the gold guideline: its country, sector CVL)
  if (!toActors.length && !TURN_PHASES.has(trigger.phase) && (trigger.kind === 'pledge' || trigger.kind === 'demand') && by.length && new Set(by.map((b) => b.code)).size === 1 && by[0]!.code !== '---'
    && OWN_PUBLIC().test(text.slice(trig.end, Math.min(s.span.end, Math.max(content.end, trig.end) + 20)))) toActors.push({ code: by[0]!.code, sector: 'CVL' });
  // "called for an extension of the government's windfall tax": a government the content names with no country is the party's own
  else if (!toActors.length && !TURN_PHASES.has(trigger.phase) && (trigger.kind === 'pledge' || trigger.kind === 'demand') && by.length && new Set(by.map((b) => b.code)).size === 1 && by[0]!.code !== '---'
    && content.end > content.start && OWN_INSTITUTION().test(text.slice(content.start, content.end))) toActors.push({ code: by[0]!.code, sector: 'GOV' });
  // "… we demand just punishment,” Zelenskyy told the U.N. General Assembly": the audience of the words is addressed
  // (the one the words are made to comes first, before the parties the content acts on)
  if (ADDRESSING_KINDS.has(trigger.kind) && !TURN_PHASES.has(trigger.phase) && !(tree?.addressees.length)) {
    const audience = audienceOf(text, s.span, s.actors, trig);
    if (audience && !byCodes.has(audience.code) && !toActors.some((a) => a.code === audience.code)) toActors.unshift(ref(audience));
  }

  const dates = datesFor(doc, s, trig, allTimes);
  const hours = durationHoursFor(text, s, trig, after, trigger.phase);
  // "gave Serbia 30 days to …": the notice period stands in the trigger itself
  const duration = durationFor(text, s, trig, after, trigger.phase) ?? noticeIn(word);
  let phase = trigger.phase;
  // "announced that the US would supply …": the modal of a future delivery reports it, it does not propose it
  // (a directive's own verb, "urged Russia to accept", is the demand made, not a proposal of one)
  // ("offered reassurances that …": assurances offered are given, the pledge is made)
  const proposingBefore = text.slice(Math.max(s.span.start, trig.start - 30), delivery || refusal || trigger.kind === 'demand' ? trig.start : trig.end);
  if (!TURN_PHASES.has(phase) && !appeal && PROPOSING.test(GIVEN_NOUN.test(word) ? proposingBefore.replace(/\boffer\w*\s+(?:[\w'’.-]+\s+){0,3}?(?=\S+$)/i, '') : proposingBefore)) phase = 'proposed';
  if (!TURN_PHASES.has(phase) && !owner && relative?.proposing) phase = 'proposed';
  // "pushing for a high-quality free trade agreement", "seeking a ceasefire": a commitment noun asked for is not made
  if (!TURN_PHASES.has(phase) && nominal && !known && SOUGHT_BEFORE.test(text.slice(Math.max(s.span.start, trig.start - 80), trig.start))) phase = 'proposed';
  // "would halt gas deliveries unless …": the modal of a conditional threat does not make it a proposal
  if (trigger.conditional) phase = trigger.phase;
  // "a ceasefire proposal", "the peace deal offer": proposed, not made
  if (nominal && !TURN_PHASES.has(phase) && /^\s+(?:proposals?|plans?|offers?|initiatives?)\b/i.test(after)) phase = 'proposed';
  const starts = TURN_PHASES.has(phase) ? dates.mentioned : phase === 'proposed' ? dates.explicitStart : dates.explicitStart ?? dates.mentioned;
  // "a 30-hour truce" from Saturday runs into Sunday: its window covers every date the hours touch; `ends` is its last day
  const ends = dates.explicitEnd ?? (starts && duration && phase !== 'extended' ? durationEnd(starts, hours ? Math.ceil(hours / 24) : duration) : null);
  const conditions = leadingCondition ? [leadingCondition.words] : openingCondition && !CONDITION.test(after) ? [openingCondition] : conditionsIn(after);
  const precedent = TURN_PHASES.has(phase) ? null : CONDITION_PRECEDENT.exec(after);
  if (precedent && !conditions.includes(precedent[1]!.trim())) conditions.push(precedent[1]!.trim());
  let kind = trigger.kind;
  // "would quit the grain deal unless its demands were met": an exit on a condition is a threat to reject the deal, made
  if (phase === 'withdrawn' && conditionsIn(after).length && /\b(?:would|will|could|might)\s+(?:also\s+|then\s+)?$/i.test(text.slice(Math.max(s.span.start, trig.start - 30), trig.start))) {
    kind = 'threat';
    phase = 'announced';
    content.action = 'REJECT';
    content.refrain = false;
    scope = cleanScope(word.replace(/^\S+(?:\s+(?:out|from))*\s+/i, '')) || scope;
  }
  // "signed a truce with Hamas": a signed truce is a ceasefire, refraining from attacks
  if (kind === 'agreement' && /\b(?:ceasefires?|cease-fires?|truces?|armistice)\b/i.test(word)) { kind = 'ceasefire'; if (!content.action || content.action === 'ASSAULT') { content.action = 'ASSAULT'; content.refrain = true; } }
  // "Ukraine's proposal for Western security guarantees", "Kyiv's peace plan": a proposed settlement or guarantee is a
  // proposed agreement, by its proposer (the gold guideline)
  if (trigger.owned && kind === 'pledge' && /^(?:peace\s+)?(?:proposals?|plans?|initiatives?)$/i.test(word)
    && /\b(?:peace|settlement|guarantees?|deal|agreement|treaty|accord|pact)\b/i.test(`${text.slice(Math.max(s.span.start, trig.start - 30), trig.end)} ${content.scopeText ?? ''}`)) kind = 'agreement';
  // "Russia and Ukraine agreed to …": a pledge two or more parties make together is an agreement
  if (kind === 'pledge' && /^agree/i.test(word) && by.length >= 2) kind = 'agreement';
  // "a deal with Trudeau to supply clean hydrogen to Germany": a giving between the parties of an agreement is an exchange
  // between them, cooperation (CAMEO 06), not aid
  if ((kind === 'agreement' || trigger.kind === 'agreement') && content.action === 'AID' && tree?.given?.length && tree.given.every((g) => byCodes.has(g.code))) content.action = 'COOPERATE';
  // a threat or demand with a condition and a deadline ("… if Moscow does not agree within 50 days") is an ultimatum
  if ((kind === 'threat' || kind === 'demand') && conditions.length && (duration || dates.explicitEnd)) kind = 'ultimatum';
  // "a demand for a ceasefire": a truce is refraining from attacks, whatever reading named the act
  if (content.action === 'ASSAULT' && !content.refrain && /^[^.;]{0,40}?\b(?:ceasefire|cease-fire|truce|armistice|cessation of hostilities)\b/i.test(after)) content.refrain = true;
  // stopping cooperation or aid is a sanction (CAMEO 16) whichever reading named the act ("that the West halt arms
  // supplies", "an end to aid", "stop issuing visas"), as is a threat to withhold it; a demand or pledge not to start
  // it ("warned against supplying arms", "not to send tanks") stays the act refrained from
  // (a condition's words are not the act: "would resume gas supplies if sanctions were lifted")
  // ("warned X that if …, Y would cut …": the words after a condition opening the clause)
  const unconditioned = (leadingCondition ? text.slice(trig.end + leadingCondition.length, s.span.end) : after).split(/\b(?:if|unless|provided|providing|assuming|as long as|in exchange for|on condition)\b/i)[0]!;
  const stopsIt = STOP_HEAD.test(unconditioned.slice(0, 80)) || PASSIVE_STOP.test(unconditioned.slice(0, 140)) || /^(?:halt|stop|cut|suspend|end)/i.test(word);
  if ((content.action === 'COOPERATE' || content.action === 'AID') && (stopsIt || ((kind === 'threat' || kind === 'ultimatum') && content.refrain))) { content.action = 'SANCTION'; content.refrain = false; }
  // "to lift its veto on Sweden joining NATO": a rejection ended is support
  else if (content.action === 'REJECT' && content.refrain && (stopsIt || /^\s*(?:to\s+)?(?:lift|drop|withdraw|abandon|end)\w*\b/i.test(unconditioned))) { content.action = 'SUPPORT'; content.refrain = false; }
  // "an end to Western aid" coded SANCTION by the events layer: the stop is the sanction, not refrained from ("an end to sanctions" is)
  if (content.action === 'SANCTION' && content.refrain && stopsIt && ['AID', 'COOPERATE'].includes(earliestAction(after.slice(0, 80)) ?? '')) content.refrain = false;
  // "… promising to slap sanctions on Russia if it accepts …" without a tree reading: a hostile act on a condition is a threat
  // ("pledged to take firm action if Russia uses such weapons": a reaction held out on another's act is hostile too)
  const heldOut = (HOSTILE.has(content.action ?? '') && !content.refrain) || (!content.action && RESPONSE_CONTENT.test(unconditioned));
  if (!tree?.conditional && kind === 'pledge' && conditions.length && heldOut && !TURN_PHASES.has(phase)) kind = 'threat';
  if (tree && !TURN_PHASES.has(phase)) {
    const binding = kind === 'pledge' || kind === 'agreement' || kind === 'ceasefire';
    // "ready to talk", "would agree to": an offer, not a commitment made
    if (tree.offer && binding) phase = 'proposed';
    if (tree.conditional) {
      if (tree.condition && !conditions.some((x) => x.includes(tree.condition!))) conditions.push(tree.condition);
      // "promising to slap more sanctions on Russia if it accepts …": a hostile act on a condition is a threat, made;
      // a conditional pledge of anything else is an offer
      if (kind === 'pledge' && heldOut) kind = 'threat';
      else if (binding) phase = 'proposed';
    }
  }
  // "would impose sanctions if Russia invaded": the party whose act triggers a threat is the one threatened
  if ((trigger.kind === 'threat' || trigger.conditional || kind === 'threat') && !toActors.length) {
    const cond = /\b(?:if|unless)\s+(?:the\s+)?$/i;
    const target = s.actors.find((a) => a.start > trig.end && a.code !== '---' && !byCodes.has(a.code) && cond.test(text.slice(Math.max(trig.end, a.start - 12), a.start)));
    if (target) toActors.push(ref(target));
  }

  // "pledged to curb strikes if she wins the contest": a conditional pledge is an offer, never in force (the guideline),
  // also where the tree gives no reading of the condition and only the words do
  // (not a condition of another commitment further on: "vowing not to recognise …, and promising sanctions if …")
  if (kind === 'pledge' && conditions.length && !TURN_PHASES.has(phase) && phase !== 'proposed' && ownCondition(after, conditions[0]!)) phase = 'proposed';
  // "said it would strike Kyiv if …": a hostile act on a condition is a threat, which the threat triggers read; the offer
  // trigger makes no second, proposed record of it
  if (trigger.conditional && trigger.kind === 'pledge' && kind === 'threat') return null;
  // "asked the UK to deal with the DPR directly, which the UK has refused to do": a demand or offer the other side refused
  const refusedAfter = (kind === 'demand' || phase === 'proposed') && !TURN_PHASES.has(phase) ? REFUSED_AFTER.exec(after) ?? refusedBy(after) : null;
  // "agreed to the proposal": a frame (agreeing, asking, threatening) is the commitment itself, never its act
  if (content.action === 'AGREE' || content.action === 'REQUEST' || content.action === 'THREATEN') content.action = null;
  // "called for an IAEA inspection": an inspection accuses no one
  if (content.action === 'ACCUSE' && INSPECTION_CONTENT.test(scope ?? '')) content.action = null;
  // "vowed to hold Russia accountable for war crimes", "we demand just punishment": punishment of no stated form is no act
  // (the demand or pledge stands, with no act: the gold labels "we demand just punishment" as a demand)
  const punishment = !TURN_PHASES.has(phase) && ACCOUNTABILITY.test(text.slice(trig.start, Math.max(trig.end, content.end)).slice(0, 160)) && content.action !== 'SANCTION';
  if (punishment) { content.action = null; content.refrain = false; }
  // "promised €30 billion of financial help for citizens", "£400 for households": public spending on one's own people is
  // domestic policy, no PLOVER act (the gold guideline); aid goes to another party
  if (content.action === 'AID' && !content.refrain && DOMESTIC_BENEFICIARY.test(text.slice(trig.start, Math.max(content.end, trig.end + 80, s.span.start)).slice(0, 200))
    && !toActors.some((a) => !byCodes.has(a.code))) content.action = null;
  // "Ukraine and Poland reached an agreement to expand transit routes": an agreement of two or more parties whose act has no
  // more specific type is cooperation between them (CAMEO 06, the fallback of the hierarchy: words, then verb sense, then kind)
  if (!content.action && kind === 'agreement' && new Set(by.map((b) => b.code)).size >= 2 && !TURN_PHASES.has(phase) && !punishment
    && (tree ? tree.content.end > tree.content.start : content.end > content.start)) content.action = 'COOPERATE';
  if (trigger.attributed && consequence === null && !(HOSTILE.has(content.action ?? '') && !content.refrain)) return null;
  // "signalled its readiness to resume talks": a noun of readiness is an offer only when a party voices it and it offers
  // something to others ("the Ukrainians' willingness to fight", "shown its willingness to use force" describe a resolve)
  if (READINESS_NOUN.test(word) && (!content.action || HOSTILE.has(content.action) || !VOICED_BEFORE.test(lead))) return null;
  const record: CommitmentRecord = {
    id: '',
    kind,
    by,
    to: toActors,
    action: content.action,
    refrain: content.refrain,
    scope,
    announced: dates.mentioned,
    starts,
    ends,
    durationDays: duration,
    conditions,
    status: phase === 'proposed' ? 'proposed' : 'active',
    evidence: [{ start: s.span.start, end: s.span.end }],
    sentence: s.index,
    phase,
  };
  TRIGGER_AT.set(record, trig);
  if (tree && tree.content.end > tree.content.start) CONTENT_AT.set(record, tree.content);
  if (leadingCondition) WARNED_CLAUSE.set(record, { start: trig.end, end: s.span.end });
  if (trigger.conditional) CONDITIONAL_VERB.add(record);
  if (objects.length) record.objects = objects;
  // "to continue supplies of necessary weapons": the words stay beside the canonical object they name
  if (content.scopeText && scope !== content.scopeText && record.scope === scope) record.scopeWords = content.scopeText;
  // "demanded the international community get involved in the Taiwan situation": the whole content, in the article's
  // words, when it names more than the scope phrase does
  const phrase = contentPhrase(text, content.start, content.end);
  if (phrase && !TURN_PHASES.has(phase) && addsWords(phrase, [record.scope, record.scopeWords])) record.scopeWords = phrase;
  if (hours) record.durationHours = hours;
  // "a tentative agreement", "agreed in principle", "subject to approval by parliament": made, but not yet in force
  const pending = !TURN_PHASES.has(phase) && phase !== 'proposed' && (kind === 'agreement' || kind === 'ceasefire' || kind === 'pledge')
    ? PENDING_BEFORE.exec(text.slice(Math.max(s.span.start, trig.start - 40), trig.start)) ?? PENDING_AFTER.exec(after) : null;
  // "Kyiv has agreed to the proposal, but Moscow has yet to respond": one side's yes awaits the other's
  const awaiting = !pending && !TURN_PHASES.has(phase) && phase !== 'proposed' && (kind === 'agreement' || kind === 'ceasefire' || kind === 'pledge') ? AWAITING_OTHER.exec(after) : null;
  if (awaiting) {
    record.inForceOnlyIf = [`${(awaiting[1] ?? awaiting[2] ?? "the other side").trim()} agrees`];
    record.status = 'announced';
  }
  if (pending) {
    record.inForceOnlyIf = [pending[1] ? `it receives ${pending[1].toLowerCase()}` : 'it is finalised'];
    record.status = 'announced';
  }
  // "agrees with the idea of a ceasefire": a proposal endorsed, not a commitment made; "…, but questions remain": pending
  if (!TURN_PHASES.has(phase) && IDEA_BEFORE.test(text.slice(Math.max(s.span.start, trig.start - 60), trig.start))) { record.status = 'proposed'; record.phase = 'proposed'; }
  else if (!TURN_PHASES.has(phase) && record.status === 'active' && (kind === 'agreement' || kind === 'ceasefire' || kind === 'pledge') && STILL_OPEN_AFTER.test(after)) {
    record.status = 'announced';
    record.inForceOnlyIf = [...(record.inForceOnlyIf ?? []), 'the open questions are settled'];
  }
  // "kept its promise to send tanks", "Russia is complying with its transparency commitments": made, and done
  if (nominal && record.status === 'active' && !TURN_PHASES.has(phase) && brokenBefore) record.status = 'violated';
  else if (nominal && record.status === 'active' && !TURN_PHASES.has(phase) && KEPT_BEFORE.test(text.slice(Math.max(s.span.start, trig.start - 60), trig.start))) record.status = 'kept';
  if (refusedAfter) {
    record.status = 'rejected';
    const from = trig.end + refusedAfter.index;
    const refuser = s.actors.find((a) => a.start >= from && a.code !== '---');
    if (refuser) record.rejectedBy = [ref(refuser)];
    // "called for Putin to be banned, but Widodo resisted": who refuses a demand is the one it was put to
    // ("Russia's offer of a corridor to Russia was dismissed by Kyiv": a `to` of the offering party's own country names no other side)
    if (refuser && !record.to.some((a) => !byCodes.has(a.code)) && !byCodes.has(refuser.code)) record.to = [ref(refuser)];
  }
  if (precedent) {
    record.inForceOnlyIf = [...(record.inForceOnlyIf ?? []), precedent[1]!.trim()];
    // agreed, but not in force until its condition is met: announced (as commitmentStatusAsOf says), not proposed
    if (record.status === 'active') record.status = 'announced';
  }
  // "the drone deal": a noun before the trigger names what the deal is about, so it refers back only to a deal about that
  const modifier = /([A-Za-z][\w-]*)\s+$/.exec(text.slice(Math.max(s.span.start, trig.start - 24), trig.start))?.[1] ?? null;
  if (definite) BACK_REFERENCE.set(record, { committed, modifier: modifier && !EMPTY_MODIFIER.test(modifier) ? modifier : null });
  if (accuser) record.accuser = accuser;
  if (accused) record.accused = accused;
  if (TURN_PHASES.has(phase) && (phase === 'accused-violation' || phase === 'denied-violation')) record.violationDate = dates.mentioned;
  const mediators = uniqueRefs([...agentAfter(s.actors, text, s.span.start, s.span.end, /\b(?:brokered|mediated|facilitated|hosted)\s+by\s+(?:the\s+)?$/i), ...brokers].map(ref));
  if (mediators.length) record.mediators = mediators;
  if (GUARANTOR.test(sentence)) {
    const guarantors = s.actors.filter((a) => /guarant/i.test(text.slice(a.end, a.end + 25) + text.slice(Math.max(0, a.start - 20), a.start))).map(ref);
    if (guarantors.length) record.guarantors = uniqueRefs(guarantors);
  }
  const extension = EXTENSION.exec(sentence);
  if (extension && !TURN_PHASES.has(phase)) record.extension = extension[0].trim();
  const form = formOf(record, sentence);
  if (form) record.form = form;
  if (linked.length) record.events = linked.map((e) => e.id);
  // "Greece will provide 1.9 billion euros in subsidies to households": a delivery to no other party is domestic
  if (delivery && (content.action !== 'AID' || !(quoted || deliveryBySubject(s, text, trig, by)) || !toActors.length)) ACTION_REQUIRED.add(record);
  // "Kyiv said it would not recognize the outcome": a refusal is a pledge only when its party is the clause's subject
  // (and no one else's view: "Analysts say Russia would not attack NATO" is a forecast)
  else if (refusal && (!content.action || !(quoted || deliveryBySubject(s, text, trig, by)) || FORECASTERS.test(sentence))) ACTION_REQUIRED.add(record);
  else if (signedBy) CONFIRMED_BY_EVENT.add(record);
  // ("the final text was signed by Russia and Ukraine": two parties a passive agreement names vouch for it)
  else if (passiveDeal && new Set(by.map((b) => b.code)).size >= 2) CONFIRMED_BY_EVENT.add(record);
  // "… would be met with a devastating response, Medvedev warned": consequences threatened name no act by nature
  else if (consequence !== null && by.length && !looseParty) CONFIRMED_BY_EVENT.add(record);
  else if (punishment && by.length && !looseParty && (kind === 'demand' || kind === 'pledge')) CONFIRMED_BY_EVENT.add(record);
  // "has warned of 'consequences'", "warned Moscow of retaliation": a threat of unnamed consequences is made (no act named)
  // (the party read from the clause, not a guess from the nearest actor)
  // ("threatened China with consequences", "threatened Minsk with a tough response": the threat's object and what it holds out)
  else if (((warned && /of$/i.test(word)) || (kind === 'threat' && /^warn\w*$/i.test(word) && /^\s+(?:(?:the\s+)?[A-Z][\w.'’-]*\s+){0,3}?(?:that\s+)?there\s+(?:would|will|could)\s+be\b/.test(after))
    || (kind === 'threat' && /^threaten(?:ed|s|ing)?$/i.test(word) && THREATENED_WITH.test(after)))
    && !content.action && tree?.by.length && !looseParty) CONFIRMED_BY_EVENT.add(record);
  // "announced an agreement between Russia and Ukraine": a committing verb and the parties between whom it was made
  else if (!content.action && tree && tree.by.length >= 2 && nominal && committed && (trigger.kind === 'agreement' || trigger.kind === 'ceasefire')) CONFIRMED_BY_EVENT.add(record);
  // the tree names the committing party as the verb's subject and a content clause or phrase it governs ("called for
  // an increase in defence spending", "urged Biden to secure her release"): a commitment even when its act has no
  // PLOVER category, unless the content is a figure of speech or a fact ("vowed to strike an optimistic tone")
  else if (!content.action && tree && tree.by.length && (verbal || (!nominal && tree.verb)) && !looseParty && tree.content.end > tree.content.start
    && !idiom(text.slice(tree.content.start, tree.content.end)) && !RHETORIC.test(text.slice(tree.content.start, tree.content.end))
    && (!pledgesFact(trigger, after) || futureActOnObject(tree, text)) && !HEDGE_NEAR.test(text.slice(Math.max(s.span.start, trig.start - 40), trig.start))) CONFIRMED_BY_EVENT.add(record);
  else if (!content.action && betweenTwo && new Set(by.map((b) => b.code)).size >= 2) CONFIRMED_BY_EVENT.add(record);
  else if (!content.action && !looseParty && !HEDGE_NEAR.test(text.slice(Math.max(s.span.start, trig.start - 40), trig.start))) {
    const vouching = s.events.filter((e) => overlaps(e.evidence.trigger, trig) && !e.negated && e.modality !== 'hypothetical' && e.modality !== 'denied');
    const hasContent = content.end > content.start && !PRONOUN_CONTENT.test(content.scopeText ?? '');
    const noun = nominal || tokenAt(tokens, trig.start)?.pos === 'NOUN';
    // a commitment between parties: someone it is made to, two parties, another party named in its content
    // ("vowed to fix the mistakes of the last cabinet" and "demanded a general election" are domestic politics)
    const codesBy = new Set(by.map((b) => b.code));
    // for a possessive demand or a rejected proposal, the party that answers it ("Helsinki refused Putin's demand …")
    const anywhere = (givenBy || (noun && owner)) && s.actors.some((a) => !codesBy.has(a.code));
    const between = anywhere || toActors.length > 0 || codesBy.size >= 2 || s.actors.some((a) => !codesBy.has(a.code) && a.start >= content.start && a.end <= content.end);
    // "demanded that Ukraine declare itself neutral" (an event on the verb), "Putin's demand to pay in roubles"
    // (a possessive party and a content), "Hungary has reached a deal with Gazprom" (a committing verb coded AGREE)
    if (!between || RHETORIC.test(content.scopeText ?? '')) { /* nothing vouches for it */ }
    // "The Kremlin has since demanded that Ukraine declare itself neutral": a demanding that-clause to a named party
    else if ((verbal && hasContent && (vouching.length || (trigger.kind === 'demand' && toActors.length > 0 && (SUBJUNCTIVE_CLAUSE.test(after) || (/^\s*that\b/i.test(after) && !insistsOnFact(after))))) && !pledgesFact(trigger, after))
      || (noun && owner && !modifierOwned && hasContent && (trigger.kind === 'demand' || trigger.kind === 'pledge'))
      || (noun && committed && (trigger.kind === 'agreement' || trigger.kind === 'ceasefire') && !definite && vouching.some((e) => e.type === 'AGREE'))) CONFIRMED_BY_EVENT.add(record);
  }
  // "suspended its participation in the grain deal", "is scrapping the visa facilitation deal": a turn of a commitment known
  // by name is about that commitment, so its act and scope are the known one's (not the words around: "after a drone attack")
  // ("halted its compliance with the agreement": a definite bare noun is the one the article named before)
  const lifeTurn = phase === 'withdrawn' || phase === 'extended' || phase === 'collapsed';
  const turnOf = lifeTurn ? knownIn(word) ?? (/\bthe\s+(?:[\w-]+\s+){0,2}?[\w-]+$/i.test(word) ? knownBefore(text, s.span.start, word.split(/\s+/).pop()!) : null) : null;
  if (turnOf && (turnOf.action || !record.action)) { record.action = turnOf.action; record.refrain = false; record.scope = turnOf.scope; if (record.kind !== 'ceasefire') record.kind = 'agreement'; }
  // "scrapped a 1999 agreement with Tokyo": an agreement with another party whose act has no more specific type is
  // cooperation between them, in a turn of its life as where it is made (below)
  else if (lifeTurn && record.kind === 'agreement' && !record.action && record.to.length && !record.to.every((t) => byCodes.has(t.code))) record.action = 'COOPERATE';
  // (only "the grain deal" certainly exists: "a new grain deal" may be proposed, and stays so)
  if (known && definite) KNOWN.add(record);
  if (known) NAMED.add(record);
  if (known) asKnown(record, known, trigger.phase, definite && !/\b(?:propos\w*|offer\w*|plans?|suggest\w*|new)\b/i.test(text.slice(Math.max(s.span.start, trig.start - 40), Math.min(s.span.end, trig.end + 30))));
  return record;
}

/**
 * A mention of a commitment known by name takes its parties (never its mediators, who may be the clause's subject:
 * "Erdogan, whose government helped broker a deal") unless it lists two or more itself, and its act and scope where
 * the mention names none; a definite mention ("the grain deal") stands as made, not proposed, whatever modal weighs
 * it. A mention whose parties are others is left as read.
 */
function asKnown(record: CommitmentRecord, known: KnownCommitment, phase: CommitmentRecord['phase'], exists: boolean): void {
  const codes = new Set([...known.by, ...known.mediators].map((b) => b.code));
  if (!record.by.every((b) => codes.has(b.code))) return;
  if (record.kind !== 'ceasefire') record.kind = 'agreement';
  // ("the grain deal signed by Russia, Ukraine, Turkey and the UN": signatories the text lists stand; "Ukraine could
  // propose a new grain deal": a proposal is its proposer's)
  if (record.by.length < 2 && (exists || record.status !== 'proposed')) {
    record.by = known.by.map((b) => ({ ...b }));
    if (known.mediators.length) record.mediators = known.mediators.map((b) => ({ ...b }));
  }
  record.to = record.to.filter((t) => !codes.has(t.code));
  // (its act is the known one, whatever the events layer made of the verb around it: "signed the grain deal")
  record.action = known.action ?? record.action;
  record.scope ??= known.scope;
  if (exists && record.status === 'proposed') { record.status = 'active'; record.phase = phase; }
  BACK_REFERENCE.delete(record);
  ACTION_REQUIRED.delete(record);
  CONFIRMED_BY_EVENT.add(record);
}

interface Content {
  action: string | null;
  refrain: boolean;
  scopeText: string | null;
  /** Where the content phrase starts and ends (absolute offsets; equal when there is none). */
  start: number;
  end: number;
}

/** The action, its polarity and the scope phrase a trigger governs: "to refrain from attacks on X for 30 days". */
function readContent(trigger: Trigger, text: string, trig: Span, sentenceEnd: number, verb = false, from = trig.end): Content {
  const after = text.slice(from, sentenceEnd);
  const word = text.slice(trig.start, trig.end);
  const window = after.slice(0, 140);
  let c = CONTENT.exec(window);
  let base = from;
  if ((!c || c.index > 60) && (trigger.kind === 'demand' || trigger.kind === 'ultimatum')) {
    // "a complete halt to X was a key condition": the content comes before the trigger
    const lead = text.slice(sentenceStartOf(text, trig.start), trig.start);
    const b = CONTENT.exec(lead);
    if (b) { c = b; base = trig.start - lead.length; }
  }
  const region = base === from ? window : text.slice(base, trig.start);
  let phrase: string | null = null;
  let phraseStart = from;
  const turn = TURN_PHASES.has(trigger.phase);
  // a turn's verb ("suspended", "extended") says what happened to the commitment, not what it commits to
  let refrain = turn ? trigger.kind === 'ceasefire' || REFRAIN.test(after.slice(0, 80)) : REFRAIN.test(word) || trigger.kind === 'ceasefire';
  let contentWord = '';
  const passive = turn ? null : PASSIVE_STOP.exec(window);
  if (passive) {
    // "demanding (that) sanctions are lifted": what is to stop is the passive subject
    phrase = cut(passive[1]!.replace(/^\s*that\s+/i, ''));
    phraseStart = from + window.indexOf(passive[1]!);
    refrain = true;
  } else if (c && (c.index <= 60 || base !== from)) {
    phraseStart = base + c.index + c[0].length;
    phrase = cut(region.slice(c.index + c[0].length));
    refrain = refrain || REFRAIN.test(c[0]);
    contentWord = c[0];
  } else {
    // "threatened on Monday to impose …": a short time adverbial may come between the verb and its infinitive
    // "warned that it would strike Kyiv": the content of a that-clause follows its subject and modal
    const clause = /that$/i.test(word) || /^\s*that\b/i.test(window) ? /^\s*(?:that\s+)?(?:[\w'-]+\s+){1,3}?(?:would|will|could|might|was going to)\s+/i.exec(window) : null;
    const inf = clause ?? /^\s*(?:(?:on|last|this|next)\s+[A-Z]?\w+\s+|again\s+|publicly\s+|repeatedly\s+)?(?:not\s+|never\s+)?(?:to|that)\s+(?:\w+\s+){0,3}?/i.exec(window);
    // "pledged continued military support for Ukraine": a verb's direct object is its content (after an addressee: "promised Kyiv more tanks")
    const object = !inf && verb && /^\s+(?:(?:the\s+)?[A-Z][\w.'’-]*\s+){0,3}?(?!(?:to|that|of|on|in|at|by|with|from|for|against|over|about|after|before|during|into|the (?:ceasefire|truce|deal|agreement))\b)(?=[“"‘']?[a-z])/.exec(window);
    // "will provide Ukraine with three rocket systems": what a future delivery delivers follows its verb
    const delivered = !inf && !object && (DELIVERY_VERB.test(word) || REFUSAL_VERB.test(word)) ? /^\s+/.exec(window) : null;
    // "Moscow's key demands, such as Kyiv's neutral status": the demands listed
    const listed = !inf && !object && !delivered ? /^\s*,?\s*(?:such as|including|namely|notably)\s+/i.exec(window) : null;
    const lead = inf || object || delivered || listed;
    phrase = lead ? (listed ? window.slice(lead[0].length).split(/[.;]/)[0]!.trim() : cut(window.slice(lead[0].length))) : null;
    if (lead) phraseStart = from + lead[0].length;
  }
  const turnText = word.replace(/^\S+(?:\s+(?:out|from))*\s+/i, '') + after;
  if (REFUSAL_VERB.test(word)) refrain = true;
  const basis = `${(trigger.kind === 'ceasefire' && !turn) || DELIVERY_VERB.test(word) || REFUSAL_VERB.test(word) ? word + ' ' : ''}${contentWord}${phrase ?? (turn ? turnText : '')}`;
  const swap = !!phrase && /^(?:exchang|swap|trad)/i.test(phrase) && SWAP_OF_PEOPLE.test(window);
  const action = swap ? 'CONCEDE' : earliestAction(basis) ?? (trigger.kind === 'ceasefire' ? 'ASSAULT' : null);
  // "pledged not to negotiate", "promised that conscripts would not be sent", "agreed to cease hostilities": the head of the content says no
  if (!turn && phrase && REFRAIN_HEAD.test(text.slice(from, phraseStart + phrase.length))) refrain = true;
  let scopeText: string | null = null;
  if (phrase) {
    const o = OBJECT_OF.exec(phrase);
    const transitive = /^(?:(?:attack|strik|shell|bomb|hit|target|seiz|retak|recaptur|captur|reclaim|liberat|annex|occup|regain)\w*|(?:take|win|get) back)\s+(?!on\b|against\b|at\b|in\b)/i.exec(phrase);
    // "end the use of force in the Black Sea": an assault phrase without an object still names a known scope
    scopeText = cleanScope(o ? phrase.slice(o.index + o[0].length) : transitive ? phrase.slice(transitive[0].length) : action === 'ASSAULT' ? scopeObjectsIn(phrase).filter((x) => x !== 'arms supplies')[0] ?? '' : phrase);
  } else if (trigger.kind === 'ceasefire' && !TURN_PHASES.has(trigger.phase)) {
    const o = /^\s*(?:on|in|for|covering|over|around)\s+/i.exec(window);
    const cutText = o ? cut(window.slice(o[0].length)) : '';
    scopeText = o ? cleanScope(cutText) : null;
    if (o) phraseStart = from + o[0].length + cutText.length - (phrase?.length ?? 0);
    const pre = text.slice(Math.max(0, trig.start - 30), trig.start);
    if (!scopeText && scopeObjectsIn(pre).length) scopeText = scopeObjectsIn(pre)[0]!;
  }
  return { action, refrain, scopeText: scopeText || null, start: phraseStart, end: phraseStart + (phrase?.length ?? 0) };
}

/** Most words of a content phrase kept beside its scope. */
const CONTENT_WORDS = 16;
const FUNCTION_WORDS = new Set(['the', 'and', 'for', 'its', 'with', 'from', 'into', 'that', 'this', 'their', 'his', 'her', 'any', 'all', 'other', 'which', 'will', 'would', 'not']);

/** The content phrase between two offsets, without quotes and opening particles, cut at CONTENT_WORDS words; null when empty. */
function contentPhrase(text: string, start: number, end: number): string | null {
  if (end <= start) return null;
  const words = text.slice(start, end).replace(/[“”"‘’]/g, ' ').replace(/^\s*(?:to|that|for|on|of)\s+/i, '').trim().split(/\s+/).filter(Boolean);
  return words.length ? words.slice(0, CONTENT_WORDS).join(' ') : null;
}

/** Whether `phrase` names a content word that none of `known` holds, past its head word ("hold talks with Ukraine" adds nothing to "talks with Ukraine"). */
function addsWords(phrase: string, known: (string | null | undefined)[]): boolean {
  const have = new Set(known.flatMap((k) => (k ?? '').toLowerCase().split(/[^a-z0-9]+/)));
  return phrase.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).slice(1).some((w) => w.length >= 3 && !FUNCTION_WORDS.has(w) && !have.has(w));
}

/** Start of the sentence holding `pos` (the text after the last sentence-ending mark before it). */
function sentenceStartOf(text: string, pos: number): number {
  const head = text.slice(Math.max(0, pos - 300), pos);
  const m = /[.!?]\s+(?=[^.!?]*$)/.exec(head);
  return Math.max(0, pos - 300) + (m ? m.index + m[0].length : 0);
}

/**
 * "the truce Kyiv had accepted", "a ceasefire that Washington and Kyiv had proposed": the actors right after a
 * nominal trigger that go on with a committing verb; `proposing` when that verb only proposes.
 */
function relativeAgents(actors: readonly ActorMention[], text: string, from: number, to: number): { actors: ActorMention[]; proposing: boolean } | null {
  const first = actors.findIndex((x) => x.start >= from && x.start - from <= 20 && x.end <= to);
  const a = actors[first];
  if (!a || !/^\s*(?:that\s+|which\s+)?$/i.test(text.slice(from, a.start))) return null;
  const group = [a];
  for (let i = first + 1; i < actors.length && actors[i]!.end <= to; i++) {
    if (!/^\s*(?:,|and|,\s*and)\s*$/i.test(text.slice(group[group.length - 1]!.end, actors[i]!.start))) break;
    group.push(actors[i]!);
  }
  const last = group[group.length - 1]!;
  const verb = /^\s+(?:had\s+|has\s+|have\s+|would\s+)?(agreed|accepted|signed|declared|announced|proposed|offered|put forward|suggested|floated|brokered|made)\b/i.exec(text.slice(last.end, last.end + 40));
  if (!verb) return null;
  return { actors: group, proposing: /^(?:proposed|offered|put forward|suggested|floated)$/i.test(verb[1]!) };
}

function cut(s: string): string {
  const m = PHRASE_END.exec(s);
  return (m ? s.slice(0, m.index) : s).trim();
}

/** "Ukraine's energy infrastructure" -> "energy infrastructure"; "a complete halt" -> "halt". */
function cleanScope(phrase: string): string {
  return phrase
    .replace(/^(?:help\s+(?:to\s+)?)?(?:impose|introduce|levy|slap|apply|restore|ensure|provide|keep)\s+/i, '')
    .replace(/^(?:the|a|an|any|all|its|their|his|her)\s+/i, '')
    .replace(/^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:'s|’s)\s+/, '')
    .replace(/^(?:Ukrainian|Russian|Israeli|Palestinian|Iranian|American|European)\s+(?=\w)/, '')
    .replace(/^(?:the|a|an|any|all)\s+/i, '')
    .trim();
}

/** "Russia and Ukraine agreed": the subject with the actors coordinated before it. */
function withCoordinated(actors: readonly ActorMention[], text: string, subject: ActorMention, possessive = false): ActorMention[] {
  const out = [subject];
  // "Russia and Ukraine's deal", but not "for Russia and Ukraine, and the Kremlin's demand"
  const joint = possessive ? /^\s*and\s*$/i : /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/i;
  for (let i = actors.indexOf(subject) - 1; i >= 0; i--) {
    const a = actors[i]!;
    if (!joint.test(text.slice(a.end, out[0]!.start))) break;
    out.unshift(a);
  }
  return listClosed(out, text) ? out : [subject];
}

/** A list of actors is one when an "and"/"or" joins some of them ("Russia, Ukraine and Turkey"); commas alone set off an apposition or an opening phrase ("with Erdogan, Khamenei …"). */
function listClosed(list: readonly ActorMention[], text: string): boolean {
  if (list.length < 2) return true;
  for (let k = 0; k + 1 < list.length; k++) if (/\b(?:and|or)\b/i.test(text.slice(list[k]!.end, list[k + 1]!.start))) return true;
  return false;
}

function linkedEvents(s: SentenceView, trig: Span): EventRecord[] {
  const kinds = /^(?:03|05|08|10|11|13|087)/;
  return s.events.filter((e) => (e.evidence.trigger.start < trig.end + 40 && trig.start - 40 < e.evidence.trigger.end) && (kinds.test(e.cameo) || ['AGREE', 'REQUEST', 'THREATEN', 'ACCUSE', 'RETREAT'].includes(e.type)));
}

interface Dates { mentioned: string | null; explicitStart: string | null; explicitEnd: string | null }

function datesFor(doc: Document, s: SentenceView, trig: Span, allTimes: TimeMention[]): Dates {
  const text = doc.text;
  const pointed = s.times.filter((t) => t.date && t.durationDays === undefined && t.precision === 'day');
  let explicitStart: string | null = null;
  let explicitEnd: string | null = null;
  let mentioned: string | null = null;
  // "2022-06-09T10:32:42": a commitment's dates are days
  const published = doc.published?.slice(0, 10) ?? null;
  // "by 2045", "by August", "by the end of the year": a deadline of a month or year ends the window on its last day
  for (const t of s.times) {
    if (!t.date || t.durationDays !== undefined || t.start <= trig.start || (t.precision !== 'month' && t.precision !== 'year')) continue;
    if (!DEADLINE_BEFORE.test(text.slice(Math.max(s.span.start, t.start - 20), t.start))) continue;
    explicitEnd ??= periodEnd(t.date, t.precision, published);
  }
  const endOfYear = /\b(?:by|before|until)\s+the\s+end\s+of\s+(?:the|this)\s+year\b/i.exec(text.slice(trig.end, s.span.end));
  if (endOfYear && published) explicitEnd ??= `${published.slice(0, 4)}-12-31`;
  for (const t of pointed) {
    const lead = text.slice(Math.max(s.span.start, t.start - 16), t.start);
    // "until Sunday" includes Sunday: the window's last day is Sunday
    // ("gave Russia until Friday" in a Saturday article: a deadline named by its weekday lies ahead)
    if (/\b(?:until|till|through|to|by|expir\w*|ending|ends? on)\s+(?:(?:on|midnight on|the end of|the)\s+)?$/i.test(lead) && t.start > trig.start) explicitEnd ??= aheadIfWeekday(text.slice(t.start, t.end), t.date!, published);
    else if (/\b(?:from|starting|beginning|as of|effective|since)\s+(?:on\s+)?$/i.test(lead)) explicitStart ??= t.date!;
    else mentioned ??= t.date!;
  }
  if (!mentioned && !explicitStart) {
    // Commitments are made at the event the article reports; later dates nearby are usually when it was reported.
    const earlier = allTimes.filter((t) => t.date && t.precision === 'day' && t.durationDays === undefined && t.sentence < s.index && t.sentence >= s.index - 3);
    mentioned = earlier.map((t) => t.date!).sort()[0] ?? published;
  }
  if (published && mentioned && mentioned > published) mentioned = published;
  return { mentioned, explicitStart, explicitEnd };
}

/** A scope that is only an amount of money ("$5.8 billion", "1.3 billion ($1.6 billion"). */
const AMOUNT = /^(?:about\s+|around\s+|more than\s+|over\s+|nearly\s+|almost\s+|some\s+|up to\s+|an? (?:additional|further|extra)\s+|another\s+)?[$€£]?\s?\d[\d.,]*\s*(?:billion|million|bn|m|trillion)?(?:\s*(?:dollars|euros|pounds))?(?:\s*\([^)]*\)?)?$/i;

/** The amount and the words of what it buys, read after it in the sentence ("… worth of tanks", "… in economic and humanitarian support"). */
function amountWithObject(text: string, amount: string, from: number, end: number): string | null {
  const at = text.indexOf(amount, from);
  if (at < 0 || at >= end) return null;
  const m = /^\s*\)?\s*(?:\([^)]*\)\s*)?(worth of|in|of)\s+([^,.;:()]+)/i.exec(text.slice(at + amount.length, end));
  if (!m) return null;
  const object = m[2]!.split(/\s+(?:to|for|from|as|by|after|before|while|which|that|and then)\s+/i)[0]!.trim();
  return object ? `${amount.replace(/\s*\([^)]*\)?$/, '').trim()} ${m[1]!.toLowerCase()} ${object}` : null;
}

/** Words before a commitment noun after its determiner or possessive that are neither empty ("new", "2022") nor a party: its object ("nuclear", "drone"). */
function nounModifiers(text: string, s: SentenceView, at: number): string | null {
  const m = /(?:^|\b(?:the|a|an|its|their|his|her|this|that|these|those)\s|['’]s\s)((?:[\w-]+\s+){1,3})$/i.exec(text.slice(Math.max(s.span.start, at - 40), at));
  if (!m) return null;
  const from = at - m[1]!.length;
  if (s.actors.some((a) => a.end > from && a.start < at)) return null;
  // ("the suspension of the agreement": a phrase with a preposition is no modifier)
  if (/\b(?:of|to|for|in|on|with|by|from|at|the|a|an)\s/i.test(m[1]!)) return null;
  const words = m[1]!.trim().split(/\s+/).filter((w) => !EMPTY_MODIFIER.test(w) && /^[a-z]/.test(w));
  return words.length ? words.join(' ') : null;
}

/** Right before a month or year: a deadline ("by August", "no later than 2030", "before the end of 2023"). */
const DEADLINE_BEFORE = /\b(?:by|until|till|before|no later than)\s+(?:(?:the\s+)?(?:end|close)\s+of\s+)?(?:the\s+)?$/i;

/** The last day of a month or year named as a deadline; a month already past at publication is next year's. */
function periodEnd(date: string, precision: 'month' | 'year', published: string | null): string {
  const y = Number(date.slice(0, 4));
  if (precision === 'year') return `${y}-12-31`;
  let year = y;
  if (published && date.slice(0, 7) < published.slice(0, 7) && y === Number(published.slice(0, 4))) year = y + 1;
  const m = Number(date.slice(5, 7));
  // the last day of the month: the day before the first of the next
  return addDays(m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`, -1);
}

/** A bare weekday resolved to a day before publication, named as a deadline, is the next such day. */
function aheadIfWeekday(words: string, date: string, published: string | null): string {
  return published && date < published && /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/i.test(words.trim()) ? addDays(date, 7) : date;
}

/** Between a trigger and a later duration: another clause begins, so the duration is not the commitment's. */
const CLAUSE_BREAK = /[;:]|,\s*(?:and|but|while|whereas|which|who)\b|\b(?:but|while|whereas|although)\b|\band\s+(?:the\s+)?[A-Z]/;
/** How far after its trigger (characters) a commitment's duration may be named. */
const DURATION_REACH = 90;

function durationFor(text: string, s: SentenceView, trig: Span, after: string, phase: string): number | null {
  if (phase === 'extended') {
    const by = /\bby\s+(?:another\s+)?(\d{1,3}|one|two|three|four|six|thirty|sixty|ninety)\s+(day|week|month)s?\b/i.exec(after);
    if (by) return Number.isNaN(Number(by[1])) ? wordNumber(by[1]!) * unitDays(by[2]!) : Number(by[1]) * unitDays(by[2]!);
  }
  // "a 30-day truce", "agreed to … for 30 days": a duration right before the trigger or after it in its sentence.
  // "a 40-year-old", "serving a 25-year sentence": an adjectival duration after the trigger measures another noun
  const durations = s.times.filter((t) => t.durationDays !== undefined && !/^[\s-]*(?:old|long)\b/i.test(text.slice(t.end, t.end + 6))
    && !(t.start >= trig.end && /^\S+-(?:day|week|month|year|hour)$/i.test(text.slice(t.start, t.end)) && !COMMITMENT_SPAN.test(text.slice(t.end, t.end + 30))) && (
    // a deadline ("within 50 days") may close a long condition
    (t.start >= trig.start && (t.start - trig.end <= DURATION_REACH || /^within\b/i.test(text.slice(t.start, t.end))) && !CLAUSE_BREAK.test(text.slice(trig.end, t.start)))
    || (t.end <= trig.start && trig.start - t.end <= 25)));
  return durations[0]?.durationDays ?? null;
}

/** The duration in hours when the commitment's duration is given in hours ("a 30-hour truce"), else null. */
function durationHoursFor(text: string, s: SentenceView, trig: Span, after: string, phase: string): number | null {
  const days = durationFor(text, s, trig, after, phase);
  if (days === null) return null;
  const t = s.times.find((x) => x.durationDays === days && /hours?\b/i.test(text.slice(x.start, x.end)));
  const m = t ? /\b(\d{1,3}|[a-z]+)[\s-]+hours?\b/i.exec(text.slice(t.start, t.end)) : null;
  if (!m) return null;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : HOUR_WORDS[m[1]!.toLowerCase()] ?? 0;
  return n > 0 ? n : null;
}

const HOUR_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, six: 6, twelve: 12, eighteen: 18, 'twenty-four': 24, thirty: 30, 'thirty-six': 36, 'forty-eight': 48, seventy: 70, 'seventy-two': 72 };

/** Days of a notice period written in a trigger ("gave Kyiv 30 days to", "gave them two weeks to"), or null. */
function noticeIn(word: string): number | null {
  const m = /\b(\d{1,3}|a|one|two|three|four|five|seven|ten|fourteen|thirty)\s+(?:more\s+)?(hour|day|week|month)s?\s+to$/i.exec(word);
  if (!m) return null;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : m[1]!.toLowerCase() === 'a' ? 1 : wordNumber(m[1]!);
  if (!n) return null;
  return m[2]!.toLowerCase() === 'hour' ? Math.max(1, Math.ceil(n / 24)) : n * unitDays(m[2]!);
}

function wordNumber(w: string): number {
  return ({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10, fourteen: 14, thirty: 30, sixty: 60, ninety: 90 } as Record<string, number>)[w.toLowerCase()] ?? 0;
}

function unitDays(u: string): number {
  return u.toLowerCase() === 'week' ? 7 : u.toLowerCase() === 'month' ? 30 : 1;
}

function conditionsIn(after: string): string[] {
  const m = CONDITION.exec(after);
  return m ? [m[1]!.trim()] : [];
}

function formOf(c: CommitmentRecord, sentence: string): CommitmentRecord['form'] | null {
  if (TURN_PHASES.has(c.phase ?? '')) return null;
  const parties = new Set([...c.by, ...c.to].map((a) => a.code)).size;
  const form: NonNullable<CommitmentRecord['form']> = {};
  if (c.kind === 'pledge' || c.kind === 'demand' || c.kind === 'threat' || c.kind === 'ultimatum') form.parties = 'unilateral';
  else if (parties >= 3) form.parties = 'multilateral';
  else if (parties === 2) form.parties = 'bilateral';
  if (WRITTEN.test(sentence)) form.medium = 'written';
  else if (VERBAL.test(sentence)) form.medium = 'verbal';
  return Object.keys(form).length ? form : null;
}

/** A demand or pledge without a party whose content continues an earlier one ("… new demands. The expectation of a halt to X …"). */
function attachFollowOn(out: CommitmentRecord[], c: CommitmentRecord): boolean {
  for (let i = out.length - 1; i >= 0; i--) {
    const prev = out[i]!;
    if (c.sentence - prev.sentence > FOLLOW_ON_SENTENCES) return false;
    if (prev.kind !== c.kind || prev.scope || !c.scope) continue;
    // a content that names another act ("… the use of nuclear weapons. … threatened by conventional means") is not this one's
    if (prev.action && c.action !== prev.action) continue;
    prev.scope = c.scope;
    prev.action = c.action;
    prev.refrain = c.refrain;
    if (c.objects) prev.objects = c.objects;
    prev.evidence.push(...c.evidence);
    prev.durationDays ??= c.durationDays;
    return true;
  }
  return false;
}

/**
 * A definite mention ("the truce", "the Black Sea agreement") of a binding commitment this article reported
 * earlier: adds its conditions to that one instead of making a new record. False when there is none.
 */
function attachBackReference(out: CommitmentRecord[], c: CommitmentRecord, modifier: string | null = null): boolean {
  const binding = (k: string) => k === 'pledge' || k === 'ceasefire' || k === 'agreement';
  const named = c.objects ?? [];
  const stem = modifier?.toLowerCase().slice(0, 5) ?? null;
  // "the drone deal" is not an earlier deal on messaging services
  const about = (p: CommitmentRecord) => !stem || [p.scope ?? '', ...(p.objects ?? [])].join(' ').toLowerCase().split(/[^a-z0-9]+/).some((w) => w.startsWith(stem));
  const earlier = [...out].reverse().find((p) => !TURN_PHASES.has(p.phase ?? '') && binding(p.kind)
    && (p.kind === c.kind || (named.length > 0 && (p.objects ?? []).some((o) => named.includes(o)))) && about(p));
  if (!earlier) return false;
  for (const k of c.conditions) if (!earlier.conditions.includes(k)) earlier.conditions.push(k);
  if (c.inForceOnlyIf?.length) {
    earlier.inForceOnlyIf = [...new Set([...(earlier.inForceOnlyIf ?? []), ...c.inForceOnlyIf])];
    if (earlier.status === 'active') earlier.status = 'announced';
  }
  earlier.evidence.push(...c.evidence);
  return true;
}

/** The action whose words come first in a content phrase ("withdraw troops and cease hostilities" -> RETREAT); rule order breaks ties. */
function earliestAction(basis: string): string | null {
  let best: { action: string; at: number } | null = null;
  for (const a of ACTIONS) {
    const m = a.pattern.exec(basis);
    if (m && (!best || m.index < best.at)) best = { action: a.action, at: m.index };
  }
  return best?.action ?? null;
}

/** The text with the spans blanked (offsets kept). */
function blank(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const sp of [...spans].sort((a, b) => a.start - b.start)) out = out.slice(0, sp.start) + ' '.repeat(sp.end - sp.start) + out.slice(sp.end);
  return out;
}

/** Whether a scope phrase is nothing but the sentence's time expressions ("Saturday", "Saturday afternoon until midnight on Sunday"). */
export function timeOnly(scope: string, times: readonly string[]): boolean {
  let rest = ` ${scope.toLowerCase()} `;
  // a time mention may open with its preposition ("on Saturday") where the scope has none
  const bare = times.flatMap((t) => [t.toLowerCase(), t.toLowerCase().replace(/^(?:on|from|until|till|by|for|in|at|starting|beginning)\s+/, '')]);
  if (bare.some((t) => t.includes(scope.toLowerCase().trim()))) return true;
  for (const t of bare.sort((a, b) => b.length - a.length)) if (t.trim()) rest = rest.split(t).join(' ');
  return !/[a-z0-9]/.test(rest.replace(/\b(?:the|a|an|on|from|until|till|to|by|for|in|at|of|and|this|next|coming|starting|beginning|afternoon|morning|evening|night|midnight|noon|weekend|local time|time)\b/g, ' '));
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The PLOVER action of the events layer for a content the lexicon cannot name: the embedded action of the event
 * coded on the trigger ("vowed to capture" -> ASSAULT), else an event inside the content phrase, else the
 * trigger's own event when it is no frame ("pledged unwavering support" -> SUPPORT).
 */
function actionFromEvents(s: SentenceView, trig: Span, content: Content): { type: string; refrain: boolean; inside?: Span } | null {
  const onTrigger = s.events.filter((e) => overlaps(e.evidence.trigger, trig) && !e.negated);
  const framed = onTrigger.find((e) => e.action && e.action.type !== 'CONSULT')?.action;
  if (framed) return { type: framed.type, refrain: framed.refrain };
  // (a meeting coded inside a content is no commitment to talks: "vowed to host Eurovision"; talks are named in words)
  const inside = s.events.find((e) => content.end > content.start && e.evidence.trigger.start >= content.start && e.evidence.trigger.start < content.end && !overlaps(e.evidence.trigger, trig) && !e.negated && !FRAME_TYPES.has(e.type) && e.type !== 'CONSULT');
  if (inside) return { type: inside.action?.type ?? inside.type, refrain: inside.action?.refrain ?? false, inside: inside.evidence.trigger };
  // (signing or intending, CAMEO 057 and 03x, is the commitment's own frame, not its act)
  const own = onTrigger.find((e) => !FRAME_TYPES.has(e.type) && e.type !== 'CONSULT' && !/^(?:057|03)/.test(e.cameo));
  return own ? { type: own.type, refrain: false } : null;
}

/**
 * "promised that Germany would spend 2% of its GDP on defence": a that-clause with a future modal whose verb acts on an
 * object is an act promised, though no PLOVER type names it (not "will not buckle", "was taking all measures").
 */
function futureActOnObject(tree: TreeReading | null, text: string): boolean {
  if (!tree?.scope || tree.content.end <= tree.content.start) return false;
  return /^(?:that\s+)?(?:[\w'’.-]+\s+){1,4}?(?:will|would|shall)\s+(?:not\s+|never\s+)?(?:[a-z]+ly\s+)?(?!not\b|never\b)[a-z]+\s+\S/i.test(text.slice(tree.content.start, tree.content.end));
}

/**
 * "vowed that Moscow was taking all measures", "vowed that Britain will not buckle": a pledge word before a
 * that-clause whose content names no action (the lexicon and the events layer found none) is a statement of
 * fact or resolve, not a commitment to act.
 */
function pledgesFact(trigger: Trigger, after: string): boolean {
  // "vowed that …", "promised Kyiv that …", "promised her counterpart, Aleksey Reznikov, that …"
  return trigger.kind === 'pledge' && /^\s*(?:(?:[\w'’-]+\s+){0,3}|[^.;,]{0,40},[^.;,]{0,40},\s*)that\b/i.test(after);
}

/**
 * "the UK will send", "Biden announced that the US would supply", "Berlin said it will provide": a future delivery
 * is a pledge only when its party is the clause's subject, right before the modal or the speaker of "said it".
 */
function deliveryBySubject(s: SentenceView, text: string, trig: Span, by: readonly ActorRef[]): boolean {
  const codes = new Set(by.map((b) => b.code));
  return s.actors.some((a) => codes.has(a.code) && a.end <= trig.start
    && (/^\s*(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:(?:said|says|announced|announces|confirmed|confirms|stated|declared|promised)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they|he|she|the\s+\w+)\s+)?$/i.test(text.slice(a.end, trig.start))
      // "Zelensky said: 'We will not negotiate …'": the speaker's first person inside the quote
      || /^\s*(?:said|says|told\s+[\w\s]{1,30}?|added|declared|stated|wrote|tweeted)\s*[:,]?\s*[“"‘']\s*(?:we|I)\s+$/i.test(text.slice(a.end, trig.start))))
;
}

/** Whether text before a trigger names a year before the publication year ("In 2014, …", "a 1962 agreement"). */
function pastYearBefore(lead: string, published: string | null): boolean {
  const year = published ? Number(published.slice(0, 4)) : NaN;
  if (!Number.isFinite(year)) return false;
  for (const m of lead.matchAll(YEAR)) {
    // "a 25-year sentence" or "$2022" are no years; "since 2014" says it still holds
    if (/[-$€£\d.,]$/.test(lead.slice(0, m.index)) || /^[-\d]/.test(lead.slice(m.index! + 4))) continue;
    if (/\bsince\s+(?:\w+\s+)?$/i.test(lead.slice(Math.max(0, m.index! - 16), m.index))) continue;
    if (Number(m[1]) < year) return true;
  }
  return false;
}

/** "… in April 2010", "… in 2014": a past year dating the clause right after a trigger (before any clause break). */
function pastYearAfter(after: string, published: string | null): boolean {
  const year = published ? Number(published.slice(0, 4)) : NaN;
  const clause = after.split(/[;:(]|,\s*(?:and|but|while|which|who|when|as)\b|\b(?:but|while|after|before|since|until|because)\b/i)[0]!;
  const m = /\bin\s+(?:(?:early|late|mid-?|the\s+(?:spring|summer|autumn|fall|winter)\s+of)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(1[89]\d\d|20\d\d)\b(?!\s*[-–])/.exec(clause);
  return !!m && Number.isFinite(year) && Number(m[1]) < year;
}

/** "by Russia, Ukraine, Turkey and the UN": the actor and those coordinated after it. */
function coordinatedFrom(actors: readonly ActorMention[], text: string, first: ActorMention): ActorMention[] {
  const out = [first];
  for (let i = actors.indexOf(first) + 1; i < actors.length; i++) {
    if (!/^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/i.test(text.slice(out[out.length - 1]!.end, actors[i]!.start))) break;
    out.push(actors[i]!);
  }
  return listClosed(out, text) ? out : [first];
}

/**
 * The condition `words` is the pledge's own, one that makes it an offer (`after`: the text after the trigger): no other
 * commitment word and no other clause ("amid concerns that aid could decline if …") stands between them, and it is
 * no term of the pledge ("not to negotiate as long as Putin remains in power" is a refusal for that long, not an offer).
 */
export function ownCondition(after: string, words: string): boolean {
  const at = after.indexOf(words);
  if (at < 0) return true;
  const between = after.slice(0, at);
  return !/\b(?:promis|pledg|vow|threat|warn|guarantee|commit)\w*/i.test(between) && !OTHER_CLAUSE.test(between) && !/\bas long as\s*$/i.test(between);
}

/** Between a pledge and a condition: another clause opens, which the condition belongs to. */
const OTHER_CLAUSE = /\b(?:amid|while|whereas|although|though|because|since|but|after|before|when|whether)\b|\b(?:concerns?|fears?|worries|warnings?|hopes?|expectations?)\s+(?:that|about)\b|[;:]/i;
