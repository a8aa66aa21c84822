// How much each actor weighs in a window. Read straight off the ties: total |score| (the default
// node size), the number of relations, and weighted degree on positive and on negative ties.
// With graphology's standard library, on the positive ties only (they cannot read a negative
// weight): betweenness (strong ties are short) and PageRank. And PN centrality, which reads both
// signs (core/signed-measures.ts).
import Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { pnCentrality } from './signed-measures';
import { byActor, tieStrengths, type Centrality } from './strength';
import type { Tie } from './ties';

export type { Centrality } from './strength';

function positiveGraph(actorIds: readonly string[], ties: readonly Tie[]): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (const id of actorIds) graph.addNode(id);
  for (const t of ties) {
    if (t.score > 0 && graph.hasNode(t.a) && graph.hasNode(t.b)) {
      graph.addEdge(t.a, t.b, { weight: t.score, distance: 1 / t.score });
    }
  }
  return graph;
}

export interface CentralityOptions {
  /** Compute betweenness too (default: no; the explorer asks when it sizes nodes by it). */
  readonly betweenness?: boolean;
}

export function centrality(
  actorIds: readonly string[],
  ties: readonly Tie[],
  options: CentralityOptions = {},
): Centrality {
  const graph = positiveGraph(actorIds, ties);
  const hasEdges = graph.size > 0;
  const between: Record<string, number> =
    hasEdges && options.betweenness
      ? betweenness(graph, { getEdgeWeight: 'distance', normalized: true })
      : {};
  const rank: Record<string, number> = hasEdges ? pagerank(graph, { getEdgeWeight: 'weight' }) : {};
  const pn = pnCentrality(actorIds, ties);
  return {
    ...tieStrengths(actorIds, ties),
    pn: byActor(actorIds, (id) => pn[id] ?? 1),
    betweenness: options.betweenness
      ? byActor(actorIds, (id) => (Object.hasOwn(between, id) ? (between[id] ?? 0) : 0))
      : null,
    pagerank: byActor(actorIds, (id) =>
      hasEdges ? (Object.hasOwn(rank, id) ? (rank[id] ?? 0) : 0) : 1 / actorIds.length,
    ),
  };
}
