/**
 * Function-word cues for the coder (./data/cues.json): light verbs ("launched an attack"), reporting verbs
 * ("said"), modal and negation cues, subordinators and relative pronouns, news outlets. Loaded once as Sets.
 *
 *   cues().reporting.has('say') // true
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../../core/paths.js';

export interface Cues {
  light: ReadonlySet<string>;
  reporting: ReadonlySet<string>;
  future: ReadonlySet<string>;
  hypothetical: ReadonlySet<string>;
  negation: ReadonlySet<string>;
  subordinators: ReadonlySet<string>;
  relative: ReadonlySet<string>;
  be: ReadonlySet<string>;
  possessive: ReadonlySet<string>;
  media: ReadonlySet<string>;
  mediaSectors: ReadonlySet<string>;
  /** Nouns that are no trigger after "in" ("in order to", "in return for", "in response to"). */
  fixedAfterIn: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  possessivePronouns: ReadonlySet<string>;
  /** Prepositions that make a noun the topic of an earlier event ("talks on a troop pullback"). */
  topic: ReadonlySet<string>;
  /** Nouns for people and bodies that act ("officials", "rebels"): a subject we cannot code is still someone. */
  agentNouns: ReadonlySet<string>;
  /** Determiners that make an event noun name a kind, not an occasion ("any attack", "every strike"). */
  anyDeterminers: ReadonlySet<string>;
  /** Words whose infinitive is an occasion still to come ("is expected to meet", "is due to sign"). */
  scheduling: ReadonlySet<string>;
  /** Nouns a trigger word only modifies ("truce monitors", "aid convoy"): the trigger is no event there. */
  modifiedNouns: ReadonlySet<string>;
  /** Words that make "strike" a labour strike ("workers went on strike"), not an attack. */
  labour: ReadonlySet<string>;
  /** "after the invasion", "following the killing": a noun event there is background, not the news. */
  temporal: ReadonlySet<string>;
  /** "since the start of the invasion", "on the eve of the war": a phase of an event, which a temporal word dates too. */
  phase: ReadonlySet<string>;
  /** "hit", "damaged", "rocked": force words as often said of hardship (prices, shortages, floods) as of attacks. */
  hardshipVerbs: ReadonlySet<string>;
  /** "a cyclone hit Mozambique", "the pandemic hit the economy": nature, disease and the economy, which strike no one as a party does. */
  naturalForces: ReadonlySet<string>;
  /** "aid pledged by Japan", "strikes carried out by Russia": participles whose agent is the event noun's doer (not "rallies broken up by police"). */
  doingParticiples: ReadonlySet<string>;
  /** "north of Kyiv", "west of the river": compass words whose "of" phrase is a place. */
  bearings: ReadonlySet<string>;
  /** "speak", "talk": verbs of talking that consult only with a party to talk to (not "talking about", not "spoke to Reuters"). */
  talkVerbs: ReadonlySet<string>;
  /** "agency", "channel", "reporters": nouns naming the press, to whom talking is a statement, not a consultation. */
  pressNouns: ReadonlySet<string>;
  /** "likely", "possible": adjectives whose content clause is a forecast ("it is likely that X will attack"), no one's threat. */
  forecastAdjectives: ReadonlySet<string>;
  /** "back then", "at the time": phrases pointing back to a time the text has left, so their clause is history. */
  thenPhrases: readonly (readonly string[])[];
  /** "denied that …": the content clause is denied. */
  denying: ReadonlySet<string>;
  /** "confirm", "say", "verify": their content is asserted only when they are (not "did not confirm that …"). */
  confirming: ReadonlySet<string>;
  /** "declined to confirm", "refused to say", "stopped short of confirming": a withheld confirmation. */
  withholding: ReadonlySet<string>;
  /** Nouns naming a long-running situation ("the invasion", "the war against"): no event unless a light verb governs them. */
  backgroundNouns: ReadonlySet<string>;
  /** Nouns characterising speech ("Russian propaganda"): no event alone, unless a light verb governs them. */
  characterNouns: ReadonlySet<string>;
  /** Verbs that before another verb only enable it ("helped Kyiv repair the grid", "help to broker a deal"). */
  enablingVerbs: ReadonlySet<string>;
  /** Verbs of striving: before "to" + verb ("fighting to bring him home") they name an effort, not combat. */
  strivingVerbs: ReadonlySet<string>;
  /** Words that break a gapped pattern ("ease the impact of sanctions" is no easing of sanctions). */
  gapBlockers: ReadonlySet<string>;
  /** Nouns that make the word before them a modifier ("food security", "aid worker"), ending a gapped pattern. */
  compoundHeads: ReadonlySet<string>;
  /** Objects that make a trigger verb no event: "released a statement", "launched a website". */
  notEventObjects: ReadonlyMap<string, ReadonlySet<string>>;
  /** Nouns taking a to-infinitive ("attempts to capture"): "N to V" after them is no headline future. */
  infinitiveNouns: ReadonlySet<string>;
  /** Nouns of trying ("attempts to capture X"): their owner is the actor of the infinitive. */
  attemptNouns: ReadonlySet<string>;
  /** Verbs of belief, fear and forecast (\"analysts think Russia will attack\"): their content clause is not asserted. */
  belief: ReadonlySet<string>;
  /** Verbs of suffering a consequence (\"would pay a heavy price\", \"will face consequences\"): a warning of them threatens. */
  suffering: ReadonlySet<string>;
  /** Verbs of admitting (\"conceded that the town was lost\"): with a content clause they report, no event of their own. */
  admitting: ReadonlySet<string>;
  /** Verbs of asking (\"urged Kyiv to negotiate\"): the act in their complement is asked for, not done. */
  appealVerbs: ReadonlySet<string>;
  /** Verbs of trying (\"sought to retake\"): with a to-infinitive the attempted act is the event. */
  attemptVerbs: ReadonlySet<string>;
  /** Nouns that hold a number of events ("a package of aid", "a new round of sanctions", "the ninth sanctions package"). */
  containers: ReadonlySet<string>;
  /** Words that count or gather what their "of" phrase names ("thousands of troops", "members of the party"). */
  counting: ReadonlySet<string>;
  /** Words that after "only" open a condition ("only after all troops withdrew", "only if"). */
  onlyConditions: ReadonlySet<string>;
  /** Multi-word openers of a condition ("provided that", "on condition that"), as word lists. */
  conditionPhrases: readonly (readonly string[])[];
  /** The last words of `conditionPhrases`, so most tokens cost one lookup. */
  conditionEnds: ReadonlySet<string>;
  /** Nouns of words: "hit back at the claims", "fired back at his remarks" strike at words, not at people. */
  wordNouns: ReadonlySet<string>;
  /** Verbs of wishing: their infinitive ("wants to join", "hoping to retake") names no event that happened. */
  desire: ReadonlySet<string>;
  /** Verbs of keeping something from happening: their object or complement ("to avoid sanctions", "prevented it from attacking") did not happen. */
  avoidance: ReadonlySet<string>;
  /** Verbs whose object is someone else's act ("condemned their attacks", "repelled its offensive"): its possessive is not the subject. */
  judging: ReadonlySet<string>;
  /** "failed to seize", "a failed attempt to seize": the attempted act did not happen. */
  failing: ReadonlySet<string>;
  /** Words whose "of"/"for"/"that" complement is someone's allegation ("accused Ukraine of shelling"). */
  alleging: ReadonlySet<string>;
  /** Verbs that also name a lasting state ("occupied since 2014", "was occupied for 132 years"): background then. */
  stateVerbs: ReadonlySet<string>;
  /** "clashes erupted between …", "the swap took place in …": verbs (lemma, or lemma + particle/object) saying their subject event happened. */
  occurrence: ReadonlySet<string>;
  /** "Israel is opposed to", "forces engaged in": a participle and its preposition whose subject acts (lemma + preposition). */
  stative: ReadonlySet<string>;
  /** What one can decline or veto: "declined the invitation", "vetoed the resolution". */
  proposals: ReadonlySet<string>;
  /** "described the strike as barbarism", "branded them terrorists": verbs that give their object a name. */
  characterising: ReadonlySet<string>;
  /** Names that accuse whom they are given to ("barbarism", "a war crime", "illegal"). */
  pejoratives: ReadonlySet<string>;
  /** "Russia possibly attacked": adverbs that make the clause a guess. */
  modalAdverbs: ReadonlySet<string>;
  /** "prepared new sanctions", "is considering an offensive": verbs whose event-noun object has not happened yet. */
  planning: ReadonlySet<string>;
  /** Adjectives whose infinitive is not done: "difficult to accuse", "ready to strike". */
  irrealis: ReadonlySet<string>;
  /** Nouns of a plan, whose infinitive is planned (future), not merely possible: "the goal is to", "plans to". */
  planNouns: ReadonlySet<string>;
  /** Words before the party that acts with the doer, not on the receiving end ("fought alongside Ukrainian troops"). */
  companions: ReadonlySet<string>;
  /** "an attack blamed on Ukraine": a participle (lemma) and the preposition naming who is held to have done it. */
  blame: ReadonlyMap<string, string>;
}

