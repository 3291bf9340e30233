/**
 * The requests of the pages whose code loads on demand (the map brings the world basemap, the network the graph
 * library): the router starts them together with the page's code, so the data never waits for the code.
 *
 *   const data = mapData(route);                       // GET /api/map?… starts now
 *   (await import('./pages/map.js')).renderMap(view, route, data);
 */
import type { MapView, NetworkGraph } from '../../api/contract.js';
import { getJson } from '../api.js';
import type { Route } from '../route.js';
import { eventFilters } from '../ui/event-filters.js';

/** Located events the map reads, newest first, when a filter is one the map rollup cannot answer. */
export const MAP_READ = 2000;

/** Network relations shown unless the route asks for another number. */
export const NETWORK_LIMIT = 40;

/** A request already under way; its failure is handled where it is awaited (not reported twice as unhandled). */
function started<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

export const mapData = (route: Route) => started(getJson<MapView>('/api/map', { ...eventFilters(route).query, limit: MAP_READ }));

export function networkWindow(route: Route): { from: string; to: string; limit: number } {
  return { from: route.query.get('from') ?? '', to: route.query.get('to') ?? '', limit: Number(route.query.get('limit')) || NETWORK_LIMIT };
}

export const networkData = (route: Route) => started(getJson<NetworkGraph>('/api/network', networkWindow(route)));
