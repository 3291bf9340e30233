/**
 * A commitment's roles read from the dependency tree of its trigger (the `deps` layer of our parser): who commits
 * (the subject and its conjuncts, a possessor or "by X" of a noun, the subject of the verb that reached a deal,
 * "a deal with X" and "between X and Y" as further parties), whom it is made to (the object of "urged",
 * "warned", "called on"; the subject of a demanded that-clause), the content (the infinitive, that-clause,
 * "for/against/to" phrase or object the trigger governs) with its action, polarity, scope and the parties it
 * concerns, and what makes it no more than an offer (a condition on the trigger, "would agree", "ready to").
 *
 *   readTree(doc, sentence, actors, trigger)
 *   // "Western leaders have vowed to never recognize any kind of annexation in Ukraine." ->
 *   // { by: [Western leaders], to: [], action: 'SUPPORT', refrain: true, scope: 'any kind of annexation in Ukraine', conditional: false, … }
 *
 * The act is read by where its words stand in the content, most certain first: the head word with its modifiers
 * (lexicon.ts ACTIONS: "military aid"), a judging verb's own CAMEO sense ("condemn the invasion" is ACCUSE, not the
 * assault its object names), the head's arguments (object, argument phrases; never an adjunct or a clause: "pay
 * reparations for the war" is no assault), then the head verb's CAMEO sense for the content types (frames.json);
 * detect.ts adds the events layer's act and, last, cooperation for an agreement of two parties. Those fallbacks read no
 * word of an adjunct of the content or the trigger (`adjuncts`: a purpose, relative or adverbial clause, a participle on a
 * noun, a phrase of topic, cause or time). The argument frame names the act where no word does: a verb of giving with a
 * thing and a recipient (aid), a verb of meeting with a party as its object (talks), a stop verb whose object is a thing
 * (its own act: "freeze the assets"), the first "and"-conjunct that names an act, a phrasal verb with its particle.
 *
 * Null when the sentence has no parse or the trigger is no token of it. Lexicons: data/frames.json, lexicon.ts
 * ACTIONS, and the CAMEO verb dictionary of the events layer (PETRARCH2, MIT) for the content verb.
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../../core/paths.js';
import type { ActorMention, Document, Span } from '../../core/types.js';
import { ploverOf } from '../../ontology/index.js';
import { actorNodes, mentionOfNode } from '../events/args.js';
import { sentenceView, tokenAtOffset, type MentionRef, type SentenceView as EventView } from '../events/sentence.js';
import { caseOf, childRel, conjuncts, headOf, isVerbal, kidsOf, markOf, relOf, sentenceTree, spanHead, type Tree } from '../events/tree.js';
import { inflections } from '../events/inflect.js';
import { matchVerbPattern, verbPatterns } from '../events/verbs.js';
import { namesPair } from '../actors/antecedent.js';
import { ACTIONS, FRAME_TYPES, SWAP_OF_PEOPLE } from './lexicon.js';

interface Frames {
  enabling: string[]; stop: string[]; readiness: string[]; addressing: string[]; conditionMarks: string[]; proposalModals: string[]; lightVerbs: string[]; contentTypes: string[];
  containers: string[]; committing: string[]; aspectual: string[]; selfMotion: string[]; addressedBy: string[]; ofContent: string[]; receiving: string[]; agentNouns: string[];
  thingSubjects: string[]; endangered: string[]; embedded: string[]; reactive: string[]; withContent: string[]; othersIfPlural: string[]; relational: string[];
  ownPublic: string[]; supportNouns: string[]; dangerVerbs: string[]; ownInstitutions: string[];
  giving: string[]; givingNouns: string[]; deployed: string[]; envoys: string[]; speech: string[];
}
let frames: { [K in keyof Frames]: Set<string> } | null = null;
function lex() {
  if (frames) return frames;
  const f = JSON.parse(readFileSync(packagePath('src', 'pipeline', 'commitments', 'data', 'frames.json'), 'utf8')) as Frames;
  frames = Object.fromEntries(Object.entries(f).filter(([k]) => !k.startsWith('_')).map(([k, v]) => [k, new Set(v as string[])])) as { [K in keyof Frames]: Set<string> };
  return frames;
}

/** A word list of data/frames.json, for the readings over words in detect.ts. */
export function frameWords(key: keyof Frames): ReadonlySet<string> {
  return lex()[key];
}

export interface TreeReading {
  /** The committing parties the tree names (empty when it names none). */
  by: ActorMention[];
  /**
   * The adjuncts of the content and of the trigger (purpose, relative and adverbial clauses, participles on a noun, phrases
   * of cause, time, manner or place), as spans: no word there names the act ("requested access to the prison to determine …
   * the attack", "wipe out any nation supporting Ukraine").
   */
  adjuncts?: Span[];
  /** The act is read from a frame of giving ("send tanks to Ukraine"), to these parties (see givingAct). */
  given?: ActorMention[];
  /** Whom it is made to, asked of or threatens (addressees first, then the parties its content acts on). */
  to: ActorMention[];
  action: string | null;
  refrain: boolean;
  /** The content's object phrase, in the article's words. */
  scope: string | null;
  /** Where the content starts and ends (offsets), equal when there is none. */
  content: Span;
  /** A condition hangs on the trigger or its content ("if it accepts", "provided …"). */
  conditional: boolean;
  /** The condition's words, when one hangs on the trigger or its content. */
  condition: string | null;
  /** An offer, not a commitment made: "would agree", "ready to talk". */
  offer: boolean;
  /** The trigger or its content is negated ("did not agree"). */
  negated: boolean;
  /** The content's verb, in its sense here, names no act on another party ("urged civilians to evacuate"): no action, whatever other readings say. */
  actless: boolean;
  /** The committing subject is a personal pronoun ("he urged …"): its lower-case form; 'both' for "the two countries", "both sides"; 'we' for a first person; else null. */
  pronoun: string | null;
  /**
   * With a personal-pronoun subject: the parties who say the clause it stands in ("Austin told CNN he has spoken to Shoigu
   * and warned him …": Austin), read from the subject of the verb of saying that governs that clause; absent when none does.
   */
  pronounSpeaker?: ActorMention[];
  /** The addressee is a personal pronoun ("calling on him to restart talks"): 'he' or 'she', and where it stands. */
  addresseePronoun?: { pronoun: 'he' | 'she'; at: number };
  /** The verb addresses someone no code names ("called on the international community to …"): a demand's addressee is unknown, never a party its act is done to. */
  addresseeUncoded?: boolean;
  /** With an uncoded addressee: the parties of the trigger verb's own frame phrases ("urged lawmakers …" in "an address to Congress"). */
  framed?: ActorMention[];
  /** The verb has a subject that names no party we can code ("CIA Director Bill Burns" unknown to the actors layer): no other party stands in for it. */
  unknownSubject?: boolean;
  /** The trigger describes a class of people ("teachers who agreed to …", "anyone who pledged …"), not a party's commitment. */
  generic: boolean;
  /**
   * The verb's subject is an event or a thing ("the war threatens to unleash hunger"), or a verb of threatening puts its
   * object at risk ("threatening global food security"): no party commits to anything.
   */
  endangers?: boolean;
  /** The trigger is one word the parse reads as a verb (the tagger may call a participle "warning" a noun). */
  verb?: boolean;
  /** Parties a deal is made with ("sealed a deal with South Korea", "a truce with Hamas"); also in `to`. */
  partners: ActorMention[];
  /**
   * The parties the trigger verb itself addresses (the object of "urged", "asked", "called on", "warned"), without
   * the parties its content acts on: "asked Ukraine's government to investigate Joe Biden" addresses UKR only.
   * A generic addressee with no country ("urged citizens to …", "told officials to …") takes the speaker's.
   */
  addressees: ActorMention[];
}

interface Ctx { doc: Document; t: Tree; v: EventView }

const PERSONAL = new Set(['he', 'she']);
const FIRST_PERSON = new Set(['we', 'i']);
/** "the two countries", "both sides", "the countries": a pair named before (see antecedent.ts). */
function pairNoun(c: Ctx, n: number): boolean {
  // "the two agreed", "both agreed", "both sides agreed": the pair named before
  return namesPair(c.t.tokens[n]!, [...kidsOf(c.t, n)].map((x) => c.t.tokens[x]!.norm));
}
const NEG = new Set(['not', "n't", 'never', 'no']);
/** Heads of time phrases ("on Friday", "for 30 days", "on 5 March"): a window, never a content. */
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|yesterday|weekend|morning|afternoon|evening|night|day|days|week|weeks|month|months|year|years|hour|hours|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,4}(?:st|nd|rd|th)?)$/;
/** Words that open a finite clause and that a parse may read as prepositions ("after the US warned …"). */
const SUBORDINATORS = new Set(['after', 'before', 'as', 'while', 'since', 'until', 'when', 'because', 'once']);
const ARTICLES = new Set(['the', 'a', 'an']);
const CONTENT_PREPS = new Set(['for', 'against', 'to', 'on', 'upon']);
/** Prepositions whose actor a content acts on ("sanctions on Russia", "aid to Ukraine", "defence of Lithuania", "talks between Kyiv and Moscow"). */
const AFFECTED_PREPS = new Set(['on', 'upon', 'to', 'against', 'for', 'of', 'with', 'into', 'toward', 'towards', 'between', 'among']);
const NOMINAL_CONTENT = new Set(['NOUN', 'PROPN']);
/** Nouns of a signed commitment whose act is told by an infinitive ("a deal to buy gas"). */
const DEAL_NOUNS = new Set(['deal', 'agreement', 'accord', 'contract', 'memorandum', 'pact', 'treaty', 'ceasefire', 'truce', 'armistice']);

