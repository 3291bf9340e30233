/**
 * Checks one analysed article against the knowledge base and the ledger: event-date claims against the dated
 * clusters of ledger reports, role claims against the knowledge base on the date the event really happened
 * (the ledger's, when the article speaks of a ledger event), and the article's commitments against their merged
 * record. Never a verdict without evidence: supported/contradicted always carry the fact or the ledger reports.
 *
 *   const result = await verifyDocument(analyzeDocument(doc), ledger);
 *   result.claims.find((c) => c.kind === 'event-date')?.verdict // 'contradicted'
 *   // "The ledger has the call between Donald Trump and Vladimir Putin on 2025-03-18, reported by 3 sources, not in June 2023."
 */
import { standingsAsOf } from '../pipeline/commitments/standing.js';
import { commitmentStatusAsOf, type CommitmentState } from '../pipeline/commitments/status.js';
import { isTurn, mergeCommitments, sameCommitment, type CommitmentReport } from '../pipeline/commitments/merge.js';
import { durationEnd, endsOn } from '../pipeline/commitments/status.js';
import { addDays } from '../core/dates.js';
import type { ClaimEvidence, ClaimRecord, CommitmentRecord, Document } from '../core/types.js';
import { KnowledgeBase, loadKnowledge } from '../knowledge/index.js';
import { detectCommitments } from '../pipeline/commitments/detect.js';
import { buildClaims, participantKey, period } from '../pipeline/claims/extract.js';
import type { EventMention } from '../pipeline/claims/events.js';
import { chooseCluster, clusterByDate, ESTABLISHED_SOURCES, matchingReports, type ClusterChoice, type EventCluster, type Ledger } from './ledger.js';
import { judgeTitle } from '../pipeline/claims/judge-role.js';

export interface CommitmentCheck {
  /** The article's own record. */
  commitment: CommitmentRecord;
  /** The ledger's merged record it belongs to (null without a ledger). */
  merged: CommitmentRecord | null;
  state: CommitmentState | null;
}

export interface CheckResult {
  claims: ClaimRecord[];
  commitments: CommitmentCheck[];
  /** Whether a ledger was consulted. */
  ledger: boolean;
}

const MAX_LEDGER_EVIDENCE = 6;

