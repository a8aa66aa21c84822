// The year charts' categorical colours: apart from each other for readers with and without the
// common colour-vision deficiencies, and never the colours of cooperation and conflict.
import { describe, expect, it } from 'vitest';
import { palette, series } from '../../src/core/scene/palette';

type Rgb = readonly [number, number, number];
type Matrix = readonly [Rgb, Rgb, Rgb];

// Machado, Oliveira & Fernandes (2009), severity 1: dichromacy, in linear RGB.
const DEFICIENCIES: Record<string, Matrix | undefined> = {
  'normal vision': undefined,
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const linear = (hex: string): Rgb => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return [r ?? 0, g ?? 0, b ?? 0];
};

const seen = (rgb: Rgb, m: Matrix | undefined): Rgb =>
  m
    ? (m.map((row) =>
        Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])),
      ) as unknown as Rgb)
    : rgb;

/** CIELAB (D65) of a linear RGB colour. */
const lab = ([r, g, b]: Rgb): Rgb => {
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
};

/** ΔE (CIE 1976) between two colours as a reader with the given deficiency sees them. */
const difference = (one: string, two: string, m: Matrix | undefined): number => {
  const p = lab(seen(linear(one), m));
  const q = lab(seen(linear(two), m));
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
};

describe('palette.series', () => {
  it('has a colour for each actor of the shipped data, and more', () => {
    expect(series.length).toBeGreaterThanOrEqual(6);
    expect(new Set(series).size).toBe(series.length);
  });

  it('uses neither the cooperation nor the conflict colour, nor anything near them', () => {
    for (const colour of series) {
      expect(colour).not.toBe(palette.positive);
      expect(colour).not.toBe(palette.negative);
      expect(difference(colour, palette.positive, undefined)).toBeGreaterThan(35);
      expect(difference(colour, palette.negative, undefined)).toBeGreaterThan(35);
    }
  });

  it.each(Object.entries(DEFICIENCIES))('keeps every pair apart with %s', (_, m) => {
    for (const [i, one] of series.entries())
      for (const two of series.slice(i + 1))
        expect(difference(one, two, m), `${one} and ${two}`).toBeGreaterThan(15);
  });

  it.each(Object.entries(DEFICIENCIES))('keeps every line visible on white with %s', (_, m) => {
    for (const colour of series) expect(difference(colour, '#FFFFFF', m)).toBeGreaterThan(20);
  });
});
