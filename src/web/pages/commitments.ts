/**
 * Commitments board: pledges, ceasefires, demands and threats grouped by their standing as of a date —
 * in force, expiring soon, expired, violated (with the violating events and how firmly they are reported).
 * Each card draws its time window on a shared axis with a marker for the as-of date.
 */
import type { CommitmentBoard, CommitmentItem } from '../../api/contract.js';
import { getJson } from '../api.js';
import { go, type Route } from '../route.js';
import { emptyState, h } from '../ui/dom.js';
import { actorLabel, fmtDate } from '../ui/format.js';
import { articleHref, legend } from '../ui/widgets.js';

const DAY = 86_400_000;

/** Every lifecycle a commitment can be in on the as-of date, as the badge shows it (each has its own style). */
export const LIFECYCLES: { id: string; label: string; title: string }[] = [
  { id: 'in-force', label: 'in force', title: 'announced and running on the as-of date' },
  { id: 'extended', label: 'extended', title: 'in force after a reported extension' },
  { id: 'announced', label: 'announced', title: 'announced, not yet started' },
  { id: 'not-yet-announced', label: 'not yet announced', title: 'first reported after the as-of date' },
  { id: 'proposed', label: 'proposed', title: 'offered or called for, never agreed' },
  { id: 'rejected', label: 'rejected', title: 'a proposal a party refused: never in force' },
  { id: 'expired', label: 'expired', title: 'its window ended' },
  { id: 'withdrawn', label: 'withdrawn', title: 'a party pulled out' },
  { id: 'collapsed', label: 'collapsed', title: 'broke down' },
];
const COMPLIANCE = [
  { id: 'not-yet-due', label: 'not yet due' }, { id: 'kept', label: 'kept' }, { id: 'disputed', label: 'disputed' }, { id: 'violated', label: 'violated' },
];

