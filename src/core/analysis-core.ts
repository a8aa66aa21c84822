// The part of a window's analysis that the page computes itself, at once: ties with their
// explanations, camps and structural balance (plain TypeScript, no graph library). Centrality and
// communities (graphology) come from analysis.ts — in the page, from the engine worker.
import { structuralBalance, type Triad } from './balance';
import { findCamps, type CampOptions, type FrustratedTie } from './camps';
import type { Centrality } from './centrality';
import type { Dataset } from './dataset';
import { isoDay } from './dates';
import { nameOn } from './names';
import { signedTies, type Tie } from './ties';
import type { Window } from './time';

export interface WindowCore {
  readonly window: { readonly start: string; readonly end: string };
  readonly actors: readonly { readonly id: string; readonly name: string }[];
  readonly dyads: readonly Tie[];
  readonly camps: readonly [readonly string[], readonly string[]];
  readonly unaligned: readonly string[];
  readonly frustration: number;
  readonly frustratedTies: readonly FrustratedTie[];
  readonly campMethod: 'exact' | 'heuristic';
  readonly optimalSplits?: number;
  readonly balance: {
    readonly balanced: number;
    readonly unbalanced: number;
    readonly ratio: number | null;
  };
  readonly unbalancedTriads: readonly Triad[];
}

export interface WindowExtras {
  readonly centrality: Centrality;
  readonly communities: readonly (readonly string[])[];
}

export type WindowReport = WindowCore & WindowExtras;

export function analyzeCore(
  dataset: Dataset,
  window: Window,
  options: CampOptions = {},
): WindowCore {
  const ids = dataset.actors.map((a) => a.id);
  const dyads = signedTies(dataset, window);
  const split = findCamps(ids, dyads, options);
  const balance = structuralBalance(ids, dyads);
  return {
    window: { start: isoDay(window.start), end: isoDay(window.end) },
    actors: dataset.actors.map((a) => ({ id: a.id, name: nameOn(a, window.end) })),
    dyads,
    camps: split.camps,
    unaligned: split.unaligned,
    frustration: split.frustration,
    frustratedTies: split.frustratedTies,
    campMethod: split.method,
    ...(split.optimalSplits === undefined ? {} : { optimalSplits: split.optimalSplits }),
    balance: { balanced: balance.balanced, unbalanced: balance.unbalanced, ratio: balance.ratio },
    unbalancedTriads: balance.unbalancedTriads,
  };
}

/** Extras that say nothing yet (all zero), for the moment before the engine answers. */
export function emptyExtras(actorIds: readonly string[]): WindowExtras {
  const zero = Object.fromEntries(actorIds.map((id) => [id, 0]));
  return {
    centrality: { positiveDegree: zero, negativeDegree: zero, betweenness: zero, pagerank: zero },
    communities: actorIds.map((id) => [id]),
  };
}
