// Signed ties for analysis tests, written as a compact table: [a, b, score].
import type { Tie } from '../../src/core/analysis/ties';

export function ties(rows: readonly (readonly [string, string, number])[]): Tie[] {
  return rows.map(([x, y, score]) => {
    const [a, b] = x < y ? [x, y] : [y, x];
    return {
      a,
      b,
      score,
      sign: Math.sign(score) as Tie['sign'],
      positive: Math.max(0, score),
      negative: Math.min(0, score),
      ambivalent: false,
      relations: [
        {
          id: `${a}-${b}`,
          contribution: score,
          base: score,
          factors: { share: 1, fade: 1, confidence: 1 },
        },
      ],
    };
  });
}

/**
 * The four-actor graph worked out by hand in the tests (a complete graph, K4):
 *   A–B +3, A–C +2, B–C −1, C–D −4, A–D −2, B–D +1
 */
export const FOUR = ties([
  ['A', 'B', 3],
  ['A', 'C', 2],
  ['B', 'C', -1],
  ['C', 'D', -4],
  ['A', 'D', -2],
  ['B', 'D', 1],
]);
