import { describe, expect, it } from 'vitest';
import {
  EXACT_NULL_LIMIT,
  splitPValue,
  TEST_ACTOR_LIMIT,
} from '../../src/core/analysis/split-test';
import { ties } from './signed-builders';

/** Two planted blocs of `size` actors: friends within, enemies across, with varied strengths. */
function blocs(size: number, noise = 0): ReturnType<typeof ties> {
  const ids = Array.from({ length: 2 * size }, (_, i) => `n${String(i).padStart(3, '0')}`);
  const rows = ids.flatMap((a, i) =>
    ids.slice(i + 1).map((b, k) => {
      const j = i + k + 1;
      const same = i < size === j < size;
      const strength = 1 + ((i * 7 + j * 3) % 5);
      // A few ties against the blocs when noise > 0.
      const against = noise > 0 && (i + j) % noise === 0;
      return [a, b, (same !== against ? 1 : -1) * strength] as const;
    }),
  );
  return ties(rows);
}

const idsOf = (list: ReturnType<typeof ties>): string[] =>
  [...new Set(list.flatMap((t) => [t.a, t.b]))].sort();

describe('splitPValue', () => {
  it('finds planted blocs far clearer than shuffled scores (exact, six actors)', () => {
    const list = blocs(3);
    const test = splitPValue(idsOf(list), list);
    expect(test).toMatchObject({ shuffles: 1000, method: 'exact', actors: 6 });
    // Only shuffles that happen to deal the signs as the blocs do can match them.
    expect(test.pValue).toBeLessThan(0.05);
  });

  it('gives no evidence when every tie has the same score (every shuffle is the same graph)', () => {
    const list = ties([
      ['A', 'B', -1],
      ['B', 'C', -1],
      ['A', 'C', -1],
      ['C', 'D', -1],
    ]);
    expect(splitPValue(['A', 'B', 'C', 'D'], list).pValue).toBe(1);
  });

  it('uses the greedy search above the exact limit, and still finds planted blocs', () => {
    const list = blocs(15, 7);
    const test = splitPValue(idsOf(list), list);
    expect(test.method).toBe('greedy');
    expect(EXACT_NULL_LIMIT).toBeLessThan(30);
    expect(test.pValue).toBeLessThan(0.01);
  });

  it('runs on the strongest actors only above the actor limit, and says how many', () => {
    const list = blocs(40, 9);
    const test = splitPValue(idsOf(list), list);
    expect(test.actors).toBe(TEST_ACTOR_LIMIT);
    expect(test.pValue).toBeLessThan(0.01);
  });

  it('weighs hostile ties as the camp search does, in the observed graph and every shuffle', () => {
    // Weighting a score by its sign and dealing the scores to pairs commute: the test with hostile
    // ties counted three times is the test of the same graph with its hostile scores tripled.
    // Mixed scores with no planted blocs (p-values well above the floor), exact and greedy.
    const mixed = (n: number) =>
      ties(
        Array.from({ length: n }, (_, i) =>
          Array.from({ length: n - i - 1 }, (_, k) => {
            const j = i + k + 1;
            return [`m${i}`, `m${j}`, ((i * 13 + j * 7) % 11) - 5] as const;
          }),
        ).flat(),
      );
    for (const list of [mixed(8), mixed(20)]) {
      const tripled = ties(list.map((t) => [t.a, t.b, t.score < 0 ? 3 * t.score : t.score]));
      const ids = idsOf(list);
      const weighed = splitPValue(ids, list, { hostileWeight: 3 });
      expect(weighed).toEqual(splitPValue(ids, tripled, { hostileWeight: 1 }));
      expect(weighed.pValue).not.toBe(splitPValue(ids, list, { hostileWeight: 1 }).pValue);
    }
  });

  it('is repeatable for a seed and can differ with another', () => {
    const list = ties([
      ['A', 'B', 2],
      ['B', 'C', -1],
      ['A', 'C', 1.5],
      ['C', 'D', -3],
      ['A', 'D', 0.5],
      ['B', 'D', 1],
    ]);
    const ids = ['A', 'B', 'C', 'D'];
    expect(splitPValue(ids, list, { seed: 5 })).toEqual(splitPValue(ids, list, { seed: 5 }));
    const values = new Set([1, 2, 3, 4, 5].map((seed) => splitPValue(ids, list, { seed }).pValue));
    expect(values.size).toBeGreaterThan(1);
  });
});