export async function renderCommitments(view: HTMLElement, route: Route): Promise<void> {
  const asOf = route.query.get('asOf') ?? '';
  const board = await getJson<CommitmentBoard>('/api/commitments/board', { asOf });
  const form = h('form', { class: 'filters', 'aria-label': 'As-of date' },
    h('label', null, 'Status as of', h('input', { type: 'date', name: 'asOf', value: board.asOf })),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Show'), h('a', { class: 'button-link', href: '#/commitments' }, 'Today')));
  form.addEventListener('submit', (ev) => { ev.preventDefault(); go('commitments', { asOf: String(new FormData(form).get('asOf') ?? '') || undefined }); });
  view.append(h('h1', null, 'Commitments'), form);
  const all = [...board.inForce, ...board.expiringSoon, ...board.expired, ...board.violated, ...board.other];
  if (!all.length) {
    view.append(emptyState('No commitments in the ledger', 'Pledges, ceasefires, demands and threats appear here once articles that report them are ingested.', 'npx parley demo'));
    return;
  }
  const axis = timeAxis(all, board.asOf);
  view.append(legend([{ label: 'Time window', cls: 'window' }, { label: `As of ${board.asOf}`, cls: 'asof' }, { label: 'Violation', cls: 'violation' }]),
    h('div', { class: 'legend-row' }, h('span', { class: 'legend-title' }, 'Standing'),
      h('ul', { class: 'legend badges', 'aria-label': 'Standing legend' }, LIFECYCLES.map((l) => h('li', { title: l.title }, h('span', { class: `badge lc-${l.id}` }, l.label))))),
    h('div', { class: 'legend-row' }, h('span', { class: 'legend-title' }, 'Compliance'),
      h('ul', { class: 'legend badges', 'aria-label': 'Compliance legend' }, COMPLIANCE.map((l) => h('li', null, h('span', { class: `badge compliance-${l.id}` }, l.label))))),
    h('p', { class: 'axis-note' }, `Every window is drawn on the same axis, from ${isoDay(axis.min)} (left) to ${isoDay(axis.max)} (right); a fading bar is open-ended.`));
  view.append(h('div', { class: 'board' },
    column('In force', 'inforce', board.inForce, axis, 'Nothing is in force on this date.'),
    column(`Expiring within ${board.soonDays} days`, 'soon', board.expiringSoon, axis, 'Nothing runs out soon.'),
    column('Expired', 'expired', board.expired, axis, 'Nothing has expired yet.'),
    column('Violated or disputed', 'violated', board.violated, axis, 'No violation on record.')));
  if (board.other.length) view.append(h('section', { class: 'card' }, h('h2', null, 'Proposed, withdrawn or undated'), h('div', { class: 'cards-row' }, board.other.map((c) => card(c, axis)))));
}

interface Axis { min: number; max: number; asOf: number }

function timeAxis(items: CommitmentItem[], asOf: string): Axis {
  const times = items.flatMap((c) => [c.starts, c.ends, ...c.violations.map((v) => v.date)]).filter((d): d is string => !!d).map((d) => Date.parse(d));
  const a = Date.parse(asOf);
  const min = Math.min(a, ...times) - 3 * DAY;
  const max = Math.max(a, ...times) + 3 * DAY;
  return { min, max, asOf: a };
}

const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

const pct = (axis: Axis, t: number) => `${(100 * (t - axis.min)) / (axis.max - axis.min)}%`;

function column(title: string, cls: string, items: CommitmentItem[], axis: Axis, empty: string): HTMLElement {
  return h('section', { class: `column ${cls}`, 'aria-label': title },
    h('h2', null, title, h('span', { class: 'count' }, String(items.length))),
    items.length ? items.map((c) => card(c, axis)) : h('p', { class: 'muted empty-col' }, empty));
}

function card(c: CommitmentItem, axis: Axis): HTMLElement {
  const what = [c.refrain ? `not to ${c.action?.toLowerCase() ?? 'act'}` : c.action?.toLowerCase(), c.scope].filter(Boolean).join(' — ');
  const lifecycle = LIFECYCLES.find((l) => l.id === c.lifecycle);
  return h('article', { class: `commitment-card lc-${c.lifecycle}`, 'data-commitment': c.id, 'data-lifecycle': c.lifecycle },
    h('div', { class: 'head' }, h('span', { class: `badge kind-${c.kind}` }, c.kind),
      h('span', { class: `badge lc-${lifecycle ? c.lifecycle : 'unknown'} status-${c.status}`, title: lifecycle?.title ?? `status ${c.status}` }, lifecycle?.label ?? c.lifecycle),
      h('span', { class: `badge compliance-${c.compliance}` }, COMPLIANCE.find((x) => x.id === c.compliance)?.label ?? c.compliance), c.daysLeft !== null && c.daysLeft >= 0 && c.status !== 'expired' ? h('span', { class: 'badge muted-badge' }, `${c.daysLeft} days left`) : null),
    h('p', { class: 'parties' }, h('strong', null, actorLabel(c.by)), c.to.length ? ` → ${actorLabel(c.to)}` : ''),
    what ? h('p', { class: 'what' }, what) : null,
    windowTrack(c, axis),
    h('p', { class: 'dates' }, `${fmtDate(c.starts)} → ${c.ends ?? (c.durationDays ? `${c.durationDays} days` : 'open-ended')}`),
    c.conditions.length ? h('p', { class: 'muted' }, 'Conditions: ', c.conditions.join('; ')) : null,
    c.violations.length ? h('div', { class: 'violations' }, h('strong', null, `Violations (${c.violations.length})`), h('ul', null, c.violations.map((v) =>
      h('li', null, h('span', { class: `badge standing-${v.standing}`, title: `${v.sources} independent source${v.sources === 1 ? '' : 's'}` }, v.standing), ` ${fmtDate(v.date)}: `, v.explanation,
        v.evidence.length ? h('ul', { class: 'cites' }, v.evidence.slice(0, 3).map((e) => h('li', null, h('a', { href: articleHref(e.documentId) }, `“${e.quote.trim()}”`), e.source ? ` — ${e.source}` : ''))) : null)))) : null,
    h('a', { class: 'evidence', href: articleHref(c.documentId, c.id) }, `“${c.evidenceText.trim()}”`),
    h('div', { class: 'source muted' }, c.documentTitle, c.citations.length > 1 ? ` and ${c.citations.length - 1} more report${c.citations.length > 2 ? 's' : ''}` : ''));
}

function windowTrack(c: CommitmentItem, axis: Axis): HTMLElement {
  const track = h('div', { class: 'track', title: `${fmtDate(c.starts)} to ${c.ends ?? 'open-ended'}` });
  if (c.starts || c.ends) {
    const s = c.starts ? Date.parse(c.starts) : axis.min;
    const e = c.ends ? Date.parse(c.ends) : axis.max;
    const bar = h('div', { class: `bar ${c.ends ? '' : 'open'}` });
    bar.style.left = pct(axis, s);
    bar.style.width = `calc(${pct(axis, e)} - ${pct(axis, s)})`;
    track.append(bar);
  }
  const marker = h('div', { class: 'asof-marker', title: 'as-of date' });
  marker.style.left = pct(axis, axis.asOf);
  track.append(marker);
  for (const v of c.violations) {
    if (!v.date) continue;
    const tick = h('div', { class: 'violation-tick', title: `${v.date}: ${v.explanation}` });
    tick.style.left = pct(axis, Date.parse(v.date));
    track.append(tick);
  }
  return track;
}
