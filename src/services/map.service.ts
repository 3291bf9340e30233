/**
 * The map of events: the newest located events matching the timeline's filters, grouped by place (same
 * coordinates and name), each place with its counts split by cooperation and conflict and its latest event (the
 * article a click opens). Past MAX_PLACES, nearby places merge on a coarser grid (a cell named after its busiest
 * place); the dashboard clusters further at low zoom. Thousands of events are read as coordinates only; the
 * names and ids come for the few hundred places shown.
 *
 *   await eventMap(store, { actor: 'RUS', limit: 2000 })
 *   // { places: [{ name: 'Kharkiv', lat: 49.99, lon: 36.23, count: 41, conflict: 39, latest: { documentId, eventId, day } }], read: 812, capped: false }
 */
import { eventPlaces, locatedEvents, type LocatedEvent } from '../store/map.repository.js';
import type { EventFilter, Store } from '../store/index.js';
import type { MapPlace, MapView } from './contract.js';

/** Most places an answer holds: beyond it, nearby places merge on a coarser grid (the map clusters at low zoom anyway). */
export const MAX_PLACES = 300;
const GRIDS = [0, 0.25, 0.5, 1, 2, 5];

interface Spot { lat: number; lon: number; count: number; cooperation: number; conflict: number; latest: LocatedEvent }
interface Cell { spots: Spot[]; latest: LocatedEvent }

export async function eventMap(store: Store, q: EventFilter & { limit: number }): Promise<MapView> {
  const { limit, ...filter } = q;
  const { rows, capped } = await locatedEvents(store.db, filter, limit);
  const spots = bySpot(rows);
  let cells: Cell[] = [];
  for (const grid of GRIDS) {
    cells = byCell(spots, grid);
    if (cells.length <= MAX_PLACES) break;
  }
  cells = cells.slice(0, MAX_PLACES);
  // Each cell is named after its busiest spot's latest event, and opens its own latest event.
  const named = cells.map((c) => c.spots[0]!.latest.uid);
  const info = await eventPlaces(store.db, [...new Set([...named, ...cells.map((c) => c.latest.uid)])]);
  const places = cells.map((c): MapPlace => {
    const top = c.spots[0]!;
    const where = info.get(top.latest.uid)?.location;
    const latest = info.get(c.latest.uid);
    const sum = (k: 'count' | 'cooperation' | 'conflict') => c.spots.reduce((n, s) => n + s[k], 0);
    const others = c.spots.length - 1;
    return {
      lat: round(top.lat), lon: round(top.lon), name: `${where?.name ?? 'Unnamed place'}${others ? ` and ${others} place${others > 1 ? 's' : ''} nearby` : ''}`,
      country: where?.country ?? null, precision: where?.precision ?? 'town', count: sum('count'), cooperation: sum('cooperation'), conflict: sum('conflict'),
      latest: { documentId: latest?.documentId ?? null, eventId: latest?.eventId ?? c.latest.uid, day: c.latest.day },
    };
  });
  return { places, read: rows.length, capped };
}

/** Events at the same coordinates, busiest first; rows come newest first, so a spot's first row is its latest event. */
function bySpot(rows: LocatedEvent[]): Spot[] {
  const spots = new Map<string, Spot>();
  for (const r of rows) {
    const key = `${r.lat.toFixed(4)},${r.lon.toFixed(4)}`;
    let s = spots.get(key);
    if (!s) spots.set(key, (s = { lat: r.lat, lon: r.lon, count: 0, cooperation: 0, conflict: 0, latest: r }));
    s.count++;
    if (r.quad <= 2) s.cooperation++; else s.conflict++;
  }
  return [...spots.values()].sort((a, b) => b.count - a.count);
}

/** Spots merged into cells of a `grid`-degree grid (0: every spot its own cell), busiest cell first. */
function byCell(spots: Spot[], grid: number): Cell[] {
  if (!grid) return spots.map((s) => ({ spots: [s], latest: s.latest }));
  const cells = new Map<string, Cell>();
  for (const s of spots) {
    const key = `${Math.floor(s.lat / grid)},${Math.floor(s.lon / grid)}`;
    const c = cells.get(key);
    if (!c) cells.set(key, { spots: [s], latest: s.latest });
    else {
      c.spots.push(s);
      if (s.latest.day > c.latest.day) c.latest = s.latest;
    }
  }
  const size = (c: Cell) => c.spots.reduce((n, s) => n + s.count, 0);
  return [...cells.values()].sort((a, b) => size(b) - size(a));
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
