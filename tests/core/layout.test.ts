import { describe, expect, it } from 'vitest';
import { bearingCircleLayout, ringRadius } from '../../src/core/scene/layout';
import type { Actor } from '../../src/core/data/schema';

const at = (id: string, lat: number, lon: number): Actor => ({
  id,
  name: id,
  kind: 'state',
  location: { lat, lon },
});

const six = [
  at('PAK', 33.69, 73.06),
  at('RUS', 55.76, 37.62),
  at('USA', 38.9, -77.04),
  at('CHN', 39.9, 116.4),
  at('IND', 28.61, 77.21),
  at('AFG', 34.53, 69.17),
];

describe('bearingCircleLayout', () => {
  it('places every actor, apart from each other, on one circle', () => {
    const pos = bearingCircleLayout(six, 300);
    expect(Object.keys(pos).sort()).toEqual(['AFG', 'CHN', 'IND', 'PAK', 'RUS', 'USA']);
    const points = Object.values(pos);
    for (const p of points) expect(Math.hypot(p.x - 300, p.y - 300)).toBeCloseTo(300, 6);
    for (const p of points) {
      for (const q of points) {
        if (p !== q) expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(250);
      }
    }
  });

  it("keeps the map's orientation: west left of east, north above south", () => {
    const pos = bearingCircleLayout(six);
    expect(pos.USA!.x).toBeLessThan(pos.CHN!.x);
    expect(pos.RUS!.y).toBeLessThan(pos.IND!.y);
  });

  it('does not depend on the order of the input', () => {
    expect(bearingCircleLayout([...six].reverse())).toEqual(bearingCircleLayout(six));
  });

  it('still places actors without a location', () => {
    const pos = bearingCircleLayout([...six, { id: 'seato', name: 'SEATO', kind: 'organization' }]);
    expect(pos.seato).toBeDefined();
  });

  it('widens the ring for many actors so that neighbours keep apart', () => {
    const many = Array.from({ length: 200 }, (_, i) => ({
      id: `a${String(i).padStart(3, '0')}`,
      name: `A${i}`,
      kind: 'state' as const,
    }));
    const pos = Object.values(bearingCircleLayout(many));
    let closest = Infinity;
    for (let i = 0; i < pos.length; i++)
      for (let j = i + 1; j < pos.length; j++)
        closest = Math.min(closest, Math.hypot(pos[i]!.x - pos[j]!.x, pos[i]!.y - pos[j]!.y));
    expect(closest).toBeGreaterThan(40);
    expect(ringRadius(6)).toBe(300);
  });
});
