/**
 * Matching and scoring of predicted events against the gold events of one sentence (the news-events gold set,
 * src/eval/gold/README.md). Gold events are required (news of the day, asserted/reported/future), optional
 * (hypothetical or denied: a match counts, a miss does not) or background (recalled history: dropping it is
 * right, coding it is a false positive).
 *
 *   const s = scoreSentence(
 *     [{ type: 'ASSAULT', actor: ['RUS'], recipient: ['UKR'], modality: 'asserted' }],
 *     [{ type: 'ASSAULT', actor: ['RUS'], recipient: ['UKR'], modality: 'reported' }]);
 *   s.type   // { tp: 1, fp: 0, fn: 0 }
 *   s.triple // { tp: 1, fp: 0, fn: 0 }
 *   s.modality // { agree: 0, total: 1 }
 */
import type { Counts } from './events.metrics.js';

export interface Party { code: string; sector?: string }

/** A gold or predicted event reduced to what is scored. Actor and recipient codes are countries (see `countryOf`). */
export interface ScoredEvent {
  type: string;
  actor: string[];
  recipient: string[];
  modality: string;
  /** 'actor:RUS' / 'recipient:UKR' -> sector, to score sector agreement on matched pairs. */
  sectors?: Record<string, string>;
  date?: string | null;
  location?: { name: string; country: string | null } | null;
  background?: boolean;
}

export interface Pair { gold: number; pred: number; triple: boolean }

export interface SentenceScore {
  type: Counts;
  triple: Counts;
  pairs: Pair[];
  /** Background gold events: how many there were and how many the prediction left out (right). */
  background: { total: number; dropped: number };
  /** Predicted events that match only a background gold event (counted in fp above). */
  backgroundCoded: number;
  modality: { agree: number; total: number };
  sector: { agree: number; total: number };
  date: { agree: number; total: number };
  location: { agree: number; total: number };
}

/** Organisation codes that Parley and the gold set write differently, and CAMEO legacy country codes. */
const ALIASES: Record<string, string> = { EU: 'EUR', UN: 'UNO', JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };
const ORGS = new Set(['NATO', 'EUR', 'UNO', 'WST', 'IGO', 'NGO', 'OSCE', 'IAEA', 'ICC', 'WHO', 'OPEC', 'G7', 'G20', 'CIS', 'CSTO', 'SCO']);

/** The country (or organisation) part of an actor code: 'RUSMIL' -> 'RUS', 'EU' -> 'EUR', '---' stays. */
export function countryOf(code: string): string {
  const c = code.toUpperCase().trim();
  if (!c) return '';
  if (ALIASES[c]) return ALIASES[c]!;
  if (ORGS.has(c)) return c;
  if (c.startsWith('IMG')) return 'IMG';
  const head = c.slice(0, 3);
  return ALIASES[head] ?? head;
}

function partiesMatch(gold: string[], pred: string[], goldEmptyMatchesAll: boolean): boolean {
  if (!gold.length) return goldEmptyMatchesAll || !pred.length;
  return gold.some((g) => pred.includes(g));
}

/** Same type, an actor country in common, and a recipient country in common (a gold event with no recipient takes any). */
export function tripleMatch(g: ScoredEvent, p: ScoredEvent): boolean {
  return g.type === p.type && partiesMatch(g.actor, p.actor, false) && partiesMatch(g.recipient, p.recipient, true);
}

/** Maximum bipartite matching (augmenting paths; sentences hold a handful of events). Returns pred index per gold index. */
export function maxMatch(golds: number[], preds: number[], ok: (g: number, p: number) => boolean, taken: Set<number>): Map<number, number> {
  const predOwner = new Map<number, number>();
  const tryGold = (g: number, seen: Set<number>): boolean => {
    for (const p of preds) {
      if (taken.has(p) || seen.has(p) || !ok(g, p)) continue;
      seen.add(p);
      const owner = predOwner.get(p);
      if (owner === undefined || tryGold(owner, seen)) { predOwner.set(p, g); return true; }
    }
    return false;
  };
  for (const g of golds) tryGold(g, new Set());
  const out = new Map<number, number>();
  for (const [p, g] of predOwner) out.set(g, p);
  return out;
}

const OPTIONAL = new Set(['hypothetical', 'denied']);

