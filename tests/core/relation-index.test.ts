import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/data/load';
import { activeIn, buildIndex } from '../../src/core/analysis/relation-index';
import { isActive, viewWindow, yearWindow, type Window } from '../../src/core/time/time';
import { generate } from '../../src/cli/generate';
import { dayNumber } from '../../src/core/time/dates';
import { makeDataset } from '../../src/core/data/dataset';
import { readGraphDataFolder } from '../../src/node/read-folder';
import { SHIPPED_DATA } from '../../src/node/paths';

const shipped = loadDataset(readGraphDataFolder(SHIPPED_DATA));
if (!shipped.ok) throw new Error('invalid shipped data');
const synthetic = (() => {
  const data = generate({ actors: 30, relations: 3000, seed: 5 }, shipped.dataset.relationTypes);
  return makeDataset({ ...data, relationTypes: [...shipped.dataset.relationTypes] });
})();

function naive(dataset: typeof synthetic, window: Window): string[] {
  return dataset.relations
    .filter((r) => isActive(r, dataset.typeById[r.type]!.kind, window))
    .map((r) => r.id)
    .sort();
}

describe('the relation index', () => {
  it('finds exactly the relations a full scan finds, for any window', () => {
    const index = buildIndex(synthetic);
    const day = fc
      .tuple(
        fc.integer({ min: 1880, max: 2040 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
      )
      .map(([y, m, d]) => dayNumber(y, m, d));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 20_000 }), (start, length) => {
        const window = { start, end: start + length };
        const found = activeIn(index, window)
          .map((i) => index.relations[i]?.id ?? '')
          .sort();
        expect(found).toEqual(naive(synthetic, window));
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('lists the relations of a window in data order (the ties add them up in that order)', () => {
    const index = buildIndex(synthetic);
    for (const window of [
      yearWindow(1950, 1960),
      yearWindow(2000, 2000),
      viewWindow(synthetic.views[0]!),
    ]) {
      const found = activeIn(index, window);
      expect(found.length).toBeGreaterThan(0);
      expect(found).toEqual([...found].sort((a, b) => a - b));
    }
  });

  it('handles windows beyond the data and the open window of all time', () => {
    const index = buildIndex(shipped.dataset);
    for (const window of [
      yearWindow(1800, 1800),
      yearWindow(2100, 2100),
      { start: -Infinity, end: Infinity },
      viewWindow(shipped.dataset.viewById['2022']!),
    ]) {
      expect(
        activeIn(index, window)
          .map((i) => index.relations[i]?.id ?? '')
          .sort(),
      ).toEqual(naive(shipped.dataset, window));
    }
  });
});

describe('generate', () => {
  it('writes a valid data set, the same for the same seed, with a few actors holding many ties', () => {
    const types = shipped.dataset.relationTypes;
    const a = generate({ actors: 50, relations: 2000, seed: 1 }, types);
    expect(generate({ actors: 50, relations: 2000, seed: 1 }, types)).toEqual(a);
    expect(generate({ actors: 50, relations: 2000, seed: 2 }, types)).not.toEqual(a);
    const files = [
      { path: 'actors.json', text: JSON.stringify({ actors: a.actors }) },
      { path: 'relation-types.json', text: JSON.stringify({ relationTypes: types }) },
      { path: 'views.json', text: JSON.stringify({ views: a.views }) },
      { path: 'relations/all.json', text: JSON.stringify({ relations: a.relations }) },
    ];
    const loaded = loadDataset(files);
    expect(loaded.ok).toBe(true);
    const degree = new Map<string, number>();
    for (const r of a.relations)
      for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const sorted = [...degree.values()].sort((x, y) => y - x);
    // Skew: the busiest tenth of the actors holds far more than a tenth of the endpoints.
    const top = sorted.slice(0, 5).reduce((s, v) => s + v, 0);
    expect(top / (2 * a.relations.length)).toBeGreaterThan(0.25);
    const kinds = new Set(a.relations.map((r) => types.find((t) => t.id === r.type)?.kind));
    expect(kinds).toEqual(new Set(['state', 'event']));
    const years = a.relations.map((r) => Number(r.start.slice(0, 4)));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1900);
    expect(Math.max(...years)).toBeLessThanOrEqual(2025);
  });
});