/** The tree reading of the trigger at `trig` in sentence `span`, or null without a parse. */
export function readTree(doc: Document, span: Span, actors: readonly ActorMention[], trig: Span): TreeReading | null {
  const tokens = doc.layers.tokens;
  const deps = doc.layers.deps;
  if (!tokens?.length || !deps) return null;
  const t0 = tokenAtOffset(tokens, 0, tokens.length, span.start);
  let t1 = t0;
  while (t1 < tokens.length && tokens[t1]!.start < span.end) t1++;
  const t = sentenceTree(deps, tokens, t0, t1);
  if (!t || t1 <= t0) return null;
  const first = tokenAtOffset(tokens, t0, t1, trig.start);
  let last = first;
  while (last + 1 < t1 && tokens[last + 1]!.start < trig.end) last++;
  if (first >= t1 || tokens[first]!.start >= trig.end) return null;
  const v = sentenceView(tokens, t0, t1, actors.filter((a) => a.start >= span.start && a.end <= span.end), new Set());
  v.tree = t;
  const ctx: Ctx = { doc, t, v };
  // "agreed to", "called on", "threats of": the word of the span the others hang on, a verb before a noun
  let k = spanHead(t, first, last);
  for (let i = first; i <= last; i++) if (isVerbal(t, i) && !isVerbal(t, k)) { k = i; break; }
  // "is willing to", "stands ready to": the adjective takes the infinitive, not the copula
  for (let i = first; i <= last; i++) if (lex().readiness.has(t.tokens[i]!.lemma)) { k = i; break; }
  // "is committed to", "are ready to": an adjectival predicate reads like a verb
  // "will never recognise the annexation", "would supply tanks": a trigger spanning a modal and the act's own verb is
  // its content, not the verb's object
  // ("must stop buying Russian gas", "should withdraw": a modal of obligation with its verb, likewise)
  const modal = ['will', 'would', 'wo', 'shall', 'could', 'must', 'should', 'need', 'needs', 'has', 'have', 'ought'].includes(tokens[first]!.norm) && first < last;
  const reading = NOMINAL_CONTENT.has(upos(ctx, k)) ? readNoun(ctx, k) : readVerb(ctx, k, modal, last);
  if (first === last && isVerbal(t, k)) reading.verb = true;
  return reading;
}

/** A verb's lemma; a verb the lemmatiser left as a gerund noun ("warning" in "…, warning the West against …") is its verb. */
/**
 * Whether a word of `lemmas` governs the trigger at `trig` in the parse (is the trigger or one of its heads): null
 * without a parse.
 */
export function governedBy(doc: Document, span: Span, trig: Span, lemmas: ReadonlySet<string>): boolean | null {
  const tokens = doc.layers.tokens;
  if (!tokens?.length || !doc.layers.deps) return null;
  const t0 = tokenAtOffset(tokens, 0, tokens.length, span.start);
  let t1 = t0;
  while (t1 < tokens.length && tokens[t1]!.start < span.end) t1++;
  const t = sentenceTree(doc.layers.deps, tokens, t0, t1);
  const k = t ? tokenAtOffset(tokens, t0, t1, trig.start) : -1;
  if (!t || k < t0 || k >= t1) return null;
  for (let x = k, guard = 0; x >= 0 && guard < 40; x = headOf(t, x), guard++) if (lemmas.has(tokens[x]!.lemma) || lemmas.has(gerundBase(tokens[x]!.lemma) ?? '')) return true;
  return false;
}

const lemma = (c: Ctx, k: number) => {
  const l = c.t.tokens[k]!.lemma;
  return l.endsWith('ing') && isVerbal(c.t, k) ? gerundBase(l) ?? l : l;
};

/** The base of a gerund when it is a verb of the CAMEO dictionary ("warning" -> warn, "urging" -> urge, "stopping" -> stop). */
function gerundBase(w: string): string | null {
  if (w.length < 6) return null;
  const stem = w.slice(0, -3);
  const bases = [stem, `${stem}e`, stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : ''].filter((b) => b.length >= 2);
  return bases.find((b) => inflections(b).includes(w) && verbPatterns(b).length > 0) ?? null;
}
const upos = (c: Ctx, k: number) => c.t.upos[k - c.t.start]!;

/**
 * An infinitive clause marked by "to" on `x` ("urged Russia to halt", "a deal to buy gas"): its head is a verb, or a
 * predicate with its copula ("to be neutral"). A noun the parse marked with "to" is a phrase, not an act: "full support
 * to war-torn Ukraine" is no infinitive "to war".
 */
function infinitive(c: Ctx, x: number, rels: readonly string[] = ['acl', 'advcl', 'xcomp']): boolean {
  const t = c.t;
  return rels.includes(relOf(t, x)) && markOf(t, x) === 'to' && (isVerbal(t, x) || [...kidsOf(t, x)].some((y) => relOf(t, y) === 'cop')) && !hyphenated(c, x);
}

/** A word joined by a hyphen to the next ("war" in "war-ravaged"): the first part of a compound modifier, never a verb of its own. */
function hyphenated(c: Ctx, x: number): boolean {
  const a = c.t.tokens[x]!;
  const h = c.t.tokens[x + 1];
  return x + 1 < c.t.end && h!.norm === '-' && h!.start === a.end && c.t.tokens[x + 2]?.start === h!.end;
}

function mentionsUnder(c: Ctx, k: number, inside = true): ActorMention[] {
  const out: ActorMention[] = [];
  for (const x of conjuncts(c.t, k)) {
    const own = mentionOfNode(c.v, c.t, x);
    // "Ukrainian and Russian delegations": coordinated adjectives name a party each
    for (const y of kidsOf(c.t, x)) if (relOf(c.t, y) === 'amod' && [...kidsOf(c.t, y)].some((z) => relOf(c.t, z) === 'conj')) for (const z of conjuncts(c.t, y)) { const m = mentionOfNode(c.v, c.t, z); if (m) push(out, m); }
    if (own) { push(out, own); continue; }
    // "Ukraine and its backers in the US and the EU": the parties named inside a committing noun phrase (a content's
    // "in X" is where its act is: "any kind of annexation in Ukraine" bears on no party there)
    if (!inside) continue;
    for (const y of kidsOf(c.t, x)) if (relOf(c.t, y) === 'nmod' && caseOf(c.t, y) === 'in') for (const z of conjuncts(c.t, y)) { const m = mentionOfNode(c.v, c.t, z); if (m) push(out, m); }
  }
  return out;
}

/** A node naming a party (not a generic actor such as "tanks" or "civilians", coded '---'). */
function isParty(c: Ctx, k: number): boolean {
  const m = mentionOfNode(c.v, c.t, k);
  return !!m && m.m.code !== '---';
}

function push(out: ActorMention[], m: MentionRef): void {
  if (!out.includes(m.m) && m.m.code !== '---') out.push(m.m);
}

/** A negation on `k` ("did not agree"); `after` also counts one after it ("vowed never to …" negates the content). */
function negated(c: Ctx, k: number, after = false): boolean {
  return [...kidsOf(c.t, k)].some((x) => (after || x < k) && (relOf(c.t, x) === 'advmod' || relOf(c.t, x) === 'det' || relOf(c.t, x) === 'neg') && NEG.has(c.t.tokens[x]!.norm));
}

/** The condition clause on `k` ("if it accepts …"), as its words. */
function conditionOn(c: Ctx, k: number): string | null {
  for (const x of kidsOf(c.t, k)) {
    if (relOf(c.t, x) !== 'advcl') continue;
    const mark = markOf(c.t, x);
    // (with no mark the parse may have hung the subordinator elsewhere: "once martial law is lifted", "once" an amod of "law")
    if (lex().conditionMarks.has(mark) || (mark === '' && (lex().conditionMarks.has(c.t.tokens[x - 1]?.norm ?? '') || (range(c, x).first < x && lex().conditionMarks.has(c.t.tokens[range(c, x).first]!.norm))))) return textOf(c, x, true).replace(/^(?:once|if|unless|provided|providing|assuming|whether)\s+/i, '');
  }
  return null;
}

function textOf(c: Ctx, k: number, dropMark = false): string {
  const { first, last } = range(c, k);
  let f = first;
  while (dropMark && f < last && (['mark', 'case'].includes(relOf(c.t, f)) || ARTICLES.has(c.t.tokens[f]!.norm) || c.t.tokens[f]!.norm === 'to')) f++;
  return c.doc.text.slice(c.t.tokens[f]!.start, c.t.tokens[last]!.end);
}

/** The token range of k's subtree inside its clause (conditions, relative and adverbial clauses left out). */
function range(c: Ctx, k: number): { first: number; last: number } {
  let first = k;
  let last = k;
  const todo = [k];
  while (todo.length) {
    const x = todo.pop()!;
    if (x < first) first = x;
    if (x > last) last = x;
    for (const y of kidsOf(c.t, x)) {
      const r = relOf(c.t, y);
      // "not to recognize their results and promising to …": a conjoined committing word is another commitment
      // ("bar Russians from receiving visas": a from-gerund is the barred act's argument, not an adverbial)
      if ((r === 'advcl' && markOf(c.t, y) !== 'from') || r === 'acl:relcl' || r === 'parataxis' || r === 'punct' || (r === 'conj' && (isVerbal(c.t, y) || lex().committing.has(c.t.tokens[y]!.lemma))) || (r === 'cc' && x === k)) continue;
      todo.push(y);
    }
  }
  while (last > first && relOf(c.t, last) === 'punct') last--;
  return { first, last };
}

