/**
 * Test support: locations for the events of test ledgers where the event coding gives none. An unlocated event whose
 * sentence names a town of the small test gazetteer (testdata/places.json, coordinates from GeoNames) gets it
 * as its `location` (town precision), so the map and its API have located events to show.
 *
 *   await store.saveDocuments(analysed.map(withLocations));
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../core/paths.js';
import type { Document, EventLocation } from '../core/types.js';

type Place = [name: string, country: string, lat: number, lon: number];
const PLACES = (JSON.parse(readFileSync(packagePath('src', 'api', 'testdata', 'places.json'), 'utf8')) as { places: Place[] }).places;
const PLACE_RE = new RegExp(`\\b(${PLACES.map((p) => p[0].replace(/ /g, '\\s')).join('|')})\\b`);

/** The first gazetteer town the span of the text names, as an EventLocation. */
export function locate(text: string, span: { start: number; end: number }): EventLocation | undefined {
  const m = PLACE_RE.exec(text.slice(span.start, span.end));
  const p = m && PLACES.find((x) => x[0] === m[1]!.replace(/\s/g, ' '));
  return p ? { name: p[0], country: p[1], lat: p[2], lon: p[3], precision: 'town' } : undefined;
}

/** The document with each event located by its sentence (events whose sentence names no known town stay unlocated). */
export function withLocations(doc: Document): Document {
  for (const e of doc.layers.events ?? []) {
    const location = locate(doc.text, e.evidence);
    if (location && !e.location) e.location = location;
  }
  return doc;
}
