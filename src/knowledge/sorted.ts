/**
 * Bisection over a sorted string array (the gazetteer's and the villages' names, sorted by UTF-16 code units as
 * the build writes them): no map to build at load time.
 *
 *   lowerBound(['kyiv', 'lviv', 'odesa'], 'lviv')   // 1
 */

/** The first index at or after `from` whose name is not below `key`. */
export function lowerBound(names: readonly string[], key: string, from = 0): number {
  let lo = from;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (names[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