export function scoreSentence(gold: ScoredEvent[], pred: ScoredEvent[]): SentenceScore {
  const idx = (xs: unknown[]) => xs.map((_, i) => i);
  const news = idx(gold).filter((i) => !gold[i]!.background);
  const required = news.filter((i) => !OPTIONAL.has(gold[i]!.modality));
  const bg = idx(gold).filter((i) => gold[i]!.background);
  const taken = new Set<number>();
  // triples first, so that the type-level pairing pairs the same events when it can
  const m3 = maxMatch(news, idx(pred), (g, p) => tripleMatch(gold[g]!, pred[p]!), taken);
  for (const p of m3.values()) taken.add(p);
  const m1 = maxMatch(news.filter((g) => !m3.has(g)), idx(pred), (g, p) => gold[g]!.type === pred[p]!.type, taken);
  for (const p of m1.values()) taken.add(p);
  const mb = maxMatch(bg, idx(pred), (g, p) => gold[g]!.type === pred[p]!.type, taken);

  const pairs: Pair[] = [...[...m3].map(([g, p]) => ({ gold: g, pred: p, triple: true })), ...[...m1].map(([g, p]) => ({ gold: g, pred: p, triple: false }))];
  const typeTp = pairs.length;
  const requiredHit = (m: Map<number, number>) => required.filter((g) => m.has(g)).length;
  const type: Counts = { tp: typeTp, fp: pred.length - typeTp, fn: required.length - requiredHit(m3) - requiredHit(m1) };
  const triple: Counts = { tp: m3.size, fp: pred.length - m3.size, fn: required.length - requiredHit(m3) };

  const agree = { modality: { agree: 0, total: 0 }, sector: { agree: 0, total: 0 }, date: { agree: 0, total: 0 }, location: { agree: 0, total: 0 } };
  for (const { gold: gi, pred: pi, triple: t } of pairs) {
    const g = gold[gi]!; const p = pred[pi]!;
    agree.modality.total++; if (g.modality === p.modality) agree.modality.agree++;
    if (g.date) { agree.date.total++; if (p.date === g.date) agree.date.agree++; }
    if (g.location) {
      agree.location.total++;
      if (p.location && p.location.country === g.location.country && p.location.name.toLowerCase() === g.location.name.toLowerCase()) agree.location.agree++;
    }
    if (t) {
      for (const [key, sector] of Object.entries(g.sectors ?? {})) {
        if (!p.sectors || !(key in p.sectors)) continue;
        agree.sector.total++; if (p.sectors[key] === sector) agree.sector.agree++;
      }
    }
  }
  return { type, triple, pairs, background: { total: bg.length, dropped: bg.length - mb.size }, backgroundCoded: mb.size, ...agree };
}

/** The scored form of a list of parties: country codes, and sectors keyed by role and country. */
export function partiesOf(role: 'actor' | 'recipient', parties: Party[], sectors: Record<string, string>): string[] {
  const codes: string[] = [];
  for (const a of parties) {
    const c = countryOf(a.code);
    if (!c) continue;
    if (!codes.includes(c)) codes.push(c);
    const sector = a.sector ?? (a.code.length > 3 && !ORGS.has(a.code.toUpperCase()) ? a.code.slice(3, 6).toUpperCase() : '');
    if (sector && !(`${role}:${c}` in sectors)) sectors[`${role}:${c}`] = sector;
  }
  return codes;
}

/**
 * The score groups a gold case counts in: its half and 'all', and for a case of a later labelling batch (the
 * fresh data labelled after the system was tuned on the earlier ones) also '<half> batch <n>'.
 */
export function scoreGroups(half: string, batch?: number): string[] {
  const groups = [half, 'all'];
  if (batch !== undefined && batch > 1) groups.push(`${half} batch ${batch}`);
  return groups;
}

/** Sums sentence scores (per half). */
export function addScores(into: SentenceScore | null, s: SentenceScore): SentenceScore {
  if (!into) return { ...structuredClone(s), pairs: [] };
  const c = (a: Counts, b: Counts) => { a.tp += b.tp; a.fp += b.fp; a.fn += b.fn; };
  const r = (a: { agree: number; total: number }, b: { agree: number; total: number }) => { a.agree += b.agree; a.total += b.total; };
  c(into.type, s.type); c(into.triple, s.triple);
  into.background.total += s.background.total; into.background.dropped += s.background.dropped;
  into.backgroundCoded += s.backgroundCoded;
  r(into.modality, s.modality); r(into.sector, s.sector); r(into.date, s.date); r(into.location, s.location);
  return into;
}
