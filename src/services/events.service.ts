/**
 * Events as the API shows them: the stored record with its document's title, newest first, a cursor page
 * at a time; and how many events a filter matches, per day.
 *
 *   await listEventItems(store, { actor: 'RUS', q: 'drone' }, { limit: 20 })   // Page<EventItem>
 *   await eventCounts(store, { actor: 'RUS' })                                  // { total: 812, capped: false, days: [...], undated: 3 }
 */
import type { Store, StoredEvent } from '../store/index.js';
import { documentTitles } from '../store/analytics.repository.js';
import { eventDayCounts } from '../store/events.repository.js';
import type { EventCounts, EventItem, EventLocationDto, Page } from './contract.js';

export interface EventQuery {
  actor?: string; recipient?: string; type?: string; cameoRoot?: string; from?: string; to?: string;
  source?: string; q?: string; documentId?: string; precision?: 'day' | 'month' | 'year'; country?: string; pastOnly?: boolean; limit: number; cursor?: string;
}

export function toEventItem(e: StoredEvent, title: string): EventItem {
  return {
    id: e.id, uid: e.uid, documentId: e.documentId, documentTitle: title, published: e.published, sourceName: e.sourceName, url: e.url,
    origin: e.origin, clusterId: e.clusterId, type: e.type, mode: e.mode ?? null, cameo: e.cameo, quad: e.quad, goldstein: e.goldstein,
    actor: e.actor, recipient: e.recipient, date: e.date ?? (e.day !== '0000-00-00' ? e.day : null), datePrecision: e.datePrecision ?? 'day', negated: e.negated, modality: e.modality,
    confidence: e.confidence, evidenceText: e.evidenceText,
    ...(e.location ? { location: withoutSpan(e.location) } : {}),
  };
}

function withoutSpan(l: NonNullable<StoredEvent['location']>): EventLocationDto {
  const { span: _span, ...rest } = l;
  return rest;
}

export async function withTitles(store: Store, events: StoredEvent[]): Promise<EventItem[]> {
  const titles = await documentTitles(store.db, events.map((e) => e.documentId).filter((d): d is string => !!d));
  return events.map((e) => toEventItem(e, (e.documentId && titles.get(e.documentId)) || ''));
}

/** Events counted per day over the newest COUNT_CAP matches (the timeline's histogram and its "N events"). */
export const COUNT_CAP = 20_000;

export async function eventCounts(store: Store, q: Omit<EventQuery, 'limit' | 'cursor'>): Promise<EventCounts> {
  const { q: text, ...filter } = q;
  const c = await eventDayCounts(store.db, { ...filter, text }, COUNT_CAP);
  const dated = c.days.reduce((n, d) => n + d.count, 0);
  return { total: c.total, capped: c.capped, days: c.days, undated: c.total - dated };
}

export async function listEventItems(store: Store, q: EventQuery): Promise<Page<EventItem>> {
  const { limit, cursor, q: text, ...filter } = q;
  const page = await store.listEvents({ ...filter, text }, { limit, cursor });
  return { items: await withTitles(store, page.items), nextCursor: page.nextCursor };
}