/** `last`: the trigger's last token (a particle of the trigger that the parse took for a clause's mark opens its content). */
function readVerb(c: Ctx, k: number, selfContent = false, last = k): TreeReading {
  const t = c.t;
  const addresses = lex().addressing.has(lemma(c, k));
  // who: the subject (its conjuncts; "which" stands for the noun the clause modifies), a passive's agent
  let subjects = actorNodes(t, k);
  // "… after the United States warned it would …": a finite verb has its own subject; where the parse took it for the
  // object of a subordinator ("after", "as", "while" read as prepositions), the party right before the verb is it
  if (relOf(t, k) === 'advcl' && childRel(t, k, 'nsubj') < 0 && !markOf(t, k) && /ed$/.test(t.tokens[k]!.norm) && k - 1 >= t.start
    && (relOf(t, k - 1).startsWith('nmod') || relOf(t, k - 1).startsWith('obl')) && SUBORDINATORS.has(caseOf(t, k - 1)) && isParty(c, k - 1)) subjects = [k - 1];
  // "Burns met his counterpart to warn of consequences": a purpose or controlled infinitive's doer is its governing verb's subject
  const up = headOf(t, k);
  if (!subjects.length && up >= 0 && isVerbal(t, up) && (relOf(t, k) === 'advcl' || relOf(t, k) === 'xcomp') && markOf(t, k) === 'to') subjects = actorNodes(t, up);
  // "Medvedev claimed that the regime will present a threat, and called for …": a past-tense verb with no subject or
  // auxiliary of its own cannot share the modal or present tense of the verb in a complement clause that the parse
  // coordinated it with; it is coordinated with the verb governing that clause, and shares that verb's subject
  const matrix = matrixOfConjunct(c, k);
  if (matrix >= 0) subjects = actorNodes(t, matrix);
  // ("Ukraine's allies have pledged …", "Russia's neighbours agreed …": a noun of relation names others than its possessor;
  // the subject is a party no code names)
  // ("Putin's ally Alexander Lukashenko": a name beside the noun is the party)
  const relational = subjects.filter((n) => relOf(t, n).startsWith('nsubj') && NOMINAL_CONTENT.has(upos(c, n)) && lex().relational.has(lemma(c, n)) && c.v.mentionAt[n - c.v.start]! < 0
    && ![...kidsOf(t, n)].some((y) => ['appos', 'flat', 'flat:name', 'compound'].includes(relOf(t, y)) && y > n && c.v.mentionAt[y - c.v.start]! >= 0));
  const by = subjects.filter((n) => !relational.includes(n)).flatMap((n) => mentionsUnder(c, n));
  // ("we demand …", "I promise …": a first person, the speaker of the quote it stands in, 'we')
  const pronoun = !by.length ? subjects.map((n) => t.tokens[n]!.norm).find((w) => PERSONAL.has(w)) ?? (subjects.some((n) => pairNoun(c, n)) ? 'both' : subjects.some((n) => FIRST_PERSON.has(t.tokens[n]!.norm)) ? 'we' : null) : null;
  const to: ActorMention[] = [];
  const addressees: ActorMention[] = [];
  let content = -1;
  // "urged Russia to halt", "called on Moscow to …", "warned Kyiv against …", "promised Kyiv that …"
  let addresseePronoun: TreeReading['addresseePronoun'];
  let addresseeUncoded = false;
  for (const x of kidsOf(t, k)) {
    const r = relOf(t, x);
    // "calling on him to …", "urged her to …": a personal pronoun addressed, for the caller to resolve
    if (addresses && (r === 'obj' || r === 'iobj' || r === 'obl') && (t.tokens[x]!.norm === 'him' || t.tokens[x]!.norm === 'her') && upos(c, x) === 'PRON' && !addresseePronoun) addresseePronoun = { pronoun: t.tokens[x]!.norm === 'her' ? 'she' : 'he', at: t.tokens[x]!.start };
    if (r === 'obj' || r === 'iobj' || (r === 'obl' && lex().addressedBy.has(`${lemma(c, k)}:${caseOf(t, x)}`))) {
      const ms = mentionsUnder(c, x);
      // "urged citizens to …", "told officials to …": a generic addressee is of the speaker's country
      const generic = !ms.length && (addresses || r === 'iobj') && by.length ? genericAddressee(c, x, by[0]!) : null;
      if (generic) ms.push(generic);
      if (!ms.length && r === 'obl' && !pairNoun(c, x)) addresseeUncoded = true;
      if (ms.length && (addresses || r === 'iobj')) {
        to.push(...ms.filter((m) => !to.includes(m)));
        addressees.push(...ms.filter((m) => !addressees.includes(m)));
        // "urged Schengen countries to stop …": the parser may hang the infinitive on the addressee
        // ("asked Germany for tanks": or the for-phrase of what is asked)
        for (const y of kidsOf(t, x)) if (content < 0 && (infinitive(c, y, ['acl']) || (relOf(t, y) === 'nmod' && caseOf(t, y) === 'for' && c.v.mentionAt[y - c.v.start]! < 0))) content = y;
      } else if (r === 'obj' && content < 0 && !ms.length) {
        const inf = [...kidsOf(t, x)].find((y) => infinitive(c, y, ['acl'])) ?? -1;
        content = addresses && inf >= 0 ? inf : x;
        // ("called on the international community to condemn Ukraine": one addressed that no code names)
        if (addresses && (inf >= 0 || childRel(t, k, 'xcomp') >= 0)) addresseeUncoded = true;
        // "demanded guarantees from the West", "requested tanks from Germany": the parse may hang the party asked on
        // the thing asked for, under the preposition that addresses it after this verb
        for (const y of kidsOf(t, x)) {
          if (relOf(t, y) !== 'nmod' || !lex().addressedBy.has(`${lemma(c, k)}:${caseOf(t, y)}`)) continue;
          for (const m of mentionsUnder(c, y)) if (!addressees.includes(m)) { addressees.push(m); if (!to.includes(m)) to.push(m); }
        }
      }
    }
  }
  const xcomp = childRel(t, k, 'xcomp');
  const ccomp = childRel(t, k, 'ccomp');
  if (xcomp >= 0) content = xcomp;
  else if (ccomp >= 0) {
    content = ccomp;
    // "demanded that Moscow return the region": the demanded clause's subject is asked
    const subj = childRel(t, ccomp, 'nsubj');
    // ("Putin warned that Russia would …": the speaker's own country is no addressee)
    // ("he pledged that Russia will send …": the subject of a promised clause is the one who keeps the promise, not its addressee)
    if (subj >= 0 && addresses && !COMMISSIVE.has(lemma(c, k))) for (const m of mentionsUnder(c, subj)) if (!to.includes(m) && !by.some((b) => b.code === m.code)) { to.push(m); addressees.push(m); }
  } else if (content < 0 && lex().withContent.has(lemma(c, k)) && [...kidsOf(t, k)].some((x) => relOf(t, x) === 'obl' && caseOf(t, x) === 'with' && !isParty(c, x))) {
    // "threatened Putin with unprecedented sanctions", "threatened Taiwan with military action": what the verb holds out
    content = [...kidsOf(t, k)].find((x) => relOf(t, x) === 'obl' && caseOf(t, x) === 'with' && !isParty(c, x))!;
  } else if (content < 0) {
    // ("pledged on Friday to support Ukraine": a time is when, never what)
    // ("called on both sides to respect the truce": the phrase that addresses is no content)
    for (const x of kidsOf(t, k)) if (relOf(t, x) === 'obl' && CONTENT_PREPS.has(caseOf(t, x)) && !isParty(c, x) && !TIME_WORD.test(t.tokens[x]!.norm) && !lex().addressedBy.has(`${lemma(c, k)}:${caseOf(t, x)}`)) { content = x; break; }
  }
  // "called on Russia to end its war", "vowed never to recognise": the parser may take the infinitive for a purpose
  // clause; "warned Finland against joining NATO": a gerund clause after a content preposition
  // ("ruled out sending jets": the parse may take the trigger's particle for the mark of the clause it governs)
  if (content < 0) for (const x of kidsOf(t, k)) if (relOf(t, x) === 'advcl' && (infinitive(c, x, ['advcl']) || CONTENT_PREPS.has(markOf(t, x)) || CONTENT_PREPS.has(caseOf(t, x)) || [...kidsOf(t, x)].some((y) => relOf(t, y) === 'mark' && y > k && y <= last))) { content = x; break; }
  // "Kiev will not hesitate to attack Russian soil, Danilov threatened": a finite committing verb after the clause it
  // reports, which the parse hung on that clause, has that clause as its content (not a participle: "…, pledging $500m")
  const reported = up >= 0 && up < k && isVerbal(t, up) && (relOf(t, k) === 'advcl' || relOf(t, k) === 'parataxis') && !markOf(t, k) && !t.tokens[k]!.norm.endsWith('ing')
    && [...kidsOf(t, k)].some((x) => x < k && relOf(t, x) === 'punct');
  if (content < 0 && reported) content = up;
  // "gave Kyiv until Friday to accept the terms": the parse may hang the infinitive on the deadline
  if (content < 0) for (const x of kidsOf(t, k)) { const inf = relOf(t, x) === 'obl' ? [...kidsOf(t, x)].find((y) => infinitive(c, y, ['acl'])) : undefined; if (inf !== undefined) { content = inf; break; } }
  // "rocket systems pledged by the US", "the tanks promised by Berlin": a committing participle on a noun (no subject, no
  // auxiliary) has that noun as what it commits to, whichever head the parse gave it (right after the noun)
  // ("parts of the country threatened by Russian forces": a threatened noun is at risk, no threat's content)
  if (content < 0 && /ed$/.test(t.tokens[k]!.norm) && !lex().withContent.has(lemma(c, k)) && lemma(c, k) !== 'warn' && ![...kidsOf(t, k)].some((x) => relOf(t, x).startsWith('nsubj') || relOf(t, x).startsWith('aux'))) {
    const noun = relOf(t, k) === 'acl' && up >= 0 && NOMINAL_CONTENT.has(upos(c, up)) ? up : k - 1 >= t.start && upos(c, k - 1) === 'NOUN' ? k - 1 : -1;
    // (only a noun that names an act: "discounted oil prices offered by Russian firms" is trade talk, no commitment read)
    if (noun >= 0 && !isParty(c, noun) && namesAct(c, noun)) content = noun;
  }
  // "signed a deal with Azerbaijan to buy more gas": the act of a deal signed is its infinitive (on the deal or the verb)
  // ("signed a deal with Azerbaijan", "signed a truce with Hamas": the other side is a party to it)
  const partners: ActorMention[] = [];
  // ("India agreed with Russia on a plan": the party agreed with is a party to the settlement)
  if (lemma(c, k) === 'agree') for (const x of kidsOf(t, k)) if (relOf(t, x) === 'obl' && caseOf(t, x) === 'with') for (const m of mentionsUnder(c, x)) if (!partners.includes(m) && !by.includes(m)) partners.push(m);
  if (content >= 0 && relOf(t, content) === 'obj' && DEAL_NOUNS.has(lemma(c, content))) {
    for (const x of [...kidsOf(t, content), ...kidsOf(t, k)]) if ((relOf(t, x) === 'nmod' || relOf(t, x) === 'obl') && caseOf(t, x) === 'with') for (const m of mentionsUnder(c, x)) if (!partners.includes(m) && !by.includes(m)) partners.push(m);
    const inf = [...kidsOf(t, content)].find((x) => infinitive(c, x, ['acl']))
      ?? [...kidsOf(t, k)].find((x) => x > content && infinitive(c, x, ['advcl', 'xcomp']));
    if (inf !== undefined) content = inf;
  }
  // "ready to talk", "willing to discuss": an adjective with the infinitive (the trigger may be the adjective's head)
  let offer = lex().proposalModals.has([...kidsOf(t, k)].filter((x) => relOf(t, x) === 'aux').map((x) => t.tokens[x]!.norm)[0] ?? '');
  if (lex().readiness.has(lemma(c, k))) offer = true;
  const condition = conditionOn(c, k) ?? (content >= 0 ? conditionOn(c, content) : null);
  const r = selfContent ? readContent(c, k, -1) : readContent(c, content, k);
  if (selfContent) content = k;
  // "would halt gas deliveries unless …": a stopping trigger refrains from the act its object names; stopping
  // cooperation or aid is a sanction (as for a stopping content verb, readContent)
  if (content >= 0 && relOf(t, content) === 'obj' && lex().stop.has(lemma(c, k))) {
    r.fields.refrain = !r.fields.refrain;
    if (r.fields.refrain && (r.fields.action === 'COOPERATE' || r.fields.action === 'AID')) { r.fields.action = 'SANCTION'; r.fields.refrain = false; }
  }
  const framed: ActorMention[] = [];
  // "pledged $800 million in military aid to Ukraine", "promised tanks to Kyiv": the trigger's own frame phrases
  for (const x of kidsOf(t, k)) {
    if (relOf(t, x) !== 'obl' || x === content) continue;
    const nested = AFFECTED_PREPS.has(caseOf(t, x)) ? [x] : [...kidsOf(t, x)].filter((y) => relOf(t, y) === 'nmod' && AFFECTED_PREPS.has(caseOf(t, y)));
    for (const y of nested) for (const m of mentionsUnder(c, y)) if (!to.includes(m) && !by.includes(m)) { to.push(m); framed.push(m); }
  }
  // "vowed never to recognise": a negation after the verb, before its infinitive, says what is refrained from
  if (content > k && [...kidsOf(t, k)].some((x) => x > k && x < content && NEG.has(t.tokens[x]!.norm))) r.fields.refrain = !r.fields.refrain;
  // "called for the shelling at the plant to stop": a noun content whose own infinitive stops it is refrained from
  if (content >= 0 && NOMINAL_CONTENT.has(upos(c, content)) && stoppedAfter(c, content)) r.fields.refrain = !r.fields.refrain;
  // (a common noun subject with no country, "teachers", "the authors", may still be a party the words name nearby)
  // (so has the governing verb a conjunct was moved to, when its subject names no party: "The Council members said … and pledged …")
  const unknownSubject = !by.length && !pronoun && ((relational.length > 0 && relational.length === subjects.length) || subjects.some((n) => { const m = c.v.mentionAt[n - c.v.start]!; return m >= 0 && c.v.mentions[m]?.m.code === '---'; })
    || (matrix >= 0 && subjects.length > 0));
  const pronounSpeaker = pronoun && PERSONAL.has(pronoun) ? sayerOf(c, subjects[0]!) : [];
  // "the war threatens to unleash hunger", "Russian artillery and airstrikes threaten to turn the tide": an event or thing as
  // subject; "threatening global food security", "threatening the town of Kupiansk": what a threat endangers, no act held out
  // ("Russian artillery" names a party by its adjective, yet is a thing)
  const thing = (n: number) => upos(c, n) === 'NOUN' && lex().thingSubjects.has(lemma(c, n));
  const objectAtRisk = lemma(c, k) === 'threaten' && xcomp < 0 && ccomp < 0 && [...kidsOf(t, k)].some((x) => relOf(t, x) === 'obj' && lex().endangered.has(lemma(c, x)));
  const endangers = subjects.some((n) => thing(n)) || objectAtRisk;
  return { by, to: [...to, ...r.affected.filter((m) => !to.includes(m) && !by.includes(m))], ...r.fields, conditional: condition !== null, condition, offer, negated: negated(c, k), pronoun, partners, generic: genericHead(c, k), addressees, unknownSubject, ...(addresseeUncoded && !addressees.length && !addresseePronoun ? { addresseeUncoded, framed } : {}), ...(endangers ? { endangers } : {}), ...(addresseePronoun ? { addresseePronoun } : {}), ...(pronounSpeaker.length ? { pronounSpeaker } : {}) };
}

