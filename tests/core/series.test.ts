import { lastYearInData } from '../../src/core/time/span';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/core/data/load';
import { LAYERS } from '../../src/core/data/schema';
import type { ScoreOptions } from '../../src/core/analysis/scoring';
import { campSeries, pairSeries, yearlySeries } from '../../src/core/analysis/series';
import { loadFixture } from '../fixtures/load-fixture';
import { actor, folder, relation, relationType } from '../builders';

const SUM: ScoreOptions = { mode: 'sum', layers: LAYERS, confidence: true };

describe('yearlySeries', () => {
  it('scores each pair year by year in the plain sum (the minimal fixture, worked by hand)', () => {
    // north–south: alliance 1955-03..1975 (+8.5), visit 2000-04-02 (+1.9).
    // east–north: rivalry from 1960, still in force (−6).
    const dataset = loadFixture('minimal');
    const series = yearlySeries(dataset, 1954, 2001, undefined, SUM);
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
    expect(
      pairSeries(yearlySeries(result.dataset, 1960, 1962, undefined, SUM), 'north', 'south'),
    ).toEqual([8.5, 8.5 + 1.9 + 0.95, 0]);
  });
});

describe('yearlySeries, time-weighted', () => {
  it('counts a state by its share of each year and lets an event fade in the years after', () => {
    // The pact holds from 1 Mar 1955: 306 of 365 days of 1955, all of 1956. The visit on
    // 2 Apr 2000 counts 1.9 in 2000 and 1.9 × 2^-(Δ / 2 years) in 2001, Δ from 2 Apr 2000 to
    // 2 Jul 2001 (456 days).
    const dataset = loadFixture('minimal');
    const series = yearlySeries(dataset, 1955, 2001);
    const ns = pairSeries(series, 'north', 'south');
    expect(ns[0]).toBeCloseTo((8.5 * 306) / 365, 6);
    expect(ns[1]).toBeCloseTo(8.5, 9);
    expect(ns[2000 - 1955]).toBeCloseTo(1.9, 9);
    expect(ns[2001 - 1955]).toBeCloseTo(1.9 * 2 ** -(456 / 365.2425 / 2), 5);
  });
});

describe('campSeries', () => {
  it('gives each year its camps, hedgers, frustration share and p-value', () => {
    const dataset = loadFixture('minimal');
    const years = campSeries(dataset, 1958, 1961);
    expect(years.map((y) => y.year)).toEqual([1958, 1959, 1960, 1961]);
    // 1958–59: only north–south, friends: one bloc. From 1960 the rivalry puts east apart.
    expect(years[0]).toMatchObject({ camps: [['north', 'south'], []], oneBloc: true });
    expect(years[2]).toMatchObject({
      camps: [['north', 'south'], ['east']],
      oneBloc: false,
      normalizedFrustration: 0,
    });
    expect(years[2]?.pValue).toBeGreaterThan(0);
  });
});
