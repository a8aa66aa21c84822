import { describe, expect, it } from 'vitest';
import { filterDataset, NO_FILTERS } from '../../src/core/data/filters';
import { loadFixture } from '../fixtures/load-fixture';

describe('filterDataset', () => {
  const dataset = loadFixture('minimal');

  it('returns the data set itself when nothing is filtered', () => {
    expect(filterDataset(dataset, NO_FILTERS)).toBe(dataset);
  });

  it('drops the relations of hidden types and of hidden actors, and the actors themselves', () => {
    const byType = filterDataset(dataset, {
      hiddenTypes: ['visit'],
      hiddenActors: [],
    });
    expect(byType.relations.map((r) => r.id)).toEqual([
      'east-north-1960-rivalry',
      'north-south-1955-pact',
    ]);
    expect(byType.relationTypes).toHaveLength(3);
    const byActor = filterDataset(dataset, {
      hiddenTypes: [],
      hiddenActors: ['east'],
    });
    expect(byActor.actors.map((a) => a.id)).toEqual(['north', 'south', 'west']);
    expect(byActor.relations.every((r) => r.source !== 'east' && r.target !== 'east')).toBe(true);
    expect(byActor.actorById.east).toBeUndefined();
  });
});
