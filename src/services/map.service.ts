/**
 * The map of events, with its counts split by cooperation and conflict and its latest event for each place
 * (the article a click opens). Two ways, chosen by the filter:
 * - a window (from, to, pastOnly) alone or with ONE of actor, recipient, type, CAMEO root or location country:
 *   EVERY located event of the window, from the map rollup's 1° cells (drawn at their events' centre, named
 *   after their latest event's place) — a few thousand rows whatever the ledger's size;
 * - any other filter (two of those, text, source, sectors, precision): the newest `limit` located events
 *   matching it, grouped by place (same coordinates).
 * Past MAX_PLACES, nearby places or cells merge on a coarser grid; the dashboard clusters further at low zoom.
 *
 *   await eventMap(store, { actor: 'RUS', limit: 2000 })
 *   // { places: [{ name: 'Kharkiv', lat: 49.99, lon: 36.23, count: 41, conflict: 39, latest: { documentId, eventId, day } }], read: 812, capped: false }
 */
import { eventPlaces, locatedEvents, mapCells, type LocatedEvent, type MapCell } from '../store/map.repository.js';
import type { MapDim } from '../store/map-rollup.js';
import type { EventFilter, Store } from '../store/index.js';
import type { MapPlace, MapView } from './contract.js';

/** Most places an answer holds: beyond it, nearby places merge on a coarser grid (the map clusters at low zoom anyway). */
export const MAX_PLACES = 300;
const GRIDS = [0, 0.25, 0.5, 1, 2, 5];

type Latest = Pick<LocatedEvent, 'day' | 'uid'>;
interface Spot { lat: number; lon: number; count: number; cooperation: number; conflict: number; latest: Latest; cell?: boolean }
interface Cell { spots: Spot[]; latest: Latest }

/** Filters the rollup answers, one at a time, with the dimension each is kept under. */
const DIMS: [keyof EventFilter, MapDim][] = [['actor', 'actor'], ['recipient', 'recipient'], ['type', 'type'], ['cameoRoot', 'cameo'], ['country', 'country']];
/** Filters the rollup answers in any combination with one dimension. */
const WINDOW: (keyof EventFilter)[] = ['from', 'to', 'pastOnly'];

/** The rollup's dimension for a filter it can answer (null: read the newest events instead). */
export function rollupDimension(filter: EventFilter): { dim: MapDim; value: string } | null {
  const set = (Object.keys(filter) as (keyof EventFilter)[]).filter((k) => filter[k] !== undefined && filter[k] !== '' && filter[k] !== false);
  const dims = DIMS.filter(([k]) => set.includes(k));
  if (dims.length > 1 || set.some((k) => !WINDOW.includes(k) && !DIMS.some(([d]) => d === k))) return null;
  if (!dims.length) return { dim: '', value: '' };
  const [key, dim] = dims[0]!;
  const value = String(filter[key]);
  return { dim, value: dim === 'cameo' ? value.padStart(2, '0') : value };
}

export async function eventMap(store: Store, q: EventFilter & { limit: number }): Promise<MapView> {
  const { limit, ...filter } = q;
  const dim = rollupDimension(filter);
  let spots: Spot[];
  let read: number;
  let capped = false;
  if (dim) {
    spots = (await mapCells(store.db, { ...dim, from: filter.from, to: filter.to, pastOnly: filter.pastOnly })).map(cellSpot).sort((a, b) => b.count - a.count);
    read = spots.reduce((n, s) => n + s.count, 0);
  } else {
    const located = await locatedEvents(store.db, filter, limit);
    spots = bySpot(located.rows);
    read = located.rows.length;
    capped = located.capped;
  }
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
    // A rollup cell holds one place or several: "and nearby" when its events' centre is not the named place.
    const nearby = !others && top.cell && where?.lat !== undefined && where.lon !== undefined && Math.hypot(where.lat - top.lat, where.lon - top.lon) > 0.05;
    return {
      lat: round(top.lat), lon: round(top.lon), name: `${where?.name ?? 'Unnamed place'}${others ? ` and ${others} place${others > 1 ? 's' : ''} nearby` : nearby ? ' and nearby' : ''}`,
      country: where?.country ?? null, precision: where?.precision ?? 'town', count: sum('count'), cooperation: sum('cooperation'), conflict: sum('conflict'),
      latest: { documentId: latest?.documentId ?? null, eventId: latest?.eventId ?? c.latest.uid, day: c.latest.day },
    };
  });
  return { places, read, capped };
}

/** A rollup cell as a spot at its events' centre. */
function cellSpot(c: MapCell): Spot {
  return { lat: c.latSum / c.count, lon: c.lonSum / c.count, count: c.count, cooperation: c.cooperation, conflict: c.conflict, latest: { day: c.latestDay, uid: c.latestUid }, cell: true };
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
