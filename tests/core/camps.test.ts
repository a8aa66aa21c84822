import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCamps, hedgers, HOSTILE_WEIGHT } from '../../src/core/analysis/camps';
import type { Tie } from '../../src/core/analysis/ties';
import { FOUR, ties } from './signed-builders';

/** Brute force over every assignment of every actor, independent of the implementation. */
function bruteForceMinimum(ids: readonly string[], list: readonly Tie[], hostile = 1): number {
  let best = Infinity;
  for (let mask = 0; mask < 2 ** ids.length; mask++) {
    const side = new Map(ids.map((id, i) => [id, (mask >> i) & 1]));
    let f = 0;
    for (const t of list) {
      const same = side.get(t.a) === side.get(t.b);
      if (t.score < 0 && same) f += Math.abs(t.score) * hostile;
      if (t.score > 0 && !same) f += t.score;
    }
    best = Math.min(best, f);
  }
  return best;
}

/** The hand-worked examples count a hostile tie inside a camp once, like a friendly one across. */
const EQUAL = { hostileWeight: 1 };

const signedGraph = (maxActors: number) =>
  fc.integer({ min: 2, max: maxActors }).chain((n) => {
    const ids = Array.from({ length: n }, (_, i) => `n${i}`);
    const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as const));
    return fc.tuple(
      fc.constant(ids),
      fc
        .array(fc.oneof(fc.constant(0), fc.integer({ min: -20, max: 20 })), {
          minLength: pairs.length,
          maxLength: pairs.length,
        })
        .map((scores) =>
          ties(
            pairs
              .map(([a, b], i) => [a, b, (scores[i] ?? 0) / 2] as const)
              .filter(([, , s]) => s !== 0),
          ),
        ),
    );
  });

