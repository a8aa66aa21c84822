// The shipped graph-data/ is the first customer of the contract: it must load cleanly.
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/core/errors';
import { loadDataset } from '../../src/core/load';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { SHIPPED_DATA } from '../../src/node/paths';

const result = loadDataset(readGraphDataFolder(SHIPPED_DATA));

describe('the shipped graph-data', () => {
  it('validates without errors', () => {
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
  });

  it('holds the six actors, the RUS name change and the two views', () => {
    if (!result.ok) throw new Error('invalid');
    const { dataset } = result;
    expect(dataset.actors.map((a) => a.id).sort()).toEqual([
      'AFG',
      'CHN',
      'IND',
      'PAK',
      'RUS',
      'USA',
    ]);
    expect(dataset.actorById.RUS?.names).toContainEqual(
      expect.objectContaining({ name: 'Soviet Union', until: '1991-12-26' }),
    );
    expect(dataset.viewById['cold-war']).toMatchObject({
      label: 'Cold War',
      start: '1947-03-12',
      end: '1991-12-26',
    });
    expect(dataset.viewById['2022']).toMatchObject({
      label: '2022',
      start: '2022-01-01',
      end: '2022-12-31',
    });
  });

  it('has a location for every actor and a source for every actor', () => {
    if (!result.ok) throw new Error('invalid');
    for (const actor of result.dataset.actors) {
      expect(actor.location, actor.id).toBeDefined();
      expect(actor.sources?.length, actor.id).toBeGreaterThan(0);
    }
  });
});
