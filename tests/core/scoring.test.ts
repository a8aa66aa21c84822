import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstDay, lastDay } from '../../src/core/time/dates';
import { loadDataset } from '../../src/core/data/load';
import { LAYERS } from '../../src/core/data/schema';
import {
  DEFAULT_SCORING,
  eventFade,
  stateShare,
  type ScoreOptions,
} from '../../src/core/analysis/scoring';
import { signedTies } from '../../src/core/analysis/ties';
import { instantWindow, yearWindow } from '../../src/core/time/time';
import { actor, folder, relation, relationType } from '../builders';

const SUM: ScoreOptions = { mode: 'sum', layers: LAYERS, confidence: true };
const TIME_ALL: ScoreOptions = { mode: 'time', layers: LAYERS, confidence: true };

const types = [
  relationType({ layer: 'security' }),
  relationType({
    id: 'visit',
    kind: 'event',
    valence: 2,
    directed: true,
    layer: 'diplomacy',
  }),
  relationType({ id: 'clash', kind: 'event', valence: -10, layer: 'security' }),
  relationType({ id: 'vote', kind: 'event', valence: 3.5, layer: 'votes' }),
];

function dataset(relations: Record<string, unknown>[]) {
  const result = loadDataset(
    folder({
      actors: [actor(), actor({ id: 'south', name: 'S' })],
      relationTypes: types,
      relations,
    }),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

describe('time-weighted scores (worked by hand)', () => {
  it('counts a state by the share of the window it is in force', () => {
    // The pact holds from 1 Mar 1955 to 31 Dec 1975; the window 1950–1969 has
    // 20 × 365 + 5 leap days = 7,305 days, of which 306 (Mar–Dec 1955) + 14 × 365 + 4 = 5,420
    // are in force: 8.5 × 5420 / 7305 = 6.30664.
    const d = dataset([relation({ start: '1955-03', end: '1975' })]);
    const [tie] = signedTies(d, yearWindow(1950, 1969), TIME_ALL);
    expect(tie?.relations[0]?.factors).toEqual({ share: 0.741958, fade: 1, confidence: 1 });
    expect(tie?.score).toBeCloseTo((8.5 * 5420) / 7305, 9);
  });

  it('counts an event as one year’s worth, spread over a window longer than a year', () => {
    // A visit (+2) inside a 20-year window: 2 / (7305 / 365.2425) = 0.099998.
    const d = dataset([relation({ id: 'v', type: 'visit', start: '1960-05-01' })]);
    const [tie] = signedTies(d, yearWindow(1950, 1969), TIME_ALL);
    expect(tie?.relations[0]?.factors).toEqual({ share: 0.049999, fade: 1, confidence: 1 });
    expect(tie?.score).toBeCloseTo(2 / (7305 / 365.2425), 9);
  });

  it('lets an event fade with a two-year half-life after it', () => {
    // A clash on 15 Jun 2020; the 2022 window's middle is 2 Jul 2022, 747 days later:
    // 747 / 365.2425 / 2 = 1.022621 half-lives, fade 2^-1.022621 = 0.492157; score −4.92157.
    const d = dataset([relation({ id: 'c', type: 'clash', start: '2020-06-15' })]);
    const [tie] = signedTies(d, yearWindow(2022, 2022), TIME_ALL);
    expect(tie?.relations[0]?.factors.fade).toBeCloseTo(2 ** -(747 / 365.2425 / 2), 6);
    expect(tie?.score).toBeCloseTo(-10 * 2 ** -(747 / 365.2425 / 2), 5);
    // In its own year it counts fully, and it never counts before it happened.
    expect(signedTies(d, yearWindow(2020, 2020), TIME_ALL)[0]?.score).toBe(-10);
    expect(signedTies(d, yearWindow(2019, 2019), TIME_ALL)).toEqual([]);
  });

  it('stops counting an event after ten half-lives', () => {
    const d = dataset([relation({ id: 'c', type: 'clash', start: '2000-06-15' })]);
    expect(signedTies(d, yearWindow(2019, 2019), TIME_ALL)[0]?.score).toBeLessThan(0);
    expect(signedTies(d, yearWindow(2021, 2021), TIME_ALL)).toEqual([]);
  });

  it('places an event dated only by its year at the middle of that year', () => {
    // A visit in "1978": a day inside 1978 cannot tell whether it had happened yet.
    const d = dataset([relation({ id: 'v', type: 'visit', start: '1978' })]);
    const at = (day: string) => signedTies(d, instantWindow(firstDay(day)), TIME_ALL);
    expect(at('1978-01-15')).toEqual([]);
    expect(at('1978-12-15')).toEqual([]);
    // The whole year sees it fully; so does a longer window that holds its middle.
    expect(signedTies(d, yearWindow(1978, 1978), TIME_ALL)[0]?.score).toBe(2);
    expect(
      signedTies(d, { start: firstDay('1978-04'), end: lastDay('1979-03') }, TIME_ALL)[0]
        ?.relations[0]?.factors.fade,
    ).toBe(1);
    // The next year sees it faded from its middle (2 Jul 1978) to the middle of 1979 (365 days).
    expect(
      signedTies(d, yearWindow(1979, 1979), TIME_ALL)[0]?.relations[0]?.factors.fade,
    ).toBeCloseTo(2 ** -(365 / 365.2425 / 2), 6);
  });

  it('counts the part of a dated event inside the window, and fades the part before it', () => {
    // A two-day visit on 23–24 Feb: the window of 24 Feb holds half of it, fully.
    const d = dataset([
      relation({ id: 'v', type: 'visit', start: '2022-02-23', end: '2022-02-24' }),
    ]);
    const [tie] = signedTies(d, instantWindow(firstDay('2022-02-24')), TIME_ALL);
    // Half inside (fade 1), half one day before (fade 2^-(1 / 365.2425 / 2)).
    expect(tie?.relations[0]?.factors.fade).toBeCloseTo(0.5 + 0.5 * 2 ** -(1 / 365.2425 / 2), 6);
  });

  it('multiplies by the confidence factor, unless switched off', () => {
    const d = dataset([
      relation({ id: 'a', start: '1960', end: '1960', confidence: 'medium' }),
      relation({ id: 'b', start: '1961', end: '1961', confidence: 'low' }),
    ]);
    const window = yearWindow(1960, 1961);
    const [tie] = signedTies(d, window, TIME_ALL);
    // Each alliance holds one of the two years: 8.5 × 366/731 × 0.7 and 8.5 × 365/731 × 0.4.
    expect(tie?.relations.map((r) => r.factors.confidence)).toEqual([0.7, 0.4]);
    expect(tie?.score).toBeCloseTo(8.5 * (366 / 731) * 0.7 + 8.5 * (365 / 731) * 0.4, 9);
    const [plain] = signedTies(d, window, { ...TIME_ALL, confidence: false });
    expect(plain?.score).toBeCloseTo(8.5, 9);
  });

  it('keeps the plain sum of contract 1.0 as a mode', () => {
    const d = dataset([
      relation({ start: '1955-03', end: '1975', confidence: 'low' }),
      relation({ id: 'v', type: 'visit', start: '1960-05-01' }),
    ]);
    const [tie] = signedTies(d, yearWindow(1950, 1969), SUM);
    expect(tie?.score).toBe(10.5);
    expect(tie?.relations.map((r) => r.factors)).toEqual([
      { share: 1, fade: 1, confidence: 1 },
      { share: 1, fade: 1, confidence: 1 },
    ]);
  });

  it('counts only the relations of the chosen layers', () => {
    const d = dataset([
      relation({ start: '1960', end: '1960' }),
      relation({ id: 'vote', type: 'vote', start: '1960-10-01' }),
    ]);
    const window = yearWindow(1960, 1960);
    expect(signedTies(d, window, TIME_ALL)[0]?.score).toBeCloseTo(12, 9);
    expect(signedTies(d, window, DEFAULT_SCORING)[0]?.score).toBeCloseTo(8.5, 9);
    expect(signedTies(d, window, { ...TIME_ALL, layers: ['votes'] })[0]?.score).toBeCloseTo(3.5, 9);
  });

  it('keeps each dyad’s positive and negative parts, and marks a tie with large parts of both ambivalent', () => {
    const d = dataset([
      relation({ start: '1960', end: '1960' }),
      relation({ id: 'c', type: 'clash', start: '1960-05-05' }),
    ]);
    const [tie] = signedTies(d, yearWindow(1960, 1960), TIME_ALL);
    expect(tie).toMatchObject({ positive: 8.5, negative: -10, score: -1.5, ambivalent: true });
    const [one] = signedTies(
      dataset([relation({ start: '1960', end: '1960' })]),
      yearWindow(1960, 1960),
      TIME_ALL,
    );
    expect(one).toMatchObject({ positive: 8.5, negative: 0, ambivalent: false });
  });
});

describe('eventFade and stateShare', () => {
  it('are 0 outside their reach and 1 when the window holds them', () => {
    const w = yearWindow(2000, 2000);
    expect(eventFade(firstDay('2001-01-01'), firstDay('2001-01-01'), false, w)).toBe(0);
    expect(eventFade(firstDay('2000-03-01'), firstDay('2000-03-01'), false, w)).toBe(1);
    expect(stateShare(firstDay('1990'), lastDay('1999'), w)).toBe(0);
    expect(stateShare(firstDay('1990'), Infinity, w)).toBe(1);
  });
});

describe('every explanation adds up', () => {
  const typeIds = ['alliance', 'visit', 'clash', 'vote'];
  const arbitraryRelation = fc.record({
    type: fc.constantFrom(...typeIds),
    year: fc.integer({ min: 1950, max: 2000 }),
    month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    span: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
    weight: fc.option(fc.double({ min: 0.05, max: 1, noNaN: true }), { nil: undefined }),
    confidence: fc.constantFrom('high', 'medium', 'low'),
    flip: fc.boolean(),
  });

  it('sums the contributions of each tie to its score, in every reading', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryRelation, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1950, max: 2010 }),
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom<ScoreOptions>(SUM, TIME_ALL, DEFAULT_SCORING, {
          ...TIME_ALL,
          confidence: false,
        }),
        (rows, from, length, scoring) => {
          const d = dataset(
            rows.map((r, i) => {
              const start =
                r.month === undefined
                  ? String(r.year)
                  : `${r.year}-${String(r.month).padStart(2, '0')}`;
              return relation({
                id: `r${i}`,
                type: r.type,
                source: r.flip ? 'south' : 'north',
                target: r.flip ? 'north' : 'south',
                start,
                ...(r.span === undefined ? {} : { end: String(r.year + r.span) }),
                ...(r.weight === undefined ? {} : { weight: r.weight }),
                confidence: r.confidence,
              });
            }),
          );
          for (const tie of signedTies(d, yearWindow(from, from + length), scoring)) {
            const sum = tie.relations.reduce((s, c) => s + c.contribution, 0);
            expect(tie.score).toBeCloseTo(sum, 6);
            expect(tie.positive + tie.negative).toBeCloseTo(tie.score, 6);
            for (const c of tie.relations) {
              const { share, fade, confidence } = c.factors;
              expect(c.contribution).toBeCloseTo(c.base * share * fade * confidence, 4);
            }
          }
        },
      ),
      { numRuns: 150, seed: 11 },
    );
  });
});
