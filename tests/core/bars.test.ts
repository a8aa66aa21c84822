import { describe, expect, it } from 'vitest';
import { barAxis, barChart, barValue, byMagnitude, clip } from '../../src/core/scene/bars';

const box = { width: 200, row: 20, padding: 10, fontSize: 10, valueRoom: 30, axis: 12 };
const item = (id: string, value: number) => ({ id, label: `Relation ${id}`, value });

describe('byMagnitude', () => {
  it('puts the largest |value| first, whatever its sign, keeping the order of equal ones', () => {
    const sorted = byMagnitude([item('a', 0.2), item('b', -3.5), item('c', 1), item('d', -1)]);
    expect(sorted.map((i) => i.id)).toEqual(['b', 'c', 'd', 'a']);
  });
});

describe('clip', () => {
  it('keeps a label that fits and cuts a long one with an ellipsis', () => {
    expect(clip('SEATO', 10)).toBe('SEATO');
    expect(clip('Soviet hostility to Pakistan', 10)).toBe('Soviet…');
    expect(clip('Soviet hostility to Pakistan', 20)).toBe('Soviet hostility…');
    expect(clip('Supercalifragilistic', 10)).toBe('Supercali…');
  });
});

describe('barChart', () => {
  it('draws positive bars right of the zero line and negative ones left, to scale', () => {
    const chart = barChart([item('neg', -2), item('pos', 6)], box);
    // Range [−2, 6] over x = 40 … 160 (padding and the values' room on both sides): 15 px a unit.
    expect(chart.zeroX).toBe(70);
    const [neg, pos] = chart.bars;
    expect(neg).toMatchObject({ x: 40, width: 30, valueAnchor: 'end', valueX: 37 });
    expect(pos).toMatchObject({ x: 70, width: 90, valueAnchor: 'start', valueX: 163 });
  });

  it('keeps the order given, one row each, with the label above its bar', () => {
    const chart = barChart([item('a', 1), item('b', 2), item('c', 3)], box);
    expect(chart.bars.map((b) => b.id)).toEqual(['a', 'b', 'c']);
    const [a, b] = chart.bars;
    expect((b?.y ?? 0) - (a?.y ?? 0)).toBe(20);
    expect(a?.labelY).toBeLessThan(a?.y ?? 0);
    expect(chart.top).toBe(10);
    expect(chart.bottom).toBe(70);
    expect(chart.height).toBe(70 + 12 + 10);
  });

  it('with only positive values puts the zero line at the left and no room for values there', () => {
    const chart = barChart([item('a', 1), item('b', 4)], box);
    expect(chart.zeroX).toBe(10);
    expect(chart.bars[1]).toMatchObject({ x: 10, width: 150 });
  });

  it('with only negative values puts the zero line at the right', () => {
    const chart = barChart([item('a', -4)], box);
    expect(chart.zeroX).toBe(190);
    expect(chart.bars[0]).toMatchObject({ x: 40, width: 150, valueAnchor: 'end' });
  });

  it('on a shared domain draws the same value at the same length', () => {
    const domain = { min: -10, max: 10 };
    const one = barChart([item('a', 5)], box, domain);
    const two = barChart([item('a', 5), item('b', -1)], box, domain);
    expect(one.zeroX).toBe(100);
    expect(one.bars[0]?.width).toBe(two.bars[0]?.width);
  });

  it('draws a zero as no bar, and copes with no items', () => {
    expect(barChart([item('z', 0)], box).bars[0]?.width).toBe(0);
    expect(barChart([], box).bars).toEqual([]);
  });

  it('cuts labels to the width', () => {
    const long = { id: 'l', label: 'x'.repeat(100), value: 1 };
    const bar = barChart([long], box).bars[0];
    // 180 px of room at about 5.6 px a character.
    expect(bar?.text.length).toBe(32);
    expect(bar?.text.endsWith('…')).toBe(true);
    expect(bar?.label).toBe(long.label);
  });
});

describe('barValue', () => {
  it.each([
    [1.44, '+1.4'],
    [-0.7, '−0.7'],
    [-0.04, '−0.04'],
    [0.004, '+0.00'],
    [0, '0'],
    [0.096, '+0.1'],
  ])('writes %d as %s', (value, text) => {
    expect(barValue(value)).toBe(text);
  });
});

describe('barAxis', () => {
  const texts = (values: number[]) =>
    barAxis(
      barChart(
        values.map((v, i) => item(String(i), v)),
        box,
      ),
      box,
    );

  it('names both sides at the edges and puts 0 under the zero line between them', () => {
    const chart = barChart([item('a', -5), item('b', 5)], box);
    expect(barAxis(chart, box)).toEqual([
      { text: '← conflict', x: 10, anchor: 'start' },
      { text: 'cooperation →', x: 190, anchor: 'end' },
      { text: '0', x: 100, anchor: 'middle' },
    ]);
  });

  it('names only the sides that have bars', () => {
    expect(texts([1, 2]).map((t) => t.text)).toEqual(['cooperation →', '0']);
    expect(texts([-1]).map((t) => t.text)).toEqual(['← conflict', '0']);
  });

  it("leaves out the 0 rather than write it over a side's name", () => {
    // Zero at x = 43: inside the room of "← conflict".
    expect(texts([-0.1, 4]).map((t) => t.text)).toEqual(['← conflict', 'cooperation →']);
  });
});
