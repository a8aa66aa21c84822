// The measures read straight off a window's ties — total |score| (the default node size), the
// number of relations, weighted degree on friendly and on hostile ties — and the shape of all of
// an actor's measures. No graph library here: the page computes these at once, without waiting
// for the engine (core/analysis/centrality.ts adds graphology's measures there).
import { relationCount, type Tie } from './ties';

export interface Centrality {
  /** Sum of the absolute scores of an actor's ties: how much is going on around it, either way. */
  readonly strength: Readonly<Record<string, number>>;
  /** Number of relations counted in its ties. */
  readonly relations: Readonly<Record<string, number>>;
  /** Sum of the scores of an actor's positive ties. */
  readonly positiveDegree: Readonly<Record<string, number>>;
  /** Sum of the absolute scores of its negative ties. */
  readonly negativeDegree: Readonly<Record<string, number>>;
  /** PN centrality (Everett & Borgatti 2014): friends who have friends, less enemies. */
  readonly pn: Readonly<Record<string, number>>;
  /**
   * Normalised betweenness on the positive ties, with distance 1 / score; null unless asked for
   * (it is the slowest measure by far: Brandes' algorithm with Dijkstra from every actor).
   */
  readonly betweenness: Readonly<Record<string, number>> | null;
  /** PageRank on the positive ties, weighted by score. */
  readonly pagerank: Readonly<Record<string, number>>;
}

const round = (value: number): number => Math.round(value * 1e6) / 1e6;

/** Values by actor id in a lookup with no prototype (an id is data, never a property name). */
export function byActor(
  actorIds: readonly string[],
  value: (id: string) => number,
): Record<string, number> {
  const out = Object.create(null) as Record<string, number>;
  for (const id of actorIds) out[id] = round(value(id));
  return out;
}

/** The measures read straight off the ties: strength, relations, positive and negative degree. */
export function tieStrengths(
  actorIds: readonly string[],
  ties: readonly Tie[],
): Pick<Centrality, 'strength' | 'relations' | 'positiveDegree' | 'negativeDegree'> {
  const positive = new Map<string, number>();
  const negative = new Map<string, number>();
  const relations = new Map<string, number>();
  const add = (map: Map<string, number>, id: string, x: number) =>
    map.set(id, (map.get(id) ?? 0) + x);
  for (const t of ties) {
    add(relations, t.a, relationCount(t));
    add(relations, t.b, relationCount(t));
    const target = t.score > 0 ? positive : t.score < 0 ? negative : undefined;
    if (!target) continue;
    add(target, t.a, Math.abs(t.score));
    add(target, t.b, Math.abs(t.score));
  }
  return {
    strength: byActor(actorIds, (id) => (positive.get(id) ?? 0) + (negative.get(id) ?? 0)),
    relations: byActor(actorIds, (id) => relations.get(id) ?? 0),
    positiveDegree: byActor(actorIds, (id) => positive.get(id) ?? 0),
    negativeDegree: byActor(actorIds, (id) => negative.get(id) ?? 0),
  };
}
