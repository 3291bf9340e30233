/**
 * The network's drawing (pages/network.ts loads it with the data, draws once its summary is painted): Cytoscape with
 * actors as labelled nodes sized by events, edges as wide as the pair's events and coloured by their balance of
 * cooperation and conflict. Hovering an edge says what it stands for; clicking a node opens its actor page, an
 * edge the timeline of that pair (and window). The graph element carries the nodes' and edges' on-screen
 * positions in `data-nodes` / `data-edges` (for tests and tools that drive the canvas).
 *
 *   drawNetwork(box, graph, infoLine, { from: '', to: '' });   // pages/network.ts, once the summary is painted
 */
import cytoscape from 'cytoscape';
import type { NetworkGraph } from '../../api/contract.js';
import { go } from '../route.js';
import { COLORS, fmtGoldstein, fmtNumber, UNIDENTIFIED } from '../ui/format.js';

export function drawNetwork(box: HTMLElement, g: NetworkGraph, info: HTMLElement, window: { from: string; to: string }): void {
  const maxCount = Math.max(...g.edges.map((e) => e.count));
  const maxNode = Math.max(...g.nodes.map((n) => n.count));
  const cy = cytoscape({
    container: box,
    elements: [
      ...g.nodes.map((n) => ({ data: { id: n.id, label: n.name && n.name !== n.id ? (n.id === UNIDENTIFIED ? n.name : `${n.name}\n${n.id}`) : n.id, size: 22 + 40 * Math.sqrt(n.count / maxNode), weight: n.count } })),
      ...g.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, width: 1 + 9 * (e.count / maxCount), color: edgeColor(e.cooperation, e.conflict), count: e.count, coop: e.cooperation, conflict: e.conflict, goldstein: e.goldstein } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#dfe6ee', 'border-color': '#34495e', 'border-width': 1.5, 'font-size': 11, 'font-weight': 'bold', color: '#1d2733', 'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-y': 3, 'text-wrap': 'wrap', 'text-background-color': '#fcfdfe', 'text-background-opacity': 0.8, 'text-background-padding': '1px' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, 'curve-style': 'bezier', opacity: 0.75 } },
      { selector: 'edge.hover', style: { opacity: 1, 'z-index': 10 } },
    ],
    layout: { name: 'concentric', concentric: (n: cytoscape.NodeSingular) => Number(n.data('weight')), levelWidth: () => Math.max(1, maxNode / 4), padding: 30, minNodeSpacing: 18, animate: false } as cytoscape.LayoutOptions,
    wheelSensitivity: 0.3,
  });
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name ?? id;
  cy.on('mouseover', 'edge', (ev) => {
    const e = ev.target;
    e.addClass('hover');
    info.textContent = `${name(e.data('source'))} → ${name(e.data('target'))}: ${fmtNumber(e.data('count'))} events, ${fmtNumber(e.data('coop'))} cooperation and ${fmtNumber(e.data('conflict'))} conflict, Goldstein sum ${fmtGoldstein(e.data('goldstein'))}. Click to list them.`;
  });
  cy.on('mouseout', 'edge', (ev) => ev.target.removeClass('hover'));
  // an actor of no known country ('---', "Unidentified actor") has no page of its own, nor a pair timeline to filter by
  const NO_PAGE = 'Unidentified actors (no known country) have no page or pair timeline of their own: hover an edge to see its events.';
  cy.on('tap', 'node', (ev) => {
    const id = String(ev.target.id());
    if (id === UNIDENTIFIED) info.textContent = NO_PAGE;
    else go(`actor/${encodeURIComponent(id)}`);
  });
  cy.on('tap', 'edge', (ev) => {
    const [actor, recipient] = [String(ev.target.data('source')), String(ev.target.data('target'))];
    if (actor === UNIDENTIFIED || recipient === UNIDENTIFIED) info.textContent = NO_PAGE;
    else go('timeline', { actor, recipient, from: window.from || undefined, to: window.to || undefined });
  });
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
