/**
 * Violations of a commitment, from the ledger: later events that fall inside its scope and window (an ASSAULT
 * by a committing party on the scoped objects while a pledge to refrain from ASSAULT was in force) and the
 * accusations and denials gathered on the merged commitment (`turns`). Pure.
 *
 *   findViolations(mergedPledge, ledgerEvents)
 *   // [{ date: '2025-03-20', violator: [{code:'RUS'}], accuser: [{code:'UKR'}], standing: 'alleged', sources: 1, … }]
 *
 * Standing: `corroborated` when at least two independent sources (documents from different outlets, and not
 * ones that carry the accused's denial) report the violating event; otherwise `denied` when the accused
 * denies it, else `alleged`.
 */
import { addDays, daysBetween } from '../../core/dates.js';
import type { ActorRef, CommitmentCitation, CommitmentRecord, CommitmentTurn, LedgerEvent, ViolationRecord } from '../../core/types.js';
import { mentionsScope } from './scopes.js';
import { breachVisible, endsOn, lapsesOn } from './status.js';

export type { LedgerEvent } from '../../core/types.js';

/**
 * A count or a statistic is no act that breaks a commitment ("more than 5 million refugees have fled", "the UN
 * recorded 1,200 civilian deaths since March", "the number of attacks rose by 20%").
 */
const STATISTIC = /\b(?:\d[\d,.]*\s*(?:million|thousand|per ?cent|%)|number of|a total of|statistics?|tally|death toll|casualt(?:y|ies) figures?|data (?:show|from)|according to (?:the )?(?:UN|UNHCR|OHCHR|data|figures)|refugees?)\b/i;

/**
 * A joke, a sketch or a satire is no report of an act: an event read from a comedian's quip or a late-night
 * monologue ("'Putin has already broken the truce twice tonight,' the comedian joked") never breaks a commitment.
 */
const ENTERTAINMENT = /\b(?:jok(?:e|es|ed|ing)|quip(?:s|ped|ping)?|wisecrack\w*|comedians?|comics?|comedy|late-night|talk[- ]show|monologues?|sketch(?:es)?|satir\w*|parod\w*|stand-up|sitcom|punchline|roast(?:ed|ing)?)\b/i;

/** Days either side within which two reports are taken to be about the same violation. */
const SAME_VIOLATION_DAYS = 1;

export function findViolations(c: CommitmentRecord, events: readonly LedgerEvent[]): ViolationRecord[] {
  // nothing to break: a proposal (made, rejected or pending) or an agreement still waiting on its condition
  if (c.phase === 'proposed' || c.inForceOnlyIf?.length) return [];
  const parties = codes(c.by);
  const starts = c.starts ?? c.announced ?? null;
  // (an open-ended pledge that lapsed binds no longer: see status.ts)
  // (`ends` is the last day in force; a lapse date is the first day no longer in force)
  const lapse = lapsesOn(c, '9999-12-31');
  const ends = endsOn(c) ?? (lapse ? addDays(lapse, -1) : null);
  const turns = c.turns ?? [];
  const denials = turns.filter((t) => t.phase === 'denied-violation');
  const denyingDocs = new Set(denials.map((t) => t.citation?.documentId).filter(Boolean));

  const candidates: Candidate[] = [];
  // a demand, threat or ultimatum binds the other side, if anyone: its author's own acts do not break it
  if (breachVisible(c) && c.action && starts) {
    for (const e of events) {
      if (e.type !== c.action || e.negated || e.modality === 'denied' || e.modality === 'hypothetical' || e.modality === 'future') continue;
      if (e.text && (STATISTIC.test(e.text) || ENTERTAINMENT.test(e.text))) continue;
      if (!e.date || e.date < starts || (ends && e.date > ends)) continue;
      if (!e.actor.some((a) => parties.has(a.code))) continue;
      if (c.scope && !(e.text && (c.objects?.length ? c.objects : [c.scope]).some((s) => mentionsScope(e.text!, s)))) continue;
      candidates.push({ date: e.date, violator: e.actor.filter((a) => parties.has(a.code)), accuser: [], event: e });
    }
  }
  for (const t of turns) {
    if (t.phase !== 'accused-violation') continue;
    // (an accusation quoted from a comedian's joke accuses no one)
    if (t.citation?.quote && ENTERTAINMENT.test(t.citation.quote)) continue;
    const date = t.date ?? t.citation?.published ?? null;
    if (date && starts && date < addDays(starts, -SAME_VIOLATION_DAYS)) continue;
    // an accusation names who is accused: only a party the commitment binds can break it (Russia accusing Ukraine
    // of striking an energy site is no violation of Russia's own pledge), and an accuser never accuses itself
    const accuser = codes(t.accuser ?? []);
    const violator = (t.accused?.length ? t.accused : c.by).filter((a) => parties.has(a.code) && !accuser.has(a.code));
    if (!violator.length) continue;
    candidates.push({ date, violator, accuser: t.accuser ?? [], turn: t });
  }

  const groups = groupByDate(candidates);
  return groups.map((g) => toViolation(g, denials, denyingDocs));
}

