/**
 * The map of events: the newest located events matching the timeline's filters, grouped by place (same
 * coordinates and name), each place with its counts split by cooperation and conflict and its latest event (the
 * article a click opens). Points are clustered by the dashboard at low zoom; the server sends places only.
 *
 *   await eventMap(store, { actor: 'RUS', limit: 5000 })
 *   // { places: [{ name: 'Kharkiv', lat: 49.99, lon: 36.23, count: 41, conflict: 39, latest: { documentId, eventId, day } }], read: 812, capped: false }
 */
import { locatedEvents } from '../../store/map.repository.js';
import type { EventFilter, Store } from '../../store/index.js';
import type { MapPlace, MapView } from '../contract.js';

export async function eventMap(store: Store, q: EventFilter & { limit: number }): Promise<MapView> {
  const { limit, ...filter } = q;
  const { rows, capped } = await locatedEvents(store.db, filter, limit);
  const places = new Map<string, MapPlace>();
  // Rows come newest first: the first row of a place is its latest event.
  for (const r of rows) {
    const key = `${r.lat.toFixed(3)},${r.lon.toFixed(3)},${r.location.name}`;
    let p = places.get(key);
    if (!p) {
      p = { lat: round(r.lat), lon: round(r.lon), name: r.location.name, country: r.location.country ?? null, precision: r.location.precision, count: 0, cooperation: 0, conflict: 0,
        latest: { documentId: r.documentId, eventId: r.eventId, day: r.day } };
      places.set(key, p);
    }
    p.count++;
    if (r.quad <= 2) p.cooperation++; else p.conflict++;
  }
  return { places: [...places.values()].sort((a, b) => b.count - a.count), read: rows.length, capped };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
