// Signed ties: for a window and a reading (core/analysis/scoring.ts), each pair's dyad score — the sum
// of the contributions of the relations that count between them, direction ignored — its sign,
// its positive and negative parts, and every relation behind it with its factors.
import type { Dataset } from '../data/dataset';
import { activeIn, relationIndex, type RelationIndex } from './relation-index';
import { LAYERS } from '../data/vocabulary';
import {
  defaultScoring,
  FADE_HORIZON_DAYS,
  NO_FACTORS,
  eventFade,
  eventShareIn,
  stateShare,
  type Factors,
  type ScoreOptions,
} from './scoring';
import type { Window } from '../time/time';

export interface Contribution {
  readonly id: string;
  /** base × share × fade × confidence (the plain sum: base). */
  readonly contribution: number;
  /** valence(type) × weight. */
  readonly base: number;
  readonly factors: Factors;
}

export interface Tie {
  /** The pair, a < b by id, so a tie has one stable id whatever the relations' direction. */
  readonly a: string;
  readonly b: string;
  readonly score: number;
  readonly sign: -1 | 0 | 1;
  /** The sum of the positive contributions (≥ 0) and of the negative ones (≤ 0): score = positive + negative. */
  readonly positive: number;
  readonly negative: number;
  /** Both parts are large (core/analysis/ties AMBIVALENCE_*): cooperation and conflict at once. */
  readonly ambivalent: boolean;
  readonly relations: readonly Contribution[];
}

/**
 * How many relations a tie has, where a tie knows it without its list: a tie of a core the
 * worker sent (lean-core.ts) lists its relations only when first asked, and counting them must
 * not ask. A symbol, so it is in no JSON and no copy of the tie.
 */
export const RELATION_COUNT: unique symbol = Symbol('relationCount');

export function relationCount(tie: Tie): number {
  return (
    (tie as Tie & { readonly [RELATION_COUNT]?: number })[RELATION_COUNT] ?? tie.relations.length
  );
}

/** A tie is ambivalent when its smaller part is at least this share of its larger one… */
export const AMBIVALENCE_RATIO = 0.5;
/** …and at least this share of the largest part of any tie in the window (so that crumbs are not). */
export const AMBIVALENCE_FLOOR = 0.1;

export { tieId } from './pair';

