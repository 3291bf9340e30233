/**
 * The commitments board a page at a time: the whole board for an as-of date is computed once per ledger version
 * by commitmentBoard() (./board.service.ts: merge, violations, status as of the date) and kept in the aggregate
 * cache; filters (status column, party, kind, window) and paging then run on that answer in memory, so a
 * filter change or a next page answers in milliseconds. Cards are slimmed for lists (see `slim`).
 *
 *   await boardPage(store, cache, { asOf: '2022-04-01', party: 'RUS', limit: 12, soonDays: 14 })
 *   // { counts: { 'in-force': 31, expiring: 2, … }, inForce: [12 cards], next: { 'in-force': 'oc', … }, … }
 *   await commitmentList(store, cache, { status: 'in-force', cursor: 'oc', limit: 12, soonDays: 14 })  // the next 12
 */
import { toIsoDate } from '../core/dates.js';
import type { Store } from '../store/index.js';
import type { AggregateCache } from './cache.js';
import type { BoardPage, BoardStatus, CommitmentBoard, CommitmentItem, CommitmentPage } from './contract.js';
import { commitmentBoard } from './board.service.js';

export interface BoardFilter {
  asOf?: string; soonDays: number; status?: BoardStatus; by?: string; to?: string; party?: string; kind?: string;
  from?: string; until?: string; limit: number; cursor?: string;
}

type Column = 'inForce' | 'expiringSoon' | 'expired' | 'violated' | 'other';
const COLUMNS: [BoardStatus, Column][] = [['in-force', 'inForce'], ['expiring', 'expiringSoon'], ['expired', 'expired'], ['violated', 'violated'], ['other', 'other']];
/** The order of GET /api/commitments without `status`: the most pressing first. */
const LIST_ORDER: BoardStatus[] = ['violated', 'expiring', 'in-force', 'expired', 'other'];

/** The whole board for the date (cached per as-of date, "soon" horizon and ledger version). */
async function wholeBoard(store: Store, cache: AggregateCache, q: BoardFilter): Promise<CommitmentBoard> {
  const asOf = q.asOf ?? toIsoDate(new Date());
  return cache.get(`board:${asOf}:${q.soonDays}`, () => commitmentBoard(store, { asOf, soonDays: q.soonDays }));
}

const has = (list: { code: string }[], code: string) => list.some((a) => a.code === code);

function matches(c: CommitmentItem, q: BoardFilter): boolean {
  if (q.kind && c.kind !== q.kind) return false;
  if (q.by && !has(c.by, q.by)) return false;
  if (q.to && !has(c.to, q.to)) return false;
  if (q.party && !has(c.by, q.party) && !has(c.to, q.party)) return false;
  if (q.from || q.until) {
    // The window [starts, ends] must overlap [from, until]; a commitment without dates has no window to match.
    const start = c.starts ?? c.ends;
    const end = c.ends ?? c.starts;
    if (!start || !end) return false;
    if (q.from && end < q.from) return false;
    if (q.until && start > q.until) return false;
  }
  return true;
}

/**
 * A card for a list: its first three citations and its three latest violations (a ceasefire "violated" by every
 * reported strike has hundreds), each with three quotes and ten event uids; the counts say how many there are.
 */
function slim(c: CommitmentItem): CommitmentItem {
  const latest = [...c.violations].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).slice(0, 3);
  return {
    ...c, citations: c.citations.slice(0, 3), citationCount: c.citations.length, violationCount: c.violations.length,
    violations: latest.map((v) => ({ ...v, events: v.events.slice(0, 10), evidence: v.evidence.slice(0, 3) })),
  };
}

function columns(board: CommitmentBoard, q: BoardFilter): Map<BoardStatus, CommitmentItem[]> {
  return new Map(COLUMNS.filter(([status]) => !q.status || q.status === status).map(([status, col]) => [status, board[col].filter((c) => matches(c, q))]));
}

function slice(items: CommitmentItem[], offset: number, limit: number): { items: CommitmentItem[]; next: string | null } {
  return { items: items.slice(offset, offset + limit).map(slim), next: offset + limit < items.length ? encodeOffset(offset + limit) : null };
}

export async function boardPage(store: Store, cache: AggregateCache, q: BoardFilter): Promise<BoardPage> {
  const board = await wholeBoard(store, cache, q);
  const cols = columns(board, q);
  const offset = q.cursor ? decodeOffset(q.cursor) ?? 0 : 0;
  const out: BoardPage = {
    asOf: board.asOf, soonDays: board.soonDays, limit: q.limit, inForce: [], expiringSoon: [], expired: [], violated: [], other: [],
    counts: { 'in-force': 0, expiring: 0, expired: 0, violated: 0, other: 0 }, next: { 'in-force': null, expiring: null, expired: null, violated: null, other: null },
  };
  for (const [status, col] of COLUMNS) {
    const items = cols.get(status) ?? [];
    const page = slice(items, offset, q.limit);
    out[col] = page.items;
    out.counts[status] = items.length;
    out.next[status] = page.next;
  }
  return out;
}

export async function commitmentList(store: Store, cache: AggregateCache, q: BoardFilter): Promise<CommitmentPage> {
  const board = await wholeBoard(store, cache, q);
  const cols = columns(board, q);
  const all = LIST_ORDER.flatMap((status) => cols.get(status) ?? []);
  const page = slice(all, q.cursor ? decodeOffset(q.cursor) ?? 0 : 0, q.limit);
  return { asOf: board.asOf, items: page.items, nextCursor: page.next, total: all.length };
}

/** An offset cursor over a computed list (the board's columns): 'o' + base36 offset; null when it is not one. */
export function decodeOffset(cursor: string): number | null {
  const m = /^o([0-9a-z]{1,8})$/.exec(cursor);
  return m ? parseInt(m[1]!, 36) : null;
}
export const encodeOffset = (n: number): string => `o${n.toString(36)}`;
