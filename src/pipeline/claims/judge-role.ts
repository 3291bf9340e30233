/**
 * Judges a role claim against the knowledge base on a reference date: was the person, on that date, what the
 * title says (a sitting, former or future holder of the office)? Precision first: a "contradicted" needs a term
 * the knowledge base knows reliably on that date, and for a title without "former"/"then" a date the sentence
 * itself is about (not only the publication date), since bare titles are often used for earlier times.
 *
 *   judgeRole(kb, { person: 'Donald Trump', offices: ['President of the United States'], qualifier: 'former', … },
 *             { on: '2025-03-18', basis: 'ledger-event', note: 'the date of the call in the ledger, 3 sources' })
 *   // { verdict: 'contradicted', explanation: 'On 2025-03-18 (the date of the call …), Donald Trump was the sitting
 *   //   President of the United States (in office since 2025-01-20), not a former one.', evidence: [knowledge fact] }
 */
import { daysBetween } from '../../core/dates.js';
import type { ClaimEvidence, ClaimVerdict } from '../../core/types.js';
import type { Holding, KnowledgeBase } from '../../knowledge/index.js';
import type { RoleMention } from './titles.js';

/** The date a title is judged on, and where it came from. */
export interface RefDate {
  on: string;
  /** Last day of the period when the date is a month or a year ("June 2023"). */
  until?: string;
  basis: 'sentence' | 'article-event' | 'ledger-event' | 'published';
  /** Says where the date came from, for the explanation ("the date of the call in the ledger, 3 sources"). */
  note?: string;
}

/** Days after taking office during which "former" is not called wrong (the appointee "former minister X" of the day). */
const TRANSITION_DAYS = 30;
/** Days after leaving office during which a current title is not called wrong (the handover, a story filed the day before). */
const HANDOVER_DAYS = 7;

export interface Judgement {
  verdict: ClaimVerdict;
  explanation: string;
  evidence: ClaimEvidence[];
  /** Unverified only because the date is the publication date and a bare title may speak of an earlier time. */
  unanchored?: boolean;
}

/**
 * A title judged at the time the text speaks from. In narration "former" and current titles are the writer's
 * present (newsroom style: "Former President Trump had announced in 2018 …" is right in 2022), so a title right
 * on the publication date or on the moment its clause speaks of is supported; it is contradicted only when the
 * moment is fixed (by the sentence, the article or the ledger) and the record contradicts the title there and
 * on the publication date alike. "then-" titles speak of the moment only.
 *
 *   judgeTitle(kb, formerTrump, { published: { on: '2022-06-29', basis: 'published' }, moment: { on: '2018-01-01', until: '2018-12-31', basis: 'sentence' } })
 *   // supported: on 2022-06-29 Trump was a former President
 */
export function judgeTitle(kb: KnowledgeBase, claim: Role, refs: { published: RefDate | null; moment: RefDate | null }): Judgement {
  const { published, moment } = refs;
  if (claim.qualifier === 'then' || !published) return judgeRole(kb, claim, moment ?? published);
  // "current President X", "X is the president of Y": the present tense speaks of the publication date itself
  const writer: RefDate = claim.qualifier === 'current' ? { ...published, basis: 'sentence', note: 'the publication date, the present the title speaks of' } : published;
  const atWriting = judgeRole(kb, claim, writer);
  if (!moment) return atWriting;
  const atMoment = judgeRole(kb, claim, moment);
  if (moment.on === published.on && !moment.until) return atMoment;
  if (atMoment.verdict === 'supported') return atMoment;
  if (atWriting.verdict === 'supported') {
    return { ...atWriting, explanation: `${atWriting.explanation} A title in narration is the writer's present, so "${claim.qualifier === 'none' ? '' : claim.qualifier + ' '}${claim.title}" holds.` };
  }
  if (atMoment.verdict === 'contradicted' && (atWriting.verdict === 'contradicted' || atWriting.unanchored)) {
    const also = atWriting.verdict === 'contradicted' ? ` Nor did the title hold on the publication date, ${published.on}.` : '';
    return { ...atMoment, explanation: atMoment.explanation + also, evidence: dedupe([...atMoment.evidence, ...atWriting.evidence]) };
  }
  if (atMoment.verdict === 'contradicted') {
    return { verdict: 'unverified', explanation: `${atMoment.explanation} But on the publication date (${published.on}) the knowledge base cannot say either way, and the title may be the writer's present.`, evidence: atMoment.evidence };
  }
  return atMoment;
}

