import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/data/load';
import { LAYERS } from '../../src/core/data/schema';
import type { ScoreOptions } from '../../src/core/analysis/scoring';
import { signedTies, tieId } from '../../src/core/analysis/ties';
import { yearWindow } from '../../src/core/time/time';
import { actor, folder, relation, relationType } from '../builders';

function dataset() {
  const result = loadDataset(
    folder({
      actors: [actor(), actor({ id: 'south', name: 'S' }), actor({ id: 'east', name: 'E' })],
      relationTypes: [
        relationType(),
        relationType({ id: 'visit', kind: 'event', valence: 1.9, directed: true }),
        relationType({ id: 'rivalry', valence: -6 }),
      ],
      relations: [
        relation({ id: 'pact', start: '1955', end: '1975' }),
        relation({
          id: 'visit-1',
          type: 'visit',
          source: 'south',
          target: 'north',
          start: '1960-05',
        }),
        relation({ id: 'visit-2', type: 'visit', start: '1960-06', weight: 0.5 }),
        relation({
          id: 'rivalry',
          type: 'rivalry',
          source: 'north',
          target: 'east',
          start: '1962',
        }),
        relation({ id: 'late-visit', type: 'visit', start: '1990' }),
      ],
    }),
  );
  if (!result.ok) throw new Error('Expected a valid test folder');
  return result.dataset;
}

const SUM: ScoreOptions = { mode: 'sum', layers: LAYERS, confidence: true };
const plain = { share: 1, fade: 1, confidence: 1 };

describe('signedTies', () => {
  it('sums the contributions of the active relations of each pair, ignoring direction (plain sum)', () => {
    const ties = signedTies(dataset(), yearWindow(1960, 1961), SUM);
    expect(ties).toEqual([
      {
        a: 'north',
        b: 'south',
        score: 8.5 + 1.9 + 0.95,
        sign: 1,
        positive: 8.5 + 1.9 + 0.95,
        negative: 0,
        ambivalent: false,
        relations: [
          { id: 'pact', contribution: 8.5, base: 8.5, factors: plain },
          { id: 'visit-1', contribution: 1.9, base: 1.9, factors: plain },
          { id: 'visit-2', contribution: 0.95, base: 0.95, factors: plain },
        ],
      },
    ]);
  });

  it('gives every tie an explanation that adds up to its score', () => {
    for (const tie of signedTies(dataset(), yearWindow(1900, 2100), SUM)) {
      const sum = tie.relations.reduce((s, r) => s + r.contribution, 0);
      expect(tie.score).toBeCloseTo(sum, 9);
    }
  });

  it('signs a tie by its score and leaves out pairs with nothing active', () => {
    const ties = signedTies(dataset(), yearWindow(1980, 1980), SUM);
    expect(ties.map((t) => [tieId(t.a, t.b), t.sign])).toEqual([['east~north', -1]]);
  });
});
