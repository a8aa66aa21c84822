import { describe, expect, it } from 'vitest';
import { chartScale, linePath } from '../../src/core/scene/chart';

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

  it('draws a path through every value', () => {
    const scale = chartScale(3, [-2, 2], box);
    expect(linePath([-2, 0, 2], scale)).toBe('M5.0 55.0 L55.0 30.0 L105.0 5.0');
  });

  it('copes with a flat series of zeros', () => {
    const scale = chartScale(2, [0, 0], box);
    expect(linePath([0, 0], scale)).toBe('M5.0 5.0 L105.0 5.0');
  });
});
