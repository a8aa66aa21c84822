import { describe, expect, it } from 'vitest';
import {
  chartScale,
  extremes,
  linePath,
  niceTicks,
  tickLabel,
  tickStep,
  yearBand,
  yearTicks,
} from '../../src/core/scene/chart';

describe('chartScale and linePath', () => {
  const box = { width: 110, height: 60, padding: 5 };

  it('maps the first and last points to the edges and always includes zero', () => {
    const scale = chartScale(3, [2, 4], box);
    expect(scale.min).toBe(0);
    expect(scale.max).toBe(4);
    expect(scale.x(0)).toBe(5);
    expect(scale.x(2)).toBe(105);
    expect(scale.y(4)).toBe(5);
    expect(scale.y(0)).toBe(55);
  });

  it('keeps room on the left and at the bottom for the axis labels when asked', () => {
    const scale = chartScale(3, [2, 4], { ...box, left: 25, bottom: 15 });
    expect(scale.x(0)).toBe(25);
    expect(scale.x(2)).toBe(105);
    expect(scale.y(4)).toBe(5);
    expect(scale.y(0)).toBe(45);
  });

  it('draws a path through every value', () => {
    const scale = chartScale(3, [-2, 2], box);
    expect(linePath([-2, 0, 2], scale)).toBe('M5.0 55.0 L55.0 30.0 L105.0 5.0');
  });

  it('puts the zero line of a flat series of zeros in the middle', () => {
    const scale = chartScale(2, [0, 0], box);
    expect(linePath([0, 0], scale)).toBe('M5.0 30.0 L105.0 30.0');
    expect(scale.ticks).toContain(0);
  });

  it('gives round ticks inside the range, zero among them', () => {
    const scale = chartScale(10, [-25, 29], box);
    expect(scale.ticks).toEqual([-20, -10, 0, 10, 20]);
    expect(scale.step).toBe(10);
    for (const t of scale.ticks) {
      expect(scale.y(t)).toBeGreaterThanOrEqual(5);
      expect(scale.y(t)).toBeLessThanOrEqual(55);
    }
  });
});

describe('tickStep and niceTicks', () => {
  it.each([
    [0, 4, 4, 1],
    [-25, 29, 4, 10],
    [-25, 29, 5, 10],
    [0, 0.7, 4, 0.2],
    [-3.5, 0.2, 4, 1],
    [0, 100, 4, 20],
    [0, 130, 4, 50],
  ])('cuts [%d, %d] into about %d parts with a step of %d', (min, max, target, step) => {
    expect(tickStep(min, max, target)).toBe(step);
  });

  it('lists the multiples of the step between the ends, without floating-point dust', () => {
    expect(niceTicks(0, 0.7, 4)).toEqual([0, 0.2, 0.4, 0.6]);
    expect(niceTicks(-3.5, 0.2, 4)).toEqual([-3, -2, -1, 0]);
    expect(niceTicks(-1, 1, 4)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(Object.is(niceTicks(-1, 1, 4)[2], 0)).toBe(true);
  });

  it('never loops on an empty or inverted range', () => {
    expect(niceTicks(0, 0)).toEqual([0]);
    expect(niceTicks(3, 1)).toEqual([]);
  });
});

describe('tickLabel', () => {
  it.each([
    [-20, 10, '−20'],
    [0, 10, '0'],
    [20, 10, '+20'],
    [0.4, 0.2, '+0.4'],
    [-0.5, 0.5, '−0.5'],
    [0.25, 0.05, '+0.25'],
  ])('writes %d (step %d) as %s', (value, step, text) => {
    expect(tickLabel(value, step)).toBe(text);
  });
});

describe('yearTicks', () => {
  it('labels round years only', () => {
    expect(yearTicks(1947, 2024)).toEqual([1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020]);
    expect(yearTicks(1979, 1989)).toEqual([1980, 1982, 1984, 1986, 1988]);
    expect(yearTicks(2022, 2022)).toEqual([2022]);
  });
});

describe('yearBand', () => {
  const scale = chartScale(11, [0, 1], { width: 120, height: 60, padding: 10 });
  // 11 points, 10 px apart, from x = 10 (the year 1950) to x = 110 (1960).

  it("covers the window's years, half a year beyond each end", () => {
    expect(yearBand(scale, 1950, 11, 1953, 1955)).toEqual({ x: 35, width: 30 });
  });

  it('stops at the first and last points', () => {
    expect(yearBand(scale, 1950, 11, 1940, 1951)).toEqual({ x: 10, width: 15 });
    expect(yearBand(scale, 1950, 11, 1960, 1960)).toEqual({ x: 105, width: 5 });
  });

  it('is absent for a window outside the chart', () => {
    expect(yearBand(scale, 1950, 11, 1970, 1980)).toBeUndefined();
  });
});

describe('extremes', () => {
  it('finds the lowest and highest points and where they are', () => {
    expect(extremes([0, -3, 5, 5, -3])).toEqual({ low: -3, lowAt: 1, high: 5, highAt: 2 });
    expect(extremes([])).toEqual({ low: 0, lowAt: 0, high: 0, highAt: 0 });
  });
});
