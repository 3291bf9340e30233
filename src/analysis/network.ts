/**
 * Actor network for a window: nodes are actors (with the events they take part in), edges the directed
 * actor -> recipient totals, split by cooperation and conflict. Self-loops (an actor acting on itself, e.g.
 * a government and its military) are dropped from the drawing.
 *
 *   buildNetwork([{ actor: 'RUS', recipient: 'UKR', count: 5, cooperation: 1, conflict: 4, goldstein: -30 }])
 *   // { nodes: [{ id: 'RUS', count: 5 }, { id: 'UKR', count: 5 }], edges: [{ source: 'RUS', target: 'UKR', … }] }
 */
import type { PairRow } from '../store/analytics.repository.js';

export interface Network {
  nodes: { id: string; count: number }[];
  edges: { source: string; target: string; count: number; cooperation: number; conflict: number; goldstein: number }[];
}

export function buildNetwork(pairs: readonly PairRow[], maxNodes = 60): Network {
  const edges = pairs.filter((p) => p.actor !== p.recipient);
  const weight = new Map<string, number>();
  for (const e of edges) {
    weight.set(e.actor, (weight.get(e.actor) ?? 0) + e.count);
    weight.set(e.recipient, (weight.get(e.recipient) ?? 0) + e.count);
  }
  const kept = new Set([...weight.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, maxNodes).map(([id]) => id));
  return {
    nodes: [...kept].sort().map((id) => ({ id, count: weight.get(id)! })),
    edges: edges.filter((e) => kept.has(e.actor) && kept.has(e.recipient))
      .map((e) => ({ source: e.actor, target: e.recipient, count: e.count, cooperation: e.cooperation, conflict: e.conflict, goldstein: e.goldstein })),
  };
}
