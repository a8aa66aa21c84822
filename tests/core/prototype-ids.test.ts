// Actor ids that are names of Object.prototype members ("constructor", "toString", "__proto__", …)
// are data like any other: every measure gives them the numbers the same graph gives plain ids.
import { describe, expect, it } from 'vitest';
import { analyzeExtras } from '../../src/core/analysis/analysis';
import { centrality } from '../../src/core/analysis/centrality';
import { pnCentrality } from '../../src/core/analysis/pn-centrality';
import { signedCommunities } from '../../src/core/analysis/signed-communities';
import { tieStrengths } from '../../src/core/analysis/strength';
import { ties } from './signed-builders';

const HOSTILE = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'] as const;
const PLAIN = ['A', 'B', 'C', 'D', 'E'] as const;

/** Two friendly pairs and a fifth actor friendly with one side, hostile across: every measure varies. */
function graph(ids: readonly string[]) {
  const [a = '', b = '', c = '', d = '', e = ''] = ids;
  return ties([
    [a, b, 4],
    [c, d, 3],
    [b, e, 2],
    [e, c, 1],
    [a, c, -2],
    [b, d, -1],
  ]);
}

/** The plain-id result, renamed to the hostile ids. */
function renamed(values: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = Object.create(null) as Record<string, number>;
  PLAIN.forEach((id, i) => (out[HOSTILE[i] ?? ''] = values[id] ?? NaN));
  return out;
}

function expectSame(
  hostile: Readonly<Record<string, number>>,
  plain: Readonly<Record<string, number>>,
): void {
  const wanted = renamed(plain);
  for (const id of HOSTILE) {
    expect(Object.hasOwn(hostile, id), id).toBe(true);
    expect(Number.isFinite(hostile[id]), id).toBe(true);
    expect(hostile[id], id).toBeCloseTo(wanted[id] ?? NaN, 9);
  }
}

describe('measures of actors named like Object.prototype members', () => {
  it('gives centrality (with PageRank and betweenness) the numbers of plain ids', () => {
    const hostile = centrality(HOSTILE, graph(HOSTILE), { betweenness: true });
    const plain = centrality(PLAIN, graph(PLAIN), { betweenness: true });
    for (const measure of [
      'strength',
      'relations',
      'positiveDegree',
      'negativeDegree',
      'pn',
      'pagerank',
    ] as const) {
      expectSame(hostile[measure], plain[measure]);
    }
    expect(hostile.betweenness).not.toBeNull();
    expectSame(hostile.betweenness ?? {}, plain.betweenness ?? {});
    // Not trivially equal: the plain graph's PageRank and betweenness vary between actors.
    expect(new Set(Object.values(plain.pagerank)).size).toBeGreaterThan(1);
    expect(Math.max(...Object.values(plain.betweenness ?? {}))).toBeGreaterThan(0);
  });

  it('gives PN centrality, tie strengths and communities the results of plain ids', () => {
    expectSame(pnCentrality(HOSTILE, graph(HOSTILE)), pnCentrality(PLAIN, graph(PLAIN)));
    const strengths = tieStrengths(HOSTILE, graph(HOSTILE));
    const plainStrengths = tieStrengths(PLAIN, graph(PLAIN));
    expectSame(strengths.strength, plainStrengths.strength);
    const rename = (group: readonly string[]) =>
      group.map((id) => HOSTILE[PLAIN.indexOf(id as (typeof PLAIN)[number])]);
    const hostileCommunities = signedCommunities(HOSTILE, graph(HOSTILE));
    const plainCommunities = signedCommunities(PLAIN, graph(PLAIN));
    expect(hostileCommunities.groups).toEqual(plainCommunities.groups.map(rename));
    expect(hostileCommunities.modularity).toBe(plainCommunities.modularity);
  });

  it('gives the whole analysis finite numbers for every measure', () => {
    const extras = analyzeExtras(HOSTILE, graph(HOSTILE), { betweenness: true });
    for (const [measure, values] of Object.entries(extras.centrality)) {
      expect(values, measure).not.toBeNull();
      for (const id of HOSTILE) {
        expect(Object.hasOwn(values ?? {}, id), `${measure} ${id}`).toBe(true);
        expect(Number.isFinite((values as Record<string, number>)[id]), `${measure} ${id}`).toBe(
          true,
        );
      }
    }
    expect(Number.isFinite(extras.modularity)).toBe(true);
    expect(extras.pValue).not.toBeNull();
    expect(Number.isFinite(extras.pValue)).toBe(true);
    expect(extras.communities.flat().sort()).toEqual([...HOSTILE].sort());
  });
});
