import { describe, expect, it } from 'vitest';
import { pnCentrality } from '../../src/core/analysis/pn-centrality';
import { signedCommunities } from '../../src/core/analysis/signed-communities';
import { ties } from './signed-builders';

describe('pnCentrality', () => {
  it('ranks an actor with friends above one with enemies', () => {
    // A has two friends; D has two enemies; B and C one of each.
    const list = ties([
      ['A', 'B', 4],
      ['A', 'C', 4],
      ['B', 'D', -4],
      ['C', 'D', -4],
    ]);
    const pn = pnCentrality(['A', 'B', 'C', 'D'], list);
    expect(pn.A).toBeGreaterThan(pn.B ?? 0);
    expect(pn.B).toBeCloseTo(pn.C ?? 0, 9);
    expect(pn.B).toBeGreaterThan(pn.D ?? 0);
    expect(pn.D).toBeLessThan(1);
  });

  it('solves (I − A/(2n−2)) x = 1 (checked against a hand-solved pair)', () => {
    // Two actors, one positive tie scaled to 1: β = 1/2, x = 1 + x/2 → x = 2.
    expect(pnCentrality(['A', 'B'], ties([['A', 'B', 3]]))).toEqual({ A: 2, B: 2 });
    // Three actors, β = 1/4, one negative tie counted double: x = 1 − x/2 → x = 2/3.
    expect(pnCentrality(['A', 'B', 'C'], ties([['A', 'B', -3]]))).toEqual({
      A: 0.666667,
      B: 0.666667,
      C: 1,
    });
  });

  it('gives 1 to an actor with no tie, and works for an id such as constructor', () => {
    const pn = pnCentrality(['constructor', 'B', 'C'], ties([['B', 'C', 1]]));
    expect(pn.constructor).toBe(1);
  });
});

describe('signedCommunities', () => {
  it('finds two friendly blocs that are hostile to each other, and an isolated actor alone', () => {
    const list = ties([
      ['A', 'B', 5],
      ['A', 'C', 5],
      ['B', 'C', 5],
      ['D', 'E', 5],
      ['D', 'F', 5],
      ['E', 'F', 5],
      ['C', 'D', -3],
      ['A', 'F', -5],
    ]);
    const found = signedCommunities(['A', 'B', 'C', 'D', 'E', 'F', 'G'], list);
    expect(found.groups).toEqual([['A', 'B', 'C'], ['D', 'E', 'F'], ['G']]);
    expect(found.modularity).toBeGreaterThan(0.3);
  });

  it('agrees between the exact search and Louvain on planted blocs of twelve', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `n${String(i).padStart(2, '0')}`);
    const rows = ids.flatMap((a, i) =>
      ids.slice(i + 1).map((b, k) => [a, b, i < 6 === i + k + 1 < 6 ? 2 : -1] as const),
    );
    const found = signedCommunities(ids, ties(rows));
    expect(found.groups).toEqual([ids.slice(0, 6), ids.slice(6)]);
  });

  it('finds no community structure when every tie is hostile to everyone', () => {
    const list = ties([
      ['A', 'B', -1],
      ['B', 'C', -1],
      ['A', 'C', -1],
    ]);
    const found = signedCommunities(['A', 'B', 'C'], list);
    expect(found.groups).toEqual([['A'], ['B'], ['C']]);
  });
});