function dedupe(evidence: ClaimEvidence[]): ClaimEvidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => { const k = `${e.kind}|${e.ref ?? ''}|${e.documentId ?? ''}|${e.eventId ?? ''}|${e.note ?? ''}`; if (seen.has(k)) return false; seen.add(k); return true; });
}

type Role = Pick<RoleMention, 'person' | 'offices' | 'qualifier' | 'title'>;

export function judgeRole(kb: KnowledgeBase, claim: Role, ref: RefDate | null): Judgement {
  const said = `${claim.qualifier === 'none' ? '' : claim.qualifier + ' '}${claim.title}`;
  if (!ref) return unverified(`No date to judge "${said}" against: the article has no publication date and the sentence none.`);
  if (!claim.offices.length) return unverified(`The knowledge base has no term of ${claim.person} in an office titled "${claim.title}".`);
  const at = statusAt(kb, claim, ref.on);
  const end = ref.until ? statusAt(kb, claim, ref.until) : at;
  const when = `On ${ref.until ? `${ref.on} to ${ref.until}` : ref.on}${ref.note ? ` (${ref.note})` : ''}`;
  if (!at || !end) return unverified(`The knowledge base has no term of ${claim.person} as ${claim.offices.join(' or ')}.`);
  if (at.state !== end.state) return unverified(`${claim.person}'s standing as ${at.holding.office} changed during ${ref.on} to ${ref.until}; the period is too coarse to judge "${said}".`);
  const h = at.holding;
  const evidence = [fact(h)];
  const anchored = ref.basis !== 'published';
  const stale = isStale(kb, h, ref.until ?? ref.on);

  switch (claim.qualifier) {
    case 'former':
      if (at.state === 'current') {
        if (stale) return unverified(staleNote(h, ref.on), evidence);
        if (daysBetween(h.start, ref.on) < TRANSITION_DAYS) return unverified(`${when}, ${claim.person} had taken office as ${h.office} only on ${h.start}; titles often lag a change of office.`, evidence);
        return { verdict: 'contradicted', explanation: `${when}, ${claim.person} was the sitting ${h.office} (in office since ${h.start}), not a former one.`, evidence };
      }
      if (at.state === 'former') return { verdict: 'supported', explanation: `${when}, ${claim.person} was a former ${h.office} (left office on ${h.end}).`, evidence };
      return { verdict: 'contradicted', explanation: `${when}, ${claim.person} had not yet held the office of ${h.office} (took office on ${h.start}), so was not a former one.`, evidence };
    case 'future':
      if (at.state === 'future') return { verdict: 'supported', explanation: `${when}, ${claim.person} was yet to take office as ${h.office} (took office on ${h.start}).`, evidence };
      if (at.state === 'current' && anchored && !stale) return { verdict: 'contradicted', explanation: `${when}, ${claim.person} was already in office as ${h.office} (since ${h.start}).`, evidence };
      return unverified(`${when}, the knowledge base does not show ${claim.person} about to take office as ${h.office}.`, evidence);
    default: {
      if (claim.qualifier === 'then' && !anchored) return unverified(`"${said}" speaks of an earlier time that the sentence does not date, so there is nothing to judge it against.`, evidence);
      if (at.state === 'current') {
        if (stale) return unverified(`${when}, ${claim.person} was ${h.office} as far as the knowledge base knows (in office since ${h.start}; ${staleNote(h, ref.on, true)}).`, evidence);
        return { verdict: 'supported', explanation: `${when}, ${claim.person} was ${h.office} (in office since ${h.start}).`, evidence };
      }
      // a title lags a change of office by days ("outgoing Prime Minister Draghi" on the day Meloni was sworn in)
      if (at.state === 'former' && h.end && daysBetween(h.end, ref.until ?? ref.on) < HANDOVER_DAYS) return unverified(`${when}, ${claim.person} had left office as ${h.office} only on ${h.end}; titles often lag a change of office.`, evidence);
      if (claim.qualifier === 'acting') return unverified(`${when}, the knowledge base has no term of ${claim.person} as ${h.office}; acting holders are often missing from it.`, evidence);
      const state = at.state === 'former' ? `was no longer ${h.office} (left office on ${h.end})` : `was not yet ${h.office} (took office on ${h.start})`;
      if (!anchored) return { ...unverified(`On the publication date ${ref.on}, ${claim.person} ${state}; the sentence gives no date, so the title may refer to an earlier time.`, evidence), unanchored: true };
      return { verdict: 'contradicted', explanation: `${when}, ${claim.person} ${state}.`, evidence };
    }
  }
}