const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', "'ll", 'wo', 'ca']);
const PRESENT_FORMS = new Set(['is', 'are', 'am', 'has', 'does']);
/** A finite past form: inflected, not a gerund or a present third person ("called", "pledged", "said"). */
function pastForm(c: Ctx, x: number): boolean {
  const w = c.t.tokens[x]!.norm;
  const l = lemma(c, x);
  return w !== l && !w.endsWith('ing') && w !== `${l}s` && w !== `${l}es` && !PRESENT_FORMS.has(w);
}
/** A verb in a tense a past conjunct cannot share: under a modal ("will present"), or in the present ("has", "says"). */
function presentOrModal(c: Ctx, x: number): boolean {
  const t = c.t;
  const w = t.tokens[x]!.norm;
  if ([...kidsOf(t, x)].some((y) => relOf(t, y).startsWith('aux') && MODALS.has(t.tokens[y]!.norm))) return true;
  return !![...kidsOf(t, x)].some((y) => relOf(t, y).startsWith('nsubj')) && (PRESENT_FORMS.has(w) || (w !== lemma(c, x) && (w === `${lemma(c, x)}s` || w === `${lemma(c, x)}es`)));
}

/**
 * The verb a past-tense conjunct really shares its subject with, when the parse coordinated it with a verb inside a
 * complement clause whose tense it cannot share ("claimed that the regime will present a threat, and called for …",
 * "said in a statement that Kiev has the right … and pledged …"): the nearest past-tense verb above that clause; -1
 * when the conjunct has its own subject or an auxiliary other than a perfect one the governing verb shares, agrees with
 * its head, or no such verb governs it.
 */
function matrixOfConjunct(c: Ctx, k: number): number {
  const t = c.t;
  if (relOf(t, k) !== 'conj' || !isVerbal(t, k) || !pastForm(c, k)) return -1;
  if ([...kidsOf(t, k)].some((y) => relOf(t, y).startsWith('nsubj'))) return -1;
  // ("said it sees NATO as a threat and has warned of consequences": a perfect conjunct shares its auxiliary with the
  // perfect verb governing the clause, not with the clause's simple verb)
  const auxes = [...kidsOf(t, k)].filter((y) => relOf(t, y).startsWith('aux')).map((y) => t.tokens[y]!.norm);
  const perfect = auxes.length === 1 && PERFECT.has(auxes[0]!) ? auxes[0]! : null;
  if (auxes.length && !perfect) return -1;
  const up = headOf(t, k);
  const auxOf = (x: number) => [...kidsOf(t, x)].filter((y) => relOf(t, y).startsWith('aux')).map((y) => t.tokens[y]!.norm);
  if (up < 0 || !isVerbal(t, up) || (perfect ? auxOf(up).includes(perfect) : !presentOrModal(c, up))) return -1;
  let crossed = false;
  for (let h = up, depth = 0; h >= 0 && depth < 6; depth++) {
    const r = relOf(t, h);
    if (r === 'ccomp' || r === 'acl' || r === 'advcl' || r === 'acl:relcl' || r === 'parataxis') crossed = true;
    h = headOf(t, h);
    if (h >= 0 && h < k && crossed && isVerbal(t, h) && pastForm(c, h) && (!perfect || auxOf(h).includes(perfect))) return h;
  }
  return -1;
}
const PERFECT = new Set(['has', 'have', 'had']);

/** The parties saying the clause whose subject is node `n` ("X told CNN he …", "X said he …"), through conjuncts of that clause's verb. */
function sayerOf(c: Ctx, n: number): ActorMention[] {
  const t = c.t;
  let v = n >= 0 ? headOf(t, n) : -1;
  while (v >= 0 && relOf(t, v) === 'conj') v = headOf(t, v);
  if (v < 0 || relOf(t, v) !== 'ccomp') return [];
  const say = headOf(t, v);
  if (say < 0 || !isVerbal(t, say) || !lex().speech.has(lemma(c, say))) return [];
  return actorNodes(t, say).flatMap((x) => mentionsUnder(c, x));
}

/** Verbs of committing oneself, whose that-clause tells what the committer (or its side) will do: its subject is no addressee. */
const COMMISSIVE = new Set(['promise', 'pledge', 'vow', 'assure', 'reassure', 'guarantee', 'commit', 'swear', 'undertake']);

/** Common nouns for people or officials with no country of their own: an addressee of the speaker's country. */
const GENERIC_PEOPLE = new Set(['citizen', 'civilian', 'resident', 'people', 'person', 'household', 'family', 'voter', 'public', 'population', 'official', 'minister', 'government', 'authority', 'lawmaker', 'legislator', 'parliament', 'region', 'company', 'business', 'firm', 'employer', 'worker', 'compatriot', 'countryman', 'nation', 'country']);
/** Possessives that stand for a person: the speaker's own only when the speaker is one ("urged his compatriots", not the G7 urging "his government"). */
const PERSONAL_POSSESSIVE = new Set(['his', 'her', 'my']);
/** Possessive pronouns that, on a generic addressee, make it the speaker's own ("its citizens", "their people"). */
const OWN_POSSESSIVE = new Set(['its', 'their', 'our', 'his', 'her', 'my']);
const CIVIL = new Set(['citizen', 'civilian', 'resident', 'people', 'person', 'household', 'family', 'voter', 'public', 'population', 'compatriot', 'countryman', 'nation', 'country']);
const BUSINESS = new Set(['company', 'business', 'firm', 'employer']);

