/**
 * Event mentions a claim can be checked against: a meeting, call or talks between named parties, with the date
 * the article gives it when it gives one ("the June 2023 phone call between Trump and Putin", "Trump spoke with
 * Putin on Tuesday"). Dated mentions become event-date claims; undated ones ("the recent conversation between
 * X and Y") anchor the role claims around them to the event's real date.
 *
 *   findEventMentions(doc)
 *   // [{ noun: 'phone call', type: 'CONSULT', participants: [{ code: 'USA', name: 'Donald Trump' }, { code: 'RUS', … }],
 *   //    date: { text: 'June 2023', date: '2023-06-01', precision: 'month' }, … }]
 */
import type { ActorMention, ActorRef, Document, Span, TimeMention } from '../../core/types.js';

export interface EventMention {
  span: Span;
  sentence: number;
  /** The words naming the event ("phone call", "talks", "spoke"). */
  noun: string;
  type: string;
  mode: string | null;
  participants: ActorRef[];
  /** Participant mentions, for linking role claims to the event. */
  mentions: ActorMention[];
  date: TimeMention | null;
}

const NOUN = /\b(phone call|telephone call|phone conversation|telephone conversation|video call|video conference|phone talks|call|conversation|talks|meeting|summit|negotiations)\b/gi;
const VERB = /\b(spoke|talked|held (?:a )?(?:phone |telephone )?(?:call|talks|conversation)|phoned|met)\b/gi;
const CHAIN = /^\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?$/i;

export function findEventMentions(doc: Document): EventMention[] {
  const text = doc.text;
  const out: EventMention[] = [];
  const sentences = doc.layers.sentences ?? [];
  const actors = (doc.layers.actors ?? []).filter((a) => a.kind !== 'place' && a.kind !== 'sector').sort((a, b) => a.start - b.start);
  const times = (doc.layers.times ?? []).filter((t) => t.date && t.durationDays === undefined);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const sActors = actors.filter((a) => a.sentence === i);
    const sTimes = times.filter((t) => t.sentence === i);
    if (sActors.length < 2) continue;
    const body = text.slice(s.start, s.end);
    for (const m of body.matchAll(NOUN)) {
      const ns = s.start + m.index!;
      const ne = ns + m[0].length;
      if (isPreview(text, s.start, ns, s.end)) continue;
      const found = nounMention(text, sActors, sTimes, ns, ne) ?? leadMention(text, sActors, sTimes, s.start, ns, ne, s.end);
      const tail = found ? Math.max(ne, ...found.mentions.map((m) => m.end)) : 0;
      if (found && PREVIEW_AFTER.test(text.slice(tail, Math.min(s.end, tail + 60)))) continue;
      if (found) out.push({ ...found, sentence: i, noun: m[1]!.toLowerCase(), ...typeOf(m[1]!) });
    }
    for (const m of body.matchAll(VERB)) {
      const vs = s.start + m.index!;
      const ve = vs + m[0].length;
      if (out.some((e) => e.sentence === i && e.span.start <= vs && ve <= e.span.end)) continue;
      if (isPreview(text, s.start, vs, s.end)) continue;
      const found = verbMention(text, sActors, sTimes, vs, ve, s.end);
      if (found) out.push({ ...found, sentence: i, noun: nounOfVerb(m[1]!), ...typeOf(m[1]!) });
    }
  }
  return out;
}

/**
 * A preview, plan or hypothetical, not a report that the event happened: "is expected to hold a phone call
 * today", "will meet next week", "a possible meeting", "plans for talks", "if they meet". Read in the clause
 * before the event word and a few words after it ("talks scheduled for Friday").
 */
const PREVIEW_BEFORE = new RegExp([
  /\b(?:expected|set|scheduled|due|slated|planning|plans?|planned|going|hop(?:es?|ing)|wants?|wanted|seeks?|sought|intends?|ready|willing|agreed|offered|proposed|invited|asked|urged|is|are|was|were)\s+to\s+(?:[\w-]+\s+){0,4}$/.source,
  /\b(?:will|would|could|may|might|shall|should|must|can|if|unless|whether|possible|potential|proposed|planned|upcoming|next|future|expected|prospective|likely|any)\s+(?:[\w-]+\s+){0,4}$/.source,
  /\b(?:ahead of|plans? for|calls? for|called for|push(?:ed|ing)? for|prepar\w* for|requests? for|requested|offer of|invitation to)\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,3}$/.source,
].join('|'), 'i');
const PREVIEW_AFTER = /^\s+(?:is|are|was|were|would be|will be)\s+(?:expected|scheduled|set|due|planned|slated|possible)\b|^\s+(?:scheduled|planned|set|due|slated|expected)\s+(?:for|to)\b|^\s+(?:later|next|tomorrow)\b/i;

