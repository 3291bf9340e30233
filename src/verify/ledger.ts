/**
 * What the verifier asks of the ledger, and the pure reasoning over its answers: reports of one kind of event
 * between the same parties grouped into dated clusters with their independent sources, and the choice of the
 * cluster an article speaks of. Implemented over the store by src/services/ledger.service.ts (the store's rows) and in memory by
 * memory-ledger.ts (tests, and checking against a handful of files).
 *
 *   const clusters = clusterByDate(await ledger.eventReports({ codes: ['USA', 'RUS'], type: 'CONSULT' }));
 *   // [{ date: '2025-03-18', sources: 3, documents: ['sha256:…', …], reports: [...] }]
 */
import { daysBetween } from '../core/dates.js';
import type { CommitmentReport } from '../pipeline/commitments/merge.js';
import type { LedgerEvent } from '../pipeline/commitments/violations.js';
import type { ClaimRecord } from '../core/types.js';
import { isPreview } from '../pipeline/claims/events.js';

/**
 * One report of an event in the ledger, as the verifier needs it: a coded event row, or a ledger document's own
 * day-precise statement of when the event happened (its event-date claim), so a report counts even when the
 * event coder missed the sentence. A document counts once per cluster either way.
 */
export interface EventReport {
  eventId: string;
  documentId: string | null;
  /** Outlet name; independent sources are counted by it, else by document. */
  source: string | null;
  published: string | null;
  date: string;
  type: string;
  mode: string | null;
  /** Codes of actors and recipients. */
  codes: string[];
  /** Names of the people among them, when the coder named them. */
  names: string[];
  quote: string;
  /** Title of the reporting document, when known. */
  title?: string;
}

export interface Ledger {
  /** Reports of events of `type` naming both parties (as actor or recipient, either way round), on any date. */
  eventReports(q: { codes: string[]; type: string }): Promise<EventReport[]>;
  /** Commitment mentions (one per article) by any of these parties, or all when `by` is empty. */
  commitmentReports(q: { by?: string[] }): Promise<CommitmentReport[]>;
  /** Events of `type` by any of `actors` dated from `from` (inclusive) to `to` (exclusive), for violations. */
  events(q: { type: string; actors: string[]; from: string; to?: string | null }): Promise<LedgerEvent[]>;
}

export interface EventCluster {
  /** The date most reports give (earliest on a tie). */
  date: string;
  reports: EventReport[];
  /** Independent sources: distinct outlets, else distinct documents. */
  sources: number;
  documents: string[];
}

/** Modalities of an event that report it happened (a preview, plan or hypothetical is no evidence that it did). */
export const REPORTED_MODALITIES: ReadonlySet<string> = new Set(['asserted', 'reported']);

/**
 * Whether a coded event's sentence previews it rather than reports it ("is expected to hold a phone call today",
 * "ahead of the call on Tuesday"): the coder may call such a sentence reported for its attribution.
 */
export function isPreviewQuote(quote: string, triggerOffset: number): boolean {
  return triggerOffset >= 0 && triggerOffset < quote.length && isPreview(quote, 0, triggerOffset, quote.length);
}

/** A stored document's event-date claim as an event report (day precision only), or null. */
export function reportFromClaim(claim: ClaimRecord, doc: { id: string; source: string | null; published: string | null; title?: string }, codes: string[], type: string): EventReport | null {
  if (claim.kind !== 'event-date' || !claim.event || claim.event.type !== type || claim.asserted.precision !== 'day' || !claim.asserted.date) return null;
  if (doc.published && claim.asserted.date > doc.published) return null;
  const parties = claim.event.participants;
  if (!codes.every((c) => parties.some((p) => p.code === c))) return null;
  return {
    eventId: `${doc.id}#${claim.id}`, documentId: doc.id, source: doc.source, published: doc.published, date: claim.asserted.date, type,
    mode: claim.event.mode ?? null, codes: parties.map((p) => p.code), names: parties.map((p) => p.name).filter((n): n is string => !!n),
    quote: claim.text, ...(doc.title ? { title: doc.title } : {}),
  };
}

/** Reports within a day of each other are the same event. */
const SAME_EVENT_DAYS = 1;
/** A cluster needs this many independent sources before the ledger contradicts an article with it. */
export const ESTABLISHED_SOURCES = 2;

export function clusterByDate(reports: readonly EventReport[], exceptDocument?: string): EventCluster[] {
  const sorted = reports.filter((r) => r.documentId !== exceptDocument).sort((a, b) => a.date.localeCompare(b.date));
  const groups: EventReport[][] = [];
  for (const r of sorted) {
    const last = groups[groups.length - 1];
    if (last && daysBetween(last[last.length - 1]!.date, r.date) <= SAME_EVENT_DAYS) last.push(r);
    else groups.push([r]);
  }
  return groups.map((g) => ({
    date: modalDate(g),
    reports: g,
    sources: new Set(g.map((r) => r.source || r.documentId || r.eventId)).size,
    documents: [...new Set(g.map((r) => r.documentId).filter((d): d is string => !!d))],
  }));
}

function modalDate(g: EventReport[]): string {
  const counts = new Map<string, Set<string>>();
  for (const r of g) {
    const set = counts.get(r.date) ?? new Set<string>();
    set.add(r.source || r.documentId || r.eventId);
    counts.set(r.date, set);
  }
  return [...counts.entries()].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))[0]![0];
}

/** Keeps reports that can be the event a claim names: same mode family and, when both name people, the same people. */
export function matchingReports(reports: readonly EventReport[], mode: string | null | undefined, people: readonly string[]): EventReport[] {
  return reports.filter((r) => {
    if (mode === 'phone' && r.mode && !['phone', 'video'].includes(r.mode)) return false;
    if (mode === 'meet' && r.mode && r.mode === 'phone') return false;
    if (people.length >= 2 && r.names.length) return r.names.some((n) => people.includes(n));
    return true;
  });
}

export type ClusterChoice =
  | { cluster: EventCluster; linked: boolean; why: string }
  | { cluster: null; linked: false; why: string };

/**
 * The cluster an article speaks of among established ones: the only one, or the only one whose documents report a
 * commitment the article also reports (`sharesCommitment`). `linked` says whether the article is tied to it by
 * such a shared commitment: only then may the ledger contradict the article's own date for the event (the ledger
 * may simply lack the event the article means). Otherwise no cluster: the verifier then says "unverified".
 */
export function chooseCluster(clusters: readonly EventCluster[], sharesCommitment: (c: EventCluster) => boolean): ClusterChoice {
  const established = clusters.filter((c) => c.sources >= ESTABLISHED_SOURCES);
  if (!established.length) return { cluster: null, linked: false, why: clusters.length ? 'no date of it in the ledger has two independent sources' : 'the ledger has no report of it' };
  const sharing = established.filter(sharesCommitment);
  if (sharing.length === 1) return { cluster: sharing[0]!, linked: true, why: 'the one whose reports carry the same commitment as the article' };
  if (established.length === 1) return { cluster: established[0]!, linked: false, why: 'the only such event in the ledger with independent sources' };
  return { cluster: null, linked: false, why: `the ledger has ${established.length} such events (${established.map((c) => c.date).join(', ')}) and cannot tell which one the article means` };
}