/**
 * The addressee a generic noun names ("urged citizens to leave", "told officials to prepare", "called on the
 * government to act"): the speaker's own country, with the sector the noun says; the actors layer left it
 * without a country (or did not see it). Null for a noun of another kind.
 */
function genericAddressee(c: Ctx, x: number, speaker: ActorMention): ActorMention | null {
  const tok = c.t.tokens[x]!;
  // ("warned both nations against joining", "urged the two countries to …": a pair named before, never the speaker's own)
  // ("called on nations to isolate Russia": countries, nations and governments in the plural are others)
  if (!GENERIC_PEOPLE.has(tok.lemma) || !/^[A-Z]{3}$/.test(speaker.code) || pairNoun(c, x) || (lex().othersIfPlural.has(tok.lemma) && tok.norm !== tok.lemma)) return null;
  const at = c.v.mentionAt[x - c.v.start]!;
  const own = at >= 0 ? c.v.mentions[at]?.m : undefined;
  if (own && own.code !== '---') return null;
  // "urged other countries to …", "called on Western governments": a qualifier names others
  // ("asked its citizens to drive less", "urged their own people": a possessive pronoun is the speaker's, unless the verb
  // threatens them, "threatening its civilians"; a named possessor is another's)
  if ([...kidsOf(c.t, x)].some((y) => ['other', 'foreign', 'western', 'european', 'international', 'world', 'allied', 'partner', 'all'].includes(c.t.tokens[y]!.norm) || (relOf(c.t, y) === 'nmod:poss' && !(OWN_POSSESSIVE.has(c.t.tokens[y]!.norm) && (speaker.kind === 'person' || !PERSONAL_POSSESSIVE.has(c.t.tokens[y]!.norm)) && lemma(c, headOf(c.t, x)) !== 'threaten')) || (relOf(c.t, y) === 'nmod' && mentionOfNode(c.v, c.t, y)))) return null;
  const sector = own?.sector ?? (CIVIL.has(tok.lemma) ? 'CVL' : BUSINESS.has(tok.lemma) ? 'BUS' : tok.lemma === 'lawmaker' || tok.lemma === 'legislator' || tok.lemma === 'parliament' ? 'LEG' : 'GOV');
  return { start: tok.start, end: tok.end, code: speaker.code, sector, kind: own?.kind ?? speaker.kind, sentence: speaker.sentence, text: c.doc.text.slice(tok.start, tok.end) };
}

/** "the shelling … to stop": an infinitive of a stop verb right after the noun's phrase, with no other verb between. */
function stoppedAfter(c: Ctx, n: number): boolean {
  const t = c.t;
  const { last } = range(c, n);
  for (let i = last + 1; i < Math.min(t.end, last + 10); i++) {
    const tok = t.tokens[i]!;
    if (tok.norm === 'to' && i + 1 < t.end && lex().stop.has(t.tokens[i + 1]!.lemma)) return true;
    if (isVerbal(t, i) || tok.norm === ',' || tok.norm === 'and') return false;
  }
  return false;
}

/** A relative clause on a bare plural common noun or an indefinite pronoun ("teachers who agreed to …", "those who vowed …"). */
function genericHead(c: Ctx, k: number): boolean {
  const up = headOf(c.t, k);
  if (relOf(c.t, k) !== 'acl:relcl' || up < 0) return false;
  const tok = c.t.tokens[up]!;
  if (['those', 'anyone', 'anybody', 'everyone', 'whoever'].includes(tok.norm)) return true;
  if (upos(c, up) !== 'NOUN' || tok.norm === tok.lemma) return false;
  return ![...kidsOf(c.t, up)].some((x) => ['det', 'nmod:poss', 'nummod'].includes(relOf(c.t, x)));
}

function readNoun(c: Ctx, n: number): TreeReading {
  const t = c.t;
  const by: ActorMention[] = [];
  const to: ActorMention[] = [];
  const partners: ActorMention[] = [];
  let content = -1;
  for (const x of kidsOf(t, n)) {
    const r = relOf(t, x);
    if (r === 'nmod:poss' || r === 'amod' || r === 'compound') { const m = mentionOfNode(c.v, t, x); if (m) push(by, m); continue; }
    if (infinitive(c, x, ['acl'])) { content = x; continue; }
    // "assurances that it would not invade", "a promise that aid will continue": a content clause of the noun
    if (r === 'acl' && markOf(t, x) === 'that' && content < 0 && isVerbal(t, x)) { content = x; continue; }
    if (r !== 'nmod') continue;
    const p = caseOf(t, x);
    const ms = mentionsUnder(c, x);
    if (p === 'by' || p === 'between' || p === 'among') { for (const m of ms) if (!by.includes(m)) by.push(m); continue; }
    if (p === 'with' && ms.length) { for (const m of ms) { if (!to.includes(m)) to.push(m); if (!partners.includes(m)) partners.push(m); } continue; }
    // "a warning against the planned Turkish incursion": an act noun is the content though a party modifies it
    const actNoun = ms.length > 0 && c.v.mentionAt[x - c.v.start]! < 0;
    // ("an offer of military assistance to Sweden", "the threat of strikes": a commitment noun's of-phrase is its content)
    // ("commitment to Ukraine on the anniversary": an on-phrase of a commitment is its occasion)
    const contentPrep = (CONTENT_PREPS.has(p) && !(p === 'on' && lemma(c, n) === 'commitment')) || (p === 'of' && lex().ofContent.has(lemma(c, n)));
    if (contentPrep && content < 0 && (!ms.length || actNoun)) { content = x; for (const m of ms) if (!to.includes(m)) to.push(m); }
    else if (ms.length && AFFECTED_PREPS.has(p)) for (const m of ms) if (!to.includes(m)) to.push(m);
  }
  // "reached a tentative agreement", "sealed a deal with South Korea": the subject of the verb taking the noun
  const up = headOf(t, n);
  // "Ukrainian troops received a demand from Russia": the subject of a receiving verb is the one it is put to, the from-phrase its maker
  if (!by.length && up >= 0 && isVerbal(t, up) && relOf(t, n) === 'obj' && lex().receiving.has(lemma(c, up))) {
    for (const m of actorNodes(t, up).flatMap((x) => mentionsUnder(c, x))) if (!to.includes(m)) to.push(m);
    for (const x of [...kidsOf(t, n), ...kidsOf(t, up)]) if ((relOf(t, x) === 'nmod' || relOf(t, x) === 'obl') && (caseOf(t, x) === 'from' || caseOf(t, x) === 'by')) for (const m of mentionsUnder(c, x)) if (!by.includes(m)) by.push(m);
  } else if (!by.length && up >= 0 && isVerbal(t, up) && relOf(t, n) === 'obj') {
    for (const m of actorNodes(t, up).flatMap((x) => mentionsUnder(c, x))) by.push(m);
    for (const x of kidsOf(t, up)) if (relOf(t, x) === 'obl' && (caseOf(t, x) === 'with' || caseOf(t, x) === 'between')) for (const m of mentionsUnder(c, x)) { if (!to.includes(m)) to.push(m); if (!partners.includes(m)) partners.push(m); }
  }
  // "sealed a deal with Seoul to buy tanks": the parser may hang the deal's infinitive on the verb taking the noun
  // "reached an agreement last week on a U.N. plan": or its frame phrase
  // "offered reassurances that it would not invade": or the noun's that-clause
  if (content < 0 && up >= 0 && isVerbal(t, up) && relOf(t, n) === 'obj') content = [...kidsOf(t, up)].find((x) => x > n && (infinitive(c, x, ['advcl', 'xcomp']) || (relOf(t, x) === 'ccomp' && markOf(t, x) === 'that' && lex().ofContent.has(lemma(c, n))) || (relOf(t, x) === 'obl' && (caseOf(t, x) === 'on' || caseOf(t, x) === 'for') && c.v.mentionAt[x - c.v.start]! < 0))) ?? -1;
  const r = readContent(c, content, n);
  // "Britain's unwavering commitment to Ukraine": a commitment to a party with no act named is support of it (CAMEO 05x)
  if (content < 0 && !r.fields.action && lemma(c, n) === 'commitment' && to.length) r.fields.action = 'SUPPORT';
  const condition = conditionOn(c, n) ?? (up >= 0 ? conditionOn(c, up) : null);
  return { by, to: [...to, ...r.affected.filter((m) => !to.includes(m) && !by.includes(m))], ...r.fields, conditional: condition !== null, condition, offer: false, negated: negated(c, n), pronoun: null, partners, generic: false, addressees: [] };
}

interface ContentFields {
  action: string | null; refrain: boolean; scope: string | null; content: Span; actless: boolean;
  /** The adjuncts of the content's head and arguments and of the trigger, as spans (see TreeReading). */
  adjuncts?: Span[];
  /** The act is a giving (see givingAct), to these parties. */
  given?: ActorMention[];
}

/**
 * The act a content names: the verb (or noun) at its head, through a stop verb ("stop issuing visas": refrain
 * from issuing) or a light verb ("make Ukraine a candidate": its object); the action lexicon over the head and its
 * object first, the CAMEO dictionary of the head verb after; the parties its object and preposition phrases name.
 */
