/**
 * Reusable pieces of the dashboard: the error panel, actor chips, quad badges and the event row that opens
 * the article view.
 *
 *   view.append(errorPanel(err));            // "PARLEY_E_NOT_FOUND — no document … (hint: check the id)"
 */
import type { ActorRefDto, EventItem } from '../../api/contract.js';
import { ApiError } from '../api.js';
import { h } from './dom.js';
import { actorCode, actorTitle, fmtEventDate, fmtGoldstein, isCooperation, precisionNote, QUAD_LABELS, UNIDENTIFIED } from './format.js';

export function errorPanel(err: unknown): HTMLElement {
  const e = err instanceof ApiError ? err : new ApiError('UNEXPECTED', err instanceof Error ? err.message : String(err), 'reload the page; if it persists, report it', 0);
  return h('div', { class: 'error-panel', role: 'alert' },
    h('strong', null, 'Something went wrong'),
    h('p', null, h('code', null, e.code), ' — ', e.message),
    h('p', { class: 'hint' }, 'What to do: ', e.hint));
}

export function actorChips(list: ActorRefDto[]): HTMLElement {
  if (!list.length) return h('span', { class: 'muted' }, 'unknown');
  return h('span', { class: 'actors' }, list.map((a) =>
    h('a', { class: 'chip', href: `#/actor/${encodeURIComponent(a.code)}`, title: `${actorTitle(a)} — ${actorCode(a)}` }, actorTitle(a),
      a.name ? h('small', null, ` ${actorCode(a)}`) : a.code === UNIDENTIFIED && a.sector ? h('small', null, ` ${a.sector}`) : null)));
}

export function quadBadge(quad: number, goldstein: number): HTMLElement {
  const coop = isCooperation(quad);
  return h('span', { class: `badge ${coop ? 'coop' : 'conflict'}`, title: `${QUAD_LABELS[quad] ?? 'quad ' + quad}; Goldstein ${fmtGoldstein(goldstein)}` },
    `${coop ? 'Cooperation' : 'Conflict'} ${fmtGoldstein(goldstein)}`);
}

export function articleHref(documentId: string, focus?: string): string {
  return `#/article/${encodeURIComponent(documentId)}${focus ? `?focus=${encodeURIComponent(focus)}` : ''}`;
}

/** One event as a row: date, who did what to whom, the evidencing sentence; clicking opens the article. */
export function eventRow(e: EventItem): HTMLElement {
  return h('li', { class: 'event-row', 'data-event': e.id },
    h('div', { class: 'when', 'data-precision': e.date ? e.datePrecision : 'day', title: e.date ? precisionNote(e.datePrecision) : null },
      e.date ? fmtEventDate(e.date, e.datePrecision) : fmtEventDate(e.published, 'day')),
    h('div', { class: 'what' },
      h('div', { class: 'line' }, actorChips(e.actor), h('span', { class: 'etype', title: `CAMEO ${e.cameo}` }, e.type, e.negated ? ' (negated)' : ''), actorChips(e.recipient), quadBadge(e.quad, e.goldstein),
        e.modality !== 'asserted' ? h('span', { class: 'badge muted-badge' }, e.modality) : null),
      e.documentId
        ? h('a', { class: 'evidence', href: articleHref(e.documentId, e.id), title: 'Open the article at this event' }, `“${e.evidenceText.trim()}”`)
        : h('span', { class: 'evidence' }, e.evidenceText ? `“${e.evidenceText.trim()}”` : 'Imported record without article text'),
      h('div', { class: 'source muted' }, e.documentTitle || e.sourceName || e.origin, ' · CAMEO ', e.cameo,
        !e.documentId && e.url && /^https?:/i.test(e.url) ? [' · ', h('a', { href: e.url, rel: 'noopener noreferrer', target: '_blank' }, 'original report')] : null)));
}

export function section(title: string, ...children: (Node | null)[]): HTMLElement {
  return h('section', { class: 'card' }, h('h2', null, title), ...children);
}

export function legend(items: { label: string; cls: string; title?: string }[]): HTMLElement {
  return h('ul', { class: 'legend', 'aria-label': 'Legend' }, items.map((i) => h('li', { title: i.title ?? null }, h('span', { class: `swatch ${i.cls}` }), i.label)));
}
