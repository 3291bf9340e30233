/**
 * Network: actors as nodes (sized by events), relations as edges coloured by the balance of cooperation and
 * conflict between the pair, for a date window. Clicking a node opens its actor page; clicking an edge opens
 * the timeline filtered to that pair (and window). The graph element carries the nodes' and edges' on-screen
 * positions in `data-nodes` / `data-edges` (for tests and tools that drive the canvas).
 */
import cytoscape from 'cytoscape';
import type { NetworkGraph } from '../../api/contract.js';
import { getJson } from '../api.js';
import { go, type Route } from '../route.js';
import { emptyState, h } from '../ui/dom.js';
import { COLORS, fmtGoldstein } from '../ui/format.js';
import { legend, section } from '../ui/widgets.js';

export async function renderNetwork(view: HTMLElement, route: Route): Promise<void> {
  const from = route.query.get('from') ?? '';
  const to = route.query.get('to') ?? '';
  const g = await getJson<NetworkGraph>('/api/network', { from, to });
  const form = h('form', { class: 'filters', 'aria-label': 'Date window' },
    h('label', null, 'From', h('input', { type: 'date', name: 'from', value: from })),
    h('label', null, 'To', h('input', { type: 'date', name: 'to', value: to })),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Show'), h('a', { class: 'button-link', href: '#/network' }, 'All dates')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const d = new FormData(form);
    go('network', { from: String(d.get('from') ?? '') || undefined, to: String(d.get('to') ?? '') || undefined });
  });
  view.append(h('h1', null, 'Network'), form);
  if (!g.edges.length) {
    view.append(emptyState('No relations in this window', from || to ? 'No event with both an actor and a recipient falls in these dates; widen the window.' : 'No event in the ledger names both an actor and a recipient yet.'));
    return;
  }
  const box = h('div', { class: 'network', id: 'network-graph', role: 'img', 'aria-label': 'Network of actors' });
  view.append(section(`Who deals with whom${from || to ? ` (${from || '…'} to ${to || '…'})` : ''}`,
    legend([{ label: 'Mostly cooperation', cls: 'coop' }, { label: 'Mostly conflict', cls: 'conflict' }, { label: 'Mixed / neutral', cls: 'neutral' }]),
    h('p', { class: 'muted' }, 'Node size: events involving the actor. Edge width: events between the pair; colour: cooperation vs conflict. Click a node to open the actor, an edge to list the pair\'s events.'),
    box));
  const maxCount = Math.max(...g.edges.map((e) => e.count));
  const maxNode = Math.max(...g.nodes.map((n) => n.count));
  const cy = cytoscape({
    container: box,
    elements: [
      ...g.nodes.map((n) => ({ data: { id: n.id, label: n.id, size: 28 + 34 * Math.sqrt(n.count / maxNode) } })),
      ...g.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, width: 1.5 + 7 * (e.count / maxCount), color: edgeColor(e.cooperation, e.conflict), label: `${e.count} · ${fmtGoldstein(e.goldstein)}` } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#dfe6ee', 'border-color': '#34495e', 'border-width': 2, 'font-size': 12, 'font-weight': 'bold', color: '#1d2733', 'text-valign': 'center', 'text-halign': 'center' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 10, color: '#444', 'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': '2px', 'text-rotation': 'autorotate' } },
    ],
    layout: { name: g.nodes.length > 2 ? 'circle' : 'grid', padding: 40 },
    wheelSensitivity: 0.3,
  });
  cy.on('tap', 'node', (ev) => go(`actor/${encodeURIComponent(String(ev.target.id()))}`));
  cy.on('tap', 'edge', (ev) => go('timeline', { actor: String(ev.target.data('source')), recipient: String(ev.target.data('target')), from: from || undefined, to: to || undefined }));
  const publish = () => {
    const at = (p: { x: number; y: number }) => ({ x: Math.round(p.x), y: Math.round(p.y) });
    box.dataset.nodes = JSON.stringify(cy.nodes().map((n) => ({ id: n.id(), ...at(n.renderedPosition()) })));
    box.dataset.edges = JSON.stringify(cy.edges().map((e) => ({ source: e.data('source') as string, target: e.data('target') as string, ...at(e.renderedMidpoint()) })));
  };
  publish();
  cy.on('layoutstop viewport resize', publish);
}

function edgeColor(coop: number, conflict: number): string {
  const total = coop + conflict;
  if (!total) return COLORS.neutral;
  const share = coop / total;
  return share >= 0.6 ? COLORS.cooperation : share <= 0.4 ? COLORS.conflict : COLORS.neutral;
}