function readContent(c: Ctx, k: number, trigger: number): { fields: ContentFields; affected: ActorMention[] } {
  const t = c.t;
  const none = { fields: { action: null, refrain: false, scope: null, content: { start: 0, end: 0 }, actless: false }, affected: [] };
  if (k < 0) return none;
  const { first, last } = range(c, k);
  const span = { start: t.tokens[first]!.start, end: t.tokens[last]!.end };
  // "urged Russia to agree to a ceasefire", "urged her counterparts to commit to further sanctions", "to accept a plan to let
  // inspectors in": a commitment asked of another party is its act, which its complement names (an infinitive or
  // that-clause, a to/on phrase, or the object accepted or signed); the words of the whole stand when that names none
  if (trigger >= 0 && k !== trigger && isVerbal(t, k) && lex().embedded.has(lemma(c, k))) {
    const kids = [...kidsOf(t, k)];
    // (a word of a party's name is no act: "agreed to Ukraine" names whom; "Ukraine's conditions" is a thing)
    const named = (x: number) => c.v.mentionAt[x - c.v.start]! >= 0;
    const act = kids.find((x) => ['xcomp', 'ccomp'].includes(relOf(t, x)) && isVerbal(t, x))
      ?? kids.find((x) => relOf(t, x) === 'obl' && ['to', 'on', 'upon'].includes(caseOf(t, x)) && !named(x))
      ?? kids.find((x) => relOf(t, x) === 'obj' && !named(x)) ?? -1;
    const inner = act >= 0 ? readContent(c, act, trigger) : null;
    if (inner?.fields.action) return { fields: { ...inner.fields, refrain: inner.fields.refrain !== negated(c, k, true), content: span }, affected: inner.affected };
  }
  let refrain = negated(c, k, true);
  let head = k;
  // "to help restore Russia's access", "help Ukraine repair the grid": the helped act is the content
  // ("keep buying Russian gas", "continue to supply": an aspectual verb's complement is the act, kept up)
  // ("help Ukraine rebuild its grid": the party helped is the one the content acts on, and the help is aid to it when the
  // helped act has no type of its own)
  const helped: ActorMention[] = [];
  for (let guard = 0; guard < 2 && (lex().enabling.has(lemma(c, head)) || lex().aspectual.has(lemma(c, head))); guard++) {
    const act = [...kidsOf(t, head)].find((x) => ['xcomp', 'ccomp'].includes(relOf(t, x)) && isVerbal(t, x)) ?? -1;
    if (act < 0) break;
    // (the one helped is the helping verb's object, or the helped act's subject where the parse reads "help [Ukraine rebuild]";
    // never the helped act's object: "help push Russians back")
    if (lex().enabling.has(lemma(c, head))) for (const x of [...kidsOf(t, head), ...kidsOf(t, act)]) if ((headOf(t, x) === head && ['obj', 'iobj'].includes(relOf(t, x))) || (headOf(t, x) === act && relOf(t, x) === 'nsubj')) for (const m of mentionsUnder(c, x, false)) if (!helped.includes(m)) helped.push(m);
    head = act;
  }
  // "to stop issuing visas", "to end its war", "refrain from attacks": what stops is the object or the from-phrase
  let stopped = false;
  // "to put an end to the war", "bring a halt to the shelling": a light verb whose object is a stopping noun stops what
  // that noun's to-phrase names
  if (isVerbal(t, head) && lex().lightVerbs.has(lemma(c, head))) {
    const noun = [...kidsOf(t, head)].find((x) => relOf(t, x) === 'obj' && lex().stop.has(lemma(c, x)));
    const what = noun === undefined ? undefined : [...kidsOf(t, noun), ...kidsOf(t, head)].find((x) => ['obl', 'nmod'].includes(relOf(t, x)) && caseOf(t, x) === 'to');
    if (what !== undefined) { refrain = !refrain; stopped = true; head = what; }
  }
  for (let guard = 0; guard < 3 && lex().stop.has(lemma(c, head)); guard++) {
    refrain = !refrain;
    stopped = true;
    const next = [...kidsOf(t, head)].find((x) => ['obj', 'xcomp', 'ccomp'].includes(relOf(t, x)) || (relOf(t, x) === 'obl' && caseOf(t, x) === 'from')) ?? -1;
    if (next < 0) break;
    // "freeze the assets of oligarchs", "suspend the bank's licence": a stop verb whose object is a thing, naming no act,
    // is itself the act (refrains from nothing); "halt the offensive", "lift the sanctions", "stop issuing visas" stop one
    if (relOf(t, next) === 'obj' && NOMINAL_CONTENT.has(upos(c, next)) && !namesAct(c, next)) { refrain = !refrain; stopped = guard > 0; break; }
    head = next;
  }
  const obj = [...kidsOf(t, head)].find((x) => relOf(t, x) === 'obj') ?? -1;
  const light = lex().lightVerbs.has(lemma(c, head)) && isVerbal(t, head);
  // the words from the head on ("banned from the summit", "recognize any annexation": the earliest act named wins)
  const fromHead = c.doc.text.slice(t.tokens[head]!.start, Math.max(span.end, t.tokens[head]!.end));
  // "offered to exchange Griner and Whelan for Viktor Bout": a swap of people is a release (CONCEDE), whatever it names
  const swap = /^(?:exchange|swap|trade)$/.test(lemma(c, head)) && SWAP_OF_PEOPLE.test(fromHead);
  // "urged civilians to evacuate", "vowed to remain": the subject's own going or staying is no act on anyone
  // (the words may still name an act: "to return to talks" is CONSULT)
  const selfMotion = isVerbal(t, head) && obj < 0 && !stopped && lex().selfMotion.has(lemma(c, head))
    && ![...kidsOf(t, head)].some((x) => relOf(t, x) === 'obl' && c.v.mentionAt[x - c.v.start]! >= 0);
  // ("a deal with Azerbaijan to buy gas": the noun "deal" with its partner names no act, unlike the verb "deal with the DPR")
  const dealNoun = NOMINAL_CONTENT.has(upos(c, head)) && lemma(c, head) === 'deal';
  // the act's words, by where they stand: the head word itself, then the head verb's sense in the CAMEO dictionary
  // (with its object), then the words of its arguments, and only then any word of the content ("pay reparations
  // for the war" is no assault; "condemn the invasion" is an accusation, though its object names an assault)
  // ("offered the journalist protection", "granted them asylum": a thing the trigger verb gives is read with that verb)
  const given = head === k && trigger >= 0 && isVerbal(t, trigger) && headOf(t, k) === trigger && (relOf(t, k) === 'obj' || relOf(t, k) === 'iobj');
  const hits = actionHits(c, head, span.end, dealNoun, given ? trigger : -1);
  const core = coreTokens(c, head);
  if (given) core.add(trigger);
  // (a verb that judges an act, CAMEO 11x disapprove, is its own act: "condemn the invasion" is no assault;
  // a verb of doing takes its kind from what it does, "match its military aid" is aid whatever block the verb is in)
  // (the head word with its modifiers: "military aid", "trade preferences")
  const own = new Set([head, ...[...kidsOf(t, head)].filter((x) => x < head && (relOf(t, x) === 'amod' || relOf(t, x) === 'compound'))]);
  if (given) own.add(trigger);
  let action = swap ? 'CONCEDE' : light ? null : firstHit(hits, (k) => own.has(k));
  // "pull its forces back", "hand the region over": a phrasal verb is read with its particle, wherever the object puts it
  // (as the lexicon writes it, "pull back", "hand over")
  if (!action && !light && isVerbal(t, head)) {
    // (the parse may call the particle an adverb: "pull its forces back")
    const prt = [...kidsOf(t, head)].find((x) => x > head + 1 && (relOf(t, x) === 'compound:prt' || (relOf(t, x) === 'advmod' && PARTICLES.has(t.tokens[x]!.norm))));
    const obj0 = [...kidsOf(t, head)].find((x) => relOf(t, x) === 'obj');
    if (prt !== undefined && obj0 !== undefined && obj0 < prt) action = actionOfWords(`${c.doc.text.slice(t.tokens[head]!.start, t.tokens[head]!.end)} ${t.tokens[prt]!.norm} ${textOf(c, obj0)}`);
  }
  // ("return to the talks": a going whose argument names an act is that act)
  if (!action && selfMotion) action = firstHit(hits, (k) => core.has(k));
  const actless = selfMotion && !action;
  const sense = !action && !light && !actless && isVerbal(t, head) ? cameoAction(c, head, obj, stopped) : null;
  if (sense && JUDGING.has(sense)) action = sense;
  if (!action && !actless) action = firstHit(hits, (k) => core.has(k)) ?? sense;
  let reaction = false;
  // "would respond to any NATO deployment", "vowed to respond to the sanctions": what a reaction answers is not its act; its
  // act is only what it is made with ("respond with force"); with none named, no other reading's guess stands
  if (isVerbal(t, head) && lex().reactive.has(lemma(c, head))) {
    // ("… by cutting gas supplies": or what it is done by)
    const means = [...kidsOf(t, head)].find((x) => (relOf(t, x) === 'obl' && caseOf(t, x) === 'with') || (relOf(t, x) === 'advcl' && (markOf(t, x) === 'by' || caseOf(t, x) === 'by'))) ?? -1;
    const by = means >= 0 ? readContent(c, means, trigger).fields : null;
    action = by?.action ?? null;
    if (by) refrain = by.refrain;
    // (a means with no type of its own, "with force", leaves the other readings of the words: the events layer's)
    if (!action && means < 0) reaction = true;
  }
  // the parties the content acts on: its object, its frame phrases, their noun phrases ("sanctions on Russia")
  const affected: ActorMention[] = [];
  const look = (x: number) => {
    for (const y of kidsOf(t, x)) {
      const r = relOf(t, y);
      if ((r === 'obj' || r === 'iobj') && isVerbal(t, x)) { for (const m of mentionsUnder(c, y, false)) if (!affected.includes(m)) affected.push(m); look(y); }
      else if ((r === 'obl' || r === 'nmod') && AFFECTED_PREPS.has(caseOf(t, y))) {
        for (const m of mentionsUnder(c, y, false)) if (!affected.includes(m)) affected.push(m);
        // (the parser may hang the act's agent on the noun of its of-phrase: "the annexation of Ukrainian regions by Russia")
        if (!isVerbal(t, x) && lex().agentNouns.has(lemma(c, x))) for (const z of kidsOf(t, y)) if (relOf(t, z) === 'nmod' && caseOf(t, z) === 'by') for (const m of mentionsUnder(c, z, false)) if (!affected.includes(m)) affected.push(m);
      }
      // "not to recognise the annexation by Russia": the agent of an act noun is the party the content bears on
      else if (r === 'nmod' && caseOf(t, y) === 'by' && !isVerbal(t, x) && lex().agentNouns.has(lemma(c, x))) { for (const m of mentionsUnder(c, y, false)) if (!affected.includes(m)) affected.push(m); }
      // "$800 million in military aid to Ukraine": the frame phrase of a noun inside the content
      else if (r === 'nmod' && x !== head) continue;
      else if (r === 'nmod' && !isVerbal(t, x)) look(y);
      else if (r === 'nmod:poss' && !isVerbal(t, x) && x !== trigger) { const m = mentionOfNode(c.v, t, y); if (m && !affected.includes(m.m)) affected.push(m.m); }
      // ("the UK's defence spending": the parse may hang the possessor on the compound noun)
      else if (r === 'compound' && !isVerbal(t, x)) look(y);
    }
  };
  look(head);
  for (const m of helped) if (!affected.includes(m)) affected.unshift(m);
  if (!action && !actless && !refrain && helped.length) action = 'AID';
  // "send 20 armoured personnel carriers to Ukraine", "provide Moldova with generators", "deliveries of howitzers to Kyiv":
  // the frame of giving, a thing to another party, is aid whatever the thing (CAMEO 07); armed forces sent are deployed
  const giving = !action && !actless && !light ? givingAct(c, head, obj, affected) : null;
  if (giving) action = giving;
  // "to deepen security guarantees and provide more weapons": coordinated acts share the commitment; with no act of its
  // own, the first conjunct that names one tells it (a committing conjunct, "and promising to …", is another commitment)
  if (!action && !actless && !stopped && isVerbal(t, head)) {
    for (const y of kidsOf(t, head)) {
      // (alternatives, "decide whether to return to peaceful life or continue to fight", commit to neither)
      // (a conjunct the parse made of a bare clause, with no "and" in its list, is no coordinated act: "…, welcomed the appointment")
      const listed = [...kidsOf(t, head)].some((x) => relOf(t, x) === 'conj' && x >= y && [...kidsOf(t, x)].some((z) => relOf(t, z) === 'cc' && t.tokens[z]!.norm === 'and'));
      // (a light verb's act lies in its object, which a conjunct's parse often misplaces: "and to bring in someone who …")
      if (relOf(t, y) !== 'conj' || !listed || !isVerbal(t, y) || lex().committing.has(lemma(c, y)) || lex().lightVerbs.has(lemma(c, y)) || [...kidsOf(t, y)].some((z) => relOf(t, z).startsWith('nsubj') || (relOf(t, z) === 'cc' && t.tokens[z]!.norm !== 'and'))) continue;
      const other = readContent(c, y, trigger);
      if (!other.fields.action) continue;
      action = other.fields.action;
      refrain = other.fields.refrain;
      for (const m of other.affected) if (!affected.includes(m)) affected.push(m);
      break;
    }
  }
  // "stop issuing visas to Russians", "cut gas supplies": stopping cooperation or aid reduces relations, a sanction (CAMEO 16)
  // ("stop any contact with Russia", "sever ties": breaking off relations is a sanction too, CAMEO 161)
  if (stopped && refrain && (action === 'COOPERATE' || action === 'AID' || (action === 'CONSULT' && /^(?:contact|relation|tie)s?$/.test(lemma(c, head))))) { action = 'SANCTION'; refrain = false; }
  // "lift its veto on Sweden joining NATO", "drop its objections to the deal": a rejection ended is support (CAMEO 05x)
  else if (stopped && refrain && action === 'REJECT') { action = 'SUPPORT'; refrain = false; }
  // "an agreement on a U.N. plan that would allow Russia to export grain": a plan's act is in its clause
  if (!action && NOMINAL_CONTENT.has(upos(c, head)) && lex().containers.has(lemma(c, head))) {
    const clause = [...kidsOf(t, head)].find((x) => (relOf(t, x) === 'acl' || relOf(t, x) === 'acl:relcl') && isVerbal(t, x)) ?? -1;
    if (clause >= 0) {
      const inner = readContent(c, clause, trigger);
      if (inner.fields.action) return { fields: { ...inner.fields, content: span, actless: false }, affected: [...affected, ...inner.affected.filter((m) => !affected.includes(m))] };
    }
  }
  const scope = scopeOf(c, head, light ? -1 : obj);
  return { fields: { action, refrain, scope, content: span, actless: actless || reaction, adjuncts: adjunctsOf(c, core, k, trigger), ...(giving ? { given: affected } : {}) }, affected };
}

