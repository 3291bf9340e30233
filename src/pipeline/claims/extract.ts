/**
 * Builds the claims of a document (pure given the knowledge base): role claims judged on the date the sentence
 * is about, and event-date claims (left unverified here: only the ledger knows when an event really happened;
 * `parley check` re-judges both with it, see src/verify/document.ts).
 *
 *   buildClaims(doc, kb)
 *   // [{ kind: 'role', text: 'former U.S. President Donald Trump', verdict: 'supported', asserted: { on: '2023-06-01', … } },
 *   //  { kind: 'event-date', text: 'the June 2023 phone call between Trump and Putin', verdict: 'unverified', … }]
 */
import { addDays } from '../../core/dates.js';
import type { ClaimEvent, ClaimRecord, Document, Span, TimeMention } from '../../core/types.js';
import { KnowledgeBase } from '../../knowledge/index.js';
import { judgeTitle, type RefDate } from './judge-role.js';
import { findYears } from '../times.js';
import { findCommitmentDateClaims } from './commitment-dates.js';
import { findEventMentions, type EventMention } from './events.js';
import { findRoleClaims, type RoleMention } from './titles.js';

export interface ExtractedClaims {
  claims: ClaimRecord[];
  /** Role claims with what the verifier needs to judge them again (same order as their claims). */
  roles: Array<{ claim: ClaimRecord; role: RoleMention; event: EventMention | null }>;
  events: EventMention[];
}

export function buildClaims(doc: Document, kb: KnowledgeBase): ExtractedClaims {
  const on = doc.published ?? KnowledgeBase.today();
  const events = findEventMentions(doc);
  const claims: ClaimRecord[] = [];
  const roles: ExtractedClaims['roles'] = [];
  const next = () => `k${claims.length + 1}`;

  for (const e of events) {
    if (!e.date) continue;
    claims.push({
      id: next(),
      kind: 'event-date',
      text: doc.text.slice(e.span.start, e.span.end),
      span: e.span,
      sentence: e.sentence,
      subject: participantsLabel(e),
      asserted: { event: e.noun, type: e.type, date: e.date.date, precision: e.date.precision ?? 'day', dateText: e.date.text ?? doc.text.slice(e.date.start, e.date.end) },
      verdict: 'unverified',
      explanation: `Only the ledger can say when the ${e.noun} between ${participantsLabel(e)} happened; run \`parley check\` with a ledger.`,
      evidence: [],
      event: claimEvent(e),
    });
  }

  for (const m of findCommitmentDateClaims(doc)) {
    claims.push({
      id: next(),
      kind: 'commitment-date',
      text: doc.text.slice(m.span.start, m.span.end),
      span: m.span,
      sentence: m.sentence,
      subject: m.objects.length ? `the ${m.noun} on ${m.objects.join(' and ')}` : `the ${m.noun}`,
      asserted: { edge: m.edge, noun: m.noun, objects: m.objects.join(' | ') || undefined, date: m.date.date, precision: m.date.precision ?? 'day', dateText: m.date.text ?? doc.text.slice(m.date.start, m.date.end) },
      verdict: 'unverified',
      explanation: `Only the ledger can say when the ${m.noun} ${m.edge === 'start' ? 'started' : 'ended'}; run \`parley check\` with a ledger.`,
      evidence: [],
    });
  }

  const found = findRoleClaims(doc, kb, on);
  for (const role of found) {
    const event = events.find((e) => e.sentence === role.sentence && e.mentions.some((m) => m.start >= role.span.start && m.end <= role.span.end)) ?? null;
    const refs = referenceDates(doc, role, event, events, found);
    const { unanchored: _unanchored, ...judged } = judgeTitle(kb, role, refs);
    const ref = refs.moment ?? refs.published;
    const claim: ClaimRecord = {
      id: next(),
      kind: 'role',
      text: doc.text.slice(role.span.start, role.span.end),
      span: role.span,
      sentence: role.sentence,
      subject: role.person,
      asserted: roleAsserted(role, ref),
      ...judged,
    };
    if (event) claim.event = claimEvent(event);
    claims.push(claim);
    roles.push({ claim, role, event });
  }
  claims.sort((a, b) => a.span.start - b.span.start);
  return { claims, roles, events };
}

export function roleAsserted(role: RoleMention, ref: RefDate | null): Record<string, string | undefined> {
  const status = role.qualifier === 'former' ? 'former' : role.qualifier === 'future' ? 'future' : 'current';
  return {
    office: role.offices.join(' | ') || undefined,
    title: role.title,
    qualifier: role.qualifier,
    status,
    on: ref?.on,
    until: ref?.until,
    basis: ref?.basis,
  };
}

/**
 * The dates a title is judged on: the publication date (the writer's present) and the moment its clause speaks
 * of when the article fixes one (a date in its sentence, else the article's date for the event it sits in).
 */
export function referenceDates(doc: Document, role: RoleMention, event: EventMention | null, events: EventMention[], roles: RoleMention[] = [role]): { published: RefDate | null; moment: RefDate | null } {
  const published: RefDate | null = doc.published ? { on: doc.published, basis: 'published', note: 'the publication date' } : null;
  const dated = clauseDate(doc, role, roles);
  if (dated) return { published, moment: { ...period(dated), basis: 'sentence', note: `the date in the sentence, "${dated.text ?? doc.text.slice(dated.start, dated.end)}"` } };
  if (event) {
    const dated = articleDateFor(event, events);
    if (dated) return { published, moment: { ...period(dated), basis: 'article-event', note: `the date the article gives for the ${event.noun}, "${dated.text}"` } };
  }
  return { published, moment: null };
}

