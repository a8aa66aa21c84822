// How much each actor weighs in a window. Read straight off the ties: total |score| (the default
// node size), the number of relations, and weighted degree on positive and on negative ties.
// With graphology's standard library, on the positive ties only (they cannot read a negative
// weight): betweenness (strong ties are short) and PageRank. And PN centrality, which reads both
// signs (core/analysis/pn-centrality.ts).
import Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { pnCentrality } from './pn-centrality';
import { byActor, tieStrengths, type Centrality } from './strength';
import type { Tie } from './ties';

export type { Centrality } from './strength';

/**
 * The positive ties as a graphology graph whose nodes are the actors' positions ("0", "1", …),
 * not their ids: graphology-metrics indexes nodes in plain objects (`ids[node] = i`), where an id
 * such as "__proto__" would be lost and its ties drawn to another actor. An id is data, never a
 * property name.
 */
function positiveGraph(actorIds: readonly string[], ties: readonly Tie[]): Graph {
  const graph = new Graph({ type: 'undirected' });
  const at = new Map<string, string>();
  actorIds.forEach((id, i) => {
    at.set(id, String(i));
    graph.addNode(String(i));
  });
  for (const t of ties) {
    const a = at.get(t.a);
    const b = at.get(t.b);
    if (t.score > 0 && a !== undefined && b !== undefined) {
      graph.addEdge(a, b, { weight: t.score, distance: 1 / t.score });
    }
  }
  return graph;
}

/** A measure keyed by node position, read back by actor id (0 for a node it leaves out). */
function byPosition(
  actorIds: readonly string[],
  values: Readonly<Record<string, number>>,
): (id: string) => number {
  const position = new Map(actorIds.map((id, i) => [id, String(i)]));
  return (id) => {
    const key = position.get(id);
    return key !== undefined && Object.hasOwn(values, key) ? (values[key] ?? 0) : 0;
  };
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
  const rankOf = byPosition(actorIds, rank);
  return {
    ...tieStrengths(actorIds, ties),
    pn: byActor(actorIds, (id) => (Object.hasOwn(pn, id) ? (pn[id] ?? 1) : 1)),
    betweenness: options.betweenness ? byActor(actorIds, byPosition(actorIds, between)) : null,
    pagerank: byActor(actorIds, (id) => (hasEdges ? rankOf(id) : 1 / actorIds.length)),
  };
}
