// Camps: the split of the actors into two camps that minimises frustration — negative ties
// inside a camp plus positive ties across camps, each weighted by its absolute score, a hostile
// tie inside a camp counting HOSTILE_WEIGHT times (Doreian & Mrvar's criterion for partitioning
// signed networks, αN + (1 − α)P, with α = 2/3). Exact up to EXACT_LIMIT aligned actors; above
// that a seeded multi-start local search (both in camp-search.ts), compared with the exact answer
// in the tests. With the split come how sure it is: the runner-up split, and what it would cost
// each actor to switch camps (a low cost is hedging).
import { EPSILON, exact, flipDelta, frustrationOf, heuristic, type Problem } from './camp-search';
import type { ScoredTie } from './ties';

export const EXACT_LIMIT = 20;

/**
 * How much more a hostile tie inside a camp counts than a friendly tie across camps. Friendly
 * ties across the lines are ordinary (rivals sign arms-control treaties, sell arms to each
 * other's partners); an enemy inside one's own camp is what camps exist to avoid. With equal
 * weights the years 2006–2015 of the shipped data come out one bloc, India with Pakistan;
 * docs/analysis.md gives the year table for 1, 1.5 and 2.
 */
export const HOSTILE_WEIGHT = 2;

export interface FrustratedTie {
  readonly a: string;
  readonly b: string;
  readonly score: number;
  readonly reason: 'negative-inside' | 'positive-across';
}

export interface SwitchCost {
  readonly actor: string;
  /** How much the frustration would grow if this actor alone changed camp (≥ 0 at an exact optimum). */
  readonly cost: number;
  /** cost / the actor's total |score|: 1 when every tie agrees with its camp, 0 when it is torn evenly. */
  readonly share: number;
}

/**
 * An actor is hedging when switching camps would cost less than this share of its total |score|:
 * its ties pull both ways nearly evenly (docs/analysis.md gives the reasons for the value).
 */
export const HEDGING_THRESHOLD = 1 / 3;

export interface CampSplit {
  /** Two camps, each in the order the actors were given; the first holds the first aligned actor. */
  readonly camps: readonly [readonly string[], readonly string[]];
  /** Actors with no non-zero tie in the window. */
  readonly unaligned: readonly string[];
  readonly frustration: number;
  readonly frustratedTies: readonly FrustratedTie[];
  readonly method: 'exact' | 'heuristic';
  /** Exact method only: how many splits reach the minimum (1 = the split is unique). */
  readonly optimalSplits?: number;
  /** The best other split, and its frustration (absent when there is no other split). */
  readonly runnerUp?: {
    readonly camps: readonly [readonly string[], readonly string[]];
    readonly frustration: number;
  };
  /** Every aligned actor's cost of switching camps, in the order the actors were given. */
  readonly switchCosts: readonly SwitchCost[];
}

export interface CampOptions {
  /** Largest number of aligned actors solved exactly (default EXACT_LIMIT). */
  readonly exactLimit?: number;
  /** Heuristic: number of random starts (64 up to 50 actors, 16 above) and the seed of their generator. */
  readonly restarts?: number;
  readonly seed?: number;
  /** How many times a hostile tie inside a camp counts (default HOSTILE_WEIGHT). */
  readonly hostileWeight?: number;
}