interface Candidate {
  date: string | null;
  violator: ActorRef[];
  accuser: ActorRef[];
  event?: LedgerEvent;
  turn?: CommitmentTurn;
}

function groupByDate(candidates: Candidate[]): Candidate[][] {
  const sorted = [...candidates].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  const groups: Candidate[][] = [];
  for (const c of sorted) {
    const last = groups[groups.length - 1];
    const anchor = last?.[0]?.date;
    if (last && anchor && c.date && daysBetween(anchor, c.date) <= SAME_VIOLATION_DAYS) last.push(c);
    else if (last && !anchor && !c.date) last.push(c);
    else groups.push([c]);
  }
  return groups;
}

function toViolation(group: Candidate[], denials: CommitmentTurn[], denyingDocs: Set<string | undefined>): ViolationRecord {
  const date = group.map((c) => c.date).find(Boolean) ?? null;
  const violator = uniqueActors(group.flatMap((c) => c.violator));
  const accuser = uniqueActors(group.flatMap((c) => c.accuser));
  const eventIds = [...new Set(group.flatMap((c) => (c.event ? [c.event.id] : [])))];
  const reporting = new Set<string>();
  for (const c of group) {
    if (c.event && !denyingDocs.has(c.event.documentId)) reporting.add(c.event.source || c.event.documentId);
  }
  const accusations = group.filter((c) => c.turn);
  const sources = new Set([...reporting, ...accusations.map((c) => c.turn!.citation?.source || c.turn!.citation?.documentId || 'accusation')]).size;
  const violatorCodes = codes(violator);
  const denial = denials.find((d) => (d.accused ?? []).some((a) => violatorCodes.has(a.code)) || !(d.accused?.length));
  const standing = reporting.size >= 2 ? 'corroborated' : denial ? 'denied' : 'alleged';
  const evidence: CommitmentCitation[] = [
    ...accusations.map((c) => c.turn!.citation).filter((x): x is CommitmentCitation => !!x),
    ...group.filter((c) => c.event).map((c) => ({ documentId: c.event!.documentId, published: c.event!.published ?? null, ...(c.event!.source ? { source: c.event!.source } : {}), quote: c.event!.text ?? '' })),
    ...(denial?.citation && standing === 'denied' ? [denial.citation] : []),
  ];
  const names = (xs: ActorRef[]) => [...new Set(xs.map((a) => a.code))].join(' and ') || 'an unnamed party';
  const when = date ? ` on ${date}` : '';
  const explanation =
    standing === 'corroborated'
      ? `${reporting.size} independent sources report ${names(violator)} acting against the commitment${when}.`
      : standing === 'denied'
        ? `${accuser.length ? names(accuser) : 'A source'} accused ${names(violator)} of a violation${when}, which ${names(violator)} denied.`
        : `${accuser.length ? names(accuser) : 'One source'} alleged a violation by ${names(violator)}${when}; no independent source confirms it yet.`;
  return { date, violator, accuser, events: eventIds, standing, sources, evidence, explanation };
}

function codes(actors: readonly ActorRef[]): Set<string> {
  return new Set(actors.map((a) => a.code));
}

function uniqueActors(actors: ActorRef[]): ActorRef[] {
  const seen = new Map<string, ActorRef>();
  for (const a of actors) if (!seen.has(a.code + (a.sector ?? ''))) seen.set(a.code + (a.sector ?? ''), a);
  return [...seen.values()];
}
