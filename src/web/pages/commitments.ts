/**
 * Commitments board: pledges, ceasefires, demands and threats grouped by their standing as of a date —
 * in force, expiring soon, expired, violated (with the violating events and how firmly they are reported) —
 * filtered by standing, party, kind and window, each column paged on the server (its first 12 cards, then
 * "Show 12 more"). Each card draws its time window on a shared axis with a marker for the as-of date.
 */
import type { BoardPage, BoardStatus, CommitmentItem, CommitmentPage } from '../../api/contract.js';
import { getJson } from '../api.js';
import { go, type Route } from '../route.js';
import { emptyState, h } from '../ui/dom.js';
import { actorLabel, fmtDate } from '../ui/format.js';
import { fill } from '../ui/panel.js';
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
  { id: 'lapsed', label: 'lapsed', title: 'open-ended, and not reported again for a year' },
  { id: 'withdrawn', label: 'withdrawn', title: 'a party pulled out' },
  { id: 'collapsed', label: 'collapsed', title: 'broke down' },
];
const COMPLIANCE = [
  { id: 'not-yet-due', label: 'not yet due' }, { id: 'kept', label: 'kept' }, { id: 'unverified', label: 'unverified' }, { id: 'disputed', label: 'disputed' }, { id: 'violated', label: 'violated' },
];

const KINDS = ['pledge', 'ceasefire', 'demand', 'threat', 'agreement', 'ultimatum'];
const STATUSES: [BoardStatus, string][] = [['in-force', 'in force'], ['expiring', 'expiring soon'], ['expired', 'expired'], ['violated', 'violated or disputed'], ['other', 'proposed, withdrawn or undated']];
const FILTERS = ['asOf', 'status', 'party', 'kind', 'from', 'until'] as const;
const ISO = '\\d{4}-\\d{2}-\\d{2}';
const PER_COLUMN = 12;

