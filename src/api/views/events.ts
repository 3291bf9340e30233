/**
 * Events as the API shows them: the stored record with its document's title, newest first, a cursor page
 * at a time.
 *
 *   await listEventItems(store, { actor: 'RUS', q: 'drone' }, { limit: 20 })   // Page<EventItem>
 */
import type { Store, StoredEvent } from '../../store/index.js';
import { documentTitles } from '../../store/analytics.repository.js';
import type { EventItem, EventLocationDto, Page } from '../contract.js';

export interface EventQuery {
  actor?: string; recipient?: string; type?: string; cameoRoot?: string; from?: string; to?: string;
  source?: string; q?: string; documentId?: string; precision?: 'day' | 'month' | 'year'; country?: string; limit: number; cursor?: string;
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

export async function listEventItems(store: Store, q: EventQuery): Promise<Page<EventItem>> {
  const { limit, cursor, q: text, ...filter } = q;
  const page = await store.listEvents({ ...filter, text }, { limit, cursor });
  return { items: await withTitles(store, page.items), nextCursor: page.nextCursor };
}
