import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/load';
import { lastYearInData, pairSeries, yearlySeries } from '../../src/core/series';
import { loadFixture } from '../fixtures/load-fixture';
import { actor, folder, relation, relationType } from '../builders';

describe('yearlySeries', () => {
  it('scores each pair year by year (the minimal fixture, worked by hand)', () => {
    // north–south: alliance 1955-03..1975 (+8.5), visit 2000-04-02 (+1.9).
    // east–north: rivalry from 1960, still in force (−6).
    const dataset = loadFixture('minimal');
    const series = yearlySeries(dataset, 1954, 2001);
    expect(series.years[0]).toBe(1954);
    expect(series.years.at(-1)).toBe(2001);
    const ns = pairSeries(series, 'south', 'north');
    expect(ns[1954 - 1954]).toBe(0);
    expect(ns[1955 - 1954]).toBe(8.5);
    expect(ns[1975 - 1954]).toBe(8.5);
    expect(ns[1976 - 1954]).toBe(0);
    expect(ns[2000 - 1954]).toBe(1.9);
    const en = pairSeries(series, 'north', 'east');
    expect(en[1959 - 1954]).toBe(0);
    expect(en.slice(1960 - 1954)).toEqual(new Array(2001 - 1960 + 1).fill(-6));
    expect(pairSeries(series, 'west', 'north')).toEqual(new Array(48).fill(0));
  });

  it('runs to the last year in the data by default', () => {
    const dataset = loadFixture('minimal');
    expect(lastYearInData(dataset)).toBe(2000);
    expect(yearlySeries(dataset).years.at(-1)).toBe(2000);
  });

  it('adds up relations of the same pair in the same year', () => {
    const result = loadDataset(
      folder({
        actors: [actor(), actor({ id: 'south', name: 'S' })],
        relationTypes: [
          relationType(),
          relationType({ id: 'visit', kind: 'event', valence: 1.9, directed: true }),
        ],
        relations: [
          relation({ start: '1960', end: '1961' }),
          relation({ id: 'v1', type: 'visit', start: '1961-03' }),
          relation({ id: 'v2', type: 'visit', start: '1961-05', weight: 0.5 }),
        ],
      }),
    );
    if (!result.ok) throw new Error('invalid');
    expect(pairSeries(yearlySeries(result.dataset, 1960, 1962), 'north', 'south')).toEqual([
      8.5,
      8.5 + 1.9 + 0.95,
      0,
    ]);
  });
});
