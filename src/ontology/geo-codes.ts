/**
 * Country codes of the geography standards: ISO 3166 alpha-3 (Parley's own) to FIPS 10-4, which GDELT 1.0
 * writes in its *Geo_CountryCode columns. Data: ./data/geo-codes.json (built by ./build/build-geo-codes.mjs).
 *
 *   fipsOf('UKR') // 'UP'
 *   fipsOf('DEU') // 'GM'
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../core/paths.js';

let fips: Record<string, string> | null = null;

export function fipsOf(iso3: string | null | undefined): string {
  if (!iso3) return '';
  fips ??= (JSON.parse(readFileSync(packagePath('src', 'ontology', 'data', 'geo-codes.json'), 'utf8')) as { fips: Record<string, string> }).fips;
  return fips[iso3] ?? '';
}