interface StatusAt { state: 'current' | 'former' | 'future'; holding: Holding }

/** The person's standing in the claimed office(s) on a date: current if any term is current, else the nearest term. */
function statusAt(kb: KnowledgeBase, claim: Role, on: string): StatusAt | null {
  const terms = kb.roles(claim.person, on).filter((h) => claim.offices.includes(h.office));
  if (!terms.length) return null;
  const current = terms.find((h) => h.status === 'current');
  if (current) return { state: 'current', holding: current };
  const upcoming = terms.filter((h) => h.status === 'future').sort((a, b) => a.start.localeCompare(b.start))[0];
  if (upcoming && claim.qualifier === 'future') return { state: 'future', holding: upcoming };
  const former = terms.filter((h) => h.status === 'former').sort((a, b) => (b.end ?? '').localeCompare(a.end ?? ''))[0];
  if (former) return { state: 'former', holding: former };
  return { state: 'future', holding: terms.sort((a, b) => a.start.localeCompare(b.start))[0]! };
}

/**
 * An open-ended term is known only up to when the knowledge base was last completed: the end of the last year
 * in which it records any change of office (its data README: "end: null means in office when last completed").
 */
export function isStale(kb: KnowledgeBase, h: Holding, on: string): boolean {
  if (h.end !== null) return false;
  return on > (h.verifiedUntil ?? horizon(kb));
}

let cachedHorizon: { kb: KnowledgeBase; date: string } | null = null;
function horizon(kb: KnowledgeBase): string {
  if (cachedHorizon?.kb === kb) return cachedHorizon.date;
  let latest = '0000';
  for (const t of kb.terms) {
    if (t.start > latest) latest = t.start;
    if (t.end && t.end > latest) latest = t.end;
  }
  const date = `${latest.slice(0, 4)}-12-31`;
  cachedHorizon = { kb, date };
  return date;
}

function staleNote(h: Holding, on: string, short = false): string {
  const s = `the knowledge base's record of ${h.person} as ${h.office} was last checked on ${h.verifiedUntil ?? 'a day'} before ${on}`;
  return short ? s : `${s[0]!.toUpperCase()}${s.slice(1)}, so it cannot say whether the term had ended.`;
}

function fact(h: Holding): ClaimEvidence {
  return {
    kind: 'knowledge',
    ref: `${h.personId ?? h.person}|${h.office}|${h.start}`,
    note: `${h.person}: ${h.office}, ${h.start} to ${h.end ?? 'present'} (source: ${h.source})`,
  };
}

function unverified(explanation: string, evidence: ClaimEvidence[] = []): Judgement {
  return { verdict: 'unverified', explanation, evidence };
}
