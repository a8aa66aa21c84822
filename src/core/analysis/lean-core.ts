// A window's core without the relations behind each tie: what the engine worker sends for a large
// data set at each timeline step (4,400 ties with their relations take longer to receive, 2 MB,
// than to work out on the main thread; without them a tenth of that), and the page's core made
// from it again, whose ties list their relations only when first asked (a selection, the table)
// — worked out then from the same data, window and reading by the same code, so they are the
// relations analyzeCore would have given.
import type { Dataset } from '../data/dataset';
import type { Window } from '../time/time';
import type { WindowCore } from './analysis-core';
import type { ScoreOptions } from './scoring';
import { RELATION_COUNT, signedTies, tieId, type Contribution, type Tie } from './ties';

export type LeanTie = Omit<Tie, 'relations'> & { readonly relationCount: number };
export type LeanCore = Omit<WindowCore, 'dyads'> & { readonly dyads: readonly LeanTie[] };

export function leanCore(core: WindowCore): LeanCore {
  return {
    ...core,
    dyads: core.dyads.map(({ relations, ...tie }) => ({ ...tie, relationCount: relations.length })),
  };
}

/**
 * The core again, from a lean one and what it was computed from: each tie's `relations` is
 * worked out for every tie at once, on the first ask, and kept.
 */
export function hydrateCore(
  lean: LeanCore,
  dataset: Dataset,
  window: Window,
  scoring: ScoreOptions,
): WindowCore {
  let byPair: Map<string, readonly Contribution[]> | undefined;
  const relationsOf = (a: string, b: string): readonly Contribution[] => {
    byPair ??= new Map(
      signedTies(dataset, window, scoring).map((t) => [tieId(t.a, t.b), t.relations]),
    );
    return byPair.get(tieId(a, b)) ?? [];
  };
  // One object literal a tie, fields in analyzeCore's order and the getter in the literal (the
  // count not enumerable, as ties.ts wants it): copying the tie twice and then defining the getter
  // made three objects a tie, each of a slow shape of its own.
  const dyads = lean.dyads.map((t): Tie => {
    const whole: Tie = {
      a: t.a,
      b: t.b,
      score: t.score,
      sign: t.sign,
      positive: t.positive,
      negative: t.negative,
      ambivalent: t.ambivalent,
      get relations() {
        return relationsOf(t.a, t.b);
      },
    };
    return Object.defineProperty(whole, RELATION_COUNT, { value: t.relationCount });
  });
  return { ...lean, dyads };
}
