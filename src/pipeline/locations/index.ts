/**
 * Component `locations`: the place each event happened in (`event.location`: name, region, country, coordinates,
 * precision, from data/places.json via knowledge/geo.ts), and the country of generic agents (`---`) from it. Uses
 * the `deps` layer when an earlier component assigned it (the place attached to the event's verb), works without.
 * Assigns no layer of its own: it fills a field of the events.
 *
 *   locations.run(doc); doc.layers.events[0].location // { name: 'Kafranbel', admin1: 'Idlib Governorate', country: 'SYR', precision: 'town', … }
 */
import type { Document } from '../../core/types.js';
import type { Component } from '../component.js';
import { locateEvents } from './assign.js';

export const locations: Component = {
  name: 'locations',
  requires: ['tokens', 'actors', 'events'],
  assigns: [],
  run(doc: Document): void {
    locateEvents(doc);
  },
};