/** Words that open a clause of its own: a date after them dates that clause, not the title's. */
const SUBORDINATE = /\b(?:after|before|since|following|during|when|while|until|who|which|whose|as|because|at the time)\b|[;:(\u2014]/i;
/** What may stand before a title that is the subject of its sentence: a leading date or connective, a qualifier. */
const SUBJECT_LEAD = /^\s*(?:(?:on|in|as of|last|this|earlier|later|early|late|by|then|but|and|meanwhile|also|separately)\b[^,]{0,40},\s*)?["“]?\s*$/i;

/**
 * The date of the clause a title is the subject of ("German Chancellor Angela Merkel said on Monday …", "In April
 * 2010, then-President Obama signed …"). Every title in a coordinated subject shares it ("Vice President Kamala
 * Harris and Secretary of State Mike Pompeo visited Warsaw on Monday"). None when the title sits inside another
 * phrase ("a former adviser to President Obama said last week"): that date is not the title's.
 */
function clauseDate(doc: Document, role: RoleMention, roles: RoleMention[]): TimeMention | null {
  const sentence = doc.layers.sentences?.[role.sentence];
  if (!sentence) return null;
  const subject = coordinatedSubject(doc, role, roles);
  if (!SUBJECT_LEAD.test(doc.text.slice(sentence.start, subject.start))) return null;
  const times = datedTimes(doc).filter((t) => t.sentence === role.sentence);
  const lead = times.find((t) => t.end <= subject.start);
  if (lead) return lead;
  const after = times.find((t) => t.start >= subject.end && t.start - subject.end <= 80);
  if (!after || SUBORDINATE.test(doc.text.slice(subject.end, after.start))) return null;
  return after;
}

const datedCache = new WeakMap<Document, TimeMention[]>();

/** The document's dated time mentions, with the bare years ("In 2015,") the times layer leaves out. */
function datedTimes(doc: Document): TimeMention[] {
  let dated = datedCache.get(doc);
  if (!dated) {
    const layer = (doc.layers.times ?? []).filter((t) => t.date && t.durationDays === undefined);
    const years = [...findYears(doc.text, doc.layers.sentences ?? []), ...asOfYears(doc)].filter((y) => !layer.some((t) => t.start < y.end && y.start < t.end));
    dated = [...layer, ...years].sort((a, b) => a.start - b.start);
    datedCache.set(doc, dated);
  }
  return dated;
}

/** "As of 2019, …": a year the times layer does not lead with. */
function asOfYears(doc: Document): TimeMention[] {
  const sentences = doc.layers.sentences ?? [];
  return [...doc.text.matchAll(/\bas of\s+(1[89]\d\d|20\d\d)\b(?![.,]\d)/gi)].map((m) => {
    const start = m.index! + m[0].length - 4;
    return { start, end: start + 4, text: m[1]!, date: `${m[1]}-01-01`, precision: 'year' as const, sentence: sentences.findIndex((x) => x.start <= start && start < x.end) };
  });
}

/** Only a list separator between two subjects: "X and Y", "X, Y and Z", "X, and Y". */
const COORDINATION = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/i;

/**
 * The span of the coordinated subject a title belongs to: the title alone, or the list of people (titled or
 * not) it is joined to by commas and "and" only.
 */
function coordinatedSubject(doc: Document, role: RoleMention, roles: RoleMention[]): Span {
  const members: Span[] = roles.filter((r) => r.sentence === role.sentence).map((r) => r.span);
  for (const a of doc.layers.actors ?? []) {
    if (a.sentence === role.sentence && a.kind === 'person' && !members.some((m) => m.start < a.end && a.start < m.end)) members.push(a);
  }
  members.sort((x, y) => x.start - y.start);
  let i = members.findIndex((m) => m.start === role.span.start && m.end === role.span.end);
  if (i < 0) return role.span;
  let j = i;
  const joined = (x: Span, y: Span) => x.end <= y.start && COORDINATION.test(doc.text.slice(x.end, y.start));
  while (i > 0 && joined(members[i - 1]!, members[i]!)) i--;
  while (j < members.length - 1 && joined(members[j]!, members[j + 1]!)) j++;
  return { start: members[i]!.start, end: members[j]!.end };
}

/** The date the article itself gives an event elsewhere (same participants and type), when it gives one date only. */
export function articleDateFor(event: EventMention, events: EventMention[]): TimeMention | null {
  const key = participantKey(event);
  const dated = events.filter((e) => e.date && e.type === event.type && participantKey(e) === key);
  const dates = new Set(dated.map((e) => e.date!.date));
  return dates.size === 1 ? dated[0]!.date : null;
}

export function participantKey(e: { participants: { code: string }[] }): string {
  return [...new Set(e.participants.map((p) => p.code))].sort().join('+');
}

export function period(t: Pick<TimeMention, 'date' | 'precision'>): { on: string; until?: string } {
  const on = t.date!;
  if (t.precision === 'month') {
    const nextMonth = new Date(Date.UTC(Number(on.slice(0, 4)), Number(on.slice(5, 7)), 1)).toISOString().slice(0, 10);
    return { on: `${on.slice(0, 7)}-01`, until: addDays(nextMonth, -1) };
  }
  if (t.precision === 'year') return { on, until: `${on.slice(0, 4)}-12-31` };
  return { on };
}

function participantsLabel(e: EventMention): string {
  return e.participants.map((p) => p.name ?? p.code).join(' and ');
}

function claimEvent(e: EventMention): ClaimEvent {
  return { type: e.type, mode: e.mode, noun: e.noun, participants: e.participants };
}
