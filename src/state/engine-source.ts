// What the explorer asks of the engine (a worker, in the page), and the one repair its answers
// need on the way in.
import type { WindowExtras } from '../core/analysis/analysis-core';
import type { CampYear } from '../core/analysis/series';
import type { LeanCore } from '../core/analysis/lean-core';
import type { CoreQuery, ExtrasQuery, StripQuery } from '../core/engine/engine';

/** What the explorer asks the engine (a worker, in the page) to compute for it. */
export interface AnalysisSource {
  /** Centrality, communities and the p-value of a window. */
  extras(query: ExtrasQuery): Promise<WindowExtras | undefined>;
  /** A window's core without the relations behind each tie (asked for large data sets only). */
  core?(query: CoreQuery): Promise<LeanCore | undefined>;
  /** The camp series of the year strip. */
  strip(query: StripQuery): Promise<readonly CampYear[] | undefined>;
}

/**
 * The extras as the worker sent them, with each measure's lookup by id rebuilt without a
 * prototype: structured cloning gives every object Object's, where an id such as "constructor"
 * that a measure lacks would find a function.
 */
export function withOwnLookups(extras: WindowExtras): WindowExtras {
  const own = (values: Readonly<Record<string, number>>): Record<string, number> =>
    Object.assign(Object.create(null) as Record<string, number>, values);
  const c = extras.centrality;
  return {
    ...extras,
    centrality: {
      strength: own(c.strength),
      relations: own(c.relations),
      positiveDegree: own(c.positiveDegree),
      negativeDegree: own(c.negativeDegree),
      pn: own(c.pn),
      betweenness: c.betweenness && own(c.betweenness),
      pagerank: own(c.pagerank),
    },
  };
}