export async function verifyDocument(doc: Document, ledger: Ledger | null, kb: KnowledgeBase = loadKnowledge(), asOf?: string): Promise<CheckResult> {
  const extracted = buildClaims(doc, kb);
  const own = (doc.layers.commitments ?? []).filter((c) => !isTurn(c));
  // commitments the article dates to an earlier year are background for the ledger, but they may tie the article
  // to the ledger's event ("In a phone call in June 2023, Trump and Putin agreed on a 30-day moratorium")
  const recalled = ledger ? detectCommitments({ ...doc, published: null }).filter((c) => !isTurn(c) && !own.some((o) => o.evidence[0]?.start === c.evidence[0]?.start)) : [];
  if (!ledger) return { claims: extracted.claims, commitments: own.map((commitment) => ({ commitment, merged: null, state: null })), ledger: false };

  const reports = await ledger.commitmentReports({ by: [...new Set([...own, ...recalled].flatMap((c) => c.by.map((b) => b.code)))] });
  const choices = new Map<string, Found>();
  /** The article's commitments tied to a ledger event, with the ledger's date of that event (the article's may be wrong). */
  const redated = new Map<CommitmentRecord, string>();
  const choose = async (e: NonNullable<ClaimRecord['event']>) => {
    const key = `${participantKey(e)}|${e.type}|${e.mode ?? ''}`;
    if (!choices.has(key)) {
      const codes = [...new Set(e.participants.map((p) => p.code))];
      const people = e.participants.map((p) => p.name).filter((n): n is string => !!n);
      const rows = matchingReports(await ledger.eventReports({ codes, type: e.type }), e.mode, people);
      const clusters = clusterByDate(rows, doc.id);
      const tie = new Map<EventCluster, CommitmentRecord>();
      // the article's own dating of its commitments is what is in question: compare them undated
      const shares = (c: EventCluster) => {
        const o = [...own, ...recalled].find((x) => reports.some((r) => c.documents.includes(r.documentId) && sameCommitment(undated(x), undated(r.commitment))));
        if (o) tie.set(c, o);
        return !!o;
      };
      const choice = chooseCluster(clusters, shares);
      const shared = choice.cluster ? tie.get(choice.cluster) : undefined;
      if (shared && choice.linked) redated.set(shared, choice.cluster!.date);
      choices.set(key, { choice, clusters, ...(shared ? { tie: `${shared.kind}${shared.scope ? ` on ${shared.scope}` : ''}` } : {}) });
    }
    return choices.get(key)!;
  };

  const claims: ClaimRecord[] = [];
  for (const claim of extracted.claims) {
    if (claim.kind === 'event-date' && claim.event) {
      claims.push({ ...claim, ...judgeEventDate(claim, await choose(claim.event)) });
      continue;
    }
    if (claim.kind === 'commitment-date') {
      claims.push({ ...claim, ...(await judgeCommitmentDate(claim, doc, ledger)) });
      continue;
    }
    const role = extracted.roles.find((r) => r.claim === claim);
    if (role?.event) {
      const { choice, tie } = await choose(claim.event!);
      const articleDate = articleDateText(role.event, extracted.events);
      // The ledger's date replaces the article's own only when the article is tied to that event or gives none.
      if (choice.cluster && (choice.linked || !articleDate || inPeriod(choice.cluster.date, articleDate.period, 1))) {
        const c = choice.cluster;
        const note = `the date of the ${role.event.noun} in the ledger, reported by ${c.sources} sources${tie ? ` with the same ${tie}` : ''}${articleDate && !inPeriod(c.date, articleDate.period) ? `; the article dates it "${articleDate.text}"` : ''}`;
        const published = doc.published ? { on: doc.published, basis: 'published' as const, note: 'the publication date' } : null;
        const { unanchored: _, ...judged } = judgeTitle(kb, role.role, { published, moment: { on: c.date, basis: 'ledger-event', note } });
        claims.push({ ...claim, ...judged, asserted: { ...claim.asserted, on: c.date, until: undefined, basis: 'ledger-event', ...(articleDate ? { eventDate: articleDate.text } : {}) }, evidence: [...judged.evidence, ...ledgerEvidence(c)] });
        continue;
      }
    }
    claims.push(claim);
  }

  const mine = [...own, ...recalled.filter((c) => redated.has(c))];
  const dated = mine.map((c) => (redated.has(c) ? redate(c, redated.get(c)!) : c));
  const commitments = (await checkCommitments(dated, doc, ledger, asOf ?? doc.published ?? KnowledgeBase.today()))
    .map((x, i) => ({ ...x, commitment: mine[i]! }));
  return { claims, commitments, ledger: true };
}

function undated(c: CommitmentRecord): CommitmentRecord {
  return { ...c, starts: null, announced: null, ends: null };
}

/** A commitment of the article re-dated to the ledger's date of the event it was made in. */
function redate(c: CommitmentRecord, date: string): CommitmentRecord {
  const ends = c.starts && c.ends && c.durationDays ? durationEnd(date, c.durationDays) : c.ends && c.starts ? null : c.ends;
  return { ...c, starts: c.starts ? date : c.starts, announced: date, ends };
}

/** The ledger's clusters for an event, the one the article speaks of, and the commitment tying them ("pledge on energy infrastructure"). */
interface Found { choice: ClusterChoice; clusters: EventCluster[]; tie?: string }

