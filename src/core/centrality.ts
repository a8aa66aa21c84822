// Centrality and communities with graphology's standard library: weighted degree on positive
// and on negative ties, and on the positive ties betweenness (strong ties are short), PageRank
// (weighted by score) and Louvain communities (seeded, so the result is repeatable).
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { seededRandom } from './camps';
import type { Tie } from './ties';

export interface Centrality {
  /** Sum of the scores of an actor's positive ties. */
  readonly positiveDegree: Readonly<Record<string, number>>;
  /** Sum of the absolute scores of its negative ties. */
  readonly negativeDegree: Readonly<Record<string, number>>;
  /** Normalised betweenness on the positive ties, with distance 1 / score. */
  readonly betweenness: Readonly<Record<string, number>>;
  /** PageRank on the positive ties, weighted by score. */
  readonly pagerank: Readonly<Record<string, number>>;
}

const round = (value: number): number => Math.round(value * 1e6) / 1e6;

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

function byActor(
  actorIds: readonly string[],
  values: Record<string, number>,
): Record<string, number> {
  return Object.fromEntries(actorIds.map((id) => [id, round(values[id] ?? 0)]));
}

export function centrality(actorIds: readonly string[], ties: readonly Tie[]): Centrality {
  const positive: Record<string, number> = {};
  const negative: Record<string, number> = {};
  for (const t of ties) {
    const target = t.score > 0 ? positive : t.score < 0 ? negative : undefined;
    if (!target) continue;
    target[t.a] = (target[t.a] ?? 0) + Math.abs(t.score);
    target[t.b] = (target[t.b] ?? 0) + Math.abs(t.score);
  }
  const graph = positiveGraph(actorIds, ties);
  const hasEdges = graph.size > 0;
  return {
    positiveDegree: byActor(actorIds, positive),
    negativeDegree: byActor(actorIds, negative),
    betweenness: byActor(
      actorIds,
      hasEdges ? betweenness(graph, { getEdgeWeight: 'distance', normalized: true }) : {},
    ),
    pagerank: byActor(
      actorIds,
      hasEdges
        ? pagerank(graph, { getEdgeWeight: 'weight' })
        : Object.fromEntries(actorIds.map((id) => [id, 1 / actorIds.length])),
    ),
  };
}

/**
 * Louvain communities on the positive ties, as lists of actor ids in the given order;
 * communities are ordered by their first member, and an actor with no positive tie is alone.
 */
export function communities(
  actorIds: readonly string[],
  ties: readonly Tie[],
  seed = 1,
): string[][] {
  const graph = positiveGraph(actorIds, ties);
  const mapping: Record<string, number> =
    graph.size > 0 ? louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(seed) }) : {};
  const groups = new Map<string, string[]>();
  for (const id of actorIds) {
    const key = mapping[id] === undefined ? `alone:${id}` : String(mapping[id]);
    const group = groups.get(key) ?? [];
    group.push(id);
    groups.set(key, group);
  }
  return [...groups.values()];
}
