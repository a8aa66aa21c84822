// The two searches for the camp split of least frustration over a dense matrix of weighted
// scores: every split in Gray-code order (exact), or a seeded multi-start local search above the
// exact limit. Each returns the best split and the best other one; camps.ts reads them.
import { seededRandom } from './seeded-random';

export const EPSILON = 1e-9;

export interface Problem {
  readonly ids: readonly string[];
  /** Dense symmetric matrix of scores, row-major n×n, 0 where there is no tie. */
  readonly w: Float64Array;
  readonly n: number;
}

export function frustrationOf(p: Problem, side: Uint8Array): number {
  let total = 0;
  for (let i = 0; i < p.n; i++) {
    for (let j = i + 1; j < p.n; j++) {
      const w = p.w[i * p.n + j] ?? 0;
      if ((w < 0 && side[i] === side[j]) || (w > 0 && side[i] !== side[j])) total += Math.abs(w);
    }
  }
  return total;
}

/**
 * What flipping node k to the other camp would add to the frustration: for each neighbour
 * in the same camp the tie's score (a positive tie becomes frustrated, a negative one is
 * relieved), for each neighbour across minus the score.
 */
export function flipDelta(p: Problem, side: Uint8Array, k: number): number {
  let delta = 0;
  const row = k * p.n;
  for (let j = 0; j < p.n; j++) {
    if (j === k) continue;
    const w = p.w[row + j] ?? 0;
    delta += side[j] === side[k] ? w : -w;
  }
  return delta;
}

export interface Solved {
  readonly side: Uint8Array;
  readonly optimal?: number;
  readonly second?: Uint8Array;
}

/**
 * Every split with actor 0 in camp 0, visited in Gray-code order: one flip per step. Keeps the
 * best split and the best other one (the runner-up; equal to the best when the best is not unique).
 */
export function exact(p: Problem): Solved {
  const side = new Uint8Array(p.n);
  let current = frustrationOf(p, side);
  let best = current;
  let bestSide = side.slice();
  let second = Infinity;
  let secondSide: Uint8Array | undefined;
  let optimal = 1;
  const steps = p.n <= 1 ? 0 : 2 ** (p.n - 1) - 1;
  for (let step = 1; step <= steps; step++) {
    // The bit that changes between Gray codes step-1 and step is the lowest set bit of step.
    const k = 1 + Math.log2(step & -step);
    current += flipDelta(p, side, k);
    side[k] = side[k] === 0 ? 1 : 0;
    if (current < best - EPSILON) {
      second = best;
      secondSide = bestSide;
      best = current;
      bestSide = side.slice();
      optimal = 1;
    } else if (Math.abs(current - best) <= EPSILON) {
      optimal++;
      if (second > best + EPSILON || secondSide === undefined) {
        second = current;
        secondSide = side.slice();
      }
    } else if (current < second - EPSILON) {
      second = current;
      secondSide = side.slice();
    }
  }
  return { side: bestSide, optimal, ...(secondSide ? { second: secondSide } : {}) };
}

/** The same partition, whichever camp is called first. */
function samePartition(x: Uint8Array, y: Uint8Array): boolean {
  const flipped = x[0] !== y[0];
  for (let i = 0; i < x.length; i++) if ((x[i] !== y[i]) !== flipped) return false;
  return true;
}

/**
 * Multi-start steepest descent over single-actor flips. The cost of flipping each actor is kept
 * up to date as actors flip (O(n) a flip), so a descent costs O(n²) rather than O(n³).
 */
export function heuristic(p: Problem, restarts: number, seed: number): Solved {
  const random = seededRandom(seed);
  let bestSide = new Uint8Array(p.n);
  let best = frustrationOf(p, bestSide);
  // The runner-up among the distinct local optima found (single flips of the best are added later).
  let second = Infinity;
  let secondSide: Uint8Array | undefined;
  const delta = new Float64Array(p.n);
  for (let r = 0; r < restarts; r++) {
    const side = new Uint8Array(p.n);
    for (let i = 1; i < p.n; i++) side[i] = random() < 0.5 ? 0 : 1;
    let current = frustrationOf(p, side);
    for (let k = 0; k < p.n; k++) delta[k] = flipDelta(p, side, k);
    // At most n² flips: each one lowers the frustration, so this only guards against a bug.
    for (let step = 0; step < p.n * p.n; step++) {
      let bestK = -1;
      let bestDelta = -EPSILON;
      for (let k = 0; k < p.n; k++) {
        const d = delta[k] ?? 0;
        if (d < bestDelta) {
          bestDelta = d;
          bestK = k;
        }
      }
      if (bestK < 0) break;
      const row = bestK * p.n;
      const sideK = side[bestK];
      for (let j = 0; j < p.n; j++) {
        if (j === bestK) continue;
        const w = p.w[row + j] ?? 0;
        // The (j, k) term of j's flip cost changes sign when k changes camp.
        delta[j] = (delta[j] ?? 0) - 2 * (side[j] === sideK ? w : -w);
      }
      delta[bestK] = -(delta[bestK] ?? 0);
      side[bestK] = sideK === 0 ? 1 : 0;
      current += bestDelta;
    }
    if (current < best - EPSILON) {
      if (!samePartition(side, bestSide)) {
        second = best;
        secondSide = bestSide;
      }
      best = current;
      bestSide = side.slice();
    } else if (current < second - EPSILON && !samePartition(side, bestSide)) {
      second = current;
      secondSide = side.slice();
    }
  }
  return { side: bestSide, ...(secondSide ? { second: secondSide } : {}) };
}
