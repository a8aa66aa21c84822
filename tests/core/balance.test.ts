import { describe, expect, it } from 'vitest';
import { structuralBalance } from '../../src/core/analysis/balance';
import { FOUR, ties } from './signed-builders';

describe('structuralBalance', () => {
  it('counts the triangles of the hand-worked four-actor graph', () => {
    // ABC: +3 +2 −1 → unbalanced; ABD: +3 −2 +1 → unbalanced;
    // ACD: +2 −2 −4 → balanced;   BCD: −1 +1 −4 → balanced.
    const result = structuralBalance(['A', 'B', 'C', 'D'], FOUR);
    expect(result.balanced).toBe(2);
    expect(result.unbalanced).toBe(2);
    expect(result.ratio).toBe(0.5);
    expect(result.unbalancedTriads).toEqual([
      {
        actors: ['A', 'B', 'C'],
        scores: [3, 2, -1],
        sentence: 'A is positive with B and with C, which are negative with each other',
      },
      {
        actors: ['A', 'B', 'D'],
        scores: [3, -2, 1],
        sentence: 'B is positive with A and with D, which are negative with each other',
      },
    ]);
  });

  it('says it plainly when three actors are all negative with each other', () => {
    const result = structuralBalance(
      ['X', 'Y', 'Z'],
      ties([
        ['X', 'Y', -1],
        ['X', 'Z', -2],
        ['Y', 'Z', -3],
      ]),
    );
    expect(result.unbalancedTriads[0]?.sentence).toBe(
      'X, Y and Z are all negative with each other',
    );
  });

  it('uses names when given, as in "IND is positive with USA and with RUS"', () => {
    const result = structuralBalance(
      ['IND', 'RUS', 'USA'],
      ties([
        ['IND', 'USA', 15],
        ['IND', 'RUS', 29],
        ['RUS', 'USA', -9],
      ]),
      (id) => ({ IND: 'India', RUS: 'Russia', USA: 'the United States' })[id] ?? id,
    );
    expect(result.unbalancedTriads[0]?.sentence).toBe(
      'India is positive with Russia and with the United States, which are negative with each other',
    );
  });

  it('has no ratio when there is no triangle, and ignores zero-score ties', () => {
    const result = structuralBalance(
      ['A', 'B', 'C'],
      ties([
        ['A', 'B', 1],
        ['B', 'C', -1],
        ['A', 'C', 0],
      ]),
    );
    expect(result).toEqual({ balanced: 0, unbalanced: 0, ratio: null, unbalancedTriads: [] });
  });
});

describe('structuralBalance at scale', () => {
  it('counts every triangle and lists the strongest unbalanced ones, at most MAX_LISTED_TRIADS', async () => {
    const { MAX_LISTED_TRIADS } = await import('../../src/core/analysis/balance');
    const { seededRandom } = await import('../../src/core/analysis/seeded-random');
    const random = seededRandom(3);
    const ids = Array.from({ length: 40 }, (_, i) => `n${String(i).padStart(2, '0')}`);
    const rows = ids.flatMap((a, i) =>
      ids.slice(i + 1).map((b) => [a, b, Math.round((random() * 20 - 10) * 10) / 10 || 1] as const),
    );
    const list = ties(rows);
    const result = structuralBalance(ids, list);
    const score = new Map(list.map((t) => [`${t.a}~${t.b}`, t.score]));
    let balanced = 0;
    const weights: number[] = [];
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++)
        for (let k = j + 1; k < ids.length; k++) {
          const s = [
            score.get(`${ids[i]}~${ids[j]}`)!,
            score.get(`${ids[i]}~${ids[k]}`)!,
            score.get(`${ids[j]}~${ids[k]}`)!,
          ];
          if (Math.sign(s[0]!) * Math.sign(s[1]!) * Math.sign(s[2]!) > 0) balanced++;
          else weights.push(Math.abs(s[0]!) + Math.abs(s[1]!) + Math.abs(s[2]!));
        }
    expect(result.balanced).toBe(balanced);
    expect(result.unbalanced).toBe(weights.length);
    expect(result.unbalancedTriads).toHaveLength(MAX_LISTED_TRIADS);
    const listed = result.unbalancedTriads
      .map((t) => t.scores.reduce((s, v) => s + Math.abs(v), 0))
      .sort((x, y) => y - x);
    const heaviest = weights.sort((x, y) => y - x).slice(0, MAX_LISTED_TRIADS);
    expect(listed.map((w) => w.toFixed(6))).toEqual(heaviest.map((w) => w.toFixed(6)));
  });
});
