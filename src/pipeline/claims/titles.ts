/**
 * Role claims: a title written with a person ("former U.S. President Donald Trump", "German Chancellor Angela
 * Merkel", "then-Secretary of State John Kerry") read into the office it names, its qualifier and the person.
 * Reads person mentions from the `actors` layer and the words just before them; the knowledge base says which
 * office a title names and which person a name denotes.
 *
 *   findRoleClaims(doc, kb)
 *   // [{ span: 'former U.S. President Donald Trump', person: 'Donald Trump', office: 'President of the United States',
 *   //    qualifier: 'former', title: 'U.S. President' }]
 */
import type { ActorMention, Document, Span } from '../../core/types.js';
import type { KnowledgeBase } from '../../knowledge/index.js';
import { words } from '../../knowledge/text.js';

/** former: no longer holds it; current: holds it (also a bare title); then: held it at the time spoken of; future: will hold it. */
export type Qualifier = 'former' | 'current' | 'then' | 'future' | 'acting' | 'none';

export interface RoleMention {
  span: Span;
  sentence: number;
  person: string;
  personId: string | null;
  /** The title as written, without its qualifier ("U.S. President"). */
  title: string;
  qualifier: Qualifier;
  /** Offices the title can name for this person (usually one); empty when the title names none we know. */
  offices: string[];
}

const QUALIFIER_WORDS: Record<string, Qualifier> = {
  former: 'former', ex: 'former', onetime: 'former', 'one-time': 'former', erstwhile: 'former', previous: 'former',
  // "outgoing" is a sitting holder about to leave, or one who just left: judged like a bare title
  then: 'then', current: 'current', sitting: 'current', incumbent: 'current', serving: 'current', outgoing: 'none',
  incoming: 'future', future: 'future', designate: 'future', acting: 'acting', interim: 'acting', caretaker: 'acting',
};
const QUALIFIER_BEFORE = /\b(former|ex|onetime|one-time|erstwhile|previous|then|current|sitting|incumbent|serving|outgoing|incoming|future|acting|interim|caretaker)\s*-?\s*$/i;
/** Titles we never read as a claim about an office: honorifics and party roles. */
const NOT_AN_OFFICE = /^(?:mr|mrs|ms|dr|sir|dame|lord|lady|senator|sen|rep|representative|general|gen|colonel|col|admiral|governor|gov|mayor|candidate|nominee|leader|chairman)$/i;

export function findRoleClaims(doc: Document, kb: KnowledgeBase, on: string): RoleMention[] {
  const out: RoleMention[] = [];
  const text = doc.text;
  const sentences = doc.layers.sentences ?? [];
  for (const a of doc.layers.actors ?? []) {
    if (a.kind !== 'person' || !a.name) continue;
    const sentence = sentences[a.sentence];
    const m = readMention(text, a, sentence?.start ?? 0, kb, on) ?? readPredicate(text, a, sentence?.end ?? text.length, kb, on, doc.layers.actors ?? []);
    if (m) out.push(m);
  }
  return out;
}

