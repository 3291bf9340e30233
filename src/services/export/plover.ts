/**
 * PLOVER event records (the manual's "Data Fields": id, date, actor/recipient entity lists, event, mode,
 * context, quad_code, text and text_info offsets, cite_info), one JSON object per line. PLOVER's `date` is a full
 * YYYY-MM-DD; `date_precision` ("day", "month" or "year") says how much of it the source gave, like ACLED's
 * time_precision but spelled out: "month" means the text said only "in February" and `date` is 2025-02-01.
 *
 *   toPlover(event) // { id: 'sha256:…#e1', date: '2025-03-18', date_precision: 'day', actor: [{ code: 'USA', sector: 'GOV', entity_text: 'Donald Trump' }], event: ['CONSULT'], … }
 */
import type { ActorRef } from '../../core/types.js';
import type { StoredEvent } from '../../store/index.js';

function entity(a: ActorRef) {
  return { code: a.code, ...(a.sector ? { sector: a.sector } : {}), ...(a.name ? { entity_text: a.name } : {}), ...(a.id ? { identifier_id: a.id } : {}) };
}

export function toPlover(e: StoredEvent) {
  const mode = [e.mode, e.negated ? 'negation' : null, e.modality === 'future' ? 'future' : null, e.modality === 'hypothetical' ? 'hypothetical' : null].filter((m): m is string => !!m);
  return {
    id: e.uid,
    date: e.day,
    date_precision: e.datePrecision ?? 'day',
    actor: e.actor.map(entity),
    ...(e.recipient.length ? { recipient: e.recipient.map(entity) } : {}),
    event: [e.type],
    ...(mode.length ? { mode } : {}),
    ...(e.context?.length ? { context: e.context } : {}),
    quad_code: e.quad,
    event_scale: e.goldstein,
    ...(e.evidenceText ? { event_text: [e.evidenceText] } : {}),
    text_info: { sequence: e.sentence, start: e.evidence.start, end: e.evidence.end },
    cite_info: { corpus: e.origin === 'gdelt' ? 'gdelt' : 'parley', ...(e.url ? { url: e.url } : {}), ...(e.sourceName ? { publication: e.sourceName } : {}), codebook: 'plover', coder: 'parley' },
    comment: `CAMEO ${e.cameo}`,
  };
}
