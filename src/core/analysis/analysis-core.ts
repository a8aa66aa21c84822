// The part of a window's analysis that the page computes itself, at once: ties with their
// explanations, camps with how sure they are (runner-up, switch costs, hedgers) and structural
// balance (plain TypeScript, no graph library). Centrality, communities and the permutation test
// come from analysis.ts — in the page, from the engine worker.
import { structuralBalance, type Triad } from './balance';
import {
  findCamps,
  frustrationTotal,
  hedgers,
  type CampOptions,
  type CampSplit,
  type FrustratedTie,
  type SwitchCost,
} from './camps';
import { tieStrengths, type Centrality } from './strength';
import { relationById, type Dataset } from '../data/dataset';
import { isoDay } from '../time/dates';
import { nameOn } from '../data/names';
import type { Layer, Relation } from '../data/schema';
import { defaultScoring, normaliseLayers, type ScoreMode, type ScoreOptions } from './scoring';
import { signedTies, type ScoredTie, type Tie } from './ties';
import type { Window } from '../time/time';

export interface WindowCore {
  readonly window: { readonly start: string; readonly end: string };
  /** The reading: time-weighted or plain sum, the layers counted, confidence factors on or off. */
  readonly scoreMode: ScoreMode;
  readonly layers: readonly Layer[];
  readonly confidenceWeighted: boolean;
  readonly actors: readonly { readonly id: string; readonly name: string }[];
  readonly dyads: readonly Tie[];
  readonly camps: readonly [readonly string[], readonly string[]];
  /** No split beats keeping every aligned actor together (the second camp is empty). */
  readonly oneBloc: boolean;
  readonly unaligned: readonly string[];
  readonly frustration: number;
  /** frustration / frustrationTotal (every friendly tie, and every hostile one twice): 0 a perfect split, comparable across windows. */
  readonly normalizedFrustration: number | null;
  readonly frustratedTies: readonly FrustratedTie[];
  readonly campMethod: 'exact' | 'heuristic';
  readonly optimalSplits?: number;
  readonly runnerUp?: CampSplit['runnerUp'];
  /** Every aligned actor's cost of switching camps. */
  readonly switchCosts: readonly SwitchCost[];
  /** The actors whose switch would cost less than HEDGING_THRESHOLD of their total |score|. */
  readonly hedging: readonly SwitchCost[];
  readonly balance: {
    readonly balanced: number;
    readonly unbalanced: number;
    readonly ratio: number | null;
  };
  readonly unbalancedTriads: readonly Triad[];
}

export interface WindowExtras {
  readonly centrality: Centrality;
  /** Communities by signed modularity; each actor with no tie alone. */
  readonly communities: readonly (readonly string[])[];
  /** Signed modularity of the communities (0: no grouping beats none). */
  readonly modularity: number;
  /** The permutation test of the split (core/analysis/split-test.ts); null while it is pending. */
  readonly pValue: number | null;
  readonly pTest: {
    readonly shuffles: number;
    readonly method: 'exact' | 'greedy';
    readonly actors: number;
  } | null;
}

export type WindowReport = WindowCore & WindowExtras;

/** A core whose ties are of another kind (their relations counted, not listed: lean-core.ts). */
export type CoreOf<T extends ScoredTie> = Omit<WindowCore, 'dyads'> & {
  readonly dyads: readonly T[];
};

/**
 * A window's core; `tiesOf` gives its ties — signedTies by default, each with its relations, or
 * countedTies, with how many (what the engine worker sends for a large data set).
 */
export function analyzeCore(
  dataset: Dataset,
  window: Window,
  options?: CampOptions,
  scoring?: ScoreOptions,
): WindowCore;
export function analyzeCore<T extends ScoredTie>(
  dataset: Dataset,
  window: Window,
  options: CampOptions,
  scoring: ScoreOptions,
  tiesOf: (dataset: Dataset, window: Window, scoring: ScoreOptions) => readonly T[],
): CoreOf<T>;
export function analyzeCore(
  dataset: Dataset,
  window: Window,
  options: CampOptions = {},
  scoring: ScoreOptions = defaultScoring(dataset),
  tiesOf: (
    dataset: Dataset,
    window: Window,
    scoring: ScoreOptions,
  ) => readonly ScoredTie[] = signedTies,
): CoreOf<ScoredTie> {
  const ids = dataset.actors.map((a) => a.id);
  const dyads = tiesOf(dataset, window, scoring);
  const split = findCamps(ids, dyads, options);
  const balance = structuralBalance(ids, dyads);
  const total = frustrationTotal(dyads, options.hostileWeight);
  return {
    window: { start: isoDay(window.start), end: isoDay(window.end) },
    scoreMode: scoring.mode,
    layers: normaliseLayers(scoring.layers),
    confidenceWeighted: scoring.mode === 'time' && scoring.confidence,
    actors: dataset.actors.map((a) => ({ id: a.id, name: nameOn(a, window.end) })),
    dyads,
    camps: split.camps,
    oneBloc: split.camps[0].length > 0 && split.camps[1].length === 0,
    unaligned: split.unaligned,
    frustration: split.frustration,
    normalizedFrustration: total === 0 ? null : Math.round((split.frustration / total) * 1e6) / 1e6,
    frustratedTies: split.frustratedTies,
    campMethod: split.method,
    ...(split.optimalSplits === undefined ? {} : { optimalSplits: split.optimalSplits }),
    ...(split.runnerUp ? { runnerUp: split.runnerUp } : {}),
    switchCosts: split.switchCosts,
    hedging: hedgers(split),
    balance: { balanced: balance.balanced, unbalanced: balance.unbalanced, ratio: balance.ratio },
    unbalancedTriads: balance.unbalancedTriads,
  };
}

/**
 * Extras for the moment before the engine answers: the measures read straight off the ties
 * (total |score|, number of relations, weighted degrees) are exact; the rest are zero, each actor
 * is its own community and the p-value is pending (null).
 */
export function emptyExtras(core: Pick<WindowCore, 'actors' | 'dyads'>): WindowExtras {
  const ids = core.actors.map((a) => a.id);
  const zero = Object.fromEntries(ids.map((id) => [id, 0]));
  return {
    centrality: { ...tieStrengths(ids, core.dyads), betweenness: null, pagerank: zero, pn: zero },
    communities: ids.map((id) => [id]),
    modularity: 0,
    pValue: null,
    pTest: null,
  };
}

/** The relations that count in a window's ties under its reading, each with its contribution. */
export function countedRelations(
  dataset: Dataset,
  core: Pick<WindowCore, 'dyads'>,
): { readonly relation: Relation; readonly contribution: number }[] {
  const byId = relationById(dataset);
  return core.dyads.flatMap((t) =>
    t.relations.flatMap((c) => {
      const relation = byId.get(c.id);
      return relation ? [{ relation, contribution: c.contribution }] : [];
    }),
  );
}