let cached: Cues | null = null;

export function cues(): Cues {
  if (cached) return cached;
  const { notEventObjects: objects, conditionPhrases, ...d } = JSON.parse(readFileSync(packagePath('src', 'pipeline', 'events', 'data', 'cues.json'), 'utf8')) as
    Record<string, string[]> & { notEventObjects: Record<string, string[]>; conditionPhrases?: string[][] };
  const set = (k: string) => new Set(d[k] ?? []);
  cached = {
    light: set('lightVerbs'), reporting: set('reportingVerbs'), future: set('futureCues'), hypothetical: set('hypotheticalCues'),
    negation: set('negationCues'), subordinators: set('subordinators'), relative: set('relativePronouns'), be: set('beForms'),
    possessive: set('possessiveMarkers'), media: set('mediaWords'), mediaSectors: set('mediaSectors'),
    fixedAfterIn: set('fixedAfterIn'), pronouns: set('pronouns'),
    possessivePronouns: set('possessivePronouns'), topic: set('topicPrepositions'), agentNouns: set('agentNouns'), anyDeterminers: set('anyDeterminers'), scheduling: set('schedulingWords'),
    modifiedNouns: set('modifiedNouns'), labour: set('labourNouns'), temporal: set('temporalPrepositions'), phase: set('phaseNouns'), hardshipVerbs: set('hardshipVerbs'), naturalForces: set('naturalForces'), denying: set('denyingVerbs'), thenPhrases: [...set('thenPhrases')].map((p) => p.split(' ')), forecastAdjectives: set('forecastAdjectives'), talkVerbs: set('talkVerbs'), pressNouns: set('pressNouns'), bearings: set('bearingWords'), doingParticiples: set('doingParticiples'), confirming: set('confirmingVerbs'), withholding: set('withholdingVerbs'),
    backgroundNouns: set('backgroundNouns'), characterNouns: set('characterNouns'), enablingVerbs: set('enablingVerbs'),
    strivingVerbs: set('strivingVerbs'), gapBlockers: set('gapBlockers'), compoundHeads: set('compoundHeads'),
    infinitiveNouns: set('infinitiveNouns'), onlyConditions: set('onlyConditions'), conditionPhrases: conditionPhrases ?? [],
    conditionEnds: new Set((conditionPhrases ?? []).map((p) => p[p.length - 1]!)),
    alleging: set('allegingWords'), desire: set('desireVerbs'), wordNouns: set('wordNouns'), avoidance: set('avoidanceVerbs'), judging: set('judgingVerbs'), failing: set('failingWords'), attemptNouns: set('attemptNouns'), counting: set('countingWords'), containers: set('containerNouns'), attemptVerbs: set('attemptVerbs'), appealVerbs: set('appealVerbs'), admitting: set('admittingVerbs'), suffering: set('sufferingVerbs'), belief: set('beliefVerbs'), stateVerbs: set('stateVerbs'),
    occurrence: set('occurrenceVerbs'), stative: set('stativeParticiples'), proposals: set('proposalNouns'), characterising: set('characterisingVerbs'), pejoratives: set('pejoratives'), modalAdverbs: set('modalAdverbs'), planning: set('planningVerbs'), irrealis: set('irrealisAdjectives'), planNouns: set('planNouns'), companions: set('companionWords'), blame: new Map((d.blameFrames ?? []).map((f) => f.split(' ') as [string, string])),
    notEventObjects: new Map(Object.entries(objects).map(([k, v]) => [k, new Set(v)])),
  };
  return cached;
}