function judgeEventDate(claim: ClaimRecord, found: Found): Pick<ClaimRecord, 'verdict' | 'explanation' | 'evidence'> {
  const what = `the ${claim.asserted.event} between ${claim.subject}`;
  const said = claim.asserted.dateText ?? claim.asserted.date!;
  const p = period({ date: claim.asserted.date!, precision: (claim.asserted.precision ?? 'day') as 'day' | 'month' | 'year' });
  const inside = found.clusters.filter((c) => inPeriod(c.date, p, claim.asserted.precision === 'day' ? 1 : 0));
  const backed = inside.filter((c) => c.sources >= ESTABLISHED_SOURCES);
  if (backed.length) {
    const c = backed[0]!;
    return { verdict: 'supported', explanation: `The ledger has ${what} on ${c.date}, reported by ${c.sources} sources, which matches "${said}".`, evidence: ledgerEvidence(c) };
  }
  if (inside.length) {
    return { verdict: 'unverified', explanation: `Only one source in the ledger dates ${what} to ${inside[0]!.date}; that is not enough to judge "${said}".`, evidence: ledgerEvidence(inside[0]!) };
  }
  const c = found.choice.cluster;
  if (c && !found.choice.linked) {
    return { verdict: 'unverified', explanation: `The ledger has ${what} on ${c.date}, reported by ${c.sources} sources, and none ${said.match(/^(?:on|in)\b/i) ? said : `${claim.asserted.precision === 'day' ? 'on' : 'in'} ${said}`}, but nothing in the article ties it to that one.`, evidence: ledgerEvidence(c) };
  }
  if (c) {
    return { verdict: 'contradicted', explanation: `The ledger has ${what}${found.tie ? ` (with the same ${found.tie} as the article)` : ''} on ${c.date}, reported by ${c.sources} sources, not ${said.match(/^(?:on|in)\b/i) ? said : `${claim.asserted.precision === 'day' ? 'on' : 'in'} ${said}`}.`, evidence: ledgerEvidence(c) };
  }
  return { verdict: 'unverified', explanation: `No verdict on "${said}": ${found.choice.why}.`, evidence: [] };
}

/** "The truce expired on April 17": against the one merged ledger commitment on the same objects, with two sources. */
async function judgeCommitmentDate(claim: ClaimRecord, doc: Document, ledger: Ledger): Promise<Pick<ClaimRecord, 'verdict' | 'explanation' | 'evidence'>> {
  const codes = [...new Set((doc.layers.actors ?? []).filter((a) => a.sentence === claim.sentence).map((a) => a.code))];
  const objects = claim.asserted.objects?.split(' | ') ?? [];
  const reports = (await ledger.commitmentReports({ by: codes })).filter((r) => r.documentId !== doc.id);
  const edge = claim.asserted.edge === 'start' ? 'started' : 'ended';
  const said = claim.asserted.dateText ?? claim.asserted.date!;
  const candidates = mergeCommitments(reports).filter((m) =>
    new Set(m.citations?.map((c) => c.source || c.documentId)).size >= ESTABLISHED_SOURCES &&
    (claim.asserted.edge === 'start' ? m.starts : endsOn(m)) &&
    (objects.length ? (m.objects ?? []).some((o) => objects.includes(o)) : m.refrain));
  if (candidates.length !== 1) {
    return { verdict: 'unverified', explanation: `No verdict on when ${claim.subject} ${edge}: the ledger has ${candidates.length ? `${candidates.length} such commitments` : 'no such commitment with two sources'}.`, evidence: [] };
  }
  const m = candidates[0]!;
  const actual = (claim.asserted.edge === 'start' ? m.starts : endsOn(m))!;
  const p = period({ date: claim.asserted.date!, precision: (claim.asserted.precision ?? 'day') as 'day' | 'month' });
  const evidence: ClaimEvidence[] = (m.citations ?? []).slice(0, MAX_LEDGER_EVIDENCE).map((c) => ({ kind: 'ledger', documentId: c.documentId, note: `${c.source ?? 'report'}${c.published ? ` (${c.published})` : ''}: "${c.quote.length > 140 ? c.quote.slice(0, 139) + '…' : c.quote}"` }));
  const what = `${m.by.map((b) => b.code).join(' and ')}'s ${m.kind}${m.scope ? ` on ${m.scope}` : ''} (${m.starts} to ${endsOn(m) ?? 'open-ended'}, ${m.citations?.length ?? 0} reports)`;
  if (inPeriod(actual, p, claim.asserted.precision === 'day' ? 1 : 0)) return { verdict: 'supported', explanation: `The ledger has ${what}, which ${edge} on ${actual}, matching "${said}".`, evidence };
  const turns = (m.turns ?? []).filter((t) => t.phase === 'extended' || t.phase === 'withdrawn' || t.phase === 'collapsed');
  if (claim.asserted.edge === 'end' && turns.length) {
    const later = commitmentStatusAsOf(m, [], doc.published ?? KnowledgeBase.today());
    const ends = [later.ends, ...turns.map((t) => t.date)].filter((d): d is string => !!d);
    const hit = ends.find((d) => inPeriod(d, p, claim.asserted.precision === 'day' ? 1 : 0));
    if (hit) return { verdict: 'supported', explanation: `The ledger has ${what}, which ${edge} on ${hit} after a later turn (${turns.map((t) => t.phase).join(', ')}), matching "${said}".`, evidence };
    return { verdict: 'unverified', explanation: `The ledger has ${what}, later ${turns.map((t) => t.phase).join(', ')}; it cannot confirm that it ${edge} on ${said}.`, evidence };
  }
  return { verdict: 'contradicted', explanation: `The ledger has ${what}, which ${edge} on ${actual}, not ${said}.`, evidence };
}