/** Rounds away floating-point dust so that 8.3 + -8.3 is 0, not 1e-15. */
function clean(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

/** The relations that count in a window, in data order, as parallel arrays (no object per relation). */
export interface Counted {
  readonly length: number;
  /** Indices into the relation index. */
  readonly index: Int32Array;
  readonly contribution: Float64Array;
  readonly share: Float64Array;
  readonly fade: Float64Array;
  readonly confidence: Float64Array;
}

/** The relations that count in the window under the reading, with their factors. */
export function countedIn(index: RelationIndex, window: Window, options: ScoreOptions): Counted {
  const layerMask = LAYERS.map((l) => options.layers.includes(l));
  const sum = options.mode === 'sum';
  // Time-weighted: events before the window still count, fading; look back as far as the horizon.
  const candidates = Int32Array.from(
    activeIn(index, sum ? window : { start: window.start - FADE_HORIZON_DAYS, end: window.end }),
  );
  const n = candidates.length;
  const out = {
    length: 0,
    index: new Int32Array(n),
    contribution: new Float64Array(n),
    share: new Float64Array(n),
    fade: new Float64Array(n),
    confidence: new Float64Array(n),
  };
  const eventShare = eventShareIn(window);
  let k = 0;
  for (let c = 0; c < n; c++) {
    const i = candidates[c] ?? 0;
    if (!layerMask[index.layer[i] ?? 0]) continue;
    const base = index.contribution[i] ?? 0;
    let share = 1;
    let fade = 1;
    let confidence = 1;
    if (!sum) {
      const first = index.start[i] ?? 0;
      const last = index.end[i] ?? 0;
      if (index.isState[i] === 1) share = stateShare(first, last, window);
      else {
        share = eventShare;
        fade = eventFade(first, last, index.partial[i] === 1, window);
      }
      if (share === 0 || fade === 0) continue;
      if (options.confidence) confidence = index.confidence[i] ?? 1;
    }
    out.index[k] = i;
    out.share[k] = round6(share);
    out.fade[k] = round6(fade);
    out.confidence[k] = confidence;
    out.contribution[k] = sum ? base : clean(base * share * fade * confidence);
    k++;
  }
  out.length = k;
  return out;
}

/** A tie's numbers without the relations behind it: what camps and balance read. */
export type ScoredTie = Omit<Tie, 'relations'>;

/** A tie's numbers and how many relations are behind it, without their list (lean-core.ts). */
export type CountedTie = ScoredTie & { readonly relationCount: number };

/** Each pair's positive and negative parts and its count of relations, by pair number. */
interface PairSums {
  readonly positive: Float64Array;
  readonly negative: Float64Array;
  readonly count: Int32Array;
}

/** The pairs' sums over the counted relations, each pair's in data order. */
function pairSums(index: RelationIndex, found: Counted): PairSums {
  const n = index.pairs.length;
  const sums = {
    positive: new Float64Array(n),
    negative: new Float64Array(n),
    count: new Int32Array(n),
  };
  for (let k = 0; k < found.length; k++) {
    const pair = index.pairOf[found.index[k] ?? 0] ?? 0;
    const contribution = found.contribution[k] ?? 0;
    if (contribution > 0) sums.positive[pair] = (sums.positive[pair] ?? 0) + contribution;
    else sums.negative[pair] = (sums.negative[pair] ?? 0) + contribution;
    sums.count[pair] = (sums.count[pair] ?? 0) + 1;
  }
  return sums;
}

/** A tie's numbers as tiesOf works them out, for its maker to copy (one object reused). */
interface TieNumbers {
  a: string;
  b: string;
  score: number;
  sign: Tie['sign'];
  positive: number;
  negative: number;
  ambivalent: boolean;
}

/**
 * The ties of the pairs with a counted relation, in tie-id order (pairs are numbered so), each
 * made by `make` from its numbers and its pair's number. `make` builds the tie as one object
 * literal: ties spread from another object were read slower by everything after (the full
 * analysis of a scale-set window took 20 ms more).
 */
function tiesOf<T>(
  index: RelationIndex,
  sums: PairSums,
  make: (tie: Readonly<TieNumbers>, pair: number) => T,
): T[] {
  const { positive: pos, negative: neg, count } = sums;
  let largestPart = 0;
  for (let pair = 0; pair < count.length; pair++)
    if ((count[pair] ?? 0) > 0)
      largestPart = Math.max(largestPart, pos[pair] ?? 0, -(neg[pair] ?? 0));
  const ties: T[] = [];
  const tie: TieNumbers = {
    a: '',
    b: '',
    score: 0,
    sign: 0,
    positive: 0,
    negative: 0,
    ambivalent: false,
  };
  for (let pair = 0; pair < count.length; pair++) {
    if ((count[pair] ?? 0) === 0) continue;
    const ends = index.pairs[pair];
    const p = pos[pair] ?? 0;
    const q = neg[pair] ?? 0;
    tie.a = ends?.a ?? '';
    tie.b = ends?.b ?? '';
    tie.score = clean(p + q);
    tie.positive = clean(p);
    tie.negative = clean(q);
    tie.sign = Math.sign(tie.score) as Tie['sign'];
    const small = Math.min(tie.positive, -tie.negative);
    const large = Math.max(tie.positive, -tie.negative);
    tie.ambivalent =
      small > 0 && small >= AMBIVALENCE_RATIO * large && small >= AMBIVALENCE_FLOOR * largestPart;
    ties.push(make(tie, pair));
  }
  return ties;
}

export function signedTies(
  dataset: Dataset,
  window: Window,
  options: ScoreOptions = defaultScoring(dataset),
): Tie[] {
  const index = relationIndex(dataset);
  // In data order, so that explanations list relations as the files do.
  const found = countedIn(index, window, options);
  const perPair: Contribution[][] = new Array<Contribution[]>(index.pairs.length);
  for (let k = 0; k < found.length; k++) {
    const i = found.index[k] ?? 0;
    const pair = index.pairOf[i] ?? 0;
    const entry: Contribution = {
      id: index.relations[i]?.id ?? '',
      contribution: found.contribution[k] ?? 0,
      base: index.contribution[i] ?? 0,
      factors:
        options.mode === 'sum'
          ? NO_FACTORS
          : {
              share: found.share[k] ?? 0,
              fade: found.fade[k] ?? 0,
              confidence: found.confidence[k] ?? 1,
            },
    };
    const list = perPair[pair];
    if (list) list.push(entry);
    else perPair[pair] = [entry];
  }
  return tiesOf(index, pairSums(index, found), (t, pair) => ({
    a: t.a,
    b: t.b,
    score: t.score,
    sign: t.sign,
    positive: t.positive,
    negative: t.negative,
    ambivalent: t.ambivalent,
    relations: perPair[pair] ?? [],
  }));
}

/**
 * The same ties as signedTies, with how many relations are behind each instead of their list:
 * what the engine worker sends for a large data set (lean-core.ts) — no object a relation, so a
 * timeline step of 100,000 relations allocates a third as much there.
 */
export function countedTies(
  dataset: Dataset,
  window: Window,
  options: ScoreOptions = defaultScoring(dataset),
): CountedTie[] {
  const index = relationIndex(dataset);
  const sums = pairSums(index, countedIn(index, window, options));
  return tiesOf(index, sums, (t, pair) => ({
    a: t.a,
    b: t.b,
    score: t.score,
    sign: t.sign,
    positive: t.positive,
    negative: t.negative,
    ambivalent: t.ambivalent,
    relationCount: sums.count[pair] ?? 0,
  }));
}
