/**
 * The parsed hash route handed to every page.
 *
 *   '#/actor/USA?interval=month' -> { name: 'actor', params: ['USA'], query: URLSearchParams('interval=month') }
 */
export interface Route { name: string; params: string[]; query: URLSearchParams }

/** Navigates to a page with the given query, dropping empty values. */
export function go(name: string, query: Record<string, string | undefined> = {}): void {
  const qs = new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][]).toString();
  location.hash = `#/${name}${qs ? `?${qs}` : ''}`;
}