describe('findCamps', () => {
  it('finds the split of the hand-worked four-actor graph', () => {
    // Fixing A in the first camp, the eight splits cost (negative inside + positive across):
    // ABCD|– 7, ABC|D 2, ABD|C 4, ACD|B 9, AB|CD 7, AC|BD 3, AD|BC 9, A|BCD 10.
    const split = findCamps(['A', 'B', 'C', 'D'], FOUR, EQUAL);
    expect(split.camps).toEqual([['A', 'B', 'C'], ['D']]);
    expect(split.frustration).toBe(2);
    expect(split.optimalSplits).toBe(1);
    expect(split.method).toBe('exact');
    expect(split.frustratedTies).toEqual([
      { a: 'B', b: 'C', score: -1, reason: 'negative-inside' },
      { a: 'B', b: 'D', score: 1, reason: 'positive-across' },
    ]);
  });

  it('reports actors with no tie as unaligned and leaves them out of the camps', () => {
    const split = findCamps(['A', 'B', 'C', 'D', 'E'], FOUR);
    expect(split.unaligned).toEqual(['E']);
    expect(split.camps.flat()).not.toContain('E');
  });

  it('puts everyone in one camp when every tie is positive', () => {
    const split = findCamps(
      ['A', 'B', 'C'],
      ties([
        ['A', 'B', 1],
        ['B', 'C', 2],
        ['A', 'C', 3],
      ]),
    );
    expect(split.camps).toEqual([['A', 'B', 'C'], []]);
    expect(split.frustration).toBe(0);
  });

  it('counts the equally good splits when the answer is not unique', () => {
    // Three mutual enemies: any split leaves one negative tie inside a camp (counted twice).
    const split = findCamps(
      ['A', 'B', 'C'],
      ties([
        ['A', 'B', -1],
        ['B', 'C', -1],
        ['A', 'C', -1],
      ]),
    );
    expect(split.frustration).toBe(2);
    expect(split.optimalSplits).toBe(3);
  });

  it('reaches the brute-force minimum on random small signed graphs', () => {
    fc.assert(
      fc.property(signedGraph(9), ([ids, list]) => {
        const split = findCamps(ids, list, EQUAL);
        const aligned = ids.filter((id) => list.some((t) => t.a === id || t.b === id));
        expect(split.frustration).toBeCloseTo(bruteForceMinimum(aligned, list), 6);
        expect(findCamps(ids, list).frustration).toBeCloseTo(
          bruteForceMinimum(aligned, list, HOSTILE_WEIGHT),
          6,
        );
        // The reported frustration is what the reported camps actually cost.
        const side = new Map<string, number>();
        split.camps.forEach((camp, i) => camp.forEach((id) => side.set(id, i)));
        const cost = list.reduce((f, t) => {
          const same = side.get(t.a) === side.get(t.b);
          return (t.score < 0 && same) || (t.score > 0 && !same) ? f + Math.abs(t.score) : f;
        }, 0);
        expect(split.frustration).toBeCloseTo(cost, 6);
      }),
      { numRuns: 200, seed: 42 },
    );
  });

  it('uses the heuristic above the exact limit and matches the exact answer on small graphs', () => {
    fc.assert(
      fc.property(signedGraph(10), ([ids, list]) => {
        const exact = findCamps(ids, list);
        const heuristic = findCamps(ids, list, { exactLimit: 0 });
        if (list.length > 0) expect(heuristic.method).toBe('heuristic');
        expect(heuristic.frustration).toBeCloseTo(exact.frustration, 6);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('handles more than twenty actors with the heuristic, deterministically', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `n${String(i).padStart(2, '0')}`);
    // Two planted blocs: friends within, enemies across; the best split is the blocs themselves.
    const rows = ids.flatMap((a, i) =>
      ids.slice(i + 1).map((b, j) => [a, b, i < 20 === i + j + 1 < 20 ? 1 : -1] as const),
    );
    const first = findCamps(ids, ties(rows));
    expect(first.method).toBe('heuristic');
    expect(first.frustration).toBe(0);
    expect([...first.camps[0]].sort()).toEqual(ids.slice(0, 20));
    expect(findCamps(ids, ties(rows))).toEqual(first);
  });
});

describe('how sure the camps are', () => {
  it('gives the runner-up split and each actor’s cost of switching (the four-actor graph)', () => {
    // From the hand-worked costs above: the best is ABC|D (2), the runner-up AC|BD (3).
    const split = findCamps(['A', 'B', 'C', 'D'], FOUR, EQUAL);
    expect(split.runnerUp).toEqual({
      camps: [
        ['A', 'C'],
        ['B', 'D'],
      ],
      frustration: 3,
    });
    // Switching A alone gives BC|AD (9): +7; B gives AC|BD (3): +1; C gives AB|CD (7): +5;
    // D gives ABCD (7): +5. Each share is the cost over the actor's total |score|.
    expect(split.switchCosts).toEqual([
      { actor: 'A', cost: 7, share: 1 },
      { actor: 'B', cost: 1, share: 0.2 },
      { actor: 'C', cost: 5, share: 0.714285714 },
      { actor: 'D', cost: 5, share: 0.714285714 },
    ]);
    // B is torn (A–B +3, B–D +1 across, B–C −1 inside): a hedger.
    expect(hedgers(split).map((h) => h.actor)).toEqual(['B']);
  });

  it('says a unique split is unique, and equally good splits are not', () => {
    const enemies = findCamps(
      ['A', 'B', 'C'],
      ties([
        ['A', 'B', -1],
        ['B', 'C', -1],
        ['A', 'C', -1],
      ]),
    );
    expect(enemies.runnerUp?.frustration).toBe(enemies.frustration);
  });

  it('names one bloc, and nobody hedges in one bloc', () => {
    const split = findCamps(
      ['A', 'B', 'C'],
      ties([
        ['A', 'B', 1],
        ['B', 'C', 2],
        ['A', 'C', 3],
      ]),
    );
    expect(split.camps[1]).toEqual([]);
    expect(hedgers(split)).toEqual([]);
    // The runner-up puts the weakest-tied actor apart: B alone costs 1 + 2 = 3.
    expect(split.runnerUp).toEqual({ camps: [['A', 'C'], ['B']], frustration: 3 });
  });

  it('finds a runner-up that differs from the best split with the heuristic too', () => {
    fc.assert(
      fc.property(signedGraph(9), ([ids, list]) => {
        const exact = findCamps(ids, list);
        const heuristic = findCamps(ids, list, { exactLimit: 0 });
        if (!exact.runnerUp || !heuristic.runnerUp) return;
        // The heuristic's runner-up is a real split, no better than the exact runner-up allows.
        expect(heuristic.runnerUp.frustration).toBeGreaterThanOrEqual(exact.frustration - 1e-6);
        expect(heuristic.runnerUp.camps).not.toEqual(heuristic.camps);
        // Every switch cost at an exact optimum is ≥ 0.
        for (const c of exact.switchCosts) expect(c.cost).toBeGreaterThanOrEqual(-1e-9);
      }),
      { numRuns: 100, seed: 3 },
    );
  });
});

describe('a hostile tie inside a camp counts twice', () => {
  it('splits a triangle with one hostile tie that equal weights would keep together', () => {
    // A–B +2, A–C +2, B–C −1.5. Equal weights: one bloc costs 1.5, any split 2, so one bloc.
    // Counted twice, the hostile tie costs 3 inside one bloc: splitting off B or C (2) is better.
    const list = ties([
      ['A', 'B', 2],
      ['A', 'C', 2],
      ['B', 'C', -1.5],
    ]);
    const equal = findCamps(['A', 'B', 'C'], list, EQUAL);
    expect(equal.camps[1]).toEqual([]);
    expect(equal.frustration).toBe(1.5);
    const weighted = findCamps(['A', 'B', 'C'], list);
    expect(weighted.camps[1]).not.toEqual([]);
    expect(weighted.frustration).toBe(2);
    expect(weighted.optimalSplits).toBe(2);
  });
});