/**
 * Whether the trigger's object before its infinitive `inf` may be the one addressed ("urged the “West to end the war”":
 * a name, a pronoun or a party), so that the infinitive is what is asked of it, not a purpose ("requested access to the
 * prison to check …": a thing asked for, then why).
 */
function addressedBefore(c: Ctx, trigger: number, inf: number): boolean {
  const obj = [...kidsOf(c.t, trigger)].find((x) => x < inf && (relOf(c.t, x) === 'obj' || relOf(c.t, x) === 'iobj'));
  return obj === undefined || upos(c, obj) === 'PROPN' || upos(c, obj) === 'PRON' || c.v.mentionAt[obj - c.v.start]! >= 0
    || GENERIC_PEOPLE.has(lemma(c, obj)) || lex().relational.has(lemma(c, obj)) || BODIES.has(lemma(c, obj));
}

/** Nouns of collective bodies that are addressed ("urged the international community to …", "asked member states to …"). */
const BODIES = new Set(['community', 'member', 'state', 'party', 'side', 'leader', 'body', 'institution', 'organisation', 'organization', 'alliance', 'bloc', 'union', 'coalition', 'capital', 'colleague', 'counterpart', 'delegate', 'lawmaker', 'senator', 'congress', 'court']);

/** Relations of adjuncts whose words never name the act (a participle or clause on a noun, unless its infinitive content). */
const ADJUNCT_CLAUSES = new Set(['advcl', 'acl', 'acl:relcl']);

/**
 * The adjuncts hanging on the content's core (head and arguments) and on the trigger: clauses (purpose, relative,
 * adverbial, a participle on a noun) and phrases of cause, time, manner or place, each as the span of its subtree; never
 * the content itself or a phrase holding it.
 */
function adjunctsOf(c: Ctx, core: ReadonlySet<number>, content: number, trigger: number): Span[] {
  const t = c.t;
  const out: Span[] = [];
  const holds = (y: number, k: number) => { for (let x = k, guard = 0; x >= 0 && guard < 40; x = headOf(t, x), guard++) if (x === y) return true; return false; };
  for (const x of [...core, ...(trigger >= 0 ? [trigger] : [])]) {
    for (const y of kidsOf(t, x)) {
      if (core.has(y) || holds(y, content)) continue;
      const r = relOf(t, y);
      // An adjunct clause shows it: a subordinator or "to", a relative pronoun, a participle (a bare word hung as a clause is
      // more likely a noun the parse misread: "call off peace talks if …"). An unmarked participle is adverbial after a comma
      // ("…, saying …"), and a noun's right after that noun, whatever head the parse gave it ("any country supporting Kyiv");
      // elsewhere it is a modifier the parse misread ("exchange two jailed Americans"). An infinitive on the trigger after
      // one it may address is its content, which the parse took for a purpose ("urged the “West to end the war”").
      const before = range(c, y).first - 1;
      const participle = /(?:ing|ed|en)$/.test(t.tokens[y]!.norm) && (r === 'acl' || t.tokens[before]?.norm === ',' || (before >= t.start && before === y - 1 && upos(c, before) === 'NOUN'));
      const marked = r === 'acl:relcl' || markOf(t, y) !== '' || participle;
      const clause = ADJUNCT_CLAUSES.has(r) && marked && !(r === 'acl' && infinitive(c, y, ['acl'])) && !(x === trigger && infinitive(c, y, ['advcl']) && addressedBefore(c, trigger, y));
      const phrase = (r.startsWith('obl') || (r.startsWith('nmod') && r !== 'nmod:poss')) && ADJUNCT_CASES.has(caseOf(t, y)) && !(caseOf(t, y) === 'for' && isParty(c, y));
      if (!clause && !phrase) continue;
      let first = y;
      let last = y;
      const todo = [y];
      while (todo.length) { const z = todo.pop()!; first = Math.min(first, z); last = Math.max(last, z); todo.push(...kidsOf(t, z)); }
      out.push({ start: t.tokens[first]!.start, end: t.tokens[last]!.end });
    }
  }
  return out;
}

/**
 * The act of a giving frame at `head`: a verb of giving (frames.json giving) with a thing as its object (or as its
 * with-phrase, the object being the party given to), or a noun of giving with a thing in its of-phrase, and a party the
 * content acts on (the recipient): AID; MOBILIZE when the thing is armed forces; none when it is envoys or experts.
 */
function givingAct(c: Ctx, head: number, obj: number, affected: readonly ActorMention[]): string | null {
  const t = c.t;
  if (!affected.length) return null;
  const verbal = isVerbal(t, head);
  if (verbal ? !lex().giving.has(lemma(c, head)) : !(NOMINAL_CONTENT.has(upos(c, head)) && lex().givingNouns.has(lemma(c, head)))) return null;
  const thing = (x: number) => x >= 0 && NOMINAL_CONTENT.has(upos(c, x)) && !isParty(c, x);
  let theme = -1;
  if (verbal) theme = thing(obj) ? obj : isParty(c, obj) ? [...kidsOf(t, head)].find((x) => relOf(t, x) === 'obl' && caseOf(t, x) === 'with' && thing(x)) ?? -1 : -1;
  else theme = [...kidsOf(t, head)].find((x) => relOf(t, x) === 'nmod' && caseOf(t, x) === 'of' && thing(x)) ?? -1;
  if (theme < 0) return null;
  const l = lemma(c, theme);
  if (lex().envoys.has(l)) return null;
  return lex().deployed.has(l) ? 'MOBILIZE' : 'AID';
}