/** "X was the prime minister of Y", "X is Japan's foreign minister", "X, the French president, said". */
const PREDICATE = /^\s*(?:(,)\s*|\s(is|was|has been|had been|remains|remained)\s+(?:(?:still|then|now|also|already)\s+)?)(?:(?:the|a|an)\s+)?((?:former|ex-|then-?|current|sitting|incumbent|outgoing|acting|interim)\s*)?/i;
/** Where a title phrase after the name ends: a comma, a preposition of time or place, a clause word. */
const PHRASE_END = /\s*(?:[,.;:!?()"“”]|\s(?:in|on|at|from|since|until|till|when|who|which|and|but|during|between|before|after|for|by|with|as|under|to|until)\s)/i;

/**
 * A title said of a person in a predicate or an apposition after the name: "In 2018, Jacinda Ardern was the prime
 * minister of New Zealand" (the past tense speaks of the sentence's moment only: qualifier 'then'), "Sergei
 * Lavrov is Russia's foreign minister" (the present: the writer's present), "Yoshimasa Hayashi, Japan's foreign
 * minister, said …" (an apposition reads like a title before the name). The title must name an office outright
 * ("the prime minister of Japan", "the Japanese prime minister"); a bare "the president" is left alone.
 */
function readPredicate(text: string, a: ActorMention, sentenceEnd: number, kb: KnowledgeBase, on: string, actors: readonly ActorMention[]): RoleMention | null {
  const head = PREDICATE.exec(text.slice(a.end, Math.min(sentenceEnd, a.end + 40)));
  if (!head) return null;
  const appositive = !!head[1];
  const from = a.end + head[0].length;
  const rest = text.slice(from, Math.min(sentenceEnd, from + 90));
  const stop = PHRASE_END.exec(rest);
  // "the prime minister of New Zealand in 2018": the phrase may itself contain "of"; stop at the first clause break
  const phrase = (stop ? rest.slice(0, stop.index) : rest).trim();
  if (!phrase || phrase.split(/\s+/).length > 7) return null;
  // an apposition closes with a comma (or ends the sentence): "X, the French president, said"
  if (appositive && !/^\s*[,.;]/.test(rest.slice(phrase.length))) return null;
  // "the Turkish president, Recep Tayyip Erdogan, the Russian president, Vladimir Putin": a title before the next name is that name's
  const close = /^\s*,\s*/.exec(rest.slice(rest.indexOf(phrase) + phrase.length));
  if (appositive && close && actors.some((x) => x.kind === 'person' && x.start === from + rest.indexOf(phrase) + phrase.length + close[0].length)) return null;
  const parsed = kb.parseOfficeTitle(phrase);
  const named = [...new Set(parsed.map((p) => p.office).filter((o): o is string => !!o))];
  if (!named.length) return null;
  const person = kb.findPeople(a.name!, on)[0];
  if (!person) return null;
  const lead = head[3]?.trim().toLowerCase().replace(/-$/, '');
  const verb = head[2]?.toLowerCase();
  let qualifier: Qualifier = lead ? QUALIFIER_WORDS[lead] ?? 'none' : 'none';
  // a past tense without "former" speaks of its own moment; "former" in any tense is the writer's present
  if (qualifier === 'none' && (verb === 'was' || verb === 'had been' || verb === 'remained')) qualifier = 'then';
  if (qualifier === 'none' && (verb === 'is' || verb === 'has been' || verb === 'remains')) qualifier = 'current';
  return {
    span: { start: a.start, end: from + rest.indexOf(phrase) + phrase.length },
    sentence: a.sentence,
    person: person.person.name,
    personId: person.person.id ?? null,
    title: phrase,
    qualifier,
    offices: named,
  };
}

function readMention(text: string, a: ActorMention, sentenceStart: number, kb: KnowledgeBase, on: string): RoleMention | null {
  const ws = words(text, a.start, a.end);
  const nameWords = nameLength(ws.map((w) => w.text), a.name!, kb, on);
  if (!nameWords) return null;
  let titleStart = a.start;
  let titleEnd = ws.length > nameWords ? ws[ws.length - nameWords - 1]!.end : a.start;
  if (titleEnd === a.start) {
    // the title may sit before the mention: "then-President Barack Obama", "President-elect Joe Biden"
    const before = precedingTitle(text, sentenceStart, a.start, kb);
    if (!before) return null;
    titleStart = before.start;
    titleEnd = before.end;
  }
  let title = text.slice(titleStart, titleEnd).trim();
  let qualifier: Qualifier = 'none';
  const elect = /[- ]elect$/i.exec(title);
  if (elect) { title = title.slice(0, elect.index); qualifier = 'future'; }
  const q = QUALIFIER_BEFORE.exec(text.slice(Math.max(sentenceStart, titleStart - 14), titleStart));
  if (q) { qualifier = QUALIFIER_WORDS[q[1]!.toLowerCase()]!; titleStart -= q[0].length; }
  const lead = /^(former|ex|then|current|sitting|incumbent|outgoing|incoming|acting|interim)[- ]+/i.exec(title);
  if (lead) { qualifier = QUALIFIER_WORDS[lead[1]!.toLowerCase()]!; title = title.slice(lead[0].length); }
  title = title.replace(/^the\s+/i, '');
  if (!title || NOT_AN_OFFICE.test(title)) return null;
  const person = kb.findPeople(a.name!, on)[0];
  if (!person) return null;
  const offices = officesFor(kb, title, person.terms.map((t) => t.office));
  if (offices === null) return null;
  return {
    span: { start: titleStart, end: a.end },
    sentence: a.sentence,
    person: person.person.name,
    personId: person.person.id ?? null,
    title,
    qualifier,
    offices,
  };
}

/** How many trailing words of the mention are the person's name (0 when none resolves to that person). */
function nameLength(mention: string[], name: string, kb: KnowledgeBase, on: string): number {
  let best = 0;
  for (let k = 1; k <= Math.min(4, mention.length); k++) {
    const tail = mention.slice(mention.length - k).join(' ');
    if (kb.findPeople(tail, on).some((p) => p.person.name === name || p.person.aliases.includes(name))) best = k;
  }
  return best;
}

/** A title phrase ending right before `at` ("then-President", "Russia's Foreign Minister"), if any. */
function precedingTitle(text: string, from: number, at: number, kb: KnowledgeBase): Span | null {
  const ws = words(text, Math.max(from, at - 60), at);
  if (!ws.length || text.slice(ws[ws.length - 1]!.end, at).trim()) return null;
  for (let k = Math.min(5, ws.length); k >= 1; k--) {
    const part = ws.slice(ws.length - k);
    if (!part[0]!.upper && !/^(?:former|ex|then|current|sitting|incumbent|outgoing|incoming|acting|interim)\b/i.test(part[0]!.text)) continue;
    const phrase = text.slice(part[0]!.start, at).trim().replace(/^(?:former|ex|then|current|sitting|incumbent|outgoing|incoming|acting|interim)[- ]+/i, '').replace(/[- ]elect$/i, '');
    if (!phrase || !/^\p{Lu}/u.test(phrase)) continue;
    if (kb.parseOfficeTitle(phrase).length) return { start: part[0]!.start, end: part[part.length - 1]!.end };
  }
  return null;
}

/**
 * Offices a title names for a person: the offices the title names outright ("German Chancellor"), or for a bare
 * title ("President", "Foreign Minister") the person's own offices that carry it. [] when the title is an
 * office title we cannot pin down; null when it is no office title at all.
 */
function officesFor(kb: KnowledgeBase, title: string, personOffices: string[]): string[] | null {
  const parsed = kb.parseOfficeTitle(title);
  if (!parsed.length) return null;
  const named = parsed.map((p) => p.office).filter((o): o is string => !!o);
  if (named.length) return [...new Set(named)];
  const key = words(parsed[0]!.title).map((w) => w.key).join(' ');
  const carrying = new Set((kb.titleIndex.get(key) ?? []).map((o) => o.office));
  return [...new Set(personOffices.filter((o) => carrying.has(o)))];
}
