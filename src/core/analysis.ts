// One window's analysis, as a plain JSON-able report: ties with their explanations, camps,
// structural balance, centrality and communities. Pure; runs anywhere core runs.
import { findCamps, type CampOptions, type FrustratedTie } from './camps';
import { structuralBalance, type Triad } from './balance';
import { centrality, communities, type Centrality } from './centrality';
import type { Dataset } from './dataset';
import { isoDay } from './dates';
import { nameOn } from './names';
import { signedTies, type Tie } from './ties';
import type { Window } from './time';

export interface WindowReport {
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
  readonly centrality: Centrality;
  readonly communities: readonly (readonly string[])[];
}

export function analyzeWindow(
  dataset: Dataset,
  window: Window,
  options: CampOptions = {},
): WindowReport {
  const ids = dataset.actors.map((a) => a.id);
  const names = Object.fromEntries(dataset.actors.map((a) => [a.id, nameOn(a, window.end)]));
  const dyads = signedTies(dataset, window);
  const split = findCamps(ids, dyads, options);
  const balance = structuralBalance(ids, dyads);
  return {
    window: { start: isoDay(window.start), end: isoDay(window.end) },
    actors: ids.map((id) => ({ id, name: names[id] ?? id })),
    dyads,
    camps: split.camps,
    unaligned: split.unaligned,
    frustration: split.frustration,
    frustratedTies: split.frustratedTies,
    campMethod: split.method,
    ...(split.optimalSplits === undefined ? {} : { optimalSplits: split.optimalSplits }),
    balance: { balanced: balance.balanced, unbalanced: balance.unbalanced, ratio: balance.ratio },
    unbalancedTriads: balance.unbalancedTriads,
    centrality: centrality(ids, dyads),
    communities: communities(ids, dyads),
  };
}
