/**
 * Network: the strongest relations of a date window (most events; 40 by default, `?limit=`) with a legend for
 * the edges; a one-line summary as soon as the data arrives, then the graph (network-draw.ts with the graph
 * library, loaded while the data is on its way): actors as labelled nodes ("Russia" with its code), edges
 * coloured by their balance of cooperation and conflict, a node opening its actor page, an edge the pair's
 * timeline.
 */
import type { NetworkGraph } from '../../api/contract.js';
import { go, type Route } from '../route.js';
import { getJson } from '../api.js';
import { emptyState, h } from '../ui/dom.js';
import { fmtNumber } from '../ui/format.js';
import { afterPaint, dataShown } from '../ui/first-data.js';
import { fill } from '../ui/panel.js';
import { legend, section } from '../ui/widgets.js';

const LIMITS = [20, 40, 80, 150];
const ISO = '\\d{4}-\\d{2}-\\d{2}';

/** Network relations shown unless the route asks for another number. */
export const NETWORK_LIMIT = 40;

export async function renderNetwork(view: HTMLElement, route: Route): Promise<void> {
  const from = route.query.get('from') ?? '', to = route.query.get('to') ?? '', limit = Number(route.query.get('limit')) || NETWORK_LIMIT;
  const data = getJson<NetworkGraph>('/api/network', { from, to, limit });
  // The graph is the page's main content: its code (the graph library) loads while the data is on its way.
  const drawing = import('./network-draw.js');
  drawing.catch(() => undefined);
  const form = h('form', { class: 'filters', 'aria-label': 'Date window' },
    h('label', null, 'From', h('input', { name: 'from', value: from, placeholder: 'YYYY-MM-DD', pattern: ISO, size: '10' })),
    h('label', null, 'To', h('input', { name: 'to', value: to, placeholder: 'YYYY-MM-DD', pattern: ISO, size: '10' })),
    h('label', null, 'Relations', h('select', { name: 'limit' }, LIMITS.map((n) => h('option', { value: String(n), selected: n === limit }, `strongest ${n}`)))),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Show'), h('a', { class: 'button-link', href: '#/network' }, 'All dates')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const d = new FormData(form);
    go('network', { from: String(d.get('from') ?? '') || undefined, to: String(d.get('to') ?? '') || undefined, limit: String(d.get('limit') ?? '') || undefined });
  });
  const body = h('div', { class: 'panel-body' });
  const info = h('p', { class: 'edge-info muted', id: 'edge-info', 'aria-live': 'polite' }, 'Hover an edge to see its events; click a node for the actor, an edge for the pair\'s events.');
  view.append(h('h1', null, 'Network'), form, section(`Who deals with whom${from || to ? ` (${from || '…'} to ${to || '…'})` : ''}`,
    legend([{ label: 'Mostly cooperation (60%+ of the pair\'s events)', cls: 'coop' }, { label: 'Mostly conflict (60%+)', cls: 'conflict' }, { label: 'Mixed', cls: 'neutral' }]),
    h('p', { class: 'muted legend-note' }, 'Arrow: who acts on whom. Edge width: number of events between the pair. Node size: events the actor takes part in.'),
    info, body));
  await fill(body, 'the network', async () => {
    const g = await data;
    if (!g.edges.length) return emptyState('No relations in this window', from || to ? 'No event with both an actor and a recipient falls in these dates; widen the window.' : 'No event in the ledger names both an actor and a recipient yet.');
    const box = h('div', { class: 'network', id: 'network-graph', role: 'img', 'aria-label': 'Network of actors' });
    body.replaceChildren(h('p', { class: 'muted', id: 'network-summary' }, `The ${fmtNumber(g.edges.length)} strongest of ${fmtNumber(g.totalEdges)} relations, between ${fmtNumber(g.nodes.length)} actors.`), box);
    // The summary is painted first; the graph's layout and drawing follow.
    dataShown();
    await afterPaint();
    (await drawing).drawNetwork(box, g, info, { from, to });
  });
}
