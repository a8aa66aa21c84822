import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/load';
import { signedTies, tieId } from '../../src/core/ties';
import { yearWindow } from '../../src/core/time';
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

describe('signedTies', () => {
  it('sums the contributions of the active relations of each pair, ignoring direction', () => {
    const ties = signedTies(dataset(), yearWindow(1960, 1961));
    expect(ties).toEqual([
      {
        a: 'north',
        b: 'south',
        score: 8.5 + 1.9 + 0.95,
        sign: 1,
        relations: [
          { id: 'pact', contribution: 8.5 },
          { id: 'visit-1', contribution: 1.9 },
          { id: 'visit-2', contribution: 0.95 },
        ],
      },
    ]);
  });

  it('gives every tie an explanation that adds up to its score', () => {
    for (const tie of signedTies(dataset(), yearWindow(1900, 2100))) {
      const sum = tie.relations.reduce((s, r) => s + r.contribution, 0);
      expect(tie.score).toBeCloseTo(sum, 9);
    }
  });

  it('signs a tie by its score and leaves out pairs with nothing active', () => {
    const ties = signedTies(dataset(), yearWindow(1980, 1980));
    expect(ties.map((t) => [tieId(t.a, t.b), t.sign])).toEqual([['east~north', -1]]);
  });
});