export function findCamps(
  actorIds: readonly string[],
  ties: readonly ScoredTie[],
  options: CampOptions = {},
): CampSplit {
  const signed = ties.filter((t) => t.sign !== 0);
  const hostile = options.hostileWeight ?? HOSTILE_WEIGHT;
  const touched = new Set(signed.flatMap((t) => [t.a, t.b]));
  const ids = actorIds.filter((id) => touched.has(id));
  const unaligned = actorIds.filter((id) => !touched.has(id));
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const w = new Float64Array(n * n);
  for (const t of signed) {
    const i = index.get(t.a);
    const j = index.get(t.b);
    if (i === undefined || j === undefined) continue;
    const x = t.score < 0 ? t.score * hostile : t.score;
    w[i * n + j] = x;
    w[j * n + i] = x;
  }
  const problem: Problem = { ids, w, n };
  const useExact = n <= (options.exactLimit ?? EXACT_LIMIT);
  const solved = useExact
    ? exact(problem)
    : heuristic(problem, options.restarts ?? (n <= 50 ? 64 : 16), options.seed ?? 1);
  const campsOf = (side: Uint8Array): [string[], string[]] => {
    // Normalise so that the first aligned actor is in camp 0.
    const flip = side[0] === 1;
    const out: [string[], string[]] = [[], []];
    ids.forEach((id, i) => (((side[i] ?? 0) === 1) !== flip ? out[1] : out[0]).push(id));
    return out;
  };
  const flip = solved.side[0] === 1;
  const campOf = (i: number): number => (((solved.side[i] ?? 0) === 1) !== flip ? 1 : 0);
  const camps = campsOf(solved.side);
  const switchCosts: SwitchCost[] = [];
  let bestFlip = -1;
  let bestFlipDelta = Infinity;
  for (let k = 0; k < n; k++) {
    const cost = flipDelta(problem, solved.side, k);
    let strength = 0;
    for (let j = 0; j < n; j++) strength += Math.abs(w[k * n + j] ?? 0);
    switchCosts.push({
      actor: ids[k] ?? '',
      cost: clean(cost),
      share: strength === 0 ? 0 : clean(cost / strength),
    });
    if (cost < bestFlipDelta) {
      bestFlipDelta = cost;
      bestFlip = k;
    }
  }
  const frustratedTies: FrustratedTie[] = [];
  for (const t of signed) {
    const same = campOf(index.get(t.a) ?? 0) === campOf(index.get(t.b) ?? 0);
    if (t.score < 0 && same)
      frustratedTies.push({ a: t.a, b: t.b, score: t.score, reason: 'negative-inside' });
    if (t.score > 0 && !same)
      frustratedTies.push({ a: t.a, b: t.b, score: t.score, reason: 'positive-across' });
  }
  const frustration = clean(
    frustratedTies.reduce((s, t) => s + Math.abs(t.score) * (t.score < 0 ? hostile : 1), 0),
  );
  // The runner-up: the best other split the search met; for the heuristic, a single actor's
  // switch from the best split may be better still. Splits of one actor have none.
  let runnerUp: CampSplit['runnerUp'];
  let secondSide = solved.second;
  let second = secondSide ? frustrationOf(problem, secondSide) : Infinity;
  if (!useExact && bestFlip >= 0 && n > 1 && frustration + bestFlipDelta < second - EPSILON) {
    secondSide = solved.side.slice();
    secondSide[bestFlip] = secondSide[bestFlip] === 0 ? 1 : 0;
    second = frustration + bestFlipDelta;
  }
  if (secondSide) runnerUp = { camps: campsOf(secondSide), frustration: clean(second) };
  return {
    camps,
    unaligned,
    frustration,
    frustratedTies,
    method: useExact ? 'exact' : 'heuristic',
    ...(solved.optimal === undefined ? {} : { optimalSplits: solved.optimal }),
    ...(runnerUp ? { runnerUp } : {}),
    switchCosts,
  };
}

/** Rounds away floating-point dust. */
function clean(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/**
 * The most frustration a split could have: every friendly tie plus HOSTILE_WEIGHT times every
 * hostile one. A split's frustration over this is its share (0 a perfect split).
 */
export function frustrationTotal(
  ties: readonly Pick<ScoredTie, 'score'>[],
  hostileWeight = HOSTILE_WEIGHT,
): number {
  let total = 0;
  for (const t of ties) total += t.score < 0 ? -t.score * hostileWeight : t.score;
  return total;
}

/** The actors whose cost of switching camps is below HEDGING_THRESHOLD of their total |score|. */
export function hedgers(split: Pick<CampSplit, 'switchCosts' | 'camps'>): SwitchCost[] {
  // One bloc has no other camp to hedge towards.
  if (split.camps[1].length === 0) return [];
  return split.switchCosts.filter((c) => c.share < HEDGING_THRESHOLD);
}
