/**
 * PLOVER event records, one JSON object per line, as the manual's "Data Fields" chapter spells them
 * (openeventdata/PLOVER@5e0c24f): id, date, actor/recipient entity lists, event, mode, context, quad_code,
 * event_scale (PLOVER's own score of the event type, not CAMEO's Goldstein value, which stays in `comment`),
 * event_loc, event_text, text_info offsets, cite_info with a versioned codebook.
 * - Only the 16 PLOVER categories go out: a record whose type has none (an imported GDELT "make a public
 *   statement", CAMEO 01) is left out by `toPlover` returning null.
 * - `mode` holds the event's own mode (phone, aerial …); the auxiliary modes (future, hypothetical, negation) go
 *   into `context` beside the event's contexts.
 * - An event whose actor is not known has one entity with code "---" and sector "UNK" (PLOVER's generic
 *   unidentified actor), since `actor` is required.
 * - `date_precision` ("day", "month", "year") says how much of `date` the source gave, like ACLED's time_precision.
 *
 *   toPlover(event) // { id: 'sha256:…#e1', date: '2025-03-18', date_precision: 'day', actor: [{ code: 'USA', sector: 'GOV', entity_text: 'Donald Trump' }], event: ['CONSULT'], … }
 */
import type { ActorRef, EventLocation } from '../../core/types.js';
import { ploverType } from '../../ontology/index.js';
import type { StoredEvent } from '../../store/index.js';

export const PLOVER_CODEBOOK = 'plover-manual-2024-02-04';
const UNKNOWN_ACTOR = { code: '---', sector: 'UNK' };

function entity(a: ActorRef) {
  return {
    code: a.code,
    ...(a.sector ? { sector: a.sector } : {}),
    ...(a.name ? { entity_text: a.name } : {}),
    ...(a.id ? { identifier_id: a.id, ...(a.name ? { identifier_text: a.name } : {}) } : {}),
  };
}

/** PLOVER's location object; `resolution` 5 sub-city … 1 country (town 3, admin1 2, country 1). */
function eventLoc(loc: EventLocation) {
  return {
    extracted_place: loc.name,
    resolved_place: [loc.precision === 'country' ? null : loc.name, loc.admin1 ?? null, loc.country].filter(Boolean).join(', '),
    ...(loc.geonameId ? { geonameid: loc.geonameId } : {}),
    ...(loc.lat !== undefined && loc.lon !== undefined ? { lat: loc.lat, lon: loc.lon } : {}),
    ...(loc.precision === 'town' ? { city: loc.name } : {}),
    ...(loc.admin1 ? { province: loc.admin1 } : loc.precision === 'admin1' ? { province: loc.name } : {}),
    ...(loc.country ? { country_code: loc.country } : {}),
    resolution: loc.precision === 'town' ? 3 : loc.precision === 'admin1' ? 2 : 1,
  };
}

export function toPlover(e: StoredEvent) {
  const info = ploverType(e.type);
  if (!info) return null;
  const auxiliary = [e.negated ? 'negation' : null, e.modality === 'future' ? 'future' : null, e.modality === 'hypothetical' ? 'hypothetical' : null]
    .filter((m): m is string => !!m);
  const context = [...(e.context ?? []), ...auxiliary];
  return {
    id: e.uid,
    date: e.day,
    date_precision: e.datePrecision ?? 'day',
    actor: e.actor.length ? e.actor.map(entity) : [UNKNOWN_ACTOR],
    ...(e.recipient.length ? { recipient: e.recipient.map(entity) } : {}),
    event: [e.type],
    ...(e.mode ? { mode: [e.mode] } : {}),
    ...(context.length ? { context } : {}),
    ...(e.location ? { event_loc: eventLoc(e.location) } : {}),
    quad_code: e.quad,
    event_scale: info.score,
    ...(e.evidenceText ? { event_text: [e.evidenceText] } : {}),
    text_info: { sequence: e.sentence, start: e.evidence.start, end: e.evidence.end },
    cite_info: {
      corpus: e.origin === 'gdelt' ? 'gdelt' : 'parley', ...(e.url ? { url: e.url } : {}), ...(e.sourceName ? { publication: e.sourceName } : {}),
      codebook: PLOVER_CODEBOOK, coder: 'parley',
    },
    comment: `CAMEO ${e.cameo}, Goldstein ${e.goldstein}`,
  };
}