function inPeriod(date: string, p: { on: string; until?: string }, slackDays = 0): boolean {
  const from = slackDays ? shift(p.on, -slackDays) : p.on;
  const to = shift(p.until ?? p.on, slackDays);
  return date >= from && date <= to;
}

function shift(iso: string, days: number): string {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function articleDateText(event: EventMention, events: EventMention[]): { text: string; period: { on: string; until?: string } } | null {
  const key = participantKey(event);
  const dated = event.date ? event : events.find((e) => e.date && e.type === event.type && participantKey(e) === key);
  return dated?.date ? { text: dated.date.text ?? dated.date.date!, period: period(dated.date) } : null;
}

function ledgerEvidence(c: EventCluster): ClaimEvidence[] {
  const seen = new Set<string>();
  const out: ClaimEvidence[] = [];
  for (const r of c.reports) {
    const key = r.documentId ?? r.eventId;
    if (seen.has(key) || out.length >= MAX_LEDGER_EVIDENCE) continue;
    seen.add(key);
    out.push({ kind: 'ledger', ...(r.documentId ? { documentId: r.documentId } : {}), eventId: r.eventId, note: `${r.source ?? (r.title ? `"${r.title}"` : 'report')}${r.published ? ` (${r.published})` : ''}: ${r.date} ${r.type} "${r.quote.length > 140 ? r.quote.slice(0, 139) + '…' : r.quote}"` });
  }
  return out;
}

/**
 * The article's commitments placed in the ledger's merged records, with their standing on `asOf`, computed as
 * every other reader computes it (src/pipeline/commitments/standing.ts `standingsAsOf`: the same one service the CLI's
 * query, the API and the board call), from every report in the ledger plus the article's own.
 */
async function checkCommitments(own: CommitmentRecord[], doc: Document, ledger: Ledger, asOf: string): Promise<CommitmentCheck[]> {
  if (!own.length) return [];
  // the article's turns (an accusation, an extension) belong in the merge as they do in the ledger
  const turns = (doc.layers.commitments ?? []).filter(isTurn);
  const mine = [...own, ...turns].map((c) => ({ commitment: c, documentId: doc.id, published: doc.published, source: doc.source.name ?? null, quote: c.evidence.map((s) => doc.text.slice(s.start, s.end)).join(' ') }));
  const all = (await ledger.commitmentReports({})).filter((r) => r.documentId !== doc.id);
  // the article counts as known on the day it is checked, whatever its own date
  const standings = await standingsAsOf([...all, ...mine.map((m) => ({ ...m, published: m.published && m.published <= asOf ? m.published : asOf }))], (q) => ledger.events(q), asOf);
  return own.map((c) => {
    const home = standings.find((x) => x.commitment.citations?.some((y) => y.documentId === doc.id && y.span?.start === c.evidence[0]?.start));
    return home ? { commitment: c, merged: home.commitment, state: home.state } : { commitment: c, merged: null, state: null };
  });
}