export function isPreview(text: string, sentenceStart: number, at: number, sentenceEnd: number): boolean {
  const clauseStart = Math.max(sentenceStart, at - 80);
  const before = text.slice(clauseStart, at);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(','), before.lastIndexOf('\u2014'));
  const clause = cut >= 0 ? before.slice(cut + 1) : before;
  if (PREVIEW_BEFORE.test(clause)) return true;
  const word = /^[\w-]+(?:\s+(?:call|talks|conversation|meeting))?/.exec(text.slice(at, sentenceEnd));
  return PREVIEW_AFTER.test(text.slice(at + (word?.[0].length ?? 0), Math.min(sentenceEnd, at + 60)));
}

/**
 * The event named at the head of its sentence, its participants the clause's subject: "In a phone call in June
 * 2023, former President Trump and Vladimir Putin agreed …", "During their talks on Tuesday, X and Y …", "In a
 * call with Putin on March 18, Trump …".
 */
function leadMention(text: string, actors: ActorMention[], times: TimeMention[], sentenceStart: number, ns: number, ne: number, end: number): Found | null {
  const lead = /^\s*(?:["“]\s*)?(?:in|during|at|on)\s+(?:a|an|the|their|his|her|its)?\s*(?:[\w'’-]+\s+){0,3}$/i.exec(text.slice(sentenceStart, ns));
  if (!lead) return null;
  const comma = text.indexOf(',', ne);
  if (comma < 0 || comma > Math.min(end, ne + 80)) return null;
  const inner = actors.filter((a) => a.start >= ne && a.end <= comma);
  const withWhom = /^\s+with\s+(?:the\s+)?/i.exec(text.slice(ne, comma)) ? chainFrom(text, inner, ne + /^\s+with\s+(?:the\s+)?/i.exec(text.slice(ne, comma))![0].length) : [];
  const subject = chainFrom(text, actors, comma + 1);
  const group = [...withWhom, ...subject];
  if (!subject.length || distinctCodes(group) < 2) return null;
  const date = times.find((t) => t.start >= ne && t.end <= comma && /^\s*(?:[\w-]+\s+){0,4}(?:on|in|last|this)?\s*$/i.test(text.slice(Math.max(ne, withWhom.length ? withWhom[withWhom.length - 1]!.end : ne), t.start)))
    ?? dateBefore(text, times, ns, sentenceStart);
  const last = group[group.length - 1]!;
  return { span: { start: sentenceStart + lead[0].search(/\S/) + (lead[0].trimStart().startsWith('"') || lead[0].trimStart().startsWith('“') ? 1 : 0), end: last.end }, participants: refs(group), mentions: group, date };
}

function nounOfVerb(verb: string): string {
  if (/met/i.test(verb)) return 'meeting';
  if (/talks/i.test(verb)) return 'talks';
  return 'call';
}

function typeOf(word: string): { type: string; mode: string | null } {
  if (/phone|telephone|call|phoned|spoke|talked|conversation/i.test(word)) return { type: 'CONSULT', mode: /video/i.test(word) ? 'video' : 'phone' };
  return { type: 'CONSULT', mode: /met|meeting|summit/i.test(word) ? 'meet' : null };
}

type Found = Pick<EventMention, 'span' | 'participants' | 'mentions' | 'date'>;

/** "the June 2023 phone call between X and Y", "X's call with Y on Tuesday". */
function nounMention(text: string, actors: ActorMention[], times: TimeMention[], ns: number, ne: number): Found | null {
  const prep = /^\s+(between|with|among)\s+(?:the\s+)?/i.exec(text.slice(ne, ne + 20));
  if (!prep) return null;
  const after = chainFrom(text, actors, ne + prep[0].length);
  let group = after;
  let start = ns;
  if (prep[1]!.toLowerCase() === 'with') {
    const owner = [...actors].reverse().find((a) => a.end <= ns && /^\s*(?:'s|’s)\s+(?:[\w-]+\s+){0,4}$/i.test(text.slice(a.end, ns)));
    if (!owner) return null;
    group = [owner, ...after];
    start = owner.start;
  }
  if (distinctCodes(group) < 2) return null;
  const last = group[group.length - 1]!;
  const date = dateBefore(text, times, ns, start) ?? dateAfter(text, times, last.end);
  const determiner = /\b(?:the|a|an|this|that|their|its)\s+(?:[\w-]+\s+){0,4}$/i.exec(text.slice(Math.max(0, ns - 40), ns));
  if (determiner && start === ns) start = ns - (text.slice(Math.max(0, ns - 40), ns).length - determiner.index);
  if (date && date.start < start) start = date.start;
  return { span: { start, end: Math.max(last.end, date?.end ?? 0) }, participants: refs(group), mentions: group, date };
}

/** "X and Y spoke by phone on Tuesday", "X spoke with Y on 18 March", "X met Y in Riyadh in February". */
function verbMention(text: string, actors: ActorMention[], times: TimeMention[], vs: number, ve: number, end: number): Found | null {
  const subject = chainBefore(text, actors, vs);
  if (!subject.length) return null;
  const obj = /^\s+(?:by phone\s+|by telephone\s+)?(?:with|to)?\s*(?:the\s+)?/i.exec(text.slice(ve, ve + 30));
  const objects = obj ? chainFrom(text, actors, ve + obj[0].length) : [];
  const group = [...subject, ...objects];
  if (distinctCodes(group) < 2) return null;
  const last = group[group.length - 1]!;
  // "since March 18, when Trump and Putin spoke": the date the when-clause hangs on
  const when = times.find((t) => t.end <= subject[0]!.start && /^\s*,?\s*when\s+(?:the\s+)?$/i.test(text.slice(t.end, subject[0]!.start)));
  const date = dateAfter(text, times, Math.max(last.end, ve), end) ?? when ?? null;
  const start = date && date === when ? date.start : subject[0]!.start;
  return { span: { start, end: Math.max(last.end, ve, date?.end ?? 0) }, participants: refs(group), mentions: group, date };
}

function chainFrom(text: string, actors: ActorMention[], from: number): ActorMention[] {
  const out: ActorMention[] = [];
  let at = from;
  for (const a of actors) {
    if (a.start < at) continue;
    const gap = text.slice(at, a.start);
    if (out.length ? !CHAIN.test(gap) : gap.trim() !== '' && !/^\s*(?:the\s+)?(?:former|then|ex-|current)?\s*$/i.test(gap)) break;
    out.push(a);
    at = a.end;
  }
  return out;
}

function chainBefore(text: string, actors: ActorMention[], before: number): ActorMention[] {
  const out: ActorMention[] = [];
  let at = before;
  for (let i = actors.length - 1; i >= 0; i--) {
    const a = actors[i]!;
    if (a.end > at) continue;
    const gap = text.slice(a.end, at);
    if (out.length ? !CHAIN.test(gap) : gap.trim() !== '') break;
    out.unshift(a);
    at = a.start;
  }
  return out;
}

/** A date written inside the noun phrase: "the June 2023 phone call", "Tuesday's call". */
function dateBefore(text: string, times: TimeMention[], ns: number, floor: number): TimeMention | null {
  return times.find((t) => t.end <= ns && t.start >= Math.max(floor - 40, ns - 40) && /^(?:\s*(?:'s|’s))?\s*(?:[a-z-]+\s+){0,2}$/i.test(text.slice(t.end, ns)) && !/[.;]/.test(text.slice(t.end, ns))) ?? null;
}

/** A date right after the event phrase: "… on Tuesday", "… in June 2023". */
function dateAfter(text: string, times: TimeMention[], from: number, until = from + 60): TimeMention | null {
  return times.find((t) => t.start >= from && t.start <= until && /^\s*(?:[a-z]+\s+){0,3}(?:on|in|last|this)?\s*$/i.test(text.slice(from, t.start)) && !/[.;,]/.test(text.slice(from, t.start))) ?? null;
}

function distinctCodes(group: ActorMention[]): number {
  return new Set(group.map((a) => a.code)).size;
}

function refs(group: ActorMention[]): ActorRef[] {
  return group.map((a) => ({ code: a.code, ...(a.sector ? { sector: a.sector } : {}), ...(a.name ? { name: a.name } : {}) }));
}
