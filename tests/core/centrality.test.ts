import { describe, expect, it } from 'vitest';
import { centrality } from '../../src/core/analysis/centrality';
import { FOUR, ties } from './signed-builders';

describe('centrality', () => {
  it('sums positive and negative weighted degree separately', () => {
    const c = centrality(['A', 'B', 'C', 'D'], FOUR);
    expect(c.positiveDegree).toEqual({ A: 5, B: 4, C: 2, D: 1 });
    expect(c.negativeDegree).toEqual({ A: 2, B: 1, C: 5, D: 6 });
  });

  it('computes PageRank on the positive ties only, summing to one', () => {
    const c = centrality(['A', 'B', 'C', 'D'], FOUR);
    const total = Object.values(c.pagerank).reduce((s, v) => s + v, 0);
    expect(total).toBeCloseTo(1, 4);
    // A holds the most positive weight (A–B 3, A–C 2).
    expect(Math.max(...Object.values(c.pagerank))).toBe(c.pagerank.A);
  });

  it('reads strength and the number of relations straight off the ties', () => {
    const c = centrality(['A', 'B', 'C', 'D'], FOUR);
    expect(c.strength).toEqual({ A: 7, B: 5, C: 7, D: 7 });
    expect(c.relations).toEqual({ A: 3, B: 3, C: 3, D: 3 });
  });

  it('computes betweenness only when asked', () => {
    expect(centrality(['A', 'B', 'C', 'D'], FOUR).betweenness).toBeNull();
  });

  it('gives betweenness to the actor that links two friends who are not friends', () => {
    // A–B and B–C positive, A–C negative: every positive path from A to C goes through B.
    const c = centrality(
      ['A', 'B', 'C'],
      ties([
        ['A', 'B', 2],
        ['B', 'C', 2],
        ['A', 'C', -1],
      ]),
      { betweenness: true },
    );
    expect(c.betweenness).toEqual({ A: 0, B: 1, C: 0 });
  });

  it('gives every actor a value when there is no positive tie at all', () => {
    const c = centrality(['A', 'B'], ties([['A', 'B', -3]]), { betweenness: true });
    expect(c.pagerank).toEqual({ A: 0.5, B: 0.5 });
    expect(c.betweenness).toEqual({ A: 0, B: 0 });
  });
});