/** Whether the phrase of noun `n` names an act: a word of the action lexicon on its head or arguments, or an event coded on its head. */
function namesAct(c: Ctx, n: number): boolean {
  const core = coreTokens(c, n);
  // (the words run to the end of the verb's phrase: "lift its opposition to Sweden joining", the to-phrase hung on the verb)
  const up = headOf(c.t, n);
  if (actionHits(c, n, c.t.tokens[range(c, up >= 0 ? up : n).last]!.end, false).some((h) => core.has(h.token))) return true;
  const tok = c.t.tokens[n]!;
  return (c.doc.layers.events ?? []).some((e) => e.evidence.trigger.start <= tok.start && e.evidence.trigger.end >= tok.end);
}

/** A time at the end of a scope phrase ("… for 30 days", "… on Friday"): the window, not the scope. */
const TIME_TAIL = /\s+(?:for|within|until|till|by|from|on|starting|beginning|during|over|in)\s+(?:the\s+)?(?:next\s+|another\s+|coming\s+|past\s+)?(?:(?:\d{1,3}|a|one|two|three|four|five|six|seven|ten|thirty|sixty|ninety)[\s-]+(?:hours?|days?|weeks?|months?|years?)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?|recent (?:days|weeks)|\d{4})\b.*$/;

/** The content's object phrase ("tourist visas to Russian citizens"), else the content after its head. */
function scopeOf(c: Ctx, head: number, obj: number): string | null {
  const s = scopePhrase(c, head, obj);
  return s ? s.replace(TIME_TAIL, '').trim() || null : null;
}

function scopePhrase(c: Ctx, head: number, obj: number): string | null {
  const t = c.t;
  // "supply Russia with drones", "declare itself neutral": an object that is a party or a pronoun is not the scope
  // ("send tanks to Ukraine": a generic agent noun with no country, coded for its sector, is the thing sent)
  const objMention = obj >= 0 ? c.v.mentionAt[obj - c.v.start]! : -1;
  // ("target all those who aid the invasion": a pronoun its relative clause describes is the object, not a party)
  const described = obj >= 0 && [...kidsOf(t, obj)].some((x) => relOf(t, x) === 'acl:relcl');
  if (obj >= 0 && ((objMention >= 0 && c.v.mentions[objMention]?.m.code !== '---') || (upos(c, obj) === 'PRON' && !described))) {
    const rest = [...kidsOf(t, head)].filter((x) => x > obj && (['obl', 'xcomp', 'obj'].includes(relOf(t, x)) || (relOf(t, x) === 'advcl' && markOf(t, x) === 'from')));
    return rest.length ? textOf(c, rest[0]!, true) : null;
  }
  if (obj >= 0) return textOf(c, obj, true).replace(/^(?:the|a|an|any|all|its|their|his|her|more|further|new)\s+/i, '') || null;
  if (NOMINAL_CONTENT.has(upos(c, head))) {
    const own = textOf(c, head, true).replace(/^(?:the|a|an|any|all|its|their|his|her|more|further|new)\s+/i, '');
    // "calling for a return to the negotiating table": the parser may hang the noun's own phrase on the verb
    const last = range(c, head).last;
    const up = headOf(t, head);
    const next = up >= 0 && ![...kidsOf(t, head)].some((x) => relOf(t, x) === 'nmod') ? [...kidsOf(t, up)].find((x) => relOf(t, x) === 'obl' && range(c, x).first === last + 1 && c.v.mentionAt[x - c.v.start]! < 0) ?? -1 : -1;
    return (next >= 0 ? `${own} ${textOf(c, next)}` : own) || null;
  }
  const rest = range(c, head);
  // ("will not resign": an act on nothing is its own scope)
  if (rest.last <= head) return isVerbal(t, head) && !lex().lightVerbs.has(lemma(c, head)) ? c.doc.text.slice(t.tokens[head]!.start, t.tokens[head]!.end) : null;
  return c.doc.text.slice(t.tokens[head + 1]!.start, t.tokens[rest.last]!.end).replace(/^(?:to|the|a|an)\s+/i, '') || null;
}

/** Particles of phrasal verbs ("pull back", "hand over", "cut off"). */
const PARTICLES = new Set(['back', 'out', 'over', 'off', 'down', 'away', 'up', 'in']);

/** Content types of verbs that judge an act rather than do one (CAMEO 09x investigate, 11x disapprove): the verb names the act, not its object. */
const JUDGING = new Set(['ACCUSE']);
interface ActionHit { action: string; rule: number; token: number }
const GLOBAL_ACTIONS = ACTIONS.map((a) => new RegExp(a.pattern.source, a.pattern.flags.includes('g') ? a.pattern.flags : `${a.pattern.flags}g`));

/**
 * Every match of the action lexicon in a content from its head on, with the token it starts on ("deal with X" of
 * the noun "deal" blanked: a deal's partner names no act).
 */
function actionHits(c: Ctx, head: number, end: number, dealNoun: boolean, verb = -1): ActionHit[] {
  const t = c.t;
  // (from the first word of the head's phrase: "suspend trade preferences" names trade before its head; or from the
  // verb that gives it)
  const first = verb >= 0 ? verb : range(c, head).first;
  const from = t.tokens[first]!.start;
  let text = c.doc.text.slice(from, Math.max(end, t.tokens[head]!.end));
  if (dealNoun) text = text.slice(0, t.tokens[head]!.start - from) + text.slice(t.tokens[head]!.start - from).replace(/^deals?\s+with\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*)+/, (m) => ' '.repeat(m.length));
  const out: ActionHit[] = [];
  GLOBAL_ACTIONS.forEach((g, rule) => {
    g.lastIndex = 0;
    for (let m = g.exec(text); m; m = g.exec(text)) {
      if (!m[0].length) { g.lastIndex++; continue; }
      const at = from + m.index;
      let k = first;
      while (k + 1 < t.end && t.tokens[k + 1]!.start <= at) k++;
      out.push({ action: ACTIONS[rule]!.action, rule, token: k });
    }
  });
  return out;
}

/** The earliest hit on a token `ok` accepts; the lexicon's order breaks ties. */
function firstHit(hits: readonly ActionHit[], ok: (k: number) => boolean): string | null {
  let best: ActionHit | null = null;
  for (const h of hits) if (ok(h.token) && (!best || h.token < best.token || (h.token === best.token && h.rule < best.rule))) best = h;
  return best?.action ?? null;
}

/** Prepositions of adjuncts (cause, time, manner, place of the act), not of its arguments ("reparations for the war", "talks over a 15-year period"). */
const ADJUNCT_CASES = new Set(['for', 'over', 'during', 'after', 'before', 'since', 'amid', 'despite', 'because', 'by', 'as', 'within', 'until', 'through', 'throughout', 'across', 'around', 'near', 'like', 'about', 'following', 'under', 'without', 'except', 'beyond']);
const ADJUNCT_RELS = new Set(['advcl', 'acl', 'acl:relcl', 'parataxis', 'punct', 'appos', 'advmod', 'obl:tmod', 'nmod:tmod', 'discourse', 'dep', 'cc', 'mark']);

/** The tokens of a content's head and its arguments (objects, argument phrases), not its adjuncts and clauses; a beneficiary ("for Ukraine") is an argument. */
function coreTokens(c: Ctx, head: number): Set<number> {
  const t = c.t;
  const out = new Set<number>();
  const todo = [head];
  while (todo.length) {
    const x = todo.pop()!;
    out.add(x);
    for (const y of kidsOf(t, x)) {
      const r = relOf(t, y);
      if (ADJUNCT_RELS.has(r) || (r === 'conj' && isVerbal(t, y))) continue;
      if ((r.startsWith('obl') || (r.startsWith('nmod') && r !== 'nmod:poss')) && ADJUNCT_CASES.has(caseOf(t, y)) && !(caseOf(t, y) === 'for' && isParty(c, y))) continue;
      todo.push(y);
    }
  }
  return out;
}

export function actionOfWords(text: string): string | null {
  if (!text) return null;
  let best: { action: string; at: number } | null = null;
  for (const a of ACTIONS) {
    const m = a.pattern.exec(text);
    if (m && (!best || m.index < best.at)) best = { action: a.action, at: m.index };
  }
  return best?.action ?? null;
}

/** The PLOVER type of the content verb from the CAMEO verb dictionary, when it is a content type (no frame such as AGREE or REQUEST; COOPERATE only under a stop verb). */
function cameoAction(c: Ctx, k: number, obj: number, stopped: boolean): string | null {
  const t = c.t;
  const objectLemmas = obj >= 0 ? [t.tokens[obj]!.lemma] : [];
  const m = matchVerbPattern(lemma(c, k), { objectLemmas });
  if (!m?.code) return null;
  const p = ploverOf(m.code);
  // cooperation stopped is a sanction: under a stop verb a cooperative verb ("stop issuing visas") tells the act
  // (a verb of meeting, CAMEO 041-046 (call, visit, host, meet elsewhere, mediate, negotiate), is talks only with a party as
  // its object: "visit Kyiv", "host Erdogan", not "host Eurovision"; the bare 040, "go", "join", is no meeting)
  // (armed forces hosted or received are stationed, not met: "host more Russian troops")
  const withParty = p?.type === 'CONSULT' && m.code !== '040' && !stopped && [...kidsOf(t, k)].some((x) => relOf(t, x) === 'obj' && isParty(c, x) && mentionOfNode(c.v, t, x)?.m.sector !== 'MIL');
  if (!p || !(lex().contentTypes.has(p.type) || (stopped && p.type === 'COOPERATE') || withParty)) return null;
  // (the bare root of disapproval, 110, is the block of "counter", "oppose", "argue": no accusation of its own)
  if (m.code === '110') return null;
  return p.type;
}