export async function renderCommitments(view: HTMLElement, route: Route): Promise<void> {
  const q: Record<string, string> = {};
  for (const f of FILTERS) { const v = route.query.get(f); if (v) q[f] = v; }
  const input = (name: string, label: string, attrs: Record<string, string> = {}) => h('label', null, label, h('input', { name, value: q[name] ?? '', ...attrs }));
  const select = (name: string, label: string, options: [string, string][]) =>
    h('label', null, label, h('select', { name }, h('option', { value: '' }, 'any'), options.map(([v, text]) => h('option', { value: v, selected: q[name] === v }, text))));
  const form = h('form', { class: 'filters', 'aria-label': 'Commitment filters' },
    input('asOf', 'Status as of (default today)', { placeholder: 'YYYY-MM-DD', pattern: ISO, size: '12' }),
    select('status', 'Standing', STATUSES),
    input('party', 'Party', { placeholder: 'e.g. RUS', size: '7', title: 'a committing party or an addressee (actor code)' }),
    select('kind', 'Kind', KINDS.map((k) => [k, k])),
    input('from', 'Window from', { placeholder: 'YYYY-MM-DD', pattern: ISO, size: '10' }),
    input('until', 'Window until', { placeholder: 'YYYY-MM-DD', pattern: ISO, size: '10' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Show'), h('a', { class: 'button-link', href: '#/commitments' }, 'Clear')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const d = new FormData(form);
    go('commitments', Object.fromEntries(FILTERS.map((f) => [f, String(d.get(f) ?? '').trim() || undefined])));
  });
  const body = h('div', { class: 'board-body' });
  view.append(h('h1', null, 'Commitments'), form, body);
  await fill(body, 'the commitments board (the first time after a change it is computed from the whole ledger)', async () => {
    // The board's service call stays in the API (views/commitments.ts, cached); this page asks for its first cards.
    const board = await getJson<BoardPage>('/api/commitments/board', { ...q, limit: PER_COLUMN });
    const total = Object.values(board.counts).reduce((n, c) => n + c, 0);
    if (!total) {
      return Object.keys(q).some((k) => k !== 'asOf')
        ? emptyState('No commitment matches these filters', 'Clear a filter (party, kind, window or standing) and show again.')
        : emptyState('No commitments in the ledger', 'Pledges, ceasefires, demands and threats appear here once articles that report them are ingested.', 'npx parley demo');
    }
    const shown = [...board.inForce, ...board.expiringSoon, ...board.expired, ...board.violated, ...board.other];
    const axis = timeAxis(shown, board.asOf);
    const more = (status: BoardStatus) => ({ status, query: q, cursor: board.next[status], axis });
    const out: Node[] = [
      h('p', { class: 'board-summary', id: 'board-summary' }, `${total} commitment${total === 1 ? '' : 's'} as of ${board.asOf}: `,
        STATUSES.map(([id, label], i) => [i ? ' · ' : '', `${board.counts[id]} ${label}`])),
      legend([{ label: 'Time window', cls: 'window' }, { label: `As of ${board.asOf}`, cls: 'asof' }, { label: 'Violation', cls: 'violation' }]),
      h('div', { class: 'legend-row' }, h('span', { class: 'legend-title' }, 'Standing'),
        h('ul', { class: 'legend badges', 'aria-label': 'Standing legend' }, LIFECYCLES.map((l) => h('li', { title: l.title }, h('span', { class: `badge lc-${l.id}` }, l.label))))),
      h('div', { class: 'legend-row' }, h('span', { class: 'legend-title' }, 'Compliance'),
        h('ul', { class: 'legend badges', 'aria-label': 'Compliance legend' }, COMPLIANCE.map((l) => h('li', null, h('span', { class: `badge compliance-${l.id}` }, l.label))))),
      h('p', { class: 'axis-note' }, `Every window is drawn on the same axis, from ${isoDay(axis.min)} (left) to ${isoDay(axis.max)} (right); a fading bar is open-ended.`),
      h('div', { class: 'board' },
        column('In force', 'inforce', board.inForce, board.counts['in-force'], more('in-force'), 'Nothing is in force on this date.'),
        column(`Expiring within ${board.soonDays} days`, 'soon', board.expiringSoon, board.counts.expiring, more('expiring'), 'Nothing runs out soon.'),
        column('Expired', 'expired', board.expired, board.counts.expired, more('expired'), 'Nothing has expired yet.'),
        column('Violated or disputed', 'violated', board.violated, board.counts.violated, more('violated'), 'No violation on record.')),
    ];
    if (board.counts.other) {
      const row = h('div', { class: 'cards-row' }, board.other.map((c) => card(c, axis)));
      out.push(h('section', { class: 'card', 'aria-label': 'Proposed, withdrawn or undated' }, h('h2', null, 'Proposed, withdrawn or undated', h('span', { class: 'count' }, String(board.counts.other))), row, moreButton(row, more('other'), board.counts.other)));
    }
    return out;
  });
}

interface More { status: BoardStatus; query: Record<string, string>; cursor: string | null; axis: Axis }

/** "Show N more" under a column: the next page of that column from GET /api/commitments?status=…. */
function moreButton(list: HTMLElement, more: More, total: number): HTMLElement | null {
  if (!more.cursor) return null;
  const holder = h('div', { class: 'column-more' });
  let cursor: string | null = more.cursor;
  const button = h('button', { type: 'button', class: 'more', 'data-status': more.status }, `Show ${PER_COLUMN} more`);
  button.addEventListener('click', () => {
    void fill(holder, 'more commitments', async () => {
      const page = await getJson<CommitmentPage>('/api/commitments', { ...more.query, status: more.status, cursor, limit: PER_COLUMN });
      list.append(...page.items.map((c) => card(c, more.axis)));
      cursor = page.nextCursor;
      const shown = list.querySelectorAll('.commitment-card').length;
      if (!cursor) return h('p', { class: 'muted' }, `All ${total} shown.`);
      button.textContent = `Show ${PER_COLUMN} more (${shown} of ${total})`;
      return button;
    });
  });
  holder.append(button);
  return holder;
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

function column(title: string, cls: string, items: CommitmentItem[], total: number, more: More, empty: string): HTMLElement {
  const cards = h('div', { class: 'column-cards' }, items.map((c) => card(c, more.axis)));
  return h('section', { class: `column ${cls}`, 'aria-label': title },
    h('h2', null, title, h('span', { class: 'count' }, String(total))),
    items.length ? [cards, moreButton(cards, more, total)] : h('p', { class: 'muted empty-col' }, empty));
}

function card(c: CommitmentItem, axis: Axis): HTMLElement {
  const what = [c.refrain ? `not to ${c.action?.toLowerCase() ?? 'act'}` : c.action?.toLowerCase(), c.scope].filter(Boolean).join(' — ');
  const lifecycle = LIFECYCLES.find((l) => l.id === c.lifecycle);
  return h('article', { class: `commitment-card lc-${c.lifecycle}`, 'data-commitment': c.id, 'data-lifecycle': c.lifecycle },
    h('div', { class: 'head' }, h('span', { class: `badge kind-${c.kind}` }, c.kind),
      h('span', { class: `badge lc-${lifecycle ? c.lifecycle : 'unknown'} status-${c.status}`, title: lifecycle?.title ?? `status ${c.status}` }, lifecycle?.label ?? c.lifecycle),
      // (a lapsed commitment had no window: "not yet due" would mislead)
      c.lifecycle === 'lapsed' && c.compliance === 'not-yet-due' ? null : h('span', { class: `badge compliance-${c.compliance}` }, COMPLIANCE.find((x) => x.id === c.compliance)?.label ?? c.compliance), c.daysLeft !== null && c.daysLeft >= 0 && c.status !== 'expired' ? h('span', { class: 'badge muted-badge' }, `${c.daysLeft} days left`) : null),
    h('p', { class: 'parties' }, h('strong', null, actorLabel(c.by)), c.to.length ? ` → ${actorLabel(c.to)}` : ''),
    what ? h('p', { class: 'what' }, what) : null,
    windowTrack(c, axis),
    h('p', { class: 'dates' }, `${fmtDate(c.starts)} → ${c.ends ?? (c.durationDays ? `${c.durationDays} days` : 'open-ended')}`),
    c.conditions.length ? h('p', { class: 'muted' }, 'Conditions: ', c.conditions.join('; ')) : null,
    c.violations.length ? h('div', { class: 'violations' }, h('strong', null, `Violations (${c.violationCount ?? c.violations.length})`), (c.violationCount ?? 0) > c.violations.length ? h('small', { class: 'muted' }, ' the latest three') : null, h('ul', null, c.violations.map((v) =>
      h('li', null, h('span', { class: `badge standing-${v.standing}`, title: `${v.sources} independent source${v.sources === 1 ? '' : 's'}` }, v.standing), ` ${fmtDate(v.date)}: `, v.explanation,
        v.evidence.length ? h('ul', { class: 'cites' }, v.evidence.slice(0, 3).map((e) => h('li', null, h('a', { href: articleHref(e.documentId) }, `“${e.quote.trim()}”`), e.source ? ` — ${e.source}` : ''))) : null)))) : null,
    h('a', { class: 'evidence', href: articleHref(c.documentId, c.id) }, `“${c.evidenceText.trim()}”`),
    h('div', { class: 'source muted' }, c.documentTitle, reports(c) > 1 ? ` and ${reports(c) - 1} more report${reports(c) > 2 ? 's' : ''}` : ''));
}

const reports = (c: CommitmentItem) => c.citationCount ?? c.citations.length;

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
